"""``servicepsych grade`` as a drop-in for ``nbgrader autograde``: the same scenario through both, gradebooks compared.

One small course (the fixture assignment of ``grading_fixture``, plus a data file, a
helper module and a sub-folder in ``source/``) is released once with the real
``nbgrader generate_assignment``; its configuration sets what nbgrader's own tests
exercise and the grading-engine issue saw ignored: ``c.Execute.timeout``,
``CourseDirectory.student_id_exclude``, ``CourseDirectory.db_url`` outside the course,
``Autograde.exclude_overwriting`` and a late-penalty plugin. The same submissions
(answers right and wrong, late and on time, an empty and an unparsable
``timestamp.txt``, supplementary files, ``.pyc`` files, an endless loop, an excluded
learner) are graded by ``nbgrader autograde`` in one copy and by ``servicepsych grade``
in another, and the two gradebooks are compared field by field (scores, points,
``needs_manual_grade``, ``late_submission_penalty``, timestamps, seconds late) together
with the files each put in ``autograded/``. Then the late-penalty plugin is swapped for
the course's own class, and a corrected timestamp is shown to reset the penalty, in both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path

import nbformat
import pytest

import grading_fixture as F
from conftest import nbgrader
from servicepsych.grading.grade.sandbox import bwrap_problem

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")]

A = "01_anchoring"
DUE = dt.datetime(2026, 3, 2, 17, 0)
ON_TIME = "2026-03-01 09:30:00.000000 UTC"
LATE = "2026-03-03 08:00:00.000000 UTC"  # 15 hours late
HELPER_SOURCE = "def share():\n    return 0.0\n"  # the instructor's version: would cost ana a point
HELPER_ANA = "def share():\n    return 0.5\n"  # ana's own, kept by exclude_overwriting

CONFIG = '''c = get_config()
c.CourseDirectory.course_id = "parity"
c.CourseDirectory.root = "."
c.CourseDirectory.db_url = "sqlite:///{db}"
c.CourseDirectory.student_id_exclude = "eve,zed"
c.Execute.timeout = 4
c.Autograde.exclude_overwriting = {{"01_anchoring": ["helper.py"]}}
c.LateSubmissionPlugin.penalty_method = "zero"
{extra}
'''

LATE_PLUGIN = '''from nbgrader.plugins import LateSubmissionPlugin


class HalfOff(LateSubmissionPlugin):
    """The course's own rule: half the score off for a late notebook."""

    def late_submission_penalty(self, student_id, score, total_seconds_late):
        return score / 2
