"""The anchoring model against its published sources.

Sources:
* Tversky & Kahneman (1974), Science 185(4157), 1124-1131: wheel of fortune stopping at 10 or 65;
  median estimates of the percentage of African countries in the UN were 25 and 45.
* Jacowitz & Kahneman (1995), PSPB 21(11), 1161-1166: the anchoring index.
* Kahneman (2011), Thinking, Fast and Slow, ch. 11, reporting the San Francisco Exploratorium study: the
  redwood question (anchors 180 and 1,200 feet, mean estimates 282 and 844 feet, index 55%) and seabird
  willingness to pay ($5 anchor -> $20, $400 -> $143, "above 30%").
* Northcraft & Neale (1987), OBHDP 39(1), 84-97 (reported by Kahneman, 2011): indexes 41% (agents),
  48% (students).
"""

from __future__ import annotations

import numpy as np
import pytest

from servicepsych import anchoring as an
from servicepsych import findings


def f(key):
    return findings.get(key).value


# ------------------------------------------------------------------ anchoring index vs published figures

def test_wheel_of_fortune_index():
    # Tversky & Kahneman (1974): anchors 10/65, medians 25/45 -> 20/55.
    got = an.anchoring_index(f("tk74_wheel_low_anchor"), f("tk74_wheel_high_anchor"),
                             f("tk74_wheel_low_median"), f("tk74_wheel_high_median"))
    assert type(got) is float
    assert got == pytest.approx(20 / 55)
    assert round(got, 2) == 0.36


def test_redwood_index_matches_the_published_55_percent():
    # The Exploratorium study as reported by Kahneman (2011): (844 - 282) / (1200 - 180) = 562/1020 = 55%.
    got = an.anchoring_index(f("k11_redwood_low_anchor"), f("k11_redwood_high_anchor"),
                             f("k11_redwood_low_mean"), f("k11_redwood_high_mean"))
    assert round(got, 2) == f("k11_redwood_anchoring_index") == 0.55


def test_seabird_index_is_above_30_percent():
    # Kahneman (2011): "The anchoring effect was above 30%" for $5 vs $400 anchors, $20 vs $143.
    got = an.anchoring_index(f("k11_seabirds_low_anchor"), f("k11_seabirds_high_anchor"),
                             f("k11_seabirds_low_anchor_mean"), f("k11_seabirds_high_anchor_mean"))
    assert 0.30 < got < 0.32
    # and the no-anchor mean lies between the anchored ones, as the adjustment model says
    assert f("k11_seabirds_low_anchor_mean") < f("k11_seabirds_no_anchor_mean") < f("k11_seabirds_high_anchor_mean")


def test_published_indexes_lie_in_the_unit_interval_and_default_follows_redwood():
    for key in ("k11_redwood_anchoring_index", "nn87_agents_anchoring_index", "nn87_students_anchoring_index"):
        assert 0 < f(key) < 1
    assert an.ADJUSTMENT == pytest.approx(1 - f("k11_redwood_anchoring_index"))


def test_index_is_vectorised_and_symmetric_in_swapping_groups():
    lo_a, hi_a, lo_e, hi_e = [10, 180], [65, 1200], [25, 282], [45, 844]
    got = an.anchoring_index(lo_a, hi_a, lo_e, hi_e)
    assert isinstance(got, np.ndarray) and got.shape == (2,)
    assert got == pytest.approx([20 / 55, 562 / 1020])
    # swapping which group is called "low" leaves the index unchanged
    assert an.anchoring_index(hi_a, lo_a, hi_e, lo_e) == pytest.approx(got)


def test_index_bad_input():
    with pytest.raises(ValueError, match="equal"):
        an.anchoring_index(30, 30, 20, 25)
    with pytest.raises(ValueError, match="equal"):
        an.anchoring_index([10, 30], [65, 30], [25, 1], [45, 2])
    with pytest.raises(TypeError, match="numbers"):
        an.anchoring_index("10", 65, 25, 45)
    with pytest.raises(ValueError, match="finite"):
        an.anchoring_index(10, 65, float("nan"), 45)
    with pytest.raises(ValueError, match="matching shapes"):
        an.anchoring_index([10, 20], [65, 70, 80], 25, 45)


