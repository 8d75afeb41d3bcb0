"""Drive every service-language widget headless: change each control, check that result and views follow."""

from __future__ import annotations

import ipywidgets as W
import pytest

from servicepsych import findings
from servicepsych.widgets._base import Explorer
from servicepsych.widgets.language import phrase_checker, reason_explorer

PNG = b"\x89PNG"


def _html(ex: Explorer) -> str:
    return " ".join(v.value for v in ex.views if isinstance(v, W.HTML))


def _png(ex: Explorer) -> bytes:
    return bytes(next(v.value for v in ex.views if isinstance(v, W.Image)))


def test_every_control_uses_the_kit_layout_and_the_text_boxes_update_on_leaving():
    checker = phrase_checker()
    for ex in (checker, reason_explorer()):
        for name, control in ex.controls.items():
            assert control.style.description_width == "initial", name  # labels never cut off
    assert checker.controls["reply"].continuous_update is False  # re-checks when the box loses focus
    assert checker.controls["facts"].continuous_update is False


def test_phrase_checker_flags_suggests_and_updates_on_each_control():
    ex = phrase_checker("Sorry, but I can't tell you that. Lifts are not my department.")
    first = _html(ex)
    assert [f.rule for f in ex.result["review"].flags] == ["but_after_kind", "cant", "not_my_job"]
    assert "<mark" in first and "Let me see what we can do" in first and "practice wisdom" in first
    assert "does not say what you can do" in first

    ex.controls["reply"].value = "I can call the maintenance company for you now, because the part arrives Thursday."
    assert ex.result["review"].flags == [] and "No risky phrase found." in _html(ex)
    assert "says what you can do" in _html(ex) and "gives a reason" in _html(ex)

    ex.controls["facts"].value = "Thursday, 9th floor"
    assert "missing: 9th floor" in _html(ex)

    ex.controls["reply"].value = "Sorry for any inconvenience."
    calm = _html(ex)
    ex.controls["context"].value = "upset"
    assert ex.result["review"].flags and _html(ex) != calm

    ex.controls["lang"].value = "zh"
    ex.controls["reply"].value = "不好意思，电梯维修不归我管。"
    assert [f.rule for f in ex.result["review"].flags] == ["light_apology", "not_my_job"]
    assert "不归我管" in _html(ex)


def test_phrase_checker_escapes_html_and_shows_a_prompt_when_empty():
    ex = phrase_checker("")
    assert "Type a reply" in _html(ex)
    ex.controls["reply"].value = "<script>alert(1)</script> I can't"
    assert "<script>" not in _html(ex) and "&lt;script&gt;" in _html(ex)


def test_phrase_checker_rejects_bad_arguments():
    with pytest.raises(ValueError):
        phrase_checker(lang="fr")
    with pytest.raises(ValueError):
        phrase_checker(context="angry")


def test_reason_explorer_shows_the_published_figures_and_every_control_redraws():
    ex = reason_explorer()
    assert ex.result["shares"] == {"none": 60, "placebic": 93, "real": 94}
    assert _png(ex).startswith(PNG) and "93% said yes" in _html(ex)
    picture, caption = _png(ex), _html(ex)

    ex.controls["size"].value = "large"
    assert ex.result["shares"] == {w: findings.get(f"lbc78_large_request_{k}").value
                                   for w, k in (("none", "no_reason"), ("placebic", "placebic_reason"),
                                                ("real", "real_reason"))}
    assert _png(ex) != picture and "24% said yes" in _html(ex) and "only the real reason helped" in _html(ex)

    before = _png(ex), _html(ex)
    ex.controls["highlight"].value = "real"
    assert (_png(ex), _html(ex)) != before and "42% said yes" in _html(ex) and "in a rush" in _html(ex)
    assert caption != _html(ex)
