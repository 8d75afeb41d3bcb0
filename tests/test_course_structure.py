"""Each graded assignment follows the course's nbgrader conventions (checked without running it)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from conftest import COURSE, NOTEBOOKS, assignments

SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")


def _notebooks(assignment: str):
    paths = sorted((COURSE / "source" / assignment).glob("*.ipynb"))
    assert paths, f"{assignment} has no notebook"
    return [(p, nbformat.read(p, as_version=4)) for p in paths]


@pytest.mark.parametrize("assignment", assignments())
def test_assignment_conventions(assignment: str):
    autograded_tests = 0
    manual = 0
    grade_ids = []
    for path, nb in _notebooks(assignment):
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader")
            if not meta:
                continue
            grade_ids.append(meta["grade_id"])
            assert SNAKE.match(meta["grade_id"]), f"grade_id {meta['grade_id']!r} is not snake_case"
            if meta.get("grade") and cell.cell_type == "code" and not meta.get("solution"):
                autograded_tests += 1
                assert meta.get("locked"), f"{meta['grade_id']}: test cells must be locked"
                assert meta.get("points", 0) > 0, f"{meta['grade_id']}: test cells need explicit points"
                first = cell.source.lstrip().splitlines()[0]
                assert first.startswith('"""') and first.rstrip().endswith('"""') and len(first) > 10, (
                    f"{meta['grade_id']}: a test cell opens with a one-line docstring saying what it checks")
                assert "strict=True" in cell.source, f"{meta['grade_id']}: the visible test runs check(..., strict=True)"
                assert "### BEGIN HIDDEN TESTS" in cell.source, f"{meta['grade_id']}: no hidden tests"
            if (meta.get("task") or (meta.get("grade") and cell.cell_type == "markdown")) and meta.get("points", 0) > 0:
                manual += 1
    assert autograded_tests >= 4, f"{assignment}: {autograded_tests} autograded test cells (need at least 4)"
    assert manual >= 1, f"{assignment}: no manually graded written answer"
    assert len(grade_ids) == len(set(grade_ids)), f"{assignment}: duplicate grade_ids"


@pytest.mark.parametrize("assignment", assignments())
def test_assignment_has_lesson_and_rubric(assignment: str):
    assert (NOTEBOOKS / f"{assignment}.ipynb").is_file(), f"no lesson notebooks/{assignment}.ipynb"
    assert (COURSE.parent / "grading" / "rubrics" / f"{assignment}.md").is_file(), f"no rubric for {assignment}"


# ---------------------------------------------------------------- pattern v2: parts, points, stretch, no-code core
import ast  # noqa: E402

from conftest import Part, is_stretch, is_test, nbgrader_meta, parts_of  # noqa: E402

_meta, _is_test, _is_stretch = nbgrader_meta, is_test, is_stretch


def test_heading_points_are_parsed_robustly():
    assert Part("Part 1 · Which promise? (3 points, 1 per channel)").stated_points == 3
    assert Part("Part 7 · A function (stretch, optional: 3 points)").stated_points == 3
    assert Part("Part 4 · Recall (1 point)").stated_points == 1
    assert Part("Part 2 · No points here").stated_points is None
    assert Part("Part 7 · A function (stretch, optional: 3 points)").says_stretch
    assert not Part("Part 1 · A stretch of road (2 points)").says_stretch
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title"),
                                         nbformat.v4.new_markdown_cell("## Part 1 (2 points)\nText"),
                                         nbformat.v4.new_code_cell("x = 1")])
    assert [p.heading for p in parts_of(nb)] == ["(before the first part)", "Part 1 (2 points)"]


def _all_parts(assignment: str) -> list[Part]:
    return [part for _, nb in _notebooks(assignment) for part in parts_of(nb)]


@pytest.mark.parametrize("assignment", assignments())
def test_stated_points_equal_the_graded_cells_points(assignment: str):
    """The points a part's heading promises are the points its test cells (or rubric cell) give."""
    wrong = []
    for part in _all_parts(assignment):
        graded = part.graded()
        given = sum(_meta(c)["points"] for c in graded)
        if not graded:
            if part.stated_points:
                wrong.append(f"'{part.heading}' promises {part.stated_points:g} points but has no graded cell")
            continue
        if part.stated_points is None:
            wrong.append(f"'{part.heading}' does not state its points, e.g. '(3 points)'; its cells give {given:g}")
        elif part.stated_points != given:
            ids = ", ".join(f"{_meta(c)['grade_id']}={_meta(c)['points']:g}" for c in graded)
            wrong.append(f"'{part.heading}' promises {part.stated_points:g} points, its cells give {given:g} ({ids})")
    assert not wrong, f"{assignment}: " + "; ".join(wrong)


