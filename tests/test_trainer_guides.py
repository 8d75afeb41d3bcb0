"""Facilitator guides: complete for every module that has one (01-05 at least), grounded in the lesson, printable."""

from __future__ import annotations

import shutil

import pytest

from servicepsych.trainer import guides
from servicepsych.trainer.guides import agenda_minutes, expand, guide_path, problems, render_guide
from servicepsych.trainer.lesson import find_lesson, lesson_paths, read_lesson

from conftest import REPO

FIRST_FIVE = ["01_anchoring", "02_framing", "03_loss_aversion", "04_peak_end", "05_emotional_labor"]
WITH_GUIDE = [p.stem for p in lesson_paths(REPO) if guide_path(read_lesson(p)).exists()]


def test_the_first_five_modules_have_guides():
    missing = [m for m in FIRST_FIVE if m not in WITH_GUIDE]
    assert not missing, f"no facilitator guide for {missing} in trainer/guides/"


@pytest.mark.parametrize("name", WITH_GUIDE)
def test_guide_is_complete_and_grounded_in_its_lesson(name):
    lesson = read_lesson(find_lesson(name, REPO))
    text = guide_path(lesson).read_text(encoding="utf-8")
    assert problems(text, lesson) == []
    # the widgets it says when to show are the lesson's own, shown as the lesson's widget cells
    shown = guides.named_builders(guides._section(text, "What to show when"))
    assert len([b for b in shown if b in lesson.widget_names]) >= 2
    assert f"--module {lesson.slug}" in text, "the guide starts the module's own live experiment"
    assert "practice wisdom" in text.lower()
    html = render_guide(text, lesson)
    assert "{{" not in html and "}}" not in html
    for item in lesson.apply_items[:2]:  # the take-away list comes from the lesson, not a copy
        assert item.split("**")[1] in html if "**" in item else item[:30] in html
    assert "<script" not in html.lower()


def _lesson():
    return read_lesson(find_lesson("01", REPO))


def _good():
    return guide_path(_lesson()).read_text(encoding="utf-8")


def test_problems_are_found():
    lesson, good = _lesson(), _good()
    assert problems(good.replace("## Discussion prompts", "## Questions"), lesson) == [
        "no '## Discussion prompts…' section (3 to 5 numbered prompts)"]
    shorter = good.replace("| 3 | Take-away card: each person circles", "| 1 | Take-away card: each person circles")
    assert problems(shorter, lesson) == ["the 40-minute agenda adds up to 38 minutes, not 40"]
    assert any("role-play has no '### Observer's checklist'" in p
               for p in problems(good.replace("### Observer's checklist", "### Notes"), lesson))
    assert any("does not import: value_curve" in p
               for p in problems(good.replace("### `wait_promise()`", "### `value_curve()`"), lesson))
    assert any("no_such_key" in p for p in problems(good + "\n{{finding:no_such_key}}\n", lesson))
    caveats = guides._section(good, "How sure are we")
    assert any("cites none of the studies" in p for p in problems(good.replace(caveats, "- Trust me.\n"), lesson))
    prompts = guides._section(good, "Discussion prompts")
    six = good.replace(prompts, prompts + "\n5. Five?\n6. Six?")
    assert any("6 discussion prompts" in p for p in problems(six, lesson))


def test_placeholders_come_from_findings_and_the_lesson():
    from servicepsych import findings

    lesson = _lesson()
    out = expand("A {{finding:tk81_gain_frame_sure}} B {{value:tk92_loss_aversion_lambda}}\n{{apply_list}}", lesson)
    f = findings.get("tk81_gain_frame_sure")
    assert f"**{f.value:g}%** ({f.study})" in out
    assert "**2.25**" in out
    assert out.count("\n- ") == len(lesson.apply_items)
    assert agenda_minutes("| Min | x |\n|---|---|\n| 7 | a |\n| 33 | b |\nnot a row | 5 |") == [7, 33]


@pytest.mark.browser
def test_a_guide_prints_to_pdf(tmp_path):
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (./kit setup installs it)")
    from servicepsych.trainer.build import build_guide
    from servicepsych.trainer.pdf import pdf_pages

    files = build_guide(_lesson(), tmp_path)
    pages = pdf_pages(files["pdf"])
    assert 3 <= pages <= 10, f"a facilitator guide of {pages} pages"
    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(str(files["pdf"])).pages)
    for heading in ("Learning objectives", "40-minute agenda", "Observer's checklist", "Debrief"):
        assert heading in text
