"""One wrong item costs only that item's points, under the real nbgrader CLI and under ``servicepsych grade``.

For every assignment, for every *multi-item part* (a part with several test
cells), one variant of the answer key is built in which exactly one item is
wrong: the learner names that item's test cell reads (the ``names`` of the
question its ``check("concept.question", strict=True)`` names, found with
:func:`servicepsych.questions._base.get_bank`) are set to ``None`` in a cell
added right after the solution cell that sets them. Items that share a name
with another test cell of the part (e.g. two tests of one stretch function)
are not independent, so a part's first independent item is the one made wrong.

All variants of an assignment are graded in one call, as a cohort of students
(``wrong_<grade_id>``), by ``nbgrader autograde`` on one temporary copy of the
course and by ``servicepsych grade`` on another. In each gradebook, the wrong
item's test cell scores 0 and every other autograded cell its full points.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from conftest import assignments, is_test, nbgrader, nbgrader_meta, parts_of, servicepsych
from servicepsych.questions._base import get_bank

pytestmark = pytest.mark.slow

CHECK_CALL = re.compile(r"""check\(\s*["']([a-z_0-9]+)\.([a-z_0-9]+)["']""")


def _names_read(cell) -> set[str]:
    """The learner names a test cell's visible check reads (its question's ``names``)."""
    m = CHECK_CALL.search(cell.source)
    assert m, f"{nbgrader_meta(cell)['grade_id']}: no check(\"concept.question\") call"
    return set(get_bank(m.group(1))[m.group(2)].names)


def _assigned(cell) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(cell.source)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, (ast.AnnAssign, ast.AugAssign)) else []
        for target in targets:
            names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def variants(assignment: str) -> list[tuple[str, str, set, dict]]:
    """(notebook name, grade_id of the wrong item, names set to None, {grade_id: points} of all tests)."""
    out = []
    for path in sorted((Path(__file__).parents[1] / "course" / "source" / assignment).glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        points = {nbgrader_meta(c)["grade_id"]: nbgrader_meta(c)["points"] for c in nb.cells if is_test(c)}
        for part in parts_of(nb):
            tests = part.tests()
            if len(tests) < 2:
                continue
            reads = [_names_read(c) for c in tests]
            for i, cell in enumerate(tests):
                others = set().union(*(r for j, r in enumerate(reads) if j != i))
                if reads[i] and not reads[i] & others:
                    out.append((path.name, nbgrader_meta(cell)["grade_id"], reads[i], points))
                    break
    return out


def wrong_submission(key: Path, names: set[str]) -> nbformat.NotebookNode:
    """The answer key with ``names`` set to None right after the solution cell that sets them."""
    nb = nbformat.read(key, as_version=4)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and nbgrader_meta(cell).get("solution") and _assigned(cell) & names:
            nb.cells.insert(index + 1, nbformat.v4.new_code_cell("\n".join(f"{n} = None" for n in sorted(names))))
            return nb
    raise AssertionError(f"no solution cell of {key.name} sets {sorted(names)}")


def _submit(course: Path, assignment: str, cases) -> None:
    for notebook, grade_id, names, _ in cases:
        dest = course / "submitted" / f"wrong_{grade_id}" / assignment
        dest.mkdir(parents=True, exist_ok=True)
        nbformat.write(wrong_submission(course / "source" / assignment / notebook, names), dest / notebook)


def _scores(course: Path, assignment: str, cases) -> dict:
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for notebook, grade_id, _, _ in cases:
            sub = gb.find_submission_notebook(Path(notebook).stem, assignment, f"wrong_{grade_id}")
            out[grade_id] = {g.name: g.auto_score for g in sub.grades if g.auto_score is not None}
    return out


def _assert_only_the_item_lost(grader: str, scores: dict, cases) -> None:
    wrong = []
    for _, grade_id, names, points in cases:
        got = scores[grade_id]
        expected = {gid: (0 if gid == grade_id else pts) for gid, pts in points.items()}
        diff = {gid: (got.get(gid), want) for gid, want in expected.items() if got.get(gid) != pytest.approx(want)}
        if diff:
            wrong.append(f"{', '.join(sorted(names))} = None (item {grade_id}): " +
                         ", ".join(f"{gid} got {g} want {w}" for gid, (g, w) in diff.items()))
    assert not wrong, f"under {grader}, one wrong item cost more (or less) than its own points: " + "; ".join(wrong)


def test_multi_item_parts_are_found():
    assert sum(len(variants(a)) for a in assignments()) >= len(assignments())


@pytest.mark.parametrize("assignment", assignments())
def test_one_wrong_item_costs_only_its_points(course_copy: Path, tmp_path: Path, assignment: str):
    cases = variants(assignment)
    if not cases:
        pytest.skip(f"{assignment} has no multi-item part")
    nbgrader(course_copy, "generate_assignment", assignment, "--force")
    other = tmp_path / "course_for_servicepsych"
    shutil.copytree(course_copy, other)
    _submit(course_copy, assignment, cases)
    _submit(other, assignment, cases)

    nbgrader(course_copy, "autograde", assignment, "--force")
    _assert_only_the_item_lost("nbgrader autograde", _scores(course_copy, assignment, cases), cases)

    servicepsych(other, "grade", assignment, "--force", "--no-progress")
    _assert_only_the_item_lost("servicepsych grade", _scores(other, assignment, cases), cases)