'''

# student -> (answers by grade_id, timestamp.txt text or None, extra files {relative path: bytes})
SUBMISSIONS = {
    "ana": ({"anchor_gap": 'float(open("data/anchors.txt").read()) - 80.0',
             "adjustment": "__import__('helper').share()", "first_offer": "'high'"}, ON_TIME,
            {"helper.py": HELPER_ANA.encode(), "notes/shift/plan.txt": b"ask about the queue\n",
             "__pycache__/helper.cpython-311.pyc": b"\x00junk", "stale.pyc": b"\x00junk",
             "calls.csv": b"minute,calls\n1,4\n"}),
    "ben": (F.ANSWERS[A]["ben"], LATE, {}),
    "chen": (F.ANSWERS[A]["chen"], "", {}),  # an empty timestamp.txt
    "dora": (F.ANSWERS[A]["ana"], "next Tuesday, roughly", {}),  # unparsable: refused by both
    "eve": (F.ANSWERS[A]["ana"], ON_TIME, {}),  # in student_id_exclude
    "fay": ({"anchor_gap": "40.0", "adjustment": "None\nwhile True:\n    pass\nadjustment = 0.5",
             "first_offer": "'high'"},
            None, {}),  # the endless loop hits c.Execute.timeout
    "gus": (F.ANSWERS[A]["ana"], ON_TIME, {}),  # edits the locked test test_first_offer (see EDITED_TEST)
}
EDITED_TEST = "test_first_offer"  # gus replaces its text with `pass`: nbgrader restores it silently


def servicepsych_grade(course: Path, *argv: str) -> int:
    from servicepsych.grading import grade

    parser = argparse.ArgumentParser()
    grade.add_parser(parser.add_subparsers())
    return grade.run(parser.parse_args(["grade", A, "--course", str(course), "--no-progress", "--workers", "2",
                                        "--memory", "768M", *argv]))


def write_config(course: Path, db: Path, extra: str = "") -> None:
    (course / "nbgrader_config.py").write_text(CONFIG.format(db=db, extra=extra))


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Path:
    """A course with the assignment released and the submissions in ``submitted/`` (its gradebook outside it)."""
    base = tmp_path_factory.mktemp("parity")
    course, db = base / "course", base / "db" / "gradebook.db"
    src = course / "source" / A
    src.mkdir(parents=True)
    db.parent.mkdir()
    write_config(course, db)
    nbformat.write(F.anchoring_source(), src / f"{A}.ipynb")
    (src / "data").mkdir()
    (src / "data" / "anchors.txt").write_text("120")
    (src / "helper.py").write_text(HELPER_SOURCE)
    proc = nbgrader(course, "generate_assignment", A, "--force", check=False)
    assert proc.returncode == 0, proc.stderr
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{db}") as gb:
        gb.update_or_create_assignment(A, duedate=DUE)
    release = nbformat.read(course / "release" / A / f"{A}.ipynb", as_version=4)
    for student, (answers, stamp, extra) in SUBMISSIONS.items():
        dest = course / "submitted" / student / A
        dest.mkdir(parents=True)
        nb = F._submission(release, answers)
        if student == "gus":
            for cell in nb.cells:
                if cell.metadata.get("nbgrader", {}).get("grade_id") == EDITED_TEST:
                    cell.source = "pass"
        nbformat.write(nb, dest / f"{A}.ipynb")
        if stamp is not None:
            (dest / "timestamp.txt").write_text(stamp)
        for rel, data in extra.items():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_bytes(data)
    return base


def copy_course(base: Path, dest: Path) -> tuple[Path, Path]:
    course, db = dest / "course", dest / "db" / "gradebook.db"
    shutil.copytree(base / "course", course)
    db.parent.mkdir(parents=True)
    shutil.copy(base / "db" / "gradebook.db", db)
    write_config(course, db)
    return course, db


def gradebook_snapshot(db: Path) -> dict:
    """Every field the two graders must agree on, per student, notebook and cell."""
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{db}") as gb:
        for sub in gb.find_assignment(A).submissions:
            nbs = {}
            for snb in sub.notebooks:
                nbs[snb.notebook.name] = {
                    "late_submission_penalty": snb.late_submission_penalty, "score": snb.score,
                    "max_score": snb.max_score, "needs_manual_grade": snb.needs_manual_grade,
                    "grades": {g.cell.name: {"auto_score": g.auto_score, "score": g.score, "max_score": g.max_score,
                                             "needs_manual_grade": g.needs_manual_grade} for g in snb.grades}}
            out[sub.student.id] = {"timestamp": sub.timestamp, "total_seconds_late": sub.total_seconds_late,
                                   "late_submission_penalty": sub.late_submission_penalty, "score": sub.score,
                                   "notebooks": nbs}
    return out


def autograded_files(course: Path) -> dict:
    """student -> {relative path: bytes} of what is in autograded/ besides the notebooks."""
    out = {}
    for folder in sorted((course / "autograded").glob(f"*/{A}")):
        out[folder.parent.name] = {p.relative_to(folder).as_posix(): p.read_bytes()
                                   for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix != ".ipynb"}
    return out


@pytest.fixture(scope="module")
def both(released, tmp_path_factory):
    """The cohort graded by ``nbgrader autograde`` and by ``servicepsych grade``, each in its own copy."""
    nb_course, nb_db = copy_course(released, tmp_path_factory.mktemp("by_nbgrader"))
    sp_course, sp_db = copy_course(released, tmp_path_factory.mktemp("by_servicepsych"))
    proc = nbgrader(nb_course, "autograde", A, check=False)
    status = servicepsych_grade(sp_course)
    return {"nb": (nb_course, nb_db, proc), "sp": (sp_course, sp_db, status)}


def test_the_gradebooks_agree_field_by_field(both):
    nb, sp = gradebook_snapshot(both["nb"][1]), gradebook_snapshot(both["sp"][1])
    assert set(nb) == set(sp) == {"ana", "ben", "chen", "fay", "gus"}  # dora refused, eve excluded, by both
    for student in nb:
        if student != "gus":
            assert sp[student] == nb[student], student
    # the one deliberate difference: an edited test's points are withheld for review, not silently restored
    gus_nb, gus_sp = nb["gus"]["notebooks"][A], sp["gus"]["notebooks"][A]
    assert gus_nb["grades"][EDITED_TEST] == {"auto_score": 1.0, "score": 1.0, "max_score": 1.0,
                                             "needs_manual_grade": False}
    assert gus_sp["grades"][EDITED_TEST] == {"auto_score": 0.0, "score": 0.0, "max_score": 1.0,
                                             "needs_manual_grade": True}
    others = {g: v for g, v in gus_sp["grades"].items() if g != EDITED_TEST}
    assert others == {g: v for g, v in gus_nb["grades"].items() if g != EDITED_TEST}
    # the scenario is the one intended: what each case earned under nbgrader
    a = {s: nb[s]["notebooks"][A] for s in nb}
    assert a["ana"]["grades"]["test_adjustment"]["score"] == 1  # her helper.py was kept
    assert a["ana"]["grades"]["test_anchor_gap"]["score"] == 2  # the source's data file was there
    assert a["fay"]["grades"]["test_adjustment"]["score"] == 0  # the loop timed out
    assert a["fay"]["grades"]["test_first_offer"]["score"] == 1
    assert a["ben"]["late_submission_penalty"] == a["ben"]["score"] > 0  # penalty_method 'zero'
    assert nb["ben"]["total_seconds_late"] == 15 * 3600
    assert nb["chen"]["timestamp"] is None and nb["chen"]["late_submission_penalty"] == 0


def test_autograded_holds_the_same_supplementary_files(both):
    nb, sp = autograded_files(both["nb"][0]), autograded_files(both["sp"][0])
    assert set(nb) == set(sp) == {"ana", "ben", "chen", "fay", "gus"}
    assert sp == nb
    assert nb["ana"]["helper.py"] == HELPER_ANA.encode()  # kept (exclude_overwriting)
    assert nb["ana"]["data/anchors.txt"] == b"120"  # from source/
    assert "notes/shift/plan.txt" in nb["ana"] and "calls.csv" in nb["ana"]
    assert not any(p.endswith(".pyc") for p in nb["ana"])
    assert nb["chen"]["timestamp.txt"] == b""  # the empty timestamp is copied
    assert "helper.py" not in nb["ben"]  # an excluded file is never copied from source/, for anyone


def test_an_unparsable_timestamp_is_refused_with_a_reason_and_the_rest_graded(both):
    proc, status = both["nb"][2], both["sp"][2]
    assert proc.returncode == 1 and "dora" in proc.stderr  # nbgrader: that submission fails, exit 1
    assert status == 1
    from servicepsych.grading._gradebook_read import read_result

    res = read_result(both["sp"][0], A, "dora")
    assert res.status == "error" and "timestamp.txt" in res.error and "next Tuesday" in res.error
    for key in ("nb", "sp"):  # nbgrader removes the failed submission's folder
        assert not (both[key][0] / "autograded" / "dora" / A).exists()


def test_excluded_learners_are_neither_graded_nor_written(both):
    for key in ("nb", "sp"):
        course = both[key][0]
        assert not (course / "autograded" / "eve").exists()
    assert not (both["sp"][0] / "grading_runs" / A / "results" / "eve.json").exists()


def test_the_cell_time_limit_comes_from_execute_timeout_and_the_option_wins(both, released, tmp_path, capsys):
    from servicepsych.grading.grade import _cell_timeout

    course = both["sp"][0]
    said = []
    args = argparse.Namespace(cell_timeout=None, timeout=300.0)
    assert _cell_timeout(course, args, said.append) == 4
    assert "c.Execute.timeout" in said[-1]
    args.cell_timeout = 9.0
    assert _cell_timeout(course, args, said.append) == 9
    assert "--cell-timeout" in said[-1] and "wins" in said[-1]


def test_the_course_late_plugin_and_a_corrected_timestamp(both):
    """``AssignLatePenalties.plugin_class`` is the course's own class; moving the timestamp resets the penalty."""
    extra = 'c.AssignLatePenalties.plugin_class = "latepolicy.HalfOff"'
    rows = {}
    for key in ("nb", "sp"):
        course, db, _ = both[key]
        (course / "latepolicy.py").write_text(LATE_PLUGIN)
        write_config(course, db, extra)
        run = (lambda: nbgrader(course, "autograde", A, "--student", "ben", "--force", check=False).returncode) if key == "nb" \
            else (lambda: servicepsych_grade(course, "--student", "ben", "--force"))
        assert run() == 0
        half = gradebook_snapshot(db)["ben"]
        (course / "submitted" / "ben" / A / "timestamp.txt").write_text(ON_TIME)
        assert run() == 0
        rows[key] = (half, gradebook_snapshot(db)["ben"])
    assert rows["sp"] == rows["nb"]
    half, fixed = rows["nb"]
    assert half["notebooks"][A]["late_submission_penalty"] == half["score"] / 2 > 0
    assert fixed["total_seconds_late"] == 0 and fixed["notebooks"][A]["late_submission_penalty"] is None


def test_stricter_than_nbgrader_is_explained_in_the_formgrader_and_the_report(both):
    from nbgrader.api import Gradebook

    course, db, _ = both["sp"]
    with Gradebook(f"sqlite:///{db}") as gb:
        comment = gb.find_comment("first_offer", A, A, "gus").auto_comment
        untouched = gb.find_comment("anchor_gap", A, A, "gus").auto_comment
    assert comment.startswith(f"Points of {EDITED_TEST} withheld for your review: edited a locked")
    assert "nbgrader would also restore the cell, but would not tell you" in comment
    assert untouched is None
    report = (course / "grading_runs" / A / "integrity.md").read_text(encoding="utf-8")
    assert "stricter than nbgrader autograde" in report and "**gus**" in report
    assert "**dora**" in report and "timestamp.txt" in report
