"""``servicepsych export``: per-question scores (long, wide) and Canvas/Moodle gradebooks.

Numbers are checked against the known answers of the fixture learners
(grading_fixture.EXPECTED), graded by the real ``nbgrader autograde``.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

import pytest

import grading_fixture as F
from servicepsych.grading import export

pytestmark = pytest.mark.slow  # builds and autogrades a real nbgrader course once per run


def run_export(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    export.add_parser(parser.add_subparsers())
    return export.run(parser.parse_args(["export", *argv]))


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture
def course(tmp_path_factory, tmp_path) -> Path:
    return F.plain_course(tmp_path_factory, tmp_path / "course")


def expected_score(assignment: str, student: str, grade_id: str) -> float:
    if grade_id == "explain_anchor":
        return F.MANUAL.get(student, 0.0)
    return F.EXPECTED[assignment][student][grade_id]


def test_long_table_has_every_graded_cell_with_its_score(course, capsys):
    assert run_export("--all", "--course", str(course)) == 0
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


def test_wide_table_one_row_per_student_with_totals(course):
    assert run_export("01_anchoring", "02_framing", "--course", str(course), "--out", str(course / "x")) == 0
    rows = {r["student"]: r for r in read_csv(course / "x" / "scores_wide.csv")}
    assert set(rows) == set(F.STUDENTS)
    header = list(next(iter(rows.values())))
    questions = [f"{a}:{g}" for a, points in F.POINTS.items() for g in points]
    assert header == ["student", *questions, "01_anchoring total", "02_framing total", "total"]
    for student, row in rows.items():
        grand = 0.0
        for a, points in F.POINTS.items():
            total = sum(expected_score(a, student, g) for g in points)
            assert float(row[f"{a} total"]) == total
            for g in points:
                assert float(row[f"{a}:{g}"]) == expected_score(a, student, g)
            grand += total
        assert float(row["total"]) == grand


def test_canvas_gradebook_matches_the_import_format(course):
    assert run_export("--all", "--course", str(course), "--canvas-id", "02_framing=4242", "--section", "Shift A") == 0
    with open(course / "exports" / "all" / "canvas_gradebook.csv", newline="", encoding="utf-8") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "01_anchoring",
                        "02_framing (4242)"]
    assert table[1][0].strip() == "Points Possible"
    assert table[1][5:] == [f"{sum(F.POINTS[a].values()):g}" for a in F.POINTS]
    rows = {r[3]: r for r in table[2:]}
    assert set(rows) == set(F.STUDENTS)
    for student, info in F.STUDENTS.items():
        row = rows[student]
        if info["first_name"]:
            assert row[0] == f"{info['last_name']}, {info['first_name']}"
        else:
            assert row[0] == student
        assert row[1] == (info["lms_user_id"] or "")
        assert row[4] == "Shift A"
        for value, a in zip(row[5:], F.POINTS):
            assert float(value) == sum(expected_score(a, student, g) for g in F.POINTS[a])


def test_moodle_grades_have_an_identifier_and_one_column_per_item(course):
    assert run_export("01_anchoring", "--course", str(course)) == 0
    rows = read_csv(course / "exports" / "01_anchoring" / "moodle_grades.csv")
    assert list(rows[0]) == ["Username", "Email address", "First name", "Last name", "01_anchoring"]
    for row in rows:
        info = F.STUDENTS[row["Username"]]
        assert row["Email address"] == (info["email"] or "")
        total = sum(expected_score("01_anchoring", row["Username"], g) for g in F.POINTS["01_anchoring"])
        assert float(row["01_anchoring"]) == total


def test_results_json_adds_withheld_marks_and_messages(course):
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
    assert run_export("02_framing", "--course", str(course)) == 0
    rows = {(r["student"], r["grade_id"]): r for r in read_csv(course / "exports" / "02_framing" / "scores_long.csv")}
    assert rows[("chen", "test_survival_share")]["withheld"] == "True"
    assert rows[("chen", "test_preferred_frame")]["message"] == "AssertionError: from the runner"
    # learners without results JSON still get their messages from the autograded notebook
    assert rows[("ben", "test_survival_share")]["message"].startswith("AssertionError: survival_share")
    assert rows[("ben", "test_survival_share")]["withheld"] == "False"


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
    assert run_export("--all", "--course", str(tmp_path)) == 2
    assert "nbgrader_config.py" in capsys.readouterr().err


def test_a_learner_without_submissions_gets_empty_cells(course):
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        gb.update_or_create_student("eve", first_name="Eve", last_name="Ng", lms_user_id="1005")
    assert run_export("--all", "--course", str(course)) == 0
    out = course / "exports" / "all"
    wide = {r["student"]: r for r in read_csv(out / "scores_wide.csv")}
    assert set(wide["eve"].values()) == {"eve", ""}
    canvas = {r["SIS Login ID"]: r for r in read_csv(out / "canvas_gradebook.csv")}
    assert canvas["eve"]["Student"] == "Ng, Eve" and canvas["eve"]["ID"] == "1005"
    assert canvas["eve"]["01_anchoring"] == "" and canvas["eve"]["02_framing"] == ""
    assert "eve" not in {r["student"] for r in read_csv(out / "scores_long.csv")}
