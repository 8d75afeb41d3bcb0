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
    assert autograded_tests >= 4, f"{assignment}: {autograded_tests} autograded parts (need at least 4)"
    assert manual >= 1, f"{assignment}: no manually graded written answer"
    assert len(grade_ids) == len(set(grade_ids)), f"{assignment}: duplicate grade_ids"


@pytest.mark.parametrize("assignment", assignments())
def test_assignment_has_lesson_and_rubric(assignment: str):
    assert (NOTEBOOKS / f"{assignment}.ipynb").is_file(), f"no lesson notebooks/{assignment}.ipynb"
    assert (COURSE.parent / "grading" / "rubrics" / f"{assignment}.md").is_file(), f"no rubric for {assignment}"
