"""The anchoring widgets, driven headless: set controls, check results and views."""

from __future__ import annotations

import numpy as np
import pytest

from servicepsych import anchoring as an
from servicepsych.widgets.anchoring import anchoring_lab, wait_promise

PNG = b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ wait_promise

def test_wait_promise_initial_view():
    ex = wait_promise(quoted=30, own_guess=60, actual=45, adjustment=0.45)
    r = ex.result
    assert r["expected"] == pytest.approx(30 + 0.45 * 30)
    assert r["late"] == pytest.approx(45 - r["expected"])
    assert r["verdict"] == "late"
    assert ex.views[0].value[:8] == PNG
    assert "later than expected" in ex.views[1].value and "+1.5" in ex.views[1].value
    # the curve is the model's expected wait at every promise
    assert np.allclose(r["curve"], an.expected_wait(r["quotes"], 60, 0.45))


def test_moving_the_promise_changes_expectation_and_feeling():
    ex = wait_promise(quoted=30, own_guess=60, actual=45)
    png, html = ex.views[0].value, ex.views[1].value
    ex.controls["quoted"].value = 50
    assert ex.result["expected"] == pytest.approx(an.expected_wait(50, 60))
    assert ex.result["verdict"] == "early"
    assert ex.views[0].value != png and ex.views[1].value != html
    assert "pleasant surprise" in ex.views[1].value
    assert ex.updates == 2


def test_vague_promise_drops_the_anchor():
    ex = wait_promise(quoted=10, own_guess=60, actual=45)
    assert ex.result["verdict"] == "late"
    ex.controls["vague"].value = True
    assert ex.result["quoted"] is None
    assert ex.result["expected"] == 60.0 and ex.result["verdict"] == "early"


def test_adjustment_and_actual_controls():
    ex = wait_promise(quoted=20, own_guess=60, actual=40)
    ex.controls["adjustment"].value = 0.0        # the customer takes the promise at its word
    assert ex.result["expected"] == 20.0 and ex.result["late"] == 20.0
    ex.controls["adjustment"].value = 1.0        # the promise is ignored
    assert ex.result["expected"] == 60.0
    ex.controls["actual"].value = 60
    assert ex.result["verdict"] == "on_time"
    ex.controls["own_guess"].value = 0
    assert ex.result["expected"] == 0.0 and ex.result["verdict"] == "late"


# ------------------------------------------------------------------ anchoring_lab

def test_lab_initial_view_reports_the_index():
    ex = anchoring_lab(low_anchor=10, high_anchor=65, adjustment=0.45, n=400)
    r = ex.result
    assert len(r["cohort"]) == 400
    assert r["index"] == pytest.approx(an.cohort_index(r["cohort"]))
    assert r["implied_adjustment"] == pytest.approx(0.45, abs=0.1)
    assert r["low_median"] < r["high_median"]
    assert ex.views[0].value[:8] == PNG
    assert f"{r['index']:.2f}" in ex.views[1].value


def test_lab_adjustment_moves_the_index():
    ex = anchoring_lab(n=1000, noise_sd=2)
    ex.controls["adjustment"].value = 0.9
    weak = ex.result["index"]
    png = ex.views[0].value
    ex.controls["adjustment"].value = 0.1
    strong = ex.result["index"]
    assert weak == pytest.approx(0.1, abs=0.06) and strong == pytest.approx(0.9, abs=0.06)
    assert ex.views[0].value != png


def test_lab_anchors_and_size():
    ex = anchoring_lab(n=200)
    ex.controls["high_anchor"].value = 90
    assert set(ex.result["cohort"].loc[lambda d: d.condition == "high", "anchor"]) == {90.0}
    assert "90" in ex.views[1].value
    ex.controls["n"].value = 60
    assert len(ex.result["cohort"]) == 60


def test_lab_equal_anchors_show_a_message():
    ex = anchoring_lab(low_anchor=10, high_anchor=65)
    before = ex.result
    ex.controls["high_anchor"].value = 10
    assert "equal" in ex.error
    assert ex.result is before            # last good result kept
    ex.controls["high_anchor"].value = 70
    assert ex.error == "" and ex.result["high_anchor"] == 70.0
