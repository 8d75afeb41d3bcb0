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
    assert ex.controls["level"].disabled                   # nothing to set while no minute is added
    assert "at least one extra minute" in _html(ex)

    ex.controls["extra_minutes"].value = 3
    assert not ex.controls["level"].disabled
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


def _enabled(ex):
    return {name for name, w in ex.controls.items() if not w.disabled}


def test_memory_rules_every_enabled_control_changes_the_view():
    """Under every rule, each enabled control changes the picture or the table; the others are disabled."""
    for method in pe.METHODS:
        ex = memory_rules(method=method)
        for name in _enabled(ex) - {"method"}:
            w = ex.controls[name]
            before = (_png(ex), _html(ex), ex.result["a"], ex.result["b"])
            w.value = w.max if w.value != w.max else w.min
            assert (_png(ex), _html(ex), ex.result["a"], ex.result["b"]) != before, (method, name)
        for name in set(ex.controls) - _enabled(ex):
            assert name in ("peak_weight", "end_window"), (method, name)
    assert _enabled(memory_rules(method="weighted_peak_end")) == {"method", "peak_weight", "end_window"}
    assert _enabled(memory_rules(method="peak_end")) == {"method", "end_window"}
    assert _enabled(memory_rules(method="area")) == {"method"}


def test_memory_rules_end_window_uses_the_last_minutes():
    """Redelmeier & Kahneman (1996) related memory to the last 3 minutes: the end window slider."""
    ex = memory_rules()
    ex.controls["end_window"].value = 3
    assert ex.result["b"] == pytest.approx(pe.peak_end(PATIENT_B, end_window=3))
    assert ex.result["a"] == pytest.approx((8 + (7 + 8 + 7) / 3) / 2)
    assert ex.result["end_window"] == 3


@pytest.mark.parametrize("build", [journey_builder, lambda: hold_extender(extra_minutes=2)])
def test_every_slider_of_the_other_widgets_changes_the_view(build):
    ex = build()
    for name, w in ex.controls.items():
        if w.disabled or not hasattr(w, "max"):
            continue
        before = (_png(ex), _html(ex))
        w.value = w.max if w.value != w.max else w.min
        assert (_png(ex), _html(ex)) != before, name


def test_widgets_use_the_kit_factories():
    """Controls come from widgets._base.slider/choice (the kit's projector layout), whatever that layout is."""
    from servicepsych.widgets._base import choice, slider

    ref = {W.IntSlider: slider("x", 1, 0, 10), W.FloatSlider: slider("x", 0.5, 0.0, 1.0, 0.05),
           W.Dropdown: choice("x", ["a", "b"])}
    for ex in (journey_builder(), hold_extender(), memory_rules()):
        for w in ex.controls.values():
            r = ref[type(w)]
            assert (w.layout.width, w.style.description_width) == (r.layout.width, r.style.description_width), w
