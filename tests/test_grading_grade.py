"""``servicepsych grade`` end to end: broken and tampered submissions, real assignments, kill and resume.

One course is built with the real ``nbgrader generate_assignment`` (the fixture
assignment and the real assignments of ``course/source``); a cohort of submissions
is built from each release at test time (the answer key, a blank, every
denial-of-service case of the grading-engine issue and the edits the integrity
report keeps), graded once with the sandbox on, then graded again to show a re-run
completes; each test checks one promise against the gradebook, the typed result
files and the course. The attacks on the tests themselves are in
``test_grading_integrity.py``.
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
LIMITS = Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=6, total_timeout=20, call_timeout=3)
ERRORS = {"no_notebook": "was not submitted", "stubborn_loop": "timed out", "crash": "crashed",
          "garbage": "not UTF-8", "not_a_notebook": "not a notebook", "bad_schema": "not", "empty": "not a notebook",
          "too_many_cells": "over the limit", "channel_flood": "channel"}
# edits the integrity report keeps, and which test cells' points each withholds ("first": the first test cell)
FLAGGED = {"deleted_test": ("cell_deleted", "first"), "edited_test": ("locked_cell_edited", "first"),
           "edited_meta": ("metadata_edited", "first"), "grade_own_cell": ("metadata_edited", None),
           "huge_answer": ("not_plain_value", "reader")}
# DoS cases that cost at most the part they touch: every other part scores as the key's does
SURVIVE = ("loop", "memory_bomb", "huge_output", "bang_flood", "fake_partial", "forged_frames_on_stdout")


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
    bang = copy.deepcopy(key)  # ~350 KB of shell escapes: preparing it must not stall; running it costs one cell
    bang.cells.append(nbformat.v4.new_code_cell("\n".join(["!ls"] * 70_000)))
    subs["bang_flood"] = bang
    fake = copy.deepcopy(key)  # numbers a partial-credit parser would choke on, printed by the learner
    fake.cells.append(nbformat.v4.new_code_cell("999"))
    fake.cells.append(nbformat.v4.new_code_cell("from IPython.display import display\ndisplay({'text/plain': ''}, raw=True)"))
    subs["fake_partial"] = fake
    subs["forged_frames_on_stdout"] = cohort.inject(
        key, "import os\nfor _fd in range(3, 12):\n    try:\n        os.write(_fd, b'00000002{}')\n"
             "    except OSError:\n        pass", after=True)
    subs["channel_flood"] = cohort.inject(
        key, "import os\nfor _fd in range(3, 12):\n    try:\n        os.write(_fd, b'garbage' * 1000)\n"
             "    except OSError:\n        pass", after=True)
    many = copy.deepcopy(key)
    many.cells += [nbformat.v4.new_markdown_cell("x") for _ in range(6000)]
    subs["too_many_cells"] = many
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
    name, _ = cohort.first_answer_readers(course, assignment, key)
    subs["huge_answer"] = cohort.inject(key, f"{name} = list(range(3_000_000))", after=True)
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
    reruns = {a: grade_assignment(course, a, Options(workers=2, limits=LIMITS, progress=False))
              for a in ASSIGNMENTS}
    return course, cohorts, summaries, before, reruns


def result(course, assignment, student) -> dict:
    return json.loads((state_dir(course, assignment) / "results" / f"{student}.json").read_text())


def cells(res) -> dict:
    return {c["grade_id"]: c for c in res["cells"] if c["kind"] == "autograded"}


def gradebook_scores(course, assignment, student) -> dict:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        nb = cohort.notebook_name(course, assignment)
        sub = gb.find_submission_notebook(nb, assignment, student)
        return {g.name: (g.auto_score, g.needs_manual_grade, g.max_score) for g in sub.grades}


@pytest.mark.parametrize("assignment", EVERY)
def test_every_submission_has_one_result_and_one_gradebook_entry(graded, assignment):
    course, cohorts, summaries, _, _ = graded
    from nbgrader.api import Gradebook

    results = sorted(p.stem for p in (state_dir(course, assignment) / "results").glob("*.json"))
    assert results == sorted(cohorts[assignment])
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        subs = [s.student.id for s in gb.find_assignment(assignment).submissions]
    assert sorted(subs) == sorted(cohorts[assignment])
    journal = (state_dir(course, assignment) / "journal.jsonl").read_text().splitlines()
    assert sorted(json.loads(line)["student"] for line in journal) == sorted(cohorts[assignment])


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_a_rerun_after_the_hostile_cohort_completes_at_once(graded, assignment):
    """Every submission, errors included, was journalled: the re-run grades nothing again and stops nowhere."""
    course, cohorts, _, _, reruns = graded
    again = reruns[assignment]
    assert again.skipped == len(cohorts[assignment]) and again.results == []


@pytest.mark.parametrize("assignment", EVERY)
def test_key_earns_full_marks_and_blank_nothing(graded, assignment):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    key, blank = result(course, assignment, "key"), result(course, assignment, "blank")
    assert key["status"] == blank["status"] == "graded"
    assert key["flags"] == [] and blank["flags"] == []
    assert {k: c["score"] for k, c in cells(key).items()} == points, [c["message"] for c in key["cells"]]
    assert sum(c["score"] for c in cells(blank).values()) == 0
    gb = gradebook_scores(course, assignment, "key")
    assert {k: gb[k][0] for k in points} == points
    assert all(c["message"] for c in cells(blank).values())
    path = course / "autograded" / "key" / assignment / f"{cohort.notebook_name(course, assignment)}.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert all("BEGIN HIDDEN TESTS" in c.source for c in cohort.test_cells(nb))  # nbgrader's autograded copy


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_blank_test_cells_show_the_tests_own_error(graded, assignment):
    """Test-cell outputs in autograded/ come from the tests' process: the test's error, as nbgrader shows it."""
    course, *_ = graded
    nb = nbformat.read(course / "autograded" / "blank" / assignment /
                       f"{cohort.notebook_name(course, assignment)}.ipynb", as_version=4)
    for cell in cohort.test_cells(nb):
        assert any(o.output_type == "error" for o in cell.outputs), cell.metadata.nbgrader.grade_id


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("student", SURVIVE)
def test_denial_of_service_costs_at_most_the_part_it_touches(graded, assignment, student):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    res = result(course, assignment, student)
    assert res["status"] == "graded" and res["flags"] == [], (res["error"], res["flags"])
    got = cells(res)
    _, readers = cohort.first_answer_readers(course, assignment, cohort.key(course, assignment))
    for gid, pts in points.items():
        if student == "loop" and gid in readers:
            assert got[gid]["score"] == 0  # the loop is in the first answer cell: its tests find no answer
        else:
            assert got[gid]["score"] == pts, (gid, got[gid]["message"])


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_infinite_loop_stops_at_the_cell_timeout(graded, assignment):
    course, *_ = graded
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
    assert ERRORS[student] in res["error"], res["error"]
    assert res["score"] == 0
    for name, (auto, review, _) in gradebook_scores(course, assignment, student).items():
        if name in cohort.autograded_points(course, assignment):
            assert auto == 0 and review


def test_preparing_a_huge_notebook_of_shell_escapes_is_quick(graded):
    course, *_ = graded
    res = result(course, cohort.FIXTURE, "bang_flood")
    path = course / "submitted" / "bang_flood" / cohort.FIXTURE / f"{cohort.FIXTURE}.ipynb"
    assert path.stat().st_size > 300_000
    from servicepsych.grading.grade.gradebook import load_spec
    from servicepsych.grading.grade.prepare import prepare

    spec = load_spec(course, cohort.FIXTURE).notebooks[cohort.FIXTURE]
    start = time.perf_counter()
    prepare(path, spec)
    assert time.perf_counter() - start < 5
    assert res["status"] == "graded"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_memory_bomb_and_huge_output_are_bounded(graded, assignment):
    course, *_ = graded
    path = course / "autograded" / "huge_output" / assignment / f"{cohort.notebook_name(course, assignment)}.ipynb"
    assert path.stat().st_size < 2_000_000
    assert "truncated" in path.read_text()
    bomb = nbformat.read(course / "autograded" / "memory_bomb" / assignment / path.name, as_version=4)
    assert any(o.output_type == "error" and o.ename == "MemoryError" for o in cohort.answer_cells(bomb)[0].outputs)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
@pytest.mark.parametrize("student", sorted(FLAGGED))
def test_flags_withhold_only_the_parts_they_touch(graded, assignment, student):
    course, *_ = graded
    points = cohort.autograded_points(course, assignment)
    reason, which = FLAGGED[student]
    res = result(course, assignment, student)
    assert reason in {f["reason"] for f in res["flags"]}, res["flags"]
    named = {c for f in res["flags"] for c in f["cells"]}
    first = next(iter(points))
    if which == "first":
        assert named == {first}
    elif which is None:
        assert named == set()
    else:  # the test cells that read the oversized answer
        assert named and named <= set(points)
    gb = gradebook_scores(course, assignment, student)
    for gid, pts in points.items():
        cell = cells(res)[gid]
        auto_score, review, max_score = gb[gid]
        assert max_score == pts  # edited points never reach the gradebook
        if gid in named:
            assert cell["withheld"] and cell["score"] == 0 and auto_score == 0 and review
        else:
            assert not cell["withheld"] and cell["score"] == pts and auto_score == pts, (gid, cell["message"])
    report = json.loads((state_dir(course, assignment) / "integrity.json").read_text())
    entry = next(f for f in report["flagged"] if f["student"] == student)
    assert reason in entry["reasons"]
    assert entry["withheld_points"] == pytest.approx(sum(points[g] for g in named))
    assert student in (state_dir(course, assignment) / "integrity.md").read_text()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_only_the_kept_flags_are_reported(graded, assignment):
    course, cohorts, *_ = graded
    report = json.loads((state_dir(course, assignment) / "integrity.json").read_text())
    assert {f["student"] for f in report["flagged"]} == set(FLAGGED)


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
    course, _, _, before, _ = graded
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


def test_a_failure_while_recording_one_submission_is_its_own_error(tmp_path, monkeypatch):
    """Whatever breaks after the tests ran (here: the gradebook write) is journalled as that learner's error."""
    from servicepsych.grading.grade import gradebook

    course = cohort.make_course(tmp_path / "course")
    key = cohort.key(course, cohort.FIXTURE)
    for s in ("a1", "a2", "a3"):
        cohort.submit(course, cohort.FIXTURE, s, key)
    real = gradebook.commit

    def flaky(course_, assignment, student, *a, **k):
        if student == "a2":
            raise RuntimeError("disk full")
        return real(course_, assignment, student, *a, **k)

    monkeypatch.setattr(gradebook, "commit", flaky)
    summary = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False, limits=LIMITS))
    assert summary.graded == 2 and summary.errors == 1
    assert "disk full" in result(course, cohort.FIXTURE, "a2")["error"]
    again = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False, limits=LIMITS))
    assert again.skipped == 3


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


