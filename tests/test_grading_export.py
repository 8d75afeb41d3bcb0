"""``servicepsych export``: per-question scores (long, wide) and Canvas/Moodle gradebooks.

Numbers are checked against the known answers of the fixture learners
(grading_fixture.EXPECTED), graded by the real ``nbgrader autograde`` — so the
per-question exports are shown to work for a course graded by plain nbgrader.
The Canvas and Moodle files are not only checked for column names: they are read
by :func:`canvas_import` and :func:`moodle_import`, small re-implementations of the
importers' own rules, against a made-up LMS roster, and every learner must land on
the right person with the right number, and nothing may clear a grade.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import grading_fixture as F
from servicepsych.grading import export

pytestmark = pytest.mark.slow  # builds and autogrades a real nbgrader course once per run


# ------------------------------------------------------------------ the importers' rules, as small validators
class ImportAborted(Exception):
    """The LMS would refuse the whole file."""


def ruby_to_i(text: str) -> int:
    """Ruby's ``String#to_i``: the leading integer, else 0 (``"12ab".to_i == 12``, ``"u-7".to_i == 0``)."""
    m = re.match(r"\s*([-+]?\d+)", text)
    return int(m.group(1)) if m else 0


CANVAS_NON_ASSIGNMENT = ("Current Score", "Current Points", "Current Grade", "Final Score", "Final Points",
                         "Final Grade", "Override Score", "Override Grade", "Override Status")


def canvas_import(path: Path, users: list[dict], assignments: dict[int, str]) -> dict:
    """What Canvas's ``GradebookImporter`` (instructure/canvas-lms, app/models/gradebook_importer.rb) makes of a file.

    ``users``: the course's learners, each ``{"id": int, "name", "sortable_name", "sis_user_id", "login_id"}``;
    ``assignments``: existing assignments ``{id: title}``. Returns ``{"grades": {user id: {assignment: grade}},
    "new_users": [...], "new_assignments": [...], "cleared": [...]}``; raises :class:`ImportAborted` where
    Canvas reports "Invalid header row".
    """
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[:3]  # identify_delimiter: the separator giving a consistent field count wins

    def consistent(sep):
        counts = {len(next(csv.reader([line], delimiter=sep))) for line in first}
        return counts.pop() if len(counts) == 1 else 0

    assert not consistent(";") > consistent(","), "Canvas would read this file as semicolon-separated"
    rows = [r for r in csv.reader(text.splitlines()) if not re.fullmatch(r"[;, ]*", ",".join(r))]
    header = rows[0]
    if not (len(header) > 3 and "Student" in header[0] and "ID" in header[1]):  # row_has_student_headers?
        raise ImportAborted("Invalid header row")
    sis_col = login_col = None
    ncols = 3  # update_column_count
    if re.search(r"SIS\s+Login\s+ID", header[2]):
        login_col, ncols = 2, 4
    elif re.search(r"SIS\s+User\s+ID", header[2]) and re.search(r"SIS\s+Login\s+ID", header[3]):
        sis_col, login_col, ncols = 2, 3, 5
    if "Section" not in header[ncols - 1]:  # last_student_info_column must be Section
        raise ImportAborted("Invalid header row")
    columns = {}
    out = {"grades": {}, "new_users": [], "new_assignments": [], "cleared": []}
    for index, head in enumerate(header[ncols:], start=ncols):
        if any(word in head for word in CANVAS_NON_ASSIGNMENT):  # strip_non_assignment_columns
            continue
        m = re.fullmatch(r"(.*)\s\((\d+)\)", head)  # Assignment.title_and_id
        found = int(m.group(2)) if m and int(m.group(2)) in assignments else None
        if found is None:  # backward compat: an existing assignment of exactly this title
            found = next((i for i, t in assignments.items() if t == head), None)
        if found is None:
            out["new_assignments"].append(m.group(1) if m else head)
            found = f"new:{head}"
        columns[index] = found
    by_id = {u["id"]: u for u in users}
    for row in rows[1:]:
        if "Points Possible" in row[0]:
            continue
        if all(re.fullmatch(r"\s*(Muted|Manual Posting.*)?\s*", c, re.I) for c in row):
            continue
        user = by_id.get(ruby_to_i(row[1])) if row[1].strip() else None  # process_student: ID first
        if user is None and sis_col is not None and row[sis_col].strip():
            user = next((u for u in users if u["sis_user_id"] == row[sis_col]), None)
        if user is None and login_col is not None and row[login_col].strip():
            user = next((u for u in users if u["login_id"] == row[login_col]), None)
        if user is None:
            user = next((u for u in users if row[0] in (u["name"], u["sortable_name"])), None)
        if user is None:
            out["new_users"].append(row[0])
            continue
        for index, assignment in columns.items():
            grade = row[index].strip()
            if grade in ("", "-"):  # no_score?: a blank replaces an existing grade with none
                out["cleared"].append((user["id"], assignment))
            out["grades"].setdefault(user["id"], {})[assignment] = grade
    return out


