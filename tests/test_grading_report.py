"""``servicepsych report`` and ``cohort_report``: statistics recomputed here from the known scores."""

from __future__ import annotations

import argparse
import base64
import json
import re
from pathlib import Path

import numpy as np
import pytest

import grading_fixture as F
from servicepsych.grading import report
from servicepsych.grading.report import cohort_report

pytestmark = pytest.mark.slow  # builds and autogrades a real nbgrader course once per run


def run_report(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    report.add_parser(parser.add_subparsers())
    return report.run(parser.parse_args(["report", *argv]))


@pytest.fixture
def course(tmp_path_factory, tmp_path) -> Path:
    return F.plain_course(tmp_path_factory, tmp_path / "course")


def known(assignment: str, grade_id: str) -> dict[str, float]:
    """student -> score of one item, from the fixture's answers."""
    if grade_id == "explain_anchor":
        return {s: F.MANUAL.get(s, 0.0) for s in F.STUDENTS}
    return {s: float(F.EXPECTED[assignment][s][grade_id]) for s in F.STUDENTS}


def test_scores_and_item_statistics(course):
    r = cohort_report(course)
    assert r.assignments == ["01_anchoring", "02_framing"]
    students = sorted(F.STUDENTS)
    totals = {a: {s: sum(known(a, g)[s] for g in F.POINTS[a]) for s in students} for a in F.POINTS}
    for s in students:
        assert r.scores.loc[s, "total"] == sum(totals[a][s] for a in F.POINTS)
        assert r.scores.loc[s, "percent"] == pytest.approx(
            100 * sum(totals[a][s] for a in F.POINTS) / sum(sum(p.values()) for p in F.POINTS.values()))

    items = r.items.set_index("grade_id")
    assert list(items.index) == [g for a in F.POINTS for g in F.POINTS[a]]
    for a, points in F.POINTS.items():
        for g, pts in points.items():
            graded = [s for s in students if not (g == "explain_anchor" and s not in F.MANUAL)]
            x = np.array([known(a, g)[s] for s in graded])
            rest = np.array([totals[a][s] for s in graded]) - x
            assert items.loc[g, "n"] == len(graded)
            assert items.loc[g, "difficulty"] == pytest.approx(x.mean() / pts)
            if len(graded) >= 3 and x.std() > 0 and rest.std() > 0:
                assert items.loc[g, "discrimination"] == pytest.approx(np.corrcoef(x, rest)[0, 1])
            else:
                assert np.isnan(items.loc[g, "discrimination"])
    assert items.loc["explain_anchor", "ungraded"] == len(F.STUDENTS) - len(F.MANUAL)


def test_mastery_per_concept(course):
    r = cohort_report(course, mastery_threshold=0.6)
    assert list(r.mastery.columns) == ["anchoring", "framing"]
    shares = {}
    for a, points in F.POINTS.items():
        concept = a.split("_", 1)[1]
        for s in F.STUDENTS:
            share = sum(known(a, g)[s] for g in points) / sum(points.values())
            shares[(s, concept)] = share
            assert r.mastery.loc[s, concept] == pytest.approx(share)
        values = [shares[(s, concept)] for s in F.STUDENTS]
        assert r.mastery_cohort.loc[concept, "mean"] == pytest.approx(np.mean(values))
        assert r.mastery_cohort.loc[concept, "share_at_or_above_0.6"] == pytest.approx(
            np.mean([v >= 0.6 for v in values]))


def test_items_to_review_follow_the_thresholds(course):
    r = cohort_report(course, easy=0.45, hard=0.3, low_discrimination=0.5)
    reasons = dict(zip(r.review["grade_id"], r.review["reason"]))
    for item in r.items.itertuples():
        expect = []
        if item.difficulty > 0.45:
            expect.append("too easy")
        elif item.difficulty < 0.3:
            expect.append("too hard")
        if not np.isnan(item.discrimination):
            if item.discrimination < 0:
                expect.append("negative discrimination")
            elif item.discrimination < 0.5:
                expect.append("low discrimination")
        if item.ungraded:
            expect.append("await a manual grade")
        if expect:
            assert all(e in reasons[item.grade_id] for e in expect), (item.grade_id, reasons[item.grade_id])
        else:
            assert item.grade_id not in reasons
    # with these answers test_adjustment barely separates strong from weak learners
    assert "low discrimination" in reasons["test_adjustment"]


def test_flagged_from_integrity_json_or_results(course):
    runs = course / "grading_runs"
    (runs / "01_anchoring").mkdir(parents=True)
    (runs / "01_anchoring" / "integrity.json").write_text(json.dumps({
        "assignment": "01_anchoring", "generated": "2026-01-01T00:00:00Z",
        "flagged": [{"student": "ben", "reasons": ["identical to chen's answer cells", "submitted twice"],
                     "withheld_points": 2}]}))
    (runs / "02_framing" / "results").mkdir(parents=True)
    (runs / "02_framing" / "results" / "chen.json").write_text(json.dumps({
        "student": "chen", "assignment": "02_framing", "status": "graded", "error": None, "score": 2,
        "max_score": 5, "duration_s": 1.0,
        "cells": [{"notebook": "02_framing", "grade_id": "test_survival_share", "kind": "autograded",
                   "points": 2, "score": 0, "passed": False, "message": "", "withheld": True}],
        "flags": [{"reason": "tests overwritten", "detail": "", "cells": ["survival_share"]}]}))
    r = cohort_report(course)
    flagged = {(row.student, row.assignment): row for row in r.flagged.itertuples()}
    assert set(flagged) == {("ben", "01_anchoring"), ("chen", "02_framing")}
    assert flagged[("ben", "01_anchoring")].reasons == "identical to chen's answer cells; submitted twice"
    assert flagged[("ben", "01_anchoring")].withheld_points == 2
    assert flagged[("chen", "02_framing")].reasons == "tests overwritten"
    assert flagged[("chen", "02_framing")].withheld_points == 2
    page = r.to_html(course / "r.html").read_text(encoding="utf-8")
    assert "identical to chen&#x27;s answer cells; submitted twice" in page
    assert r.errors.empty and "Every submission was graded." in page


def test_submissions_that_could_not_be_graded_are_listed(course):
    results = course / "grading_runs" / "01_anchoring" / "results"
    results.mkdir(parents=True)
    (results / "dora.json").write_text(json.dumps({
        "student": "dora", "assignment": "01_anchoring", "status": "error",
        "error": "01_anchoring.ipynb: timed out after 300 s", "score": 0, "max_score": 6, "duration_s": 300,
        "cells": [], "flags": []}))
    r = cohort_report(course)
    assert r.errors.to_dict("records") == [
        {"student": "dora", "assignment": "01_anchoring", "error": "01_anchoring.ipynb: timed out after 300 s"}]
    assert "timed out after 300 s" in r.to_html(course / "r.html").read_text(encoding="utf-8")


def test_html_report_is_self_contained_with_plots_and_tables(course, capsys):
    assert run_report("--course", str(course)) == 0
    out = capsys.readouterr().out
    path = course / "reports" / "cohort_all.html"
    assert f"wrote {path}" in out
    page = path.read_text(encoding="utf-8")
    images = re.findall(r"src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(images) == 3  # distribution, mastery, items
    for data in images:
        assert base64.b64decode(data)[:8] == b"\x89PNG\r\n\x1a\n"
    assert not re.search(r"(src|href)=['\"]https?://", page), "the page must not load anything"
    for section in ("distribution", "mastery", "items", "review", "flagged", "students"):
        assert f"id='{section}'" in page
    assert "<table class='review'>" in page and "No submission was flagged." in page
    for student in F.STUDENTS:
        assert f"<td>{student}</td>" in page


def test_report_for_chosen_assignments_and_out_file(course, capsys):
    out = course / "elsewhere" / "anchoring.html"
    assert run_report("01_anchoring", "--course", str(course), "--out", str(out)) == 0
    assert out.is_file()
    assert "1 assignment(s)" in capsys.readouterr().out
    r = cohort_report(course, ["01_anchoring"])
    assert list(r.mastery.columns) == ["anchoring"]
    assert set(r.items["assignment"]) == {"01_anchoring"}


def test_clear_errors(course, tmp_path, capsys):
    assert run_report("07_missing", "--course", str(course)) == 2
    assert "07_missing" in capsys.readouterr().err
    with pytest.raises(ValueError, match="not in the gradebook"):
        cohort_report(course, ["07_missing"])
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "nbgrader_config.py").write_text("c = get_config()\n")
    assert run_report("--course", str(empty)) == 2
    assert "grade the assignment first" in capsys.readouterr().err
