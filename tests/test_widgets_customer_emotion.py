"""The customer-emotion widgets (07), driven headless: set every control, read result and views."""

from __future__ import annotations

import ipywidgets as W
import pytest

from servicepsych import customer_emotion as ce
from servicepsych.widgets.customer_emotion import _MAPS, apology_builder, contagion_map, transcript_stepper


def test_controls_use_the_shared_layout():
    for ex in (transcript_stepper(), contagion_map(), apology_builder()):
        for control in ex.controls.values():
            assert control.style.description_width not in ("", None), control.description
            if isinstance(control, (W.IntSlider, W.Dropdown)):
                assert control.layout.width not in (None, "", "auto"), control.description


def test_stepper_every_control_changes_the_view():
    ex = transcript_stepper()
    assert ex.controls["line"].max == len(ce.transcript("kettle"))
    view = ex.views[0].value
    assert "1 identify the emotion" in view and "End of the transcript" in view
    ex.controls["line"].value = 3
    assert ex.views[0].value != view and ex.result["covered"] == ("identify",)
    assert "End of the transcript" not in ex.views[0].value
    shown = ex.views[0].value
    ex.controls["labels"].value = False
    assert ex.views[0].value != shown and "1 identify the emotion" not in ex.views[0].value
    ex.controls["labels"].value = True
    ex.controls["transcript"].value = "store"
    assert ex.controls["line"].max == len(ce.transcript("store")) == ex.controls["line"].value
    assert ex.result["missing"] == ("empathise", "soothe")
    assert "\u4e0d\u597d\u610f\u601d" in ex.views[0].value


def test_stepper_shows_order_problems_as_they_happen():
    ex = transcript_stepper("leak")
    ex.controls["line"].value = 2
    assert ex.result["order"] == [] and ex.result["next"] == "identify"
    ex.controls["line"].value = 5
    assert {(p.early, p.late) for p in ex.result["order"]} == {("solve", "identify"), ("solve", "soothe")}
    assert "came before" in ex.views[0].value
    with pytest.raises(ValueError):
        transcript_stepper("nope")


def test_contagion_map_draws_what_the_abstracts_report():
    # Barger & Grandey (2006): mood did not carry the smile-satisfaction link, quality appraisal did;
    # Hennig-Thurau et al. (2006): the extent of smiling did not affect customers' emotions.
    assert ("cust_mood", "satisfaction", False) in _MAPS["bg06"]["edges"]
    assert ("quality", "satisfaction", True) in _MAPS["bg06"]["edges"]
    assert ("smile_extent", "cust_emotion", False) in _MAPS["ht06"]["edges"]
    ex = contagion_map()
    assert ex.views[0].value[:4] == b"\x89PNG" and "173 customers" in ex.views[1].value
    for name, value in (("show", "limits"), ("study", "ht06"), ("study", "p01"), ("show", "found")):
        png, notes = ex.views[0].value, ex.views[1].value
        ex.controls[name].value = value
        assert not ex.error
        assert ex.views[0].value != png or ex.views[1].value != notes, f"{name}={value} changed nothing"
    assert "not slopes" in ex.views[1].value


def test_apology_builder_every_control_changes_the_view():
    ex = apology_builder()
    assert ex.result["fits"] and ex.result["missing"] == ()
    for name, value in (("timing", "late"), ("empathy", False), ("fix", False), ("intensity", False),
                        ("wording", "light"), ("situation", "hold")):
        html = ex.views[0].value
        ex.controls[name].value = value
        assert not ex.error and ex.views[0].value != html, f"{name}={value} changed nothing"
    assert ex.controls["intensity"].disabled  # no real apology chosen: intensity cannot apply
    assert ex.result["rule"] == "buhaoyisi" and ex.result["fits"]
    ex.controls["situation"].value = "sale_ended"
    assert ex.result["rule"] == "empathise_no_apology" and not ex.result["fits"]
    ex.controls["wording"].value = "none"
    assert ex.result["fits"] and "empathy" in ex.result["missing"]
    ex.controls["wording"].value = "real"
    assert not ex.controls["intensity"].disabled


def test_stepper_and_builder_join_lists_the_way_the_edition_writes():
    from servicepsych.strings import using_language

    with using_language("zh"):
        ex = transcript_stepper("leak")
        view = ex.views[0].value
        assert "目前已做到的步骤：1 识别客户情绪、3 安抚情绪、4 沟通了解问题、5 回应并解决。" in view
        assert "之前；第 2 句" in view and ", " not in view.split("</table>")[1]
        ab = apology_builder()
        ab.controls["timing"].value = "late"
        ab.controls["empathy"].value = False
        assert "。我查一下这个订单。" not in ab.result["sentence"] and " " not in ab.result["sentence"]
        assert "；" in ab.views[0].value.split("缺少：")[1]
    with using_language("en"):
        ex = transcript_stepper("leak")
        view = ex.views[0].value
        assert ("Steps served so far: 1 identify the emotion, 3 soothe, 4 understand the problem, "
                "5 respond and solve.") in view
        assert "came before 1 identify the emotion; line 2" in view
        ab = apology_builder()
        assert ab.result["sentence"].startswith("I'm truly sorry: we sent you the wrong size, and that's our "
                                                "mistake. You were counting")