def moodle_import(path: Path, users: list[dict], user_column: str, user_field: str, items: dict[str, int]) -> dict:
    """What Moodle's ``gradeimport_csv_load_data::prepare_import_grade_data`` (moodle/moodle,
    grade/import/csv/classes/load_data.php) makes of a file, with ``user_column`` mapped to ``user_field``
    (``id``, ``idnumber``, ``email`` or ``username``) and each column in ``items`` mapped to a grade item.

    Returns ``{"grades": {username: {item id: float}}, "cleared": [...]}``; raises :class:`ImportAborted`
    where Moodle aborts the whole import (a blank or unknown user, a non-numeric grade).
    """
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = [h.strip() for h in rows[0]]
    ucol = header.index(user_column)
    out = {"grades": {}, "cleared": []}
    for line in rows[1:]:
        if len(line) <= 1:  # "There is no data on this line, move on."
            continue
        value = line[ucol].strip()
        matches = [u for u in users if value and str(u[user_field]) == value]
        if len(matches) != 1:  # check_user_exists; or a blank user cell: usermappingerrorusernotfound
            raise ImportAborted(f"user not found: {user_field} {value!r} — the whole import is aborted")
        user = matches[0]
        for column, item in items.items():
            grade = line[header.index(column)].strip()
            if grade == "" or grade == "-":  # "No grade": clears the existing grade
                out["cleared"].append((user["username"], item))
                continue
            try:
                number = float(grade)  # unformat_float, with the decimal point
            except ValueError:
                raise ImportAborted(f"badgrade: {grade!r}") from None
            out["grades"].setdefault(user["username"], {})[item] = number
    return out


# a made-up LMS on the other side: Canvas user ids 1001/1002 (nbgrader's lms_user_id), logins = nbgrader ids
CANVAS_USERS = [
    {"id": 1001, "name": "Ana Lima", "sortable_name": "Lima, Ana", "sis_user_id": "S-ana", "login_id": "ana"},
    {"id": 1002, "name": "Ben Okafor", "sortable_name": "Okafor, Ben", "sis_user_id": "S-ben", "login_id": "ben"},
    {"id": 1003, "name": "Chen Wei", "sortable_name": "Wei, Chen", "sis_user_id": "S-chen", "login_id": "chen"},
    {"id": 12, "name": "Someone Else", "sortable_name": "Else, Someone", "sis_user_id": "S-x", "login_id": "x"},
    {"id": 1004, "name": "dora", "sortable_name": "dora", "sis_user_id": "S-dora", "login_id": "dora"},
]
MOODLE_USERS = [{"id": 7, "username": "ana", "email": "ana@example.org", "idnumber": "1001"},
                {"id": 8, "username": "ben", "email": "ben@example.org", "idnumber": "1002"},
                {"id": 9, "username": "chen", "email": "chen@example.org", "idnumber": ""},
                {"id": 10, "username": "dora", "email": "", "idnumber": ""}]


