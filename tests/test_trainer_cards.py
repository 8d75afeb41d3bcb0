"""Take-away cards: every lesson has the list, and its card prints on exactly one page."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from servicepsych.trainer.cards import CARD_LINES, CardOverflow, card_html, check_fits, estimated_lines
from servicepsych.trainer.lesson import APPLY_HEADING, lesson_paths, read_lesson

from conftest import REPO

LESSONS = lesson_paths(REPO)


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_lesson_has_the_list_and_it_fits(path):
    lesson = read_lesson(path)
    assert lesson.apply_items, f"{path.name} has no '## {APPLY_HEADING}' bulleted list (the card is made from it)"
    assert len(lesson.apply_items) >= 3
    check_fits(lesson)
    html = card_html(lesson)
    for item in lesson.apply_items:
        words = item.replace("*", "").split()[:4]
        assert all(w.replace('"', "&quot;") in html or w in html for w in words[:2])


def _lesson_with(tmp_path, items):
    v4 = nbformat.v4
    nb = v4.new_notebook(cells=[v4.new_markdown_cell("# 09 · A module"),
                                v4.new_markdown_cell(f"## {APPLY_HEADING}\n\n" + "\n".join(f"* {i}" for i in items)),
                                v4.new_markdown_cell("## References\n\n* Someone (2020).")])
    path = tmp_path / "09_module.ipynb"
    nbformat.write(nb, path)
    return read_lesson(path)


def test_missing_section_and_overflow_are_refused(tmp_path):
    v4 = nbformat.v4
    path = tmp_path / "08_empty.ipynb"
    nbformat.write(v4.new_notebook(cells=[v4.new_markdown_cell("# 08 · Empty\n\n## How sure are we?\n\nNo.")]), path)
    with pytest.raises(ValueError, match="Apply it at work on Monday"):
        card_html(read_lesson(path))
    long = _lesson_with(tmp_path, ["**Do this.** " + "a very long explanation " * 20] * 8)
    assert estimated_lines(long.apply_items) > CARD_LINES
    with pytest.raises(CardOverflow, match="Shorten"):
        check_fits(long)


@pytest.mark.browser
def test_cards_print_on_one_page_and_overflow_is_caught(tmp_path):
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (./kit setup installs it)")
    from servicepsych.trainer import build as b
    from servicepsych.trainer import cards
    from servicepsych.trainer.pdf import pdf_pages

    for path in LESSONS:
        files = b.build_card(read_lesson(path), tmp_path)
        assert pdf_pages(files["pdf"]) == 1, path.name
    # the printed check is real: with the estimate switched off, a too-long list is caught in the PDF
    long = _lesson_with(tmp_path, ["**Do this.** " + "a long explanation of what to do " * 6] * 9)
    original = cards.CARD_LINES
    try:
        cards.CARD_LINES = 10_000
        with pytest.raises(CardOverflow, match="pages, not one"):
            b.build_card(long, tmp_path / "long")
    finally:
        cards.CARD_LINES = original
