"""The social-influence widgets (09), driven headless: every control changes what is shown."""

from __future__ import annotations

import ipywidgets as W

from servicepsych.widgets.social_influence import EXAMPLES, card_designer, reciprocity_explorer, tactic_classifier


def test_controls_use_the_shared_layout():
    for ex in (card_designer(), reciprocity_explorer(), tactic_classifier()):
        for control in ex.controls.values():
            assert control.style.description_width not in ("", None), control.description
            if isinstance(control, W.Dropdown):
                assert control.layout.width not in (None, "", "auto"), control.description


def test_card_designer_shows_published_figures_and_says_when_there_is_none():
    ex = card_designer()
    assert ex.views[1].value[:4] == b"\x89PNG" and ex.result["rate"] == 44.1 and "44.1%" in ex.views[0].value
    ex.controls["experiment"].value = 2
    assert ex.result["rate"] is None and "no published figure" in ex.views[0].value.lower()
    ex.controls["group"].value = "same_room"
    assert ex.result["rate"] == 49.0 and "49.0%" in ex.views[0].value
    png = ex.views[1].value
    ex.controls["experiment"].value = 1
    assert ex.result["rate"] is None and "did not test" in ex.views[0].value
    assert ex.views[1].value != png
    ex.controls["group"].value = "hotel_guests"
    assert ex.result["rate"] == 44.1
    ex.controls["norm"].value = "environmental"
    assert ex.controls["group"].value == "none" and ex.result["rate"] == 35.1
    ex.controls["group"].value = "citizens"  # an environmental card has no group: said, not an error
    assert not ex.error and ex.result["group"] == "none" and "no group" in ex.views[0].value
    ex.controls["norm"].value = "descriptive"
    assert ex.result["group"] == "citizens" and ex.result["rate"] is None


def test_reciprocity_explorer_follows_the_experiment():
    ex = reciprocity_explorer()
    assert ex.result["difference"] == 4.0 and "+4.0" in ex.views[1].value
    png = ex.views[0].value
    ex.controls["baseline"].value = "two"
    assert ex.result["difference"] == 1.4 and ex.views[0].value != png
    ex.controls["experiment"].value = 1
    assert [v for _, v in ex.controls["condition"].options] == ["none", "one"]
    assert ex.result["conditions"] == ("none", "one") and ex.result["difference"] == 2.7
    ex.controls["condition"].value = "none"
    assert "two different conditions" in ex.views[1].value
    ex.controls["experiment"].value = 2
    assert len(ex.controls["condition"].options) == 4 and not ex.error


def test_tactic_classifier_loads_the_course_answers_and_reacts():
    ex = tactic_classifier()
    assert ex.result.label == "honest"
    for name, answers in EXAMPLES.items():
        ex.controls["example"].value = name
        values = tuple(ex.controls[k].value for k in ("true_information", "customer_interest", "free_to_refuse"))
        assert values == answers
        assert ex.result.label == ("honest" if all(answers) else "manipulation")
    ex.controls["example"].value = "fake_timer"
    assert "Manipulation" in ex.views[0].value
    for name in ("true_information", "customer_interest", "free_to_refuse"):
        before = ex.views[0].value
        ex.controls[name].value = True
        assert ex.views[0].value != before
    assert ex.result.label == "honest"


def test_card_designer_and_classifier_speak_the_language_of_the_edition():
    from servicepsych.strings import using_language

    with using_language("zh"):
        ex = card_designer()
        assert "参照群体所在的情境：同一家酒店。" in ex.views[0].value
        ex.controls["experiment"].value = 2
        ex.controls["group"].value = "same_room"
        assert "同一个房间" in ex.views[0].value and "same room" not in ex.views[0].value
        ex.controls["group"].value = "citizens"
        assert "在本情境之外" in ex.views[0].value and "outside the setting" not in ex.views[0].value
        tc = tactic_classifier()
        tc.controls["example"].value = "fake_timer"
        shown = tc.views[0].value
        assert "“信息真实”、“符合顾客利益”、“可以自由拒绝”" in shown and "真的吗？否；它符合顾客的利益吗？否；" in shown
    with using_language("en"):
        ex = card_designer()
        assert "Reference group&#x27;s setting: same hotel." in ex.views[0].value
        tc = tactic_classifier()
        tc.controls["example"].value = "fake_timer"
        assert ("true? no; Is it in the customer&#x27;s interest? no; Is the customer free to refuse? no."
                in tc.views[0].value)
        assert "&#x27;true information&#x27;, &#x27;the customer" in tc.views[0].value