def run_export(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    export.add_parser(parser.add_subparsers())
    return export.run(parser.parse_args(["export", *argv]))


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def course(tmp_path_factory, tmp_path) -> Path:
    return F.plain_course(tmp_path_factory, tmp_path / "course")


def expected_score(assignment: str, student: str, grade_id: str) -> float:
    if grade_id == "explain_anchor":
        return F.MANUAL.get(student, 0.0)
    return F.EXPECTED[assignment][student][grade_id]


def total(assignment: str, student: str) -> float:
    return sum(expected_score(assignment, student, g) for g in F.POINTS[assignment])


def set_late_penalty(course: Path, assignment: str, student: str, penalty: float) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        gb.find_submission_notebook(assignment, assignment, student).late_submission_penalty = penalty
        gb.db.commit()


def grade_written_answers(course: Path) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student in ("chen", "dora"):
            grade = gb.find_grade("explain_anchor", "01_anchoring", "01_anchoring", student)
            grade.manual_score, grade.needs_manual_grade = 0.0, False
        gb.db.commit()


# ------------------------------------------------------------------ per-question tables
def test_long_table_has_every_graded_cell_with_its_score(course, capsys):
    assert run_export("--all", "--course", str(course)) == 1  # 01_anchoring has ungraded written answers
    out = course / "exports" / "all"
    assert str(out / "scores_long.csv") in capsys.readouterr().out
    rows = read_csv(out / "scores_long.csv")
    n_cells = sum(len(points) for points in F.POINTS.values())
    assert len(rows) == len(F.STUDENTS) * n_cells
    for row in rows:
        a, s, g = row["assignment"], row["student"], row["grade_id"]
        assert float(row["score"]) == expected_score(a, s, g), (a, s, g)
        assert float(row["points"]) == F.POINTS[a][g]
        assert row["concept"] == a.split("_", 1)[1]
        assert row["kind"] == ("task" if g == "explain_anchor" else "autograded")
        assert row["withheld"] == "False"
        if row["kind"] == "autograded":
            assert row["passed"] == str(expected_score(a, s, g) == F.POINTS[a][g])
            assert (row["message"] == "") == (row["passed"] == "True")
        else:
            assert row["needs_manual_grade"] == str(s not in F.MANUAL)
    # cells come in notebook order within each submission
    ana = [r["grade_id"] for r in rows if r["student"] == "ana" and r["assignment"] == "01_anchoring"]
    assert ana == list(F.POINTS["01_anchoring"])
    chen = {r["grade_id"]: r["message"] for r in rows if r["student"] == "chen"}
    assert chen["test_anchor_gap"] == "AssertionError: anchor_gap must be a float, e.g. 40.0"


def test_wide_table_one_row_per_student_with_penalties_and_totals(course):
    set_late_penalty(course, "02_framing", "ana", 2.0)
    assert run_export("01_anchoring", "02_framing", "--course", str(course), "--out", str(course / "x")) == 1
    rows = {r["student"]: r for r in read_csv(course / "x" / "scores_wide.csv")}
    assert set(rows) == set(F.STUDENTS)
    header = list(next(iter(rows.values())))
    questions = [f"{a}:{g}" for a, points in F.POINTS.items() for g in points]
    assert header == ["student", "last_name", "first_name", *questions, "01_anchoring late penalty", "01_anchoring total",
                      "02_framing late penalty", "02_framing total", "total"]
    for student, row in rows.items():
        grand = 0.0
        for a, points in F.POINTS.items():
            penalty = 2.0 if (a, student) == ("02_framing", "ana") else 0.0
            assert float(row[f"{a} late penalty"]) == penalty
            assert float(row[f"{a} total"]) == total(a, student) - penalty
            for g in points:
                assert float(row[f"{a}:{g}"]) == expected_score(a, student, g)
            grand += total(a, student) - penalty
        assert float(row["total"]) == grand


# ------------------------------------------------------------------ Canvas
def test_canvas_file_imports_onto_the_right_learners(course):
    assert run_export("02_framing", "--course", str(course), "--canvas-id", "02_framing=4242",
                      "--section", "Shift A") == 0
    path = course / "exports" / "02_framing" / "canvas_02_framing.csv"
    table = list(csv.reader(path.open(encoding="utf-8")))
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "02_framing (4242)"]
    assert table[1][0] == "Points Possible" and table[1][5] == "5"
    result = canvas_import(path, CANVAS_USERS, {4242: "Framing (renamed in Canvas)"})
    assert result["new_users"] == [] and result["new_assignments"] == [] and result["cleared"] == []
    by_login = {u["id"]: u["login_id"] for u in CANVAS_USERS}
    got = {by_login[uid]: float(g[4242]) for uid, g in result["grades"].items()}
    assert got == {s: total("02_framing", s) for s in F.STUDENTS}
    assert all(row[1] == "" for row in table[2:])  # no ID unless asked: an opaque id could match the wrong person


