"""The whole nbgrader exchange, as a class uses it, with ``servicepsych grade`` and ``feedback`` in the middle.

On a temporary exchange folder, with a separate home folder (and nbgrader cache) for
each learner: the instructor runs ``nbgrader release_assignment``; each learner
``nbgrader fetch_assignment``, edits the notebook and ``nbgrader submit``; the
instructor ``nbgrader collect``, ``servicepsych grade``, gives the written answer a
manual grade and a comment through nbgrader's own API (what the formgrader does),
``servicepsych feedback`` and ``nbgrader release_feedback``; each learner
``nbgrader fetch_feedback`` and finds their own feedback only, with their own scores and
no hidden test code or mark scheme. This is the path the README's assessor section
describes. (Everyone runs as the same OS user here, so each learner names themselves
with ``--student``, as nbgrader's own exchange tests do.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import grading_fixture as F
from conftest import nbgrader
from servicepsych.grading.grade.sandbox import bwrap_problem

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")]

A = "01_anchoring"
COURSE_ID = "servicepsych_exchange"
LEARNERS = {"ana": F.ANSWERS[A]["ana"], "ben": F.ANSWERS[A]["ben"]}
WRITTEN = {"ana": "The first number sets the scale and agents adjust too little from it.",
           "ben": "Ben thinks anchors make customers trust the price."}
MANUAL = {"ana": 2.0, "ben": 1.0}


def _env(home: Path) -> dict:
    env = dict(os.environ, HOME=str(home))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("JUPYTER_CONFIG_DIR", None)
    return env


def start(cwd: Path, home: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=_env(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, what: str) -> str:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, f"nbgrader {what} failed:\n{out}\n{err}"
    return out + err


def cli(module, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    module.add_parser(parser.add_subparsers())
    return module.run(parser.parse_args(list(argv)))


def test_release_fetch_submit_collect_grade_feedback_fetch_feedback(tmp_path):
    from nbgrader.api import Gradebook

    from servicepsych.grading import grade, learner_feedback

    exchange, course = tmp_path / "exchange", tmp_path / "course"
    exchange.mkdir()
    exchange.chmod(0o777)
    (course / "source" / A).mkdir(parents=True)
    (course / "nbgrader_config.py").write_text(
        f'c = get_config()\nc.CourseDirectory.course_id = "{COURSE_ID}"\nc.CourseDirectory.root = "."\n'
        f'c.Exchange.root = "{exchange}"\nc.Execute.timeout = 30\n')
    nbformat.write(F.anchoring_source(), course / "source" / A / f"{A}.ipynb")
    nbgrader(course, "generate_assignment", A, "--force")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student in LEARNERS:
            gb.update_or_create_student(student, first_name=student.title())
    nbgrader(course, "release_assignment", A)

    homes = {}
    for student in LEARNERS:  # each learner: their own home, nbgrader config and exchange cache
        home = tmp_path / "home" / student
        home.mkdir(parents=True)
        (home / "nbgrader_config.py").write_text(
            f'c = get_config()\nc.CourseDirectory.course_id = "{COURSE_ID}"\nc.Exchange.root = "{exchange}"\n'
            f'c.Exchange.cache = "{home / ".nbgrader_cache"}"\n')
        homes[student] = home
    for proc in [start(h, h, "fetch_assignment", A) for h in homes.values()]:
        finish(proc, "fetch_assignment")
    for student, home in homes.items():
        path = home / A / f"{A}.ipynb"
        nb = F._submission(nbformat.read(path, as_version=4), LEARNERS[student])
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade_id") == "explain_anchor_answer":
                cell.source = WRITTEN[student]
        nbformat.write(nb, path)
    for proc in [start(h, h, "submit", A, "--student", s) for s, h in homes.items()]:
        finish(proc, "submit")

    nbgrader(course, "collect", A)
    for student in LEARNERS:
        assert (course / "submitted" / student / A / f"{A}.ipynb").is_file()
        assert (course / "submitted" / student / A / "timestamp.txt").is_file()
    assert cli(grade, "grade", A, "--course", str(course), "--no-progress", "--workers", "2",
               "--memory", "768M") == 0

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:  # what the formgrader does on "save"
        for student, score in MANUAL.items():
            g = gb.find_grade("explain_anchor", A, A, student)
            g.manual_score, g.needs_manual_grade = score, False
            gb.find_comment("explain_anchor", A, A, student).manual_comment = f"Comment for {student} only."
        gb.db.commit()
        scores = {s: gb.find_submission(A, s).score for s in LEARNERS}
    expected = {s: sum(F.EXPECTED[A][s].values()) + MANUAL[s] for s in LEARNERS}
    assert scores == expected

    assert cli(learner_feedback, "feedback", A, "--course", str(course)) == 0
    nbgrader(course, "release_feedback", A)
    for proc in [start(h, h, "fetch_feedback", A, "--student", s) for s, h in homes.items()]:
        finish(proc, "fetch_feedback")

    for student, home in homes.items():
        pages = sorted((home / A / "feedback").rglob("*.html"))
        assert len(pages) == 1, pages  # one submission, one notebook: one page
        html = pages[0].read_text(encoding="utf-8")
        other = next(s for s in LEARNERS if s != student)
        assert WRITTEN[student] in html and WRITTEN[other] not in html
        assert f"Comment for {student} only." in html and f"Comment for {other}" not in html
        assert F.HIDDEN_LINE not in html and "secret_hidden_check_value" not in html
        assert "BEGIN HIDDEN TESTS" not in html and "SECRET RUBRIC" not in html and "MARK SCHEME" not in html
        assert f"{expected[student]:g}" in html  # their total is on the page
        assert not list((home / A / "feedback").rglob(f"*{other}*"))