# ------------------------------------------------------------------ adjustment

def test_adjust_endpoints_and_default():
    assert an.adjust(10, 35, adjustment=0) == 10.0          # stays at the anchor
    assert an.adjust(10, 35, adjustment=1) == 35.0          # ignores it
    got = an.adjust(30, 60)
    assert type(got) is float and got == pytest.approx(30 + an.ADJUSTMENT * 30)


def test_adjust_reproduces_the_wheel_with_a_shared_belief():
    # If both groups believed b and adjusted by k, the estimates differ by (1 - k) * 55.
    k = 1 - 20 / 55
    lo, hi = an.adjust(10, 35, k), an.adjust(65, 35, k)
    assert hi - lo == pytest.approx(20)
    assert an.adjustment_from_index(an.anchoring_index(10, 65, lo, hi)) == pytest.approx(k)


def test_adjust_arrays_and_bad_input():
    got = an.adjust(np.array([10.0, 65.0]), 35.0, adjustment=0.5)
    assert got == pytest.approx([22.5, 50.0])
    for bad in (-0.1, 1.1):
        with pytest.raises(ValueError, match="between 0 and 1"):
            an.adjust(10, 35, adjustment=bad)
    with pytest.raises(TypeError):
        an.adjust(10, 35, adjustment="0.5")


# ------------------------------------------------------------------ service helpers: a promise is information and an anchor

def test_the_redwood_question_is_credited_to_the_exploratorium_as_reported_by_kahneman():
    for key in ("k11_redwood_low_anchor", "k11_redwood_high_mean", "k11_redwood_anchoring_index",
                "k11_seabirds_low_anchor_mean"):
        row = findings.get(key)
        assert "Exploratorium" in row.study and "Kahneman (2011)" in row.study
        assert row.citation.startswith("Kahneman, D. (2011)")
        assert "Secondary source" in row.note and "Jacowitz" in row.note
    with pytest.raises(KeyError):
        findings.get("jk95_redwood_anchoring_index")


def test_expected_wait_mixes_information_and_anchoring():
    # credibility 0: the promise is a mere anchor (the wheel's case), the adjustment model alone
    assert an.expected_wait(30, 60, adjustment=0.45, credibility=0) == pytest.approx(an.adjust(30, 60, 0.45))
    # credibility 1: taken at its word
    assert an.expected_wait(30, 60, credibility=1) == 30.0
    # in between: k * (1 - c) of the way from the promise to the own guess
    assert an.expected_wait(10, 30, adjustment=0.45, credibility=0.5) == pytest.approx(14.5)
    # always between the promise and the own guess
    quotes = np.linspace(0, 120, 25)
    for guess in (0, 15, 60, 120):
        for c in (0, 0.3, 1):
            e = an.expected_wait(quotes, guess, 0.45, c)
            assert np.all(e >= np.minimum(quotes, guess) - 1e-12) and np.all(e <= np.maximum(quotes, guess) + 1e-12)
    assert an.expected_wait(None, 60) == 60.0


def test_a_broken_promise_feels_late_even_to_a_customer_braced_for_longer():
    # The bug the revision fixes: promised 10, braced for 30, served at 15. The expectation (14.5) is about
    # 15, yet the promise was broken by 5 minutes: judged against the promise, it is late.
    expected = an.expected_wait(10, 30)
    assert expected == pytest.approx(14.5)
    assert an.wait_verdict(expected, 15, promised=10) == "late"
    for c in (0.0, 0.5, 1.0):                       # whatever the credibility
        for guess in (30, 60, 120):
            e = an.expected_wait(10, guess, credibility=c)
            assert an.wait_verdict(e, 12, promised=10) == "late"


def test_a_kept_promise_never_feels_late():
    for quoted in range(0, 61, 5):
        for guess in (0, 5, 20, 60):
            for c in (0, 0.5, 1):
                e = an.expected_wait(quoted, guess, credibility=c)
                for actual in np.linspace(0, quoted + 1, 9):
                    assert an.wait_verdict(e, float(actual), promised=quoted) != "late"