def test_canvas_plain_title_updates_the_assignment_of_that_title(course):
    assert run_export("02_framing", "--course", str(course)) == 0
    path = course / "exports" / "02_framing" / "canvas_02_framing.csv"
    assert canvas_import(path, CANVAS_USERS, {77: "02_framing"})["new_assignments"] == []
    assert canvas_import(path, CANVAS_USERS, {77: "Framing"})["new_assignments"] == ["02_framing"]


def test_canvas_key_choices(course, capsys):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:  # an opaque LTI id: "12ab".to_i is user 12
        gb.update_or_create_student("ben", lms_user_id="12ab")
    out = course / "k"
    assert run_export("02_framing", "--course", str(course), "--out", str(out), "--canvas-key", "id") == 1
    err = capsys.readouterr().err
    assert "ben" in err and "chen" in err and "not a number" in err
    table = list(csv.reader((out / "canvas_02_framing.csv").open(encoding="utf-8")))
    assert {row[1] for row in table[2:]} == {"1001"}  # only ana has a numeric Canvas id
    result = canvas_import(out / "canvas_02_framing.csv", CANVAS_USERS, {})
    assert set(result["grades"]) == {1001} and 12 not in result["grades"]
    assert run_export("02_framing", "--course", str(course), "--out", str(out), "--canvas-key", "sis_user_id") == 0
    table = list(csv.reader((out / "canvas_02_framing.csv").open(encoding="utf-8")))
    assert [row[2] for row in table[2:]] == sorted(F.STUDENTS) and all(row[3] == "" for row in table[2:])
    sis_users = [dict(u, sis_user_id=u["login_id"], login_id="") for u in CANVAS_USERS]
    assert len(canvas_import(out / "canvas_02_framing.csv", sis_users, {})["grades"]) == len(F.STUDENTS)


def test_non_submitters_are_left_out_not_blank(course):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        gb.update_or_create_student("eve", first_name="Eve", last_name="Ng", lms_user_id="1005")
    assert run_export("--all", "--course", str(course), "--provisional") == 1
    out = course / "exports" / "all"
    wide = {r["student"]: r for r in read_csv(out / "scores_wide.csv")}
    assert {v for k, v in wide["eve"].items() if k not in ("last_name", "first_name")} == {"eve", ""}
    assert "eve" not in {r["student"] for r in read_csv(out / "scores_long.csv")}
    assert "eve" not in {r["SIS Login ID"] for r in read_csv(out / "canvas_02_framing.csv")}
    assert "eve" not in {r["Username"] for r in read_csv(out / "moodle_02_framing.csv")}


