"""The anchoring widgets, driven headless: every control changes what is shown (or is disabled while it can't)."""

from __future__ import annotations

import pytest

from servicepsych import anchoring as an
from servicepsych.widgets.anchoring import anchoring_lab, wait_promise

PNG = b"\x89PNG\r\n\x1a\n"


def snapshot(ex):
    return tuple(v.value for v in ex.views)


# ------------------------------------------------------------------ wait_promise

def test_wait_promise_initial_view_is_the_broken_promise_case():
    ex = wait_promise(quoted=10, own_guess=30, actual=15)
    r = ex.result
    assert r["expected"] == pytest.approx(an.expected_wait(10, 30))
    assert r["verdict"] == "late" and r["broken"]
    assert r["late"] == pytest.approx(5.0)                  # judged against the promise, not the expectation
    assert ex.views[0].value[:8] == PNG
    assert "broken" in ex.views[1].value and "+5.0" in ex.views[1].value


@pytest.mark.parametrize("name, value", [
    ("quoted", 20), ("own_guess", 50), ("actual", 8), ("credibility", 0.9), ("adjustment", 0.8), ("vague", True),
])
def test_every_wait_control_changes_the_view(name, value):
    ex = wait_promise(quoted=10, own_guess=30, actual=15)
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == ""
    assert snapshot(ex) != before, f"moving {name} changed nothing"


def test_zones_follow_the_model():
    ex = wait_promise(quoted=20, own_guess=40, actual=10, credibility=0.5, adjustment=0.45)
    for start, end, verdict in ex.result["zones"]:
        mid = (start + end) / 2
        assert an.wait_verdict(ex.result["expected"], mid, promised=20) == verdict
    assert ex.result["verdict"] == "early"


def test_vague_disables_what_it_makes_useless_and_uses_the_own_guess():
    ex = wait_promise(quoted=10, own_guess=30, actual=30)
    ex.controls["vague"].value = True
    assert ex.result["quoted"] is None and ex.result["expected"] == 30.0 and ex.result["verdict"] == "on_time"
    assert ex.controls["quoted"].disabled and ex.controls["credibility"].disabled and ex.controls["adjustment"].disabled
    assert not ex.controls["own_guess"].disabled and not ex.controls["actual"].disabled
    ex.controls["vague"].value = False
    assert not ex.controls["quoted"].disabled and ex.result["verdict"] == "late"


def test_full_credibility_disables_own_guess_and_adjustment():
    ex = wait_promise(quoted=20, own_guess=40, actual=18)
    ex.controls["credibility"].value = 1.0
    assert ex.result["expected"] == 20.0
    assert ex.controls["own_guess"].disabled and ex.controls["adjustment"].disabled
    ex.controls["credibility"].value = 0.5
    assert not ex.controls["own_guess"].disabled and not ex.controls["adjustment"].disabled


def test_no_by_construction_outcome():
    # The promise does not win by construction: a short promise feels worse than no number at all.
    ex = wait_promise(quoted=5, own_guess=30, actual=20)
    assert ex.result["verdict"] == "late"
    ex.controls["vague"].value = True
    assert ex.result["verdict"] == "early"


# ------------------------------------------------------------------ anchoring_lab

def test_lab_initial_view_reports_the_index():
    ex = anchoring_lab()
    r = ex.result
    assert len(r["cohort"]) == 30
    assert r["index"] == pytest.approx(an.cohort_index(r["cohort"]))
    assert r["low_median"] < r["high_median"]
    assert ex.views[0].value[:8] == PNG
    assert f"{r['index']:.2f}" in ex.views[1].value and "0.55" in ex.views[1].value


@pytest.mark.parametrize("name, value", [
    ("low_anchor", 20), ("high_anchor", 90), ("adjustment", 0.9), ("n", 200), ("noise_sd", 2.0), ("draw", 7),
])
def test_every_lab_control_changes_the_view(name, value):
    ex = anchoring_lab()
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == ""
    assert snapshot(ex) != before, f"moving {name} changed nothing"


def test_a_class_of_30_wanders_but_a_big_one_does_not():
    small = []
    ex = anchoring_lab(n=30)
    for draw in range(1, 11):
        ex.controls["draw"].value = draw
        small.append(ex.result["index"])
    assert max(small) - min(small) > 0.1                     # chance alone moves one class's index
    ex.controls["n"].value = 1000
    big = []
    for draw in range(1, 4):
        ex.controls["draw"].value = draw
        big.append(ex.result["index"])
    assert all(abs(i - (1 - an.ADJUSTMENT)) < 0.08 for i in big)


def test_lab_equal_anchors_show_a_message():
    ex = anchoring_lab(low_anchor=10, high_anchor=65)
    before = ex.result
    ex.controls["high_anchor"].value = 10
    assert "equal" in ex.error
    assert ex.result is before            # last good result kept
    ex.controls["high_anchor"].value = 70
    assert ex.error == "" and ex.result["high_anchor"] == 70.0
