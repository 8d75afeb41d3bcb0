"""The scoring policy of ``servicepsych grade``, in one place.

* A test cell earns its points when it ran without an error and wrote nothing
  to stderr; a single number as its last result is partial credit, as
  ``nbgrader autograde`` reads it (``nbgrader.utils.get_partial_grade``) —
  except that a value nbgrader would refuse (more than the cell's points, an
  empty result) fails that cell only, for review, instead of stopping the run.
* A notebook that could not be graded (missing, unreadable, timed out,
  crashed) scores 0 on every autograded cell, each marked for review.
* A flag withholds the points of the cells it names, and only those: they are
  set to 0 and marked for review.
* Manually graded answers and tasks wait for an assessor (``score`` None),
  except an untouched answer cell, which scores 0 as under nbgrader.

Examples
--------
>>> test_cell_score({"error": None, "stderr": False, "result": None}, 2.0)
(2.0, True, '')
>>> test_cell_score({"error": {"ename": "AssertionError", "evalue": "no"}, "stderr": False, "result": None}, 2.0)
(0.0, False, 'AssertionError: no')
>>> test_cell_score({"error": None, "stderr": False, "result": "1.5"}, 2.0)
(1.5, False, 'partial credit: 1.5 of 2')
>>> test_cell_score({"error": None, "stderr": False, "result": "7"}, 2.0)[0:2]
(0.0, None)
"""

from __future__ import annotations

from ._results import CellResult, Flag, NotebookResult, SubmissionResult

__all__ = ["apply_flags", "finalize", "notebook_error", "test_cell_score"]


def _points_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def test_cell_score(verdict: dict, points: float) -> tuple[float, bool | None, str]:
    """``(score, passed, message)`` of one test cell from what running it produced.

    ``verdict`` holds ``error`` (``{"ename", "evalue"}`` or None), ``stderr``
    (whether the test wrote to stderr; its last line in ``stderr_text``) and
    ``result`` (the ``text/plain`` of the cell's last expression, or None).
    ``passed`` is None when the cell needs an assessor (a partial credit nbgrader refuses).
    """
    points = float(points)
    error = verdict.get("error")
    if error:
        name, value = str(error.get("ename", "Error"))[:200], str(error.get("evalue", "")).strip()[:500]
        return 0.0, False, f"{name}: {value}" if value else name
    if verdict.get("stderr"):
        last = str(verdict.get("stderr_text") or "").strip().splitlines()
        return 0.0, False, "the test wrote to stderr" + (f": {last[-1][:300]}" if last else "")
    result = verdict.get("result")
    if result is None:
        return points, True, ""
    text = str(result).strip()
    if not text:
        return 0.0, None, "the test's result is empty, which nbgrader cannot read as a score: review this cell"
    try:
        grade = float(text)
    except ValueError:
        return points, True, ""  # nbgrader: anything else is full credit
    if grade != grade or grade < 0:  # NaN or negative: nbgrader gives full credit
        return points, True, ""
    if grade > points:
        return 0.0, None, (f"the test's result {text[:40]} is more than the cell's {_points_text(points)} "
                           "points, which nbgrader refuses: review this cell")
    if grade >= points:
        return points, True, ""
    return grade, False, f"partial credit: {_points_text(grade)} of {_points_text(points)}"


def notebook_error(notebook: NotebookResult, message: str) -> None:
    """The notebook could not be graded: 0 on every autograded cell, each for review."""
    notebook.error = message
    for cell in notebook.cells:
        if cell.kind == "autograded":
            cell.score, cell.passed, cell.message, cell.needs_review = 0.0, False, message, True


def apply_flags(result: SubmissionResult) -> None:
    """Withhold the points of every cell a flag names (and only those)."""
    named = {c for f in result.flags for c in f.cells}
    for cell in result.cells:
        if cell.grade_id in named and cell.kind == "autograded":
            cell.withheld, cell.score, cell.needs_review = True, 0.0, True


def finalize(result: SubmissionResult) -> SubmissionResult:
    """Apply the flags and set the status; call once all notebooks are scored."""
    apply_flags(result)
    errors = [nb.error for nb in result.notebooks if nb.error]
    if errors:
        result.status, result.error = "error", "; ".join(errors)
    for cell in result.cells:
        if cell.kind == "autograded" and cell.passed is None and cell.score is not None:
            cell.needs_review = True
        if cell.kind != "autograded" and cell.score is None:
            cell.needs_review = True
    return result


def review_flag(cells: list, reason: str, detail: str) -> Flag:
    """A :class:`~servicepsych.grading._results.Flag` withholding ``cells``' points."""
    return Flag(reason, detail, sorted(set(cells)))


def gradebook_rows(result: SubmissionResult) -> list:
    """``(notebook, grade_id, auto_score, needs_manual_grade)`` of every graded cell, as nbgrader's
    ``SaveAutoGrades`` would store them (tasks have no automatic score)."""
    return [(c.notebook, c.grade_id, None if c.kind == "task" else c.score,
             bool(c.needs_review or c.score is None)) for c in result.cells]


_ = CellResult  # re-exported for the readers' type hints