# ------------------------------------------------------------------ unfinished grading
def test_unfinished_grading_refuses_the_lms_files_and_names_who_blocks(course, capsys):
    out = course / "exports" / "01_anchoring"
    assert run_export("01_anchoring", "--course", str(course)) == 1
    err = capsys.readouterr().err
    assert "NOT written" in err and "chen: 1 written answer(s) not graded yet (explain_anchor)" in err
    assert "dora:" in err and "ana:" not in err
    assert not (out / "canvas_01_anchoring.csv").exists() and not (out / "moodle_01_anchoring.csv").exists()
    blocked = read_csv(out / "blocked.csv")
    assert {r["student"] for r in blocked} == {"chen", "dora"}
    # provisional: clearly named, and the blocked learners are left out rather than given 0
    assert run_export("01_anchoring", "--course", str(course), "--provisional") == 1
    assert "PROVISIONAL" in capsys.readouterr().out
    canvas = read_csv(out / "canvas_01_anchoring_PROVISIONAL.csv")
    assert {r["SIS Login ID"] for r in canvas[1:]} == {"ana", "ben"}
    moodle = moodle_import(out / "moodle_01_anchoring_PROVISIONAL.csv", MOODLE_USERS, "Username", "username",
                           {"01_anchoring": 1})
    assert moodle["grades"] == {s: {1: total("01_anchoring", s)} for s in ("ana", "ben")}
    # once the written answers are graded, the real files are written and the provisional ones are not needed
    grade_written_answers(course)
    assert run_export("01_anchoring", "--course", str(course)) == 0
    result = canvas_import(out / "canvas_01_anchoring.csv", CANVAS_USERS, {})
    assert len(result["grades"]) == len(F.STUDENTS) and result["cleared"] == []


def test_withheld_points_block_the_export(course, capsys):
    results = course / "grading_runs" / "02_framing" / "results"
    results.mkdir(parents=True)
    (results / "chen.json").write_text(json.dumps({
        "student": "chen", "assignment": "02_framing", "status": "graded", "error": None, "score": 2,
        "max_score": 5, "duration_s": 2.5, "flags": [],
        "cells": [{"notebook": "02_framing", "grade_id": "test_survival_share", "kind": "autograded",
                   "points": 2, "score": 2, "passed": True, "message": "", "withheld": True},
                  {"notebook": "02_framing", "grade_id": "test_preferred_frame", "kind": "autograded",
                   "points": 3, "score": 0, "passed": False, "message": "AssertionError: from the runner",
                   "withheld": False}]}))
    assert run_export("02_framing", "--course", str(course)) == 1
    assert "chen: 2 point(s) withheld for review (test_survival_share)" in capsys.readouterr().err
    rows = {(r["student"], r["grade_id"]): r for r in read_csv(course / "exports" / "02_framing" / "scores_long.csv")}
    assert rows[("chen", "test_survival_share")]["withheld"] == "True"
    assert rows[("chen", "test_preferred_frame")]["message"] == "AssertionError: from the runner"
    # learners without results JSON still get their messages from the autograded notebook
    assert rows[("ben", "test_survival_share")]["message"].startswith("AssertionError: survival_share")
    assert rows[("ben", "test_survival_share")]["withheld"] == "False"


# ------------------------------------------------------------------ Moodle
def test_moodle_file_imports_with_each_key_and_never_clears(course, capsys):
    out = course / "m"
    assert run_export("02_framing", "--course", str(course), "--out", str(out)) == 0
    path = out / "moodle_02_framing.csv"
    assert read_csv(path)[0].keys() == {"Username", "ID number", "Email address", "First name", "Last name",
                                        "02_framing"}
    result = moodle_import(path, MOODLE_USERS, "Username", "username", {"02_framing": 5})
    assert result["cleared"] == []
    assert result["grades"] == {s: {5: total("02_framing", s)} for s in F.STUDENTS}
    # by email: dora has none, so she is left out (a blank user cell would abort the whole import)
    assert run_export("02_framing", "--course", str(course), "--out", str(out), "--moodle-key", "email") == 1
    assert "dora: moodle: no email address" in capsys.readouterr().err
    result = moodle_import(path, MOODLE_USERS, "Email address", "email", {"02_framing": 5})
    assert set(result["grades"]) == {"ana", "ben", "chen"}
    # the validator does refuse what Moodle refuses
    bad = out / "bad.csv"
    bad.write_text("Username,02_framing\nana,3\nzoe,2\n")
    with pytest.raises(ImportAborted):
        moodle_import(bad, MOODLE_USERS, "Username", "username", {"02_framing": 5})


