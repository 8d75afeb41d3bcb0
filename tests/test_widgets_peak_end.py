"""Drive every peak-end widget headless: move controls, check the result and the views change."""

from __future__ import annotations

import ipywidgets as W
import pytest

from servicepsych import peak_end as pe
from servicepsych.questions.peak_end import PATIENT_A, PATIENT_B
from servicepsych.widgets.peak_end import SCENARIOS, hold_extender, journey_builder, memory_rules


def _png(ex):
    return [bytes(v.value) for v in ex.views if isinstance(v, W.Image)]


def _html(ex):
    return " ".join(v.value for v in ex.views if isinstance(v, W.HTML))


def test_journey_builder_follows_its_sliders():
    ex = journey_builder(greeting=1, wait=4, problem=6, fix=3, close=5, wait_minutes=2)
    assert ex.result["ratings"] == [1.0, 4.0, 4.0, 6.0, 3.0, 5.0]
    assert ex.result["peak_end"] == pe.peak_end([1, 4, 4, 6, 3, 5])
    assert ex.result["mean"] == pytest.approx(23 / 6)
    before_png, before_updates = _png(ex), ex.updates
    assert len(before_png) == 1 and before_png[0].startswith(b"\x89PNG")

    ex.controls["close"].value = 1            # a warm close
    assert ex.result["end"] == 1.0
    assert ex.result["peak_end"] == pytest.approx((6 + 1) / 2)
    assert ex.updates == before_updates + 1
    assert _png(ex) != before_png
    assert "3.50" in _html(ex)

    ex.controls["wait_minutes"].value = 8     # longer hold, same levels: memory unchanged, total up
    assert ex.result["minutes"] == 1 + 8 + 3
    assert ex.result["peak_end"] == pytest.approx(3.5)
    assert ex.result["area"] == pytest.approx(1 + 4 * 8 + 6 + 3 + 1)

    ex.controls["wait"].value = 9             # the hold becomes the worst moment
    assert ex.result["peak"] == 9.0 and ex.result["peak_end"] == pytest.approx(5.0)


def test_hold_extender_shows_duration_neglect():
    ex = hold_extender()
    assert ex.result["original"] == ex.result["extended"] == list(map(float, SCENARIOS["abrupt_fix"]))
    assert ex.result["remembered_better"] == "tie" and not ex.result["duration_neglect"]

    ex.controls["extra_minutes"].value = 3
    ex.controls["level"].value = 2
    assert len(ex.result["extended"]) == len(SCENARIOS["abrupt_fix"]) + 3
    assert ex.result["b"]["peak_end"] == pytest.approx((8 + 2) / 2)
    assert ex.result["b"]["area"] > ex.result["a"]["area"]
    assert ex.result["duration_neglect"] is True
    assert "duration neglect" in _html(ex)

    ex.controls["level"].value = 9            # a harsh ending: now remembered as worse
    assert ex.result["remembered_better"] == "a"
    assert "worse" in _html(ex)

    ex.controls["scenario"].value = "cold_water"
    assert ex.result["original"] == list(map(float, SCENARIOS["cold_water"]))


def test_hold_extender_rejects_unknown_scenario():
    with pytest.raises(ValueError, match="scenario must be one of"):
        hold_extender("queue")


def test_memory_rules_switch_the_verdict():
    ex = memory_rules()
    assert (ex.result["a"], ex.result["b"]) == (pe.peak_end(PATIENT_A), pe.peak_end(PATIENT_B))
    assert "Patient A" in _html(ex)           # A remembered as worse under peak-end
    ex.controls["method"].value = "area"
    assert ex.result["a"] == pe.area(PATIENT_A) and ex.result["b"] == pe.area(PATIENT_B)
    assert ex.result["b"] > ex.result["a"]
    assert "Patient B" in _html(ex).split("<p>")[-1]
    ex.controls["method"].value = "peak"
    assert ex.result["a"] == ex.result["b"] == 8.0
    assert "alike" in _html(ex)
    ex.controls["method"].value = "weighted_peak_end"
    ex.controls["peak_weight"].value = 0.0
    assert ex.result["a"] == PATIENT_A[-1] and ex.result["b"] == PATIENT_B[-1]
