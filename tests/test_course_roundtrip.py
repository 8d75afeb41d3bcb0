"""Round trip of every graded assignment through the real nbgrader CLI.

For each assignment in ``course/source``: ``nbgrader generate_assignment`` on a
copy of the course; the release holds no solution, hidden test or mark scheme;
the answer key (the source notebook) autogrades to full autograded marks; the
unchanged release autogrades to zero autograded points, without errors.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from conftest import assignments, nbgrader

pytestmark = pytest.mark.slow

SECRET_MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS",
                  "BEGIN MARK SCHEME", "END MARK SCHEME")


def test_there_are_assignments():
    """The course has graded assignments to round-trip (an empty course must not pass silently)."""
    assert len(assignments()) >= 1


@pytest.mark.parametrize("assignment", assignments())
def test_assignment_round_trip(course_copy: Path, assignment: str):
    from nbgrader.api import Gradebook

    nbgrader(course_copy, "generate_assignment", assignment, "--force")
    release = course_copy / "release" / assignment
    released = sorted(release.glob("*.ipynb"))
    assert released, f"generate_assignment released no notebook for {assignment}"

    for nb_path in released:
        text = nb_path.read_text(encoding="utf-8")
        leaked = [m for m in SECRET_MARKERS if m in text]
        assert not leaked, f"{nb_path.name} release leaks {leaked}"
        source_nb = nbformat.read(course_copy / "source" / assignment / nb_path.name, as_version=4)
        release_nb = nbformat.read(nb_path, as_version=4)
        # every solution line of the key is gone from the release
        for cell in source_nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "code" and meta.get("solution"):
                body = cell.source.split("### BEGIN SOLUTION", 1)[-1].split("### END SOLUTION", 1)[0]
                secret = [ln.strip() for ln in body.splitlines() if len(ln.strip()) > 12]
                released_text = "\n".join(c.source for c in release_nb.cells)
                assert not [ln for ln in secret if ln in released_text], f"solution of {meta['grade_id']} leaks"

    for student, folder in (("key", course_copy / "source" / assignment), ("blank", release)):
        dest = course_copy / "submitted" / student / assignment
        dest.mkdir(parents=True)
        for nb_path in released:
            shutil.copy(folder / nb_path.name, dest / nb_path.name)

    nbgrader(course_copy, "autograde", assignment, "--force")

    with Gradebook(f"sqlite:///{course_copy / 'gradebook.db'}") as gb:
        for student, expect_full in (("key", True), ("blank", False)):
            for nb_path in released:
                sub = gb.find_submission_notebook(nb_path.stem, assignment, student)
                auto = [g for g in sub.grades if g.auto_score is not None]
                assert auto, f"{assignment}: no autograded cells"
                earned = sum(g.auto_score for g in auto)
                available = sum(g.max_score for g in auto)
                if expect_full:
                    assert earned == pytest.approx(available), (
                        f"{assignment}: the answer key earns {earned}/{available}: "
                        + ", ".join(f"{g.name}={g.auto_score}/{g.max_score}" for g in auto))
                else:
                    assert earned == 0, f"{assignment}: the blank release earns {earned} points"
    errors = list((course_copy / "autograded").rglob("*.ipynb"))
    assert len(errors) == 2 * len(released)