def test_totals_subtract_late_penalties_as_nbgrader_export_does(course):
    set_late_penalty(course, "02_framing", "ana", 2.0)
    set_late_penalty(course, "02_framing", "ben", 9.0)  # more than the score: nbgrader's export floors at 0
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "nbgrader", "export", "--to", "nb_export.csv"], cwd=course, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    theirs = {r["student_id"]: float(r["score"]) for r in read_csv(course / "nb_export.csv")
              if r["assignment"] == "02_framing"}
    assert theirs["ana"] == total("02_framing", "ana") - 2 and theirs["ben"] == 0
    assert run_export("02_framing", "--course", str(course)) == 0
    out = course / "exports" / "02_framing"
    canvas = canvas_import(out / "canvas_02_framing.csv", CANVAS_USERS, {})
    by_login = {u["id"]: u["login_id"] for u in CANVAS_USERS}
    assert {by_login[u]: float(next(iter(g.values()))) for u, g in canvas["grades"].items()} == theirs
    moodle = moodle_import(out / "moodle_02_framing.csv", MOODLE_USERS, "Username", "username", {"02_framing": 5})
    assert {u: g[5] for u, g in moodle["grades"].items()} == theirs


def test_clear_errors(course, tmp_path, capsys):
    assert run_export("--course", str(course)) == 2
    assert "--all" in capsys.readouterr().err
    assert run_export("01_anchoring", "--all", "--course", str(course)) == 2
    assert "not both" in capsys.readouterr().err
    assert run_export("03_nothing", "--course", str(course)) == 2
    err = capsys.readouterr().err
    assert "03_nothing" in err and "01_anchoring, 02_framing" in err
    assert run_export("--all", "--course", str(course), "--canvas-id", "01_anchoring") == 2
    assert "ASSIGNMENT=ID" in capsys.readouterr().err
    assert run_export("--all", "--course", str(course), "--canvas-id", "01_anchoring=abc") == 2
    assert "numeric" in capsys.readouterr().err
    assert run_export("--all", "--course", str(tmp_path)) == 2
    assert "nbgrader_config.py" in capsys.readouterr().err


def test_chinese_names_open_in_excel_and_import_into_the_lms(course):
    """Tables for people carry a UTF-8 BOM (Excel then shows 王 rather than mojibake); LMS files stay plain
    UTF-8 for their importers, and Chinese names change nothing about who gets which grade."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        chen = gb.find_student("chen")
        chen.first_name, chen.last_name = "伟", "陈"
        gb.db.commit()
    assert run_export("02_framing", "--course", str(course), "--moodle-key", "username") == 0
    out = course / "exports" / "02_framing"
    for name in ("scores_wide.csv", "scores_long.csv", "blocked.csv"):
        raw = (out / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), f"{name} has no byte-order mark: Excel would garble Chinese"
    wide = {r["student"]: r for r in read_csv(out / "scores_wide.csv")}
    assert (wide["chen"]["last_name"], wide["chen"]["first_name"]) == ("陈", "伟")
    assert float(wide["chen"]["total"]) == pytest.approx(total("02_framing", "chen"))
    for name in ("canvas_02_framing.csv", "moodle_02_framing.csv"):
        assert not (out / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    canvas = list(csv.reader((out / "canvas_02_framing.csv").open(encoding="utf-8")))
    assert any("陈" in row[0] for row in canvas[2:]), canvas
    users = [dict(u, name="陈伟", sortable_name="陈, 伟") if u["login_id"] == "chen" else u for u in CANVAS_USERS]
    result = canvas_import(out / "canvas_02_framing.csv", users, {})
    assert result["new_users"] == []
    moodle_rows = read_csv(out / "moodle_02_framing.csv")
    assert {(r["Last name"], r["First name"]) for r in moodle_rows if r["Username"] == "chen"} == {("陈", "伟")}
    moodle = moodle_import(out / "moodle_02_framing.csv", MOODLE_USERS, "Username", "username", {"02_framing": 1})
    assert moodle["grades"]["chen"][1] == pytest.approx(total("02_framing", "chen"))