def test_compatibility_mode_is_marked_everywhere(tmp_path):
    """Tests beside learner code, as nbgrader does: same scores for honest work, and every trace says so."""
    from nbgrader.api import Gradebook

    from servicepsych.grading._gradebook_read import flagged_submissions, run_status

    course = cohort.make_course(tmp_path / "course")
    cohort.submit(course, cohort.FIXTURE, "key", cohort.key(course, cohort.FIXTURE))
    cohort.submit(course, cohort.FIXTURE, "blank", cohort.blank(course, cohort.FIXTURE))
    summary = grade_assignment(course, cohort.FIXTURE, Options(workers=2, progress=False, compatibility=True))
    assert summary.graded == 2
    points = cohort.autograded_points(course, cohort.FIXTURE)
    key = result(course, cohort.FIXTURE, "key")
    assert key["mode"] == "compatibility" and {k: c["score"] for k, c in cells(key).items()} == points
    assert sum(c["score"] for c in cells(result(course, cohort.FIXTURE, "blank")).values()) == 0
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        sub = gb.find_submission_notebook(cohort.FIXTURE, cohort.FIXTURE, "key")
        assert sub.comments and all("graded in compatibility mode" in (c.auto_comment or "") for c in sub.comments)
    assert run_status(course, cohort.FIXTURE)["key"]["mode"] == "compatibility"
    rows = flagged_submissions(course, [cohort.FIXTURE])
    assert {r["student"] for r in rows} == {"key", "blank"}
    assert all("graded in compatibility mode" in r["reasons"] for r in rows)
    assert "graded in compatibility mode" in (state_dir(course, cohort.FIXTURE) / "integrity.md").read_text()


def test_autograded_notebooks_are_numbered_like_one_kernel_run(graded):
    course, *_ = graded
    nb = nbformat.read(course / "autograded" / "key" / cohort.FIXTURE / f"{cohort.FIXTURE}.ipynb", as_version=4)
    counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))
