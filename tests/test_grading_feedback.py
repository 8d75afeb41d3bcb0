"""``servicepsych feedback``: test messages and scores for learners, never hidden test code.

Built on a real course graded by plain ``nbgrader autograde`` (see grading_fixture.py),
on ``servicepsych grade``-style results JSON written here, and on one of the course's
own assignments.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

import grading_fixture as F
from servicepsych.grading import learner_feedback as feedback
from servicepsych.grading.learner_feedback._preprocessors import HideTestCode, docstring

SECRET_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS", "BEGIN MARK SCHEME", "END MARK SCHEME")


def run_feedback(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    feedback.add_parser(parser.add_subparsers())
    return feedback.run(parser.parse_args(["feedback", *argv]))


@pytest.fixture
def course(tmp_path_factory, tmp_path) -> Path:
    return F.plain_course(tmp_path_factory, tmp_path / "course")


def hidden_lines(source_nb: Path) -> list[str]:
    """Every non-trivial line inside a hidden-test or mark-scheme region of the answer key."""
    nb = nbformat.read(source_nb, as_version=4)
    lines = []
    for cell in nb.cells:
        inside = False
        for line in cell.source.splitlines():
            if "BEGIN HIDDEN TESTS" in line or "BEGIN MARK SCHEME" in line:
                inside = True
            elif "END HIDDEN TESTS" in line or "END MARK SCHEME" in line:
                inside = False
            elif inside and len(line.strip()) > 10:
                lines.append(line.strip())
    assert lines, f"{source_nb} has no hidden region to check against"
    return lines


def visible_text(html_page: str) -> str:
    """The page's text without tags (code is split into highlighted spans)."""
    import html

    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", html_page)))


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.slow
def test_feedback_shows_messages_and_scores_but_no_hidden_code(course, capsys):
    assert run_feedback("--all", "--course", str(course), "--notebook") == 0
    assert "feedback for 4 learner(s)" in capsys.readouterr().out
    for assignment, learners in F.EXPECTED.items():
        secrets = hidden_lines(course / "source" / assignment / f"{assignment}.ipynb")
        for student, expected in learners.items():
            folder = course / "feedback" / student / assignment
            page = (folder / f"{assignment}.html").read_text(encoding="utf-8")
            text = visible_text(page)
            cleaned = nbformat.read(folder / f"{assignment}.ipynb", as_version=4)
            dump = json.dumps(cleaned)
            for marker in SECRET_MARKERS:
                assert marker not in page and marker not in dump, f"{student}/{assignment} shows {marker}"
            for line in secrets:
                # the assertion message of a failed hidden test may be shown; its code may not
                code = line.split(",")[0]
                assert squash(code) not in squash(text), f"{student}/{assignment} shows hidden code {code!r}"
                assert code not in dump
            assert "secret_hidden_check_value" not in page
            # every test cell's outputs are one-line messages, never tracebacks
            tests = [c for c in cleaned.cells if c.metadata.get("nbgrader", {}).get("grade_id") in expected]
            assert len(tests) == len(expected)
            for cell in tests:
                gid = cell.metadata["nbgrader"]["grade_id"]
                errors = [o for o in cell.outputs if o.output_type == "error"]
                if expected[gid] == F.POINTS[assignment][gid]:
                    assert not errors, f"{student} passed {gid} but the feedback shows an error"
                else:
                    assert len(errors) == 1 and errors[0].traceback == [f"{errors[0].ename}: {errors[0].evalue}"]
                    assert f"{errors[0].ename}: {errors[0].evalue}" in text
            # the summary table: each question's score out of its points
            summary = cleaned.cells[0]
            assert summary.metadata["servicepsych"]["summary"]
            total = sum(expected.values()) + (F.MANUAL.get(student, 0) if assignment == "01_anchoring" else 0)
            assert f"Score: {total:g} / {sum(F.POINTS[assignment].values()):g}" in summary.source
            for gid, score in expected.items():
                assert f"{score:g} / {F.POINTS[assignment][gid]:g}" in summary.source