@pytest.mark.parametrize("assignment", assignments())
def test_stretch_is_optional_and_at_most_a_quarter(assignment: str):
    parts = _all_parts(assignment)
    tests = [c for p in parts for c in p.tests()]
    total = sum(_meta(c)["points"] for c in tests)
    stretch = sum(_meta(c)["points"] for c in tests if _is_stretch(c))
    assert total > 0, f"{assignment}: no autograded points"
    assert stretch <= 0.25 * total, (
        f"{assignment}: stretch parts carry {stretch:g} of {total:g} autograded points ({stretch / total:.0%}; at most 25%)")
    for part in parts:
        marked = [_is_stretch(c) for c in part.tests()]
        if part.says_stretch:
            assert all(marked), f"{assignment}: '{part.heading}' says stretch, so each test cell needs servicepsych.stretch"
        else:
            assert not any(marked), f"{assignment}: '{part.heading}' has stretch test cells but its heading does not say '(stretch, optional'"


@pytest.mark.parametrize("assignment", assignments())
def test_core_is_answered_with_values_not_code(assignment: str):
    """Core solution cells assign values: no def, class or lambda (checked on the syntax tree)."""
    offending = []
    for part in _all_parts(assignment):
        if part.says_stretch:
            continue
        for cell in part.solutions():
            tree = ast.parse(cell.source)
            found = sorted({type(n).__name__ for n in ast.walk(tree)
                            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))})
            if found:
                offending.append(f"{_meta(cell)['grade_id']} ({', '.join(found)})")
    assert not offending, f"{assignment}: core solution cells define code: {offending}"


@pytest.mark.parametrize("assignment", assignments())
def test_at_least_four_autograded_core_parts(assignment: str):
    core = [p.heading for p in _all_parts(assignment) if p.tests() and not p.says_stretch]
    assert len(core) >= 4, f"{assignment}: {len(core)} autograded core parts (need at least 4): {core}"


@pytest.mark.parametrize("assignment", assignments())
def test_every_test_cell_is_one_item(assignment: str):
    """Per-item credit: a test cell checks one item (grade_id test_<...>) and a part's items have distinct ids."""
    for part in _all_parts(assignment):
        for cell in part.tests():
            gid = _meta(cell)["grade_id"]
            assert gid.startswith("test_"), f"{assignment}: test cell {gid!r} should be named test_<part>_<item>"
            assert cell.source.count("check(") <= 1, f"{assignment}: {gid} runs several checks: one item per test cell"


LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.name)
def test_lesson_has_the_sections_every_module_has(lesson: Path):
    """`## Apply it at work on Monday` (a bulleted list: the take-away card) and `## How sure are we?`."""
    nb = nbformat.read(lesson, as_version=4)
    headings = {}
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("## "):
                    headings[line[3:].strip()] = cell.source.split(line, 1)[1]
    for title in ("Apply it at work on Monday", "How sure are we?"):
        assert title in headings, f"{lesson.name} has no section headed exactly '## {title}'"
    bullets = [ln for ln in headings["Apply it at work on Monday"].split("\n## ")[0].splitlines()
               if ln.lstrip().startswith(("- ", "* "))]
    assert 4 <= len(bullets) <= 6, f"{lesson.name}: 'Apply it at work on Monday' has {len(bullets)} bullets (4-6)"
