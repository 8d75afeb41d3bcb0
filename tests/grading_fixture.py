"""A small real nbgrader course for the feedback/export/report tests.

Two assignments (``01_anchoring``: three autograded questions with hidden tests
and one manually graded written task; ``02_framing``: two autograded
questions), released with the real ``nbgrader generate_assignment`` and graded
with the real ``nbgrader autograde`` (the "plain nbgrader" path), for four
synthetic learners whose answers are known, so tests can recompute every
statistic independently from :data:`EXPECTED`.

Building takes a while (one kernel per submission), so :func:`plain_course`
builds once per test process and hands out copies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HIDDEN_LINE = "assert secret_hidden_check_value == 42"  # a line that must never reach a learner


def _meta(grade_id, **kw):
    base = {"schema_version": 3, "grade_id": grade_id, "grade": False, "solution": False, "locked": False}
    base.update(kw)
    return {"nbgrader": base}


def _answer(grade_id, solution_body):
    src = f"### BEGIN SOLUTION\n{solution_body}\n### END SOLUTION"
    return new_code_cell(src, metadata=_meta(grade_id, solution=True))


def _test(grade_id, doc, visible, hidden, points):
    src = (f'"""{doc}"""\n{visible}\n### BEGIN HIDDEN TESTS\nsecret_hidden_check_value = 42\n'
           f"{HIDDEN_LINE}\n{hidden}\n### END HIDDEN TESTS")
    return new_code_cell(src, metadata=_meta(grade_id, grade=True, locked=True, points=points))


def _notebook(cells):
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    return nb


def anchoring_source():
    return _notebook([
        new_markdown_cell("# Anchoring assignment", metadata=_meta("intro", locked=True)),
        _answer("anchor_gap", "anchor_gap = 120.0 - 80.0"),
        _test("test_anchor_gap", "The gap between the two anchors is a float.",
              "assert isinstance(anchor_gap, float), 'anchor_gap must be a float, e.g. 40.0'",
              "assert abs(anchor_gap - 40.0) < 1e-9, 'anchor_gap is not the difference of the anchors'", 2),
        _answer("adjustment", "adjustment = 0.5"),
        _test("test_adjustment", "The adjustment is a share between 0 and 1.",
              "assert 0 <= adjustment <= 1, 'adjustment must lie between 0 and 1'",
              "assert adjustment == 0.5, 'adjustment is not the share reported in the scenario'", 1),
        _answer("first_offer", "first_offer = 'high'"),
        _test("test_first_offer", "Which first offer anchors higher.",
              "assert first_offer in ('high', 'low'), 'answer high or low'",
              "assert first_offer == 'high', 'the higher first offer anchors higher'", 1),
        new_markdown_cell("Explain in two sentences why the first price quoted matters.\n\n"
                          "### BEGIN MARK SCHEME\nSECRET RUBRIC: mentions insufficient adjustment.\n"
                          "### END MARK SCHEME",
                          metadata=_meta("explain_anchor", task=True, locked=True, points=2)),
        new_markdown_cell("YOUR ANSWER HERE", metadata=_meta("explain_anchor_answer")),
    ])


def framing_source():
    return _notebook([
        new_markdown_cell("# Framing assignment", metadata=_meta("intro", locked=True)),
        _answer("survival_share", "survival_share = 0.9"),
        _test("test_survival_share", "The survival frame as a share.",
              "assert isinstance(survival_share, float), 'survival_share must be a float'",
              "assert survival_share == 0.9, 'survival_share is one minus the mortality share'", 2),
        _answer("preferred_frame", "preferred_frame = 'gain'"),
        _test("test_preferred_frame", "Which frame customers prefer.",
              "assert preferred_frame in ('gain', 'loss'), 'answer gain or loss'",
              "assert preferred_frame == 'gain', 'customers prefer the gain frame'", 3),
    ])


# Each learner: the value assigned in each answer cell (None = leave the release stub).
ANSWERS = {
    "01_anchoring": {
        "ana": {"anchor_gap": "40.0", "adjustment": "0.5", "first_offer": "'high'"},
        "ben": {"anchor_gap": "40.0", "adjustment": "0.7", "first_offer": "'high'"},
        "chen": {"anchor_gap": "40", "adjustment": "0.5", "first_offer": "'low'"},
        "dora": {"anchor_gap": None, "adjustment": None, "first_offer": None},
    },
    "02_framing": {
        "ana": {"survival_share": "0.9", "preferred_frame": "'gain'"},
        "ben": {"survival_share": "0.8", "preferred_frame": "'gain'"},
        "chen": {"survival_share": "0.9", "preferred_frame": "'loss'"},
        "dora": {"survival_share": None, "preferred_frame": None},
    },
}
# Which answers pass, hence the autograded scores (points of the test cell when right).
POINTS = {"01_anchoring": {"test_anchor_gap": 2, "test_adjustment": 1, "test_first_offer": 1, "explain_anchor": 2},
          "02_framing": {"test_survival_share": 2, "test_preferred_frame": 3}}
EXPECTED = {
    "01_anchoring": {
        "ana": {"test_anchor_gap": 2, "test_adjustment": 1, "test_first_offer": 1},
        "ben": {"test_anchor_gap": 2, "test_adjustment": 0, "test_first_offer": 1},
        "chen": {"test_anchor_gap": 0, "test_adjustment": 1, "test_first_offer": 0},  # 40 is an int
        "dora": {"test_anchor_gap": 0, "test_adjustment": 0, "test_first_offer": 0},
    },
    "02_framing": {
        "ana": {"test_survival_share": 2, "test_preferred_frame": 3},
        "ben": {"test_survival_share": 0, "test_preferred_frame": 3},
        "chen": {"test_survival_share": 2, "test_preferred_frame": 0},
        "dora": {"test_survival_share": 0, "test_preferred_frame": 0},
    },
}
# Manual scores the tests give the written task (students absent here stay ungraded: score 0).
MANUAL = {"ana": 2.0, "ben": 1.0}
STUDENTS = {"ana": dict(first_name="Ana", last_name="Lima", email="ana@example.org", lms_user_id="1001"),
            "ben": dict(first_name="Ben", last_name="Okafor", email="ben@example.org", lms_user_id="1002"),
            "chen": dict(first_name="Chen", last_name="Wei", email="chen@example.org", lms_user_id=None),
            "dora": dict(first_name=None, last_name=None, email=None, lms_user_id=None)}


def nbgrader(course: Path, *args: str) -> None:
    env = dict(os.environ)  # nbgrader runs `alembic` from the environment's bin folder
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}"


def _submission(release_nb, answers):
    nb = nbformat.from_dict(release_nb)
    for cell in nb.cells:
        gid = cell.metadata.get("nbgrader", {}).get("grade_id")
        if gid in answers and answers[gid] is not None:
            cell.source = f"{gid} = {answers[gid]}"
        if gid == "explain_anchor_answer" and answers.get("anchor_gap"):
            cell.source = "The first number sets the scale and people adjust too little from it."
    return nb


def build(course: Path) -> Path:
    """Build, release, submit and autograde the fixture course under ``course``."""
    course.mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        'c = get_config()\nc.CourseDirectory.course_id = "fixture"\nc.CourseDirectory.root = "."\n'
        "c.ExecutePreprocessor.timeout = 60\nc.Execute.timeout = 60\n")
    for name, nb in (("01_anchoring", anchoring_source()), ("02_framing", framing_source())):
        (course / "source" / name).mkdir(parents=True)
        nbformat.write(nb, course / "source" / name / f"{name}.ipynb")
        nbgrader(course, "generate_assignment", name, "--force")
        release = nbformat.read(course / "release" / name / f"{name}.ipynb", as_version=4)
        for student, answers in ANSWERS[name].items():
            dest = course / "submitted" / student / name
            dest.mkdir(parents=True)
            nbformat.write(_submission(release, answers), dest / f"{name}.ipynb")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student, info in STUDENTS.items():
            gb.update_or_create_student(student, **info)
    for name in ANSWERS:
        nbgrader(course, "autograde", name, "--force")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student, score in MANUAL.items():
            grade = gb.find_grade("explain_anchor", "01_anchoring", "01_anchoring", student)
            grade.manual_score = score
            grade.needs_manual_grade = False
        gb.db.commit()
    return course


_BUILT: dict[str, Path] = {}


def plain_course(tmp_path_factory, dest: Path) -> Path:
    """A fresh copy (at ``dest``) of the fixture course, built once per process."""
    if "course" not in _BUILT:
        _BUILT["course"] = build(tmp_path_factory.mktemp("fixture") / "course")
    shutil.copytree(_BUILT["course"], dest)
    return dest


if __name__ == "__main__":  # build one by hand: python tests/grading_fixture.py DIR
    print(build(Path(sys.argv[1])))
