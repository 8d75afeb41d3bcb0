"""``servicepsych grade`` end to end: a hostile cohort, real assignments, kill and resume.

One course is built with the real ``nbgrader generate_assignment`` (the fixture
assignment and the first real assignment of ``course/source``), a cohort of
submissions is built from each release (the answer key, a blank, and every
hostile case of the issue), graded once with the sandbox on, and each test
checks one promise against the gradebook, the result files and the course.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "grading"))
import cohort  # noqa: E402

from servicepsych.grading._course import state_dir  # noqa: E402
from servicepsych.grading.grade.pipeline import Options, grade_assignment  # noqa: E402
from servicepsych.grading.grade.sandbox import Limits, bwrap_problem  # noqa: E402

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")]

ASSIGNMENTS = [cohort.FIXTURE] + cohort.real_assignments()[:1]  # the whole hostile cohort
EVERY = [cohort.FIXTURE] + cohort.real_assignments()  # the answer key and a blank
LIMITS = Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=6, total_timeout=12)
ERRORS = {"no_notebook": "was not submitted", "stubborn_loop": "timed out", "crash": "crashed",
          "garbage": "not UTF-8", "not_a_notebook": "not a notebook", "bad_schema": "not", "empty": "not a notebook"}
FLAGGED = {"deleted_test": "cell_deleted", "edited_test": "locked_cell_edited", "edited_meta": "metadata_edited",
           "grade_own_cell": "metadata_edited", "builtins": "builtins_patched", "helper_patch": "module_patched",
           "eq_override": "eq_override", "kernel_events": "kernel_tampering", "settrace": "kernel_tampering",
           "swallow_errors": "kernel_tampering", "shadow_isinstance": "builtins_patched"}


def hostile_cohort(course: Path, assignment: str) -> dict:
    """Every submission of the cohort, by student id."""
    key, blank = cohort.key(course, assignment), cohort.blank(course, assignment)
    subs = {"key": key, "blank": blank}
    subs["loop"] = cohort.inject(key, "while True:\n    pass")
    subs["stubborn_loop"] = cohort.inject(
        key, "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass")
    subs["crash"] = cohort.inject(key, "import os\nos._exit(3)")
    subs["memory_bomb"] = cohort.inject(
        key, "def _bomb():\n    hog = []\n    while True:\n        hog.append(bytearray(64 * 1024 * 1024))\n_bomb()",
        after=True)
    subs["huge_output"] = cohort.inject(key, 'print("x" * 50_000_000)', after=True)
    subs["garbage"] = bytes(range(256)) * 40
    subs["not_a_notebook"] = b"[1, 2, 3]"
    subs["bad_schema"] = json.dumps({"cells": "oops", "nbformat": 4, "nbformat_minor": 5, "metadata": {}}).encode()
    subs["empty"] = b""
    deleted = copy.deepcopy(key)
    deleted.cells.remove(cohort.test_cells(deleted)[0])
    subs["deleted_test"] = deleted
    edited = copy.deepcopy(key)
    cohort.test_cells(edited)[0].source = '"""The test."""\npass'
    subs["edited_test"] = edited
    meta = copy.deepcopy(key)
    cohort.test_cells(meta)[0].metadata["nbgrader"]["points"] = 100
    subs["edited_meta"] = meta
    own = copy.deepcopy(key)
    own.cells.append(nbformat.v4.new_code_cell("bonus = 1", metadata={"nbgrader": {
        "grade": True, "solution": False, "locked": True, "points": 50, "grade_id": "my_bonus",
        "schema_version": 3}}))
    subs["grade_own_cell"] = own
    subs["builtins"] = cohort.inject(key, "import builtins\nbuiltins.isinstance = lambda *a: True", after=True)
    subs["helper_patch"] = cohort.inject(key, "import servicepsych.check as _c\n_c.check = lambda *a, **k: None",
                                         after=True)
    names = cohort.assigned_names(key)
    forged = "\n".join(f"{n} = _Anything(0)" for n in names)
    subs["eq_override"] = cohort.inject(
        key, f"class _Anything(float):\n    def __eq__(self, other):\n        return True\n{forged}", after=True)
    subs["kernel_events"] = cohort.inject(
        key, "get_ipython().events.register('post_run_cell', lambda *a: None)", after=True)
    subs["settrace"] = cohort.inject(key, "import sys\nsys.settrace(lambda *a: None)", after=True)
    subs["swallow_errors"] = cohort.inject(key, "get_ipython()._showtraceback = lambda *a, **k: None", after=True)
    subs["shadow_isinstance"] = cohort.inject(key, "isinstance = lambda *a: True", after=True)
    secret = course / "gradebook.db"
    snoop = (f"for _path in ({str(secret)!r}, {str(course / 'nbgrader_config.py')!r}, "
             f"{str(course / 'submitted' / 'key')!r}, {str(course / 'source')!r}):\n"
             "    try:\n        open(_path, 'rb').read()\n        print('LEAKED', _path)\n"
             "    except OSError as _e:\n        print('blocked', type(_e).__name__)\n"
             f"try:\n    open({str(course / 'source' / 'pwned.txt')!r}, 'w').write('x')\n    print('WROTE')\n"
             "except OSError as _e:\n    print('blocked write', type(_e).__name__)\n")
    subs["snoop"] = cohort.inject(key, snoop, after=True)
    return subs


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = cohort.make_course(tmp_path_factory.mktemp("grade") / "course", EVERY)
    cohorts = {a: hostile_cohort(course, a) if a in ASSIGNMENTS else
               {"key": cohort.key(course, a), "blank": cohort.blank(course, a)} for a in EVERY}
    for assignment, subs in cohorts.items():
        for student, nb in subs.items():
            cohort.submit(course, assignment, student, nb)
        folder = course / "submitted" / "no_notebook" / assignment  # submitted something, but no notebook
        folder.mkdir(parents=True)
        (folder / "notes.txt").write_text("I could not open the notebook")
        subs["no_notebook"] = None
    before = {p: cohort.tree_digest(course / p) for p in ("source", "release", "submitted")}
    summaries = {a: grade_assignment(course, a, Options(workers=2, limits=LIMITS, progress=False))
                 for a in EVERY}
    return course, cohorts, summaries, before


def result(course, assignment, student) -> dict:
    return json.loads((state_dir(course, assignment) / "results" / f"{student}.json").read_text())


def gradebook_scores(course, assignment, student) -> dict:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        nb = cohort.notebook_name(course, assignment)
        sub = gb.find_submission_notebook(nb, assignment, student)
        return {g.name: (g.auto_score, g.needs_manual_grade, g.max_score) for g in sub.grades}


@pytest.mark.parametrize("assignment", EVERY)
def test_every_submission_has_one_result_and_one_gradebook_entry(graded, assignment):
    course, cohorts, summaries, _ = graded
    from nbgrader.api import Gradebook

    results = sorted(p.stem for p in (state_dir(course, assignment) / "results").glob("*.json"))
    assert results == sorted(cohorts[assignment])
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        subs = [s.student.id for s in gb.find_assignment(assignment).submissions]
    assert sorted(subs) == sorted(cohorts[assignment])
    journal = (state_dir(course, assignment) / "journal.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["student"] for line in journal) == sorted(cohorts[assignment])


@pytest.mark.parametrize("assignment", EVERY)
def test_key_earns_full_marks_and_blank_nothing(graded, assignment):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    key, blank = result(course, assignment, "key"), result(course, assignment, "blank")
    assert key["status"] == blank["status"] == "graded"
    assert key["flags"] == [] and blank["flags"] == []
    assert key["score"] == pytest.approx(sum(points.values()))
    assert blank["score"] == 0
    gb = gradebook_scores(course, assignment, "key")
    assert {k: gb[k][0] for k in points} == points
    assert all(c["message"] for c in blank["cells"] if c["kind"] == "autograded")
    assert (course / "autograded" / "key" / assignment / f"{cohort.notebook_name(course, assignment)}.ipynb").is_file()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_infinite_loop_stops_at_the_cell_timeout(graded, assignment):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    res = result(course, assignment, "loop")
    assert res["status"] == "graded"
    first = next(iter(points))
    cell = next(c for c in res["cells"] if c["grade_id"] == first)
    assert cell["score"] == 0 and cell["passed"] is False
    assert res["score"] <= sum(points.values()) - points[first]
    nb = nbformat.read(course / "autograded" / "loop" / assignment /
                       f"{cohort.notebook_name(course, assignment)}.ipynb", as_version=4)
    answer = cohort.answer_cells(nb)[0]
    assert any(o.output_type == "error" and o.ename == "TimeoutError" for o in answer.outputs)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("student", sorted(ERRORS))
def test_broken_submissions_get_an_error_and_no_points(graded, assignment, student):
    course, *_ = graded
    res = result(course, assignment, student)
    assert res["status"] == "error"
    assert ERRORS[student] in res["error"]
    assert res["score"] == 0
    for name, (auto, review, _) in gradebook_scores(course, assignment, student).items():
        if name in cohort.autograded_points(course, assignment):
            assert auto == 0 and review


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_memory_bomb_and_huge_output_only_fail_their_cell(graded, assignment):
    course, *_ = graded
    full = sum(cohort.autograded_points(course, assignment).values())
    for student in ("memory_bomb", "huge_output"):
        res = result(course, assignment, student)
        assert res["status"] == "graded" and res["flags"] == [] and res["score"] == pytest.approx(full), student
    path = course / "autograded" / "huge_output" / assignment / f"{cohort.notebook_name(course, assignment)}.ipynb"
    assert path.stat().st_size < 2_000_000
    assert "truncated" in path.read_text()
    bomb = nbformat.read(course / "autograded" / "memory_bomb" / assignment / path.name, as_version=4)
    assert any(o.output_type == "error" and o.ename == "MemoryError" for o in cohort.answer_cells(bomb)[0].outputs)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("student", sorted(FLAGGED))
def test_tampering_is_flagged_and_earns_nothing(graded, assignment, student):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    res = result(course, assignment, student)
    assert FLAGGED[student] in {f["reason"] for f in res["flags"]}, res["flags"]
    auto = [c for c in res["cells"] if c["kind"] == "autograded"]
    assert auto and all(c["withheld"] and c["score"] == 0 for c in auto)
    gb = gradebook_scores(course, assignment, student)
    for name, pts in points.items():
        auto_score, review, max_score = gb[name]
        assert auto_score == 0 and review and max_score == pts  # the edited points did not reach the gradebook
    report = json.loads((state_dir(course, assignment) / "integrity.json").read_text())
    entry = next(f for f in report["flagged"] if f["student"] == student)
    assert FLAGGED[student] in entry["reasons"]
    assert entry["withheld_points"] == pytest.approx(sum(points.values()))
    assert student in (state_dir(course, assignment) / "integrity.md").read_text()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_edited_test_cell_is_restored_with_its_hidden_tests(graded, assignment):
    course, *_ = graded
    nb_name = f"{cohort.notebook_name(course, assignment)}.ipynb"
    nb = nbformat.read(course / "autograded" / "edited_test" / assignment / nb_name, as_version=4)
    source = nbformat.read(course / "source" / assignment / nb_name, as_version=4)
    assert cohort.test_cells(nb)[0].source == cohort.test_cells(source)[0].source
    assert "BEGIN HIDDEN TESTS" in cohort.test_cells(nb)[0].source


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_the_sandbox_hides_the_course_and_nothing_in_it_changes(graded, assignment):
    course, _, _, before = graded
    res = result(course, assignment, "snoop")
    assert res["status"] == "graded" and res["flags"] == []
    nb = nbformat.read(course / "autograded" / "snoop" / assignment /
                       f"{cohort.notebook_name(course, assignment)}.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for o in cohort.answer_cells(nb)[0].outputs)
    assert printed.count("blocked") == 5 and "LEAKED" not in printed and "WROTE" not in printed
    assert not (course / "source" / "pwned.txt").exists()
    for folder, digest in before.items():
        assert cohort.tree_digest(course / folder) == digest, f"{folder}/ changed during grading"
    assert sorted(p.name for p in course.iterdir()) == sorted(
        ["autograded", "grading_runs", "gradebook.db", "nbgrader_config.py", "release", "source", "submitted"])


def test_fixture_learners_score_what_nbgrader_gives(tmp_path):
    """The fixture's four learners: scores equal those plain nbgrader autograde gives (grading_fixture.EXPECTED)."""
    import grading_fixture

    course = cohort.make_course(tmp_path / "course")
    release = cohort.blank(course, cohort.FIXTURE)
    for student, answers in grading_fixture.ANSWERS["01_anchoring"].items():
        cohort.submit(course, cohort.FIXTURE, student, grading_fixture._submission(release, answers))
    summary = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False))
    assert summary.graded == 4 and summary.errors == 0 and summary.flagged == 0
    for student, expected in grading_fixture.EXPECTED["01_anchoring"].items():
        got = {k: v[0] for k, v in gradebook_scores(course, cohort.FIXTURE, student).items() if k in expected}
        assert got == {k: float(v) for k, v in expected.items()}, student
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:  # nbgrader's automatic comments
        for student, answered in (("ana", True), ("dora", False)):
            sub = gb.find_submission_notebook(cohort.FIXTURE, cohort.FIXTURE, student)
            comments = {c.name: c.auto_comment for c in sub.comments if c.name != "explain_anchor"}
            assert set(comments.values()) == ({None} if answered else {"No response."}), (student, comments)
    # a re-run skips everyone; a changed submission is graded again
    again = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False))
    assert again.skipped == 4 and again.results == []
    cohort.submit(course, cohort.FIXTURE, "dora", grading_fixture._submission(
        release, grading_fixture.ANSWERS["01_anchoring"]["ana"]))
    third = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False))
    assert [r["student"] for r in third.results] == ["dora"] and third.results[0]["score"] == 4