@pytest.mark.slow
def test_written_task_shows_prompt_and_answer_not_mark_scheme(course):
    assert run_feedback("01_anchoring", "--course", str(course), "--student", "chen", "--student", "ana") == 0
    assert not (course / "feedback" / "ben").exists()
    chen = visible_text((course / "feedback" / "chen" / "01_anchoring" / "01_anchoring.html").read_text())
    ana = visible_text((course / "feedback" / "ana" / "01_anchoring" / "01_anchoring.html").read_text())
    for text in (chen, ana):
        assert "Explain in two sentences why the first price quoted matters." in text
        assert "SECRET RUBRIC" not in text
        assert "adjust too little" in text  # the learner's own answer
    assert "Awaiting your assessor's grade" in chen  # chen's task is not graded yet
    assert "Graded by your assessor" in ana


@pytest.mark.slow
def test_docstring_mode_shows_only_the_docstring(course):
    assert run_feedback("02_framing", "--course", str(course), "--notebook", "--test-code", "docstring") == 0
    nb = nbformat.read(course / "feedback" / "ben" / "02_framing" / "02_framing.ipynb", as_version=4)
    source_nb = F.framing_source()
    docs = {c.metadata["nbgrader"]["grade_id"]: docstring(c.source) for c in source_nb.cells
            if c.metadata["nbgrader"].get("grade")}
    shown = {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells
             if c.metadata.get("nbgrader", {}).get("grade")}
    assert shown == {gid: f'"""{doc}"""' for gid, doc in docs.items()}
    assert "AssertionError: survival_share is one minus the mortality share" in json.dumps(nb)


@pytest.mark.slow
def test_withheld_points_from_grade_results_are_explained(course):
    results = course / "grading_runs" / "01_anchoring" / "results"
    results.mkdir(parents=True)
    cells = [{"notebook": "01_anchoring", "grade_id": gid, "kind": "autograded", "points": pts, "score": 0,
              "passed": False, "message": "", "withheld": gid == "test_anchor_gap"}
             for gid, pts in F.POINTS["01_anchoring"].items()]
    (results / "ben.json").write_text(json.dumps({
        "student": "ben", "assignment": "01_anchoring", "status": "graded", "error": None, "score": 2,
        "max_score": 6, "duration_s": 1.0, "cells": cells,
        "flags": [{"reason": "identical to another submission", "detail": "", "cells": ["anchor_gap"]}]}))
    assert run_feedback("01_anchoring", "--course", str(course), "--notebook") == 0
    ben = nbformat.read(course / "feedback" / "ben" / "01_anchoring" / "01_anchoring.ipynb", as_version=4)
    row = [r for r in ben.cells[0].source.split("<tr>") if "#test_anchor_gap" in r]
    assert row and "withheld pending a review" in row[0]
    ana = nbformat.read(course / "feedback" / "ana" / "01_anchoring" / "01_anchoring.ipynb", as_version=4)
    assert "withheld" not in ana.cells[0].source


@pytest.mark.slow
def test_learner_text_that_looks_like_a_marker_does_not_break_feedback(course):
    path = course / "autograded" / "ana" / "02_framing" / "02_framing.ipynb"
    nb = nbformat.read(path, as_version=4)
    answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "survival_share")
    answer.source = "### BEGIN HIDDEN TESTS  (the learner typed this)\n" + answer.source
    nbformat.write(nb, path)
    assert run_feedback("02_framing", "--course", str(course), "--student", "ana") == 0
    assert "the learner typed this" in (course / "feedback" / "ana" / "02_framing" / "02_framing.html").read_text()


