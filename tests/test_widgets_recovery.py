"""The service-recovery widgets, driven headless: every control changes what is shown."""

from __future__ import annotations

import pytest

from servicepsych import recovery as rc
from servicepsych.widgets.recovery import FLIGHT_PACKAGES, budget_tradeoff, paradox_explorer, recovery_designer

PNG = b"\x89PNG\r\n\x1a\n"


def snapshot(ex):
    return tuple(v.value for v in ex.views)


# ------------------------------------------------------------------ recovery_designer

def test_designer_shows_the_model_profile():
    ex = recovery_designer(loss=300, compensation=150, hours=24, apology=True, courtesy=True)
    expected = rc.justice_profile(150, 300, 24, apology=True, courtesy=True)
    assert ex.result["profile"] == pytest.approx(expected)
    assert ex.result["index"] == pytest.approx(rc.satisfaction_index(expected))
    assert ex.views[0].value[:8] == PNG
    assert "0.50" in ex.views[1].value and "teaching device" in ex.views[1].value


@pytest.mark.parametrize("name, value", [
    ("compensation", 300), ("hours", 2), ("voice", True), ("flexibility", True), ("apology", False),
    ("explanation", True), ("courtesy", False), ("weights", "equal"),
])
def test_every_designer_control_changes_the_view(name, value):
    ex = recovery_designer()
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == ""
    assert snapshot(ex) != before, f"moving {name} changed nothing"


def test_designer_compensation_beyond_the_loss_adds_no_fairness():
    ex = recovery_designer(loss=300)
    ex.controls["compensation"].value = 300
    at_loss = ex.result["index"]
    ex.controls["compensation"].value = 600
    assert ex.result["index"] == pytest.approx(at_loss) and ex.result["ratio"] == pytest.approx(2.0)


# ------------------------------------------------------------------ budget_tradeoff

def test_budget_picks_the_best_package_within_budget():
    ex = budget_tradeoff(budget=100, loss=100)
    assert ex.result["best"] == "voucher_now"
    fits = {row["name"]: row["fits"] for row in ex.result["rows"]}
    assert fits == {name: pkg["cost"] <= 100 for name, pkg in FLIGHT_PACKAGES.items()}
    ex.controls["budget"].value = 150
    assert ex.result["best"] == "lounge_rebook"
    ex.controls["budget"].value = 0
    assert ex.result["best"] == "wait_and_see"


def test_budget_with_no_fitting_package_says_so():
    ex = budget_tradeoff(budget=10, packages={"cash_later": FLIGHT_PACKAGES["cash_later"]})
    assert ex.result["best"] is None and "no package fits" in ex.views[1].value


@pytest.mark.parametrize("name, value", [("budget", 200), ("loss", 300), ("weights", "equal")])
def test_every_budget_control_changes_the_view(name, value):
    ex = budget_tradeoff()
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == ""
    assert snapshot(ex) != before, f"moving {name} changed nothing"


# ------------------------------------------------------------------ paradox_explorer

def test_paradox_verdicts_follow_the_model():
    ex = paradox_explorer(baseline=0.75, share=1.0, hours=2, care=True)
    assert ex.result["check"]["verdict"] == "paradox_possible"
    ex.controls["outcome"].value = "word_of_mouth"
    assert ex.result["check"]["verdict"] == "not_supported" and "word of mouth" in ex.views[1].value
    ex.controls["outcome"].value = "satisfaction"
    ex.controls["failures"].value = 2
    assert ex.result["check"]["verdict"] == "not_supported" and "second failure" in ex.views[1].value
    ex.controls["failures"].value = 1
    ex.controls["care"].value = False
    assert ex.result["check"]["verdict"] == "below_baseline"


@pytest.mark.parametrize("name, value", [
    ("baseline", 0.5), ("share", 0.5), ("hours", 100), ("care", False), ("outcome", "image"), ("failures", 2),
])
def test_every_paradox_control_changes_the_view(name, value):
    ex = paradox_explorer()
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == ""
    assert snapshot(ex) != before, f"moving {name} changed nothing"


def test_a_small_budget_step_that_changes_no_choice_still_shows_the_new_budget():
    ex = budget_tradeoff(budget=200)
    before = snapshot(ex)
    ex.controls["budget"].value = 230                     # still lounge_rebook: the text shows the new budget
    assert ex.result["best"] == "lounge_rebook" and snapshot(ex) != before and "230" in ex.views[1].value