def test_kill_and_resume_grades_everyone_exactly_once(tmp_path):
    course = cohort.make_course(tmp_path / "course")
    key = cohort.key(course, cohort.FIXTURE)
    students = [f"s{i:02d}" for i in range(10)]
    for s in students:
        cohort.submit(course, cohort.FIXTURE, s, key)
    journal = state_dir(course, cohort.FIXTURE) / "journal.jsonl"
    cmd = [sys.executable, "-m", "servicepsych.cli", "grade", cohort.FIXTURE, "--course", str(course),
           "--workers", "1", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and (not journal.exists() or len(journal.read_text().splitlines()) < 2):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    first = {json.loads(line)["student"] for line in journal.read_text().splitlines() if line.strip()}
    assert 2 <= len(first) < len(students), "the run was not killed halfway"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{len(first)} already graded" in done.stdout
    entries = [json.loads(line) for line in journal.read_text().splitlines() if line.strip()]
    second = [e["student"] for e in entries[len(first):]]
    assert sorted(second) == sorted(set(students) - first)  # nobody graded twice, nobody missed
    full = sum(cohort.autograded_points(course, cohort.FIXTURE).values())
    for s in students:
        assert sum(v[0] for k, v in gradebook_scores(course, cohort.FIXTURE, s).items()
                   if v[0] is not None) == pytest.approx(full)


def test_existing_dask_scheduler_is_used(tmp_path):
    from dask.distributed import LocalCluster

    course = cohort.make_course(tmp_path / "course")
    cohort.submit(course, cohort.FIXTURE, "key", cohort.key(course, cohort.FIXTURE))
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        summary = grade_assignment(course, cohort.FIXTURE,
                                   Options(scheduler=cluster.scheduler_address, progress=False))
    assert summary.graded == 1 and summary.results[0]["score"] == 4


def test_cli_refuses_without_a_sandbox_unless_told(tmp_path):
    course = cohort.make_course(tmp_path / "course")
    cohort.submit(course, cohort.FIXTURE, "key", cohort.key(course, cohort.FIXTURE))
    env = dict(os.environ, PATH=str(tmp_path / "nothing-here"))
    cmd = [sys.executable, "-m", "servicepsych.cli", "grade", cohort.FIXTURE, "--course", str(course), "--no-progress"]
    refused = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert refused.returncode == 2
    assert "bubblewrap" in refused.stderr and "--unsafe-no-sandbox" in refused.stderr
    assert not (course / "autograded").exists()
    unsafe = subprocess.run(cmd + ["--unsafe-no-sandbox"], capture_output=True, text=True, env=env, timeout=300)
    assert unsafe.returncode == 0, unsafe.stderr
    assert "1 graded" in unsafe.stdout


def test_unreleased_assignment_and_missing_course_are_explained(tmp_path, capsys):
    from servicepsych.cli import main

    assert main(["grade", "01_x", "--course", str(tmp_path)]) == 2
    assert "not an nbgrader course" in capsys.readouterr().err
    (tmp_path / "nbgrader_config.py").write_text("c = get_config()\n")
    assert main(["grade", "01_x", "--course", str(tmp_path), "--no-progress"]) == 2
    assert "generate_assignment 01_x" in capsys.readouterr().err


def test_two_runs_on_one_assignment_cannot_overlap(tmp_path):
    from servicepsych.grading.grade.journal import Journal, RunLocked

    first = Journal(tmp_path)
    first.lock()
    with pytest.raises(RunLocked, match="another `servicepsych grade` run"):
        Journal(tmp_path).lock()
    first.unlock()
    Journal(tmp_path).lock()


def test_nbgrader_feedback_and_export_work_on_the_result(graded, tmp_path):
    """The gradebook and autograded notebooks are nbgrader's own: its feedback and export read them."""
    import shutil

    import grading_fixture

    course = shutil.copytree(graded[0], tmp_path / "course")
    grading_fixture.nbgrader(course, "generate_feedback", cohort.FIXTURE, "--student", "key", "--force")
    html = (course / "feedback" / "key" / cohort.FIXTURE / f"{cohort.notebook_name(course, cohort.FIXTURE)}.html")
    assert html.is_file()
    grading_fixture.nbgrader(course, "export")
    rows = [line.split(",") for line in (course / "grades.csv").read_text().splitlines()]
    key_row = next(r for r in rows if r[0] == cohort.FIXTURE and r[3] == "key")
    assert float(key_row[7]) == sum(cohort.autograded_points(course, cohort.FIXTURE).values())
