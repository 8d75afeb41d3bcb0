"""The service-recovery model against the papers it draws on (source named in each test) and its input checks."""

from __future__ import annotations

import math

import pytest

from servicepsych import findings
from servicepsych import recovery as rc


# ---------------------------------------------------------------- the three dimensions
def test_three_dimensions_as_in_tax_brown_chandrashekaran_1998():
    """Tax, Brown & Chandrashekaran (1998): outcome, procedure and interpersonal treatment."""
    assert len(rc.DIMENSIONS) == findings.get("tbc98_justice_dimensions").value == 3
    assert set(rc.DIMENSIONS) == {"distributive", "procedural", "interactional"}
    assert set(rc.ACTIONS.values()) == set(rc.DIMENSIONS)


@pytest.mark.parametrize("action, dimension", [
    ("refund", "distributive"), ("voucher", "distributive"), ("replacement", "distributive"),
    ("quick_response", "procedural"), ("voice", "procedural"), ("flexibility", "procedural"),
    ("apology", "interactional"), ("explanation", "interactional"), ("courtesy", "interactional"),
])
def test_classify_action_follows_the_justice_frame(action, dimension):
    """Tax et al. (1998): what the customer gets / how it is decided / how they are treated."""
    assert rc.classify_action(action) == dimension
    assert rc.classify_action(f"  {action.upper()} ") == dimension


def test_classify_action_refuses_unknown_and_non_text():
    with pytest.raises(ValueError, match="known actions"):
        rc.classify_action("free hug")
    with pytest.raises(TypeError):
        rc.classify_action(3)


# ---------------------------------------------------------------- justice profile
def test_distributive_is_compensation_relative_to_loss_and_capped():
    """Smith, Bolton & Wagner (1999): amounts commensurate with the failure; the loss made good counts as fair."""
    assert rc.justice_profile(150, 300, 0)["distributive"] == pytest.approx(0.5)
    assert rc.justice_profile(300, 300, 0)["distributive"] == 1.0
    assert rc.justice_profile(900, 300, 0)["distributive"] == 1.0          # more than the loss adds nothing here
    small, large = rc.justice_profile(50, 100, 0), rc.justice_profile(50, 400, 0)
    assert small["distributive"] > large["distributive"]                 # the same sum covers a small loss better


def test_each_feature_moves_only_its_dimension():
    base = dict(compensation=100, loss=200, response_hours=24)
    p0 = rc.justice_profile(**base)
    for feature, dimension in (("voice", "procedural"), ("flexibility", "procedural"), ("apology", "interactional"),
                               ("explanation", "interactional"), ("courtesy", "interactional")):
        p1 = rc.justice_profile(**base, **{feature: True})
        changed = {d for d in rc.DIMENSIONS if not math.isclose(p0[d], p1[d])}
        assert changed == {dimension}, feature
    faster = rc.justice_profile(100, 200, 1)
    assert faster["procedural"] > p0["procedural"] and faster["distributive"] == p0["distributive"]
    assert rc.justice_profile(0, 100, 24)["procedural"] == pytest.approx(0.5 / 3)   # speed is half at 24 h


def test_profile_scores_stay_in_unit_interval():
    for comp in (0, 50, 500):
        for hours in (0, 5, 1000):
            p = rc.justice_profile(comp, 100, hours, voice=0.5, apology=1, courtesy=0.2)
            assert all(0.0 <= p[d] <= 1.0 for d in rc.DIMENSIONS)


@pytest.mark.parametrize("kwargs, error", [
    (dict(compensation=10, loss=0, response_hours=1), ValueError),
    (dict(compensation=-1, loss=10, response_hours=1), ValueError),
    (dict(compensation=1, loss=10, response_hours=-2), ValueError),
    (dict(compensation="ten", loss=10, response_hours=1), TypeError),
    (dict(compensation=1, loss=10, response_hours=1, apology=2), ValueError),
    (dict(compensation=1, loss=float("nan"), response_hours=1), ValueError),
])
def test_profile_refuses_bad_input(kwargs, error):
    with pytest.raises(error):
        rc.justice_profile(**kwargs)


# ---------------------------------------------------------------- satisfaction index
def test_rank_weights_keep_the_meta_analytic_order_only():
    """Orsingher, Valentini & de Angelis (2010): distributive first, interactional second, procedural third."""
    ranks = {d: findings.get(k).value for d, k in (("distributive", "ova10_order_distributive_first"),
                                                    ("interactional", "ova10_order_interactional_second"),
                                                    ("procedural", "ova10_order_procedural_third"))}
    by_weight = sorted(rc.RANK_WEIGHTS, key=rc.RANK_WEIGHTS.get, reverse=True)
    assert by_weight == sorted(ranks, key=ranks.get)
    assert sum(rc.RANK_WEIGHTS.values()) == pytest.approx(1.0)
    assert findings.get("ova10_studies").value == 60
    assert "could not be read" in findings.get("ova10_studies").note    # the weights are not the paper's sizes


def test_index_is_a_weighted_mean():
    only = {d: {e: float(e == d) for e in rc.DIMENSIONS} for d in rc.DIMENSIONS}
    assert rc.satisfaction_index(only["distributive"]) == pytest.approx(0.5)
    assert rc.satisfaction_index(only["interactional"]) == pytest.approx(1 / 3)
    assert rc.satisfaction_index(only["procedural"]) == pytest.approx(1 / 6)
    full = {d: 1.0 for d in rc.DIMENSIONS}
    assert rc.satisfaction_index(full) == pytest.approx(1.0)
    assert rc.satisfaction_index(full, rc.EQUAL_WEIGHTS) == pytest.approx(1.0)
    assert rc.satisfaction_index(only["procedural"], {"distributive": 0, "procedural": 2, "interactional": 0}) == 1.0