@pytest.mark.slow
def test_a_malformed_hidden_region_writes_nothing_for_that_learner(course, capsys):
    path = course / "autograded" / "ben" / "02_framing" / "02_framing.ipynb"
    nb = nbformat.read(path, as_version=4)
    test = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "test_survival_share")
    test.source = test.source.replace("### END HIDDEN TESTS", "")
    nbformat.write(nb, path)
    assert run_feedback("02_framing", "--course", str(course)) == 1
    assert "nothing was written" in capsys.readouterr().err
    assert not (course / "feedback" / "ben" / "02_framing" / "02_framing.html").exists()
    assert (course / "feedback" / "ana" / "02_framing" / "02_framing.html").exists()


@pytest.mark.slow
def test_clear_errors(course, tmp_path, capsys):
    assert run_feedback("99_nothing", "--course", str(course)) == 2
    err = capsys.readouterr().err
    assert "99_nothing" in err and "01_anchoring" in err
    assert run_feedback("--course", str(course)) == 2
    assert "--all" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "nbgrader_config.py").write_text("c = get_config()\n")
    assert run_feedback("--all", "--course", str(empty)) == 2
    assert "grade the assignment first" in capsys.readouterr().err
    with pytest.raises(ValueError, match="no autograded submission of 01_anchoring for zoe"):
        feedback.generate_feedback(course, "01_anchoring", ["zoe"])
    with pytest.raises(ValueError, match="'visible' or 'docstring'"):
        feedback.generate_feedback(course, "01_anchoring", test_code="all")


def test_hide_test_code_strips_tracebacks_that_quote_hidden_lines():
    """A traceback from a hidden test prints the hidden lines: only `Name: message` may remain."""
    cell = nbformat.v4.new_code_cell(
        '"""Checks x."""\nassert x > 0, "x must be positive"\n### BEGIN HIDDEN TESTS\n'
        'assert x == 3, "x is not the count"\n### END HIDDEN TESTS',
        metadata={"nbgrader": {"grade": True, "solution": False, "grade_id": "t", "points": 1, "locked": True}})
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="debug from a hidden test: expected 3"),
        nbformat.v4.new_output("error", ename="AssertionError", evalue="x is not the count",
                               traceback=["----> 4 assert x == 3, 'x is not the count'", "AssertionError"])]
    nb = nbformat.v4.new_notebook(cells=[cell])
    nb, _ = HideTestCode()(nb, {})
    assert nb.cells[0].source == '"""Checks x."""\nassert x > 0, "x must be positive"'
    assert [o.output_type for o in nb.cells[0].outputs] == ["error"]
    assert nb.cells[0].outputs[0].traceback == ["AssertionError: x is not the count"]
    assert nb.cells[0].metadata.nbgrader.description == "Checks x."


@pytest.mark.slow
def test_a_course_assignment_gets_safe_feedback(course_copy):
    """One of the course's own assignments, released, submitted (key and blank) and autograded."""
    from conftest import assignments

    names = assignments()
    if not names:
        pytest.skip("no assignment in course/source yet")
    name = names[0]
    F.nbgrader(course_copy, "generate_assignment", name, "--force")
    release = course_copy / "release" / name
    for student, folder in (("key", course_copy / "source" / name), ("blank", release)):
        dest = course_copy / "submitted" / student / name
        shutil.copytree(folder, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    F.nbgrader(course_copy, "autograde", name, "--force")
    assert run_feedback(name, "--course", str(course_copy), "--notebook") == 0
    for nb_path in sorted((course_copy / "source" / name).glob("*.ipynb")):
        released = (release / nb_path.name).read_text(encoding="utf-8")
        secrets = [line for line in hidden_lines(nb_path) if not line.startswith("#") and line not in released]
        for student in ("key", "blank"):
            folder = course_copy / "feedback" / student / name
            page = (folder / f"{nb_path.stem}.html").read_text(encoding="utf-8")
            dump = json.dumps(nbformat.read(folder / nb_path.name, as_version=4))
            text = squash(visible_text(page))
            for marker in SECRET_MARKERS:
                assert marker not in page and marker not in dump
            for line in secrets:
                assert squash(line) not in text, f"{student}: feedback shows hidden line {line!r}"
