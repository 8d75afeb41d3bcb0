"""Scoring an executed notebook with nbgrader's rules, in the trusted parent.

A test cell scores its full points when it produced no error and no stderr
output (``nbgrader.utils.determine_grade``); manually graded answers and tasks
wait for an assessor. Flagged submissions have every autograded point withheld.
"""

from __future__ import annotations

from .gradebook import NotebookSpec

__all__ = ["merge_outputs", "score_notebook"]


def merge_outputs(nb, executed: list) -> None:
    """Put the driver's outputs back into the prepared notebook, then apply nbgrader's ``LimitOutput``."""
    from nbformat import from_dict
    from nbgrader.preprocessors import LimitOutput

    for cell, run in zip(nb.cells, executed):
        if cell.cell_type == "code" and run:
            cell.outputs = [from_dict(o) for o in run.get("outputs", [])]
            cell.execution_count = run.get("execution_count")
    limiter = LimitOutput()
    for i, cell in enumerate(nb.cells):
        limiter.preprocess_cell(cell, {}, i)


def _message(cell) -> str:
    for out in cell.get("outputs", []):
        if out.output_type == "error":
            return f"{out.ename}: {out.evalue}".strip()
    for out in cell.get("outputs", []):
        if out.output_type == "stream" and out.name == "stderr":
            return "the test wrote to stderr: " + out.text.strip().splitlines()[-1][:300] if out.text.strip() else ""
    return ""


def score_notebook(nb, spec: NotebookSpec, deleted: set, error: str | None = None):
    """Per-cell results, gradebook rows and comments for one notebook.

    Returns
    -------
    (cells, grades, comments)
        ``cells`` in the results schema; ``grades`` as ``(notebook, grade_id,
        auto_score, needs_review)``; ``comments`` as ``(notebook, grade_id, text)``.
    """
    from nbgrader import utils

    cells, grades, comments = [], [], []
    by_id = {}
    if nb is not None:
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                by_id[gid] = cell
    for gid, sc in spec.cells.items():
        if not (sc.grade or sc.task):
            if sc.solution and gid in by_id and error is None:
                cell = by_id[gid]
                untouched = cell.metadata.nbgrader.get("checksum") == utils.compute_checksum(cell)
                comments.append((spec.name, gid, "No response." if untouched else None))
            continue
        kind = "task" if sc.task else ("manual" if sc.solution or sc.cell_type != "code" else "autograded")
        entry = {"notebook": spec.name, "grade_id": gid, "kind": kind, "points": float(sc.points),
                 "score": None, "passed": None, "message": "", "withheld": False}
        cell = by_id.get(gid)
        if kind == "autograded":
            if error is not None:
                entry.update(score=0.0, passed=False, message=error)
            elif cell is None or gid in deleted:
                entry.update(score=0.0, passed=False, message="the test cell was deleted from the submission")
            else:
                score, _ = utils.determine_grade(cell)
                entry.update(score=float(score), passed=float(score) >= float(sc.points),
                             message=_message(cell))
            grades.append((spec.name, gid, entry["score"], error is not None))
        else:
            auto = None
            if kind == "manual" and cell is not None and error is None:
                auto, _ = utils.determine_grade(cell)  # 0 for an untouched answer, else None
                entry["score"] = None if auto is None else float(auto)
            grades.append((spec.name, gid, auto, auto is None))
            if cell is not None and error is None:
                untouched = kind != "task" and cell.metadata.nbgrader.get("checksum") == utils.compute_checksum(cell)
                comments.append((spec.name, gid, "No response." if untouched else None))
        cells.append(entry)
    return cells, grades, comments