def test_index_refuses_bad_profiles_and_weights():
    with pytest.raises(ValueError, match="lacks"):
        rc.satisfaction_index({"distributive": 1.0})
    with pytest.raises(ValueError):
        rc.satisfaction_index({"distributive": 1.5, "procedural": 0, "interactional": 0})
    with pytest.raises(TypeError):
        rc.satisfaction_index([1, 2, 3])
    with pytest.raises(ValueError, match="keys"):
        rc.satisfaction_index({d: 0.5 for d in rc.DIMENSIONS}, {"distributive": 1})
    with pytest.raises(ValueError, match="all be 0"):
        rc.satisfaction_index({d: 0.5 for d in rc.DIMENSIONS}, {d: 0 for d in rc.DIMENSIONS})


def test_ranges_of_primary_correlations_as_the_paper_gives_them():
    """Orsingher et al. (2010), introduction: the primary studies' correlations with SATCOM range widely."""
    for dim, low, high in (("distributive", 0.06, 0.97), ("interactional", 0.05, 0.92), ("procedural", -0.06, 0.84)):
        assert findings.get(f"ova10_range_{dim}_low").value == low
        assert findings.get(f"ova10_range_{dim}_high").value == high
        assert findings.get(f"ova10_range_{dim}_low").unit == "correlation r"


# ---------------------------------------------------------------- paradox
def test_paradox_only_for_satisfaction_after_a_first_failure():
    """de Matos, Henrique & Rossi (2007): positive on satisfaction; not on repurchase, word of mouth, image."""
    assert len(rc.OUTCOMES) == findings.get("dmhr07_outcomes_examined").value == 4
    supported = [o for o in rc.OUTCOMES if rc.paradox_check(0.9, 0.7, outcome=o)["verdict"] == "paradox_possible"]
    assert supported == ["satisfaction"] and len(supported) == findings.get("dmhr07_outcomes_supported").value


def test_no_paradox_after_a_second_failure():
    """Maxham & Netemeyer (2002): a paradox after one failure, none after two."""
    failures = int(findings.get("mn02_no_paradox_after_failures").value)
    assert rc.paradox_check(0.95, 0.7, failures=1)["verdict"] == "paradox_possible"
    assert rc.paradox_check(0.95, 0.7, failures=failures)["verdict"] == "not_supported"


def test_below_baseline_whatever_the_outcome():
    for outcome in rc.OUTCOMES:
        result = rc.paradox_check(0.5, 0.7, outcome=outcome, failures=2)
        assert result["verdict"] == "below_baseline" and result["gap"] == pytest.approx(-0.2)
    assert rc.paradox_check(0.7, 0.7)["verdict"] == "below_baseline"     # equal is not above


@pytest.mark.parametrize("args, kwargs", [
    ((1.2, 0.5), {}), ((0.5, -0.1), {}), ((0.9, 0.5), {"outcome": "loyalty"}),
    ((0.9, 0.5), {"failures": 0}), ((0.9, 0.5), {"failures": True}), ((0.9, 0.5), {"failures": 1.5}),
])
def test_paradox_refuses_bad_input(args, kwargs):
    with pytest.raises(ValueError):
        rc.paradox_check(*args, **kwargs)


def test_findings_are_cited_with_population_and_kind():
    rows = findings.table("recovery")
    assert len(rows) >= 15
    assert set(rows["kind"]) == {"research", "practice"}
    assert (rows["population"].str.len() > 5).all()
    research = rows[rows["kind"] == "research"]
    assert (research["doi"].str.startswith("10.")).all()
    assert research["note"].str.contains("read").all()                    # each says what could be read
    practice = rows[rows["kind"] == "practice"]
    assert set(practice["key"]) >= {"practice_delay_meal_voucher", "practice_refusal_with_alternative"}


# ---------------------------------------------------------------- the live experiment (not yet in the workshop's registry)
def test_workshop_experiment_class_effect_against_hand_computation():
    from servicepsych.workshop.experiments import _base, service_recovery as exp

    cash = [2, 3, 4, 3]           # mean 3, variance 2/3
    voucher = [4, 5, 6, 5, 5]     # mean 5, variance 1/2
    answers = ([{"condition": "cash_later", "recovery": "cash_later", "rating": r} for r in cash]
               + [{"condition": "voucher_now", "recovery": "voucher_now", "rating": r} for r in voucher])
    s = exp.summarise(answers)
    assert s.n == 9 and s.estimate == pytest.approx(2.0)          # voucher now minus cash later
    se2 = (2 / 3) / 4 + 0.5 / 5
    half = (s.high - s.low) / 2
    assert half / se2 ** 0.5 == pytest.approx(2.445, abs=0.005)   # Welch df 6.05: t(0.975) = 2.445 by hand
    assert [b["value"] for b in s.bars] == [pytest.approx(3.0), pytest.approx(5.0)]
    assert any("Orsingher" in line for line in s.lines) and any("practice wisdom" in line for line in s.lines)
    assert s.published == []                                      # no number beside the class's: none is quoted
    assert exp.parse({"rating": ["6"]}, "voucher_now") == {"recovery": "voucher_now", "rating": 6}
    for bad in ({}, {"rating": ["0"]}, {"rating": ["6", "7"]}, {"rating": ["<b>"]}):
        with pytest.raises(_base.InputError):
            exp.parse(bad, "cash_later")
    form = exp.form_html("voucher_now")
    assert "meal voucher" in form and form.count('type="radio"') == 7
    assert "claim" in exp.form_html("cash_later")
    assert exp.summarise([]).n == 0
