"""The emotional-labor model against its published sources.

Sources:
* Kristensen, Borritz, Villadsen & Christensen (2005), Work & Stress 19(3), 192-207: the CBI's items,
  scoring (100/75/50/25/0, one reversed work item, mean of answered items) and minimum-answered rule.
* Hülsheger & Schewe (2011), J. Occupational Health Psychology 16(3), 361-389: surface acting relates
  to impaired well-being at rho .39 to .48; deep acting only weakly.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from servicepsych import emotional_labor as el
from servicepsych import findings


# ------------------------------------------------------------------ CBI items and scoring

def test_cbi_has_the_published_number_of_items_per_scale():
    # Kristensen et al. (2005): 6 personal, 7 work-related, 6 client-related items (19 in all).
    assert [len(el.cbi_items(s)) for s in ("personal", "work", "client")] == [6, 7, 6]


def test_only_the_work_energy_item_is_reversed():
    # Kristensen et al. (2005): "Do you have enough energy for family and friends ..." is reverse-scored.
    reversed_items = [i for s in el.CBI_SCALES for i in el.cbi_items(s) if i["reverse"]]
    assert len(reversed_items) == 1
    assert "energy for family and friends" in reversed_items[0]["text"]


def test_no_maslach_wording():
    texts = " ".join(i["text"] for s in el.CBI_SCALES for i in el.cbi_items(s)).lower()
    assert "emotionally drained from my work" not in texts  # an MBI item: never reproduced


def test_option_points_follow_the_cbi():
    # Always=100, Often=75, Sometimes=50, Seldom=25, Never/almost never=0 (and the "degree" set alike).
    assert findings.get("cbi_points_always").value == 100
    freq = [el.score_item(x) for x in ("Always", "Often", "Sometimes", "Seldom", "Never/almost never")]
    degree = [el.score_item(x) for x in ("To a very high degree", "To a high degree", "Somewhat",
                                         "To a low degree", "To a very low degree")]
    assert freq == degree == [100.0, 75.0, 50.0, 25.0, 0.0]
    assert all(type(v) is float for v in freq)
    assert [el.score_item(p, reverse=True) for p in el.CBI_POINTS] == [0.0, 25.0, 50.0, 75.0, 100.0]


def test_scale_score_is_mean_of_answered_items_with_reversal():
    answers = [100, 75, 50, 25, 0, 50, 100]  # last (energy) item: "Always" -> 0 points after reversal
    expected = (100 + 75 + 50 + 25 + 0 + 50 + 0) / 7
    got = el.score_cbi(answers, scale="work")
    assert type(got) is float and got == pytest.approx(expected)
    # unanswered items are left out of the mean, not counted as zero
    assert el.score_cbi([100, None, 50, float("nan"), 0, 50], scale="personal") == pytest.approx(50.0)


@pytest.mark.parametrize("scale", ["personal", "work", "client"])
def test_minimum_answered_rule(scale):
    needed = findings.get(f"cbi_min_answered_{scale}").value
    assert el.CBI_MIN_ANSWERED[scale] == needed
    n = len(el.cbi_items(scale))
    enough = [50] * needed + [None] * (n - needed)
    assert el.score_cbi(enough, scale=scale) == pytest.approx(50.0)
    too_few = [50] * (needed - 1) + [None] * (n - needed + 1)
    with pytest.raises(ValueError, match=f"at least {needed}"):
        el.score_cbi(too_few, scale=scale)
    assert math.isnan(el.score_cbi(too_few, scale=scale, nonresponse="nan"))


def test_dataframe_rows_are_respondents():
    import pandas as pd

    df = pd.DataFrame([[100, 75, 50, 25, 0, 50, 100], [50, None, 50, None, 50, None, 50]])
    out = el.score_cbi(df, scale="work")
    assert out.tolist() == pytest.approx([300 / 7, 50.0])
    assert el.score_cbi(df.iloc[1], scale="work") == pytest.approx(50.0)


def test_table_in_array_out():
    table = np.array([[100] * 7, [0] * 6 + [100], [np.nan] * 5 + [50, 50]])
    out = el.score_cbi(table, scale="work", nonresponse="nan")
    assert isinstance(out, np.ndarray) and out.shape == (3,)
    assert out[0] == pytest.approx(600 / 7) and out[1] == 0.0 and math.isnan(out[2])


@pytest.mark.parametrize("answers, error, match", [
    ([60, 50, 50, 50, 50, 50, 50], ValueError, "100, 75, 50, 25 or 0"),
    (["maybe"] + [50] * 6, ValueError, "not a CBI response option"),
    ([50] * 6, ValueError, "7 items but 6 answers"),
    ([50] * 8, ValueError, "7 items but 8 answers"),
    ([True] + [50] * 6, TypeError, "real number"),
    ("often", TypeError, "one answer per item"),
    (50, TypeError, "one answer per item"),
])
def test_bad_answers_are_clear_errors(answers, error, match):
    with pytest.raises(error, match=match):
        el.score_cbi(answers, scale="work")


def test_bad_scale_is_a_clear_error():
    with pytest.raises(ValueError, match="scale must be one of"):
        el.score_cbi([50] * 7, scale="burnout")


def test_bands_follow_the_response_anchors():
    assert el.cbi_band(0) == "seldom_or_less"
    assert el.cbi_band(25) == "seldom_to_sometimes"
    assert el.cbi_band(50.0) == "sometimes_to_often"
    assert el.cbi_band(100) == "often_or_more"
    assert el.cbi_band([24.9, 74.9]).tolist() == ["seldom_or_less", "sometimes_to_often"]
    with pytest.raises(ValueError, match="between 0 and 100"):
        el.cbi_band(101)


# ------------------------------------------------------------------ strategies and display rules

@pytest.mark.parametrize("feels, shows, tried, expected", [
    (True, True, False, "genuine"),
    (True, True, True, "deep"),
    (False, True, False, "surface"),
    (False, True, True, "surface"),  # tried but did not get there: the smile is still a mask
    (False, False, False, "off_rule"),
])
def test_classify_acting(feels, shows, tried, expected):
    assert el.classify_acting(feels, shows, tried_to_feel=tried) == expected


def test_classify_acting_refuses_non_bools():
    with pytest.raises(TypeError, match="feels_required must be True or False"):
        el.classify_acting("yes", True)


def test_recommend_apology():
    assert el.recommend_apology(True, 0.0) == "real_apology"
    assert el.recommend_apology(False, 0.9) == "real_apology"
    assert el.recommend_apology(False, 0.2) == "light_apology"
    with pytest.raises(ValueError, match="between 0 and 1"):
        el.recommend_apology(False, 3)


# ------------------------------------------------------------------ exhaustion model

def test_default_rho_is_the_published_lower_bound():
    low = findings.get("hs11_surface_wellbeing_rho_low").value
    high = findings.get("hs11_surface_wellbeing_rho_high").value
    assert (low, high) == (0.39, 0.48)
    assert el.RHO_SURFACE_EXHAUSTION == low
    assert low <= el.RHO_SURFACE_EXHAUSTION <= high


def test_simulated_team_reproduces_the_meta_analytic_pattern():
    # Hülsheger & Schewe (2011): surface acting clearly related to exhaustion, deep acting near zero.
    df = el.simulate_agents(40_000, seed=7)
    r_surface = np.corrcoef(df["surface_acting"], df["exhaustion"])[0, 1]
    r_deep = np.corrcoef(df["deep_acting"], df["exhaustion"])[0, 1]
    assert r_surface == pytest.approx(findings.get("hs11_surface_wellbeing_rho_low").value, abs=0.015)
    assert abs(r_deep) < 0.015
    assert df["exhaustion"].mean() == pytest.approx(50, abs=0.2)
    assert df["exhaustion"].std() == pytest.approx(10, abs=0.2)


def test_simulation_is_seeded_and_follows_rho_argument():
    a = el.simulate_agents(300, seed=3)
    assert a.equals(el.simulate_agents(300, seed=3))
    assert not a.equals(el.simulate_agents(300, seed=4))
    big = el.simulate_agents(40_000, seed=1, rho_surface=0.48, surface_shift=1.0)
    assert big["exhaustion"].mean() == pytest.approx(50 + 10 * 0.48, abs=0.2)
    assert list(a.columns) == ["agent", "surface_acting", "deep_acting", "exhaustion"]


@pytest.mark.parametrize("kwargs, error", [
    (dict(n=2), ValueError), (dict(n=10.5), ValueError), (dict(n=10, seed="a"), TypeError),
    (dict(n=10, rho_surface=0.9, rho_deep=0.6), ValueError), (dict(n=10, surface_shift=float("inf")), ValueError),
])
def test_simulation_bad_input(kwargs, error):
    with pytest.raises(error):
        el.simulate_agents(**kwargs)


def test_expected_exhaustion_and_variance_explained_shapes():
    rho = findings.get("hs11_surface_wellbeing_rho_low").value
    assert type(el.expected_exhaustion(1.0)) is float
    assert el.expected_exhaustion(2.0) == pytest.approx(2 * rho)
    out = el.expected_exhaustion(np.array([0.0, 1.0, -1.0]), deep=[0.0, 0.0, 1.0], rho_deep=0.1)
    assert isinstance(out, np.ndarray) and out.tolist() == pytest.approx([0.0, rho, -rho + 0.1])
    assert el.variance_explained(rho) == pytest.approx(rho ** 2)
    assert el.variance_explained(findings.get("hs11_surface_wellbeing_rho_high").value) == pytest.approx(0.2304)
    with pytest.raises(ValueError, match="between -1 and 1"):
        el.variance_explained(1.5)
    with pytest.raises(TypeError):
        el.expected_exhaustion("high")