def test_a_kept_promise_well_before_the_expectation_feels_early():
    e = an.expected_wait(40, 30)                    # 37.75
    assert an.wait_verdict(e, 25, promised=40) == "early"
    assert an.wait_verdict(e, 37, promised=40) == "on_time"


def test_as_soon_as_possible_is_judged_against_the_own_guess():
    assert an.wait_verdict(an.expected_wait(None, 10), 25) == "late"
    assert an.wait_verdict(an.expected_wait(None, 60), 50) == "early"


def test_over_promising_makes_every_later_minute_feel_late():
    quotes = np.array([5.0, 15.0, 30.0])
    expected = an.expected_wait(quotes, 20.0)
    assert np.all(np.diff(expected) > 0)
    verdicts = [an.wait_verdict(e, 20.0, promised=q) for q, e in zip(quotes, expected)]
    assert verdicts[0] == "late" and verdicts[2] != "late"


def test_safe_quote_picks_the_shortest_kept_promise():
    assert an.safe_quote([10, 20, 30, 45], 18) == 20
    assert an.safe_quote([45, 30, 20, 10], 20) == 20            # order does not matter, exact fit is kept
    assert an.safe_quote([5, 10], 18) is None
    waits = [7, 4, 11, 8, 19, 6, 9, 13, 7, 10]                   # the lesson's hold line
    assert an.safe_quote([5, 10, 15, 30], waits, kept_share=0.9) == 15
    assert an.safe_quote([5, 10, 15, 30], waits, kept_share=1.0) == 30
    assert an.safe_quote([5, 10, 15, 30], waits, kept_share=0.5) == 10


def test_safe_quote_never_quotes_below_the_real_wait():
    # A sweep over a grid of quote lists and real waits (a hypothesis-style property test in plain pytest).
    rng = np.random.default_rng(2026)
    for _ in range(400):
        quotes = [int(q) for q in rng.choice(np.arange(0, 121), size=int(rng.integers(1, 8)), replace=False)]
        actual = float(rng.uniform(0, 130))
        got = an.safe_quote(quotes, actual)
        kept = [q for q in quotes if q >= actual]
        if kept:
            assert got == min(kept) and got >= actual
        else:
            assert got is None
    # with a sample of waits: the quote covers at least kept_share of them, and no shorter option does
    for _ in range(300):
        waits = rng.gamma(2.0, 5.0, size=int(rng.integers(1, 30)))
        share = float(rng.choice([0.5, 0.8, 0.9, 1.0]))
        quotes = sorted(set(int(q) for q in rng.integers(0, 80, size=6)))
        got = an.safe_quote(quotes, waits, kept_share=share)
        covered = lambda q: np.mean(waits <= q) >= share - 1e-12
        if got is None:
            assert not any(covered(q) for q in quotes)
        else:
            assert covered(got) and not any(covered(q) for q in quotes if q < got)
            # never below the real wait of the share of customers it promises to cover
            assert got >= np.sort(waits)[int(np.ceil(share * waits.size - 1e-9)) - 1]


def test_wait_helpers_bad_input():
    with pytest.raises(ValueError, match="cannot be negative"):
        an.expected_wait(-5, 60)
    with pytest.raises(ValueError, match="cannot be negative"):
        an.expected_wait(5, -60)
    with pytest.raises(ValueError, match="between 0 and 1"):
        an.expected_wait(None, 60, adjustment=2)
    with pytest.raises(ValueError, match="between 0 and 1"):
        an.expected_wait(10, 60, credibility=1.5)
    with pytest.raises(ValueError, match="cannot be negative"):
        an.minutes_late(10, -1)
    with pytest.raises(ValueError):
        an.safe_quote([10, 20], [])
    with pytest.raises(ValueError, match="negative"):
        an.safe_quote([10, -20], 5)
    with pytest.raises(ValueError, match="above 0"):
        an.safe_quote([10, 20], 5, kept_share=0)
    with pytest.raises(TypeError):
        an.safe_quote(["ten"], 5)
    assert an.wait_verdict(30, 31, tolerance=1) == "on_time"
    assert an.wait_verdict(30, 31.5, tolerance=1) == "late"
    assert set(an.VERDICTS) == {"early", "on_time", "late"}


# ------------------------------------------------------------------ simulation

@pytest.mark.parametrize("k", [0.2, 0.45, 0.8])
def test_simulated_cohort_recovers_the_adjustment(k):
    df = an.simulate_cohort(2000, 10, 65, belief_mean=35, belief_sd=12, adjustment=k, noise_sd=4, seed=7)
    assert list(df.columns) == ["condition", "anchor", "belief", "estimate"]
    assert len(df) == 2000 and (df["condition"] == "low").sum() == 1000
    assert set(df.loc[df.condition == "low", "anchor"]) == {10.0}
    for stat in ("median", "mean"):
        index = an.cohort_index(df, stat)
        assert an.adjustment_from_index(index) == pytest.approx(k, abs=0.05)


def test_simulation_is_seeded():
    a = an.simulate_cohort(50, 10, 65, belief_mean=35, belief_sd=12, seed=1)
    assert a.equals(an.simulate_cohort(50, 10, 65, belief_mean=35, belief_sd=12, seed=1))
    assert not a.equals(an.simulate_cohort(50, 10, 65, belief_mean=35, belief_sd=12, seed=2))


def test_no_noise_no_spread_gives_the_exact_model():
    df = an.simulate_cohort(10, 10, 65, belief_mean=35, belief_sd=0, adjustment=0.3)
    assert np.allclose(df["estimate"], an.adjust(df["anchor"].to_numpy(), 35.0, 0.3))
    assert an.cohort_index(df) == pytest.approx(0.7)


@pytest.mark.parametrize("kwargs, exc, match", [
    (dict(n=-3), ValueError, "at least 2"),
    (dict(n=1), ValueError, "at least 2"),
    (dict(n=10.0), TypeError, "whole number"),
    (dict(n=True), TypeError, "whole number"),
    (dict(high_anchor=10), ValueError, "equal"),
    (dict(adjustment=1.2), ValueError, "between 0 and 1"),
    (dict(belief_sd=-1), ValueError, "negative"),
    (dict(noise_sd=-1), ValueError, "negative"),
    (dict(seed=1.5), TypeError, "seed"),
])
def test_simulation_bad_input(kwargs, exc, match):
    args = dict(n=10, low_anchor=10, high_anchor=65, belief_mean=35, belief_sd=5)
    args.update(kwargs)
    with pytest.raises(exc, match=match):
        an.simulate_cohort(**args)


def test_cohort_index_bad_tables():
    import pandas as pd

    with pytest.raises(ValueError, match="missing"):
        an.cohort_index(pd.DataFrame({"condition": ["low"], "estimate": [1.0]}))
    with pytest.raises(ValueError, match="'high'"):
        an.cohort_index(pd.DataFrame({"condition": ["low"], "anchor": [1.0], "estimate": [1.0]}))
    with pytest.raises(ValueError, match="median"):
        an.cohort_index(an.simulate_cohort(10, 1, 2, belief_mean=1, belief_sd=1), "mode")


def test_replication_and_practice_rows():
    # Klein et al. (2014), abstract: 13 effects, 36 samples, 6,344 participants, 10 replicated consistently.
    assert (f("ml1_effects_tested"), f("ml1_samples"), f("ml1_participants"), f("ml1_effects_replicated")) == \
        (13, 36, 6344, 10)
    assert findings.get("ml1_samples").doi == "10.1027/1864-9335/a000178"
    # Shanks, Barbieri-Hermitte & Vadillo (2020), abstract: three studies, no significant incidental anchoring.
    assert f("sbv20_incidental_studies") == 3
    practice = [r for r in findings.all_findings() if r.concept == "anchoring" and r.kind == "practice"]
    assert {r.key for r in practice} == {"practice_first_contact_reference", "practice_concrete_promise_minutes"}
    assert all(r.population for r in findings.all_findings() if r.concept == "anchoring")


def test_simulated_estimates_can_be_kept_in_range():
    df = an.simulate_cohort(500, 10, 65, belief_mean=35, belief_sd=20, noise_sd=15, seed=3, bounds=(0, 100))
    assert df["estimate"].between(0, 100).all()
    raw = an.simulate_cohort(500, 10, 65, belief_mean=35, belief_sd=20, noise_sd=15, seed=3)
    assert (raw["estimate"] < 0).any()
