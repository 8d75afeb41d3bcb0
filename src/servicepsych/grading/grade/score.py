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
    """Per-cell results and nbgrader's automatic comments for one notebook.

    ``nb`` is the executed notebook (``None`` when it could not be run, then
    ``error`` says why and every autograded cell scores 0).

    Returns
    -------
    (cells, comments)
        ``cells`` in the results schema (``score`` is ``None`` for what an
        assessor grades); ``comments`` as ``(notebook, grade_id, text)``.
    """
    from nbgrader import utils

    cells, comments = [], []
    by_id = {}
    if nb is not None:
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                by_id[gid] = cell
    order = {gid: i for i, gid in enumerate(by_id)}
    for gid, sc in sorted(spec.cells.items(), key=lambda item: order.get(item[0], len(order))):
        cell = by_id.get(gid)
        if cell is not None and (sc.solution or sc.task):  # "No response." for an untouched answer
            untouched = not sc.task and cell.metadata.nbgrader.get("checksum") == utils.compute_checksum(cell)
            comments.append((spec.name, gid, "No response." if untouched else None))
        if not (sc.grade or sc.task):
            continue
        kind = "task" if sc.task else ("manual" if sc.solution or sc.cell_type != "code" else "autograded")
        entry = {"notebook": spec.name, "grade_id": gid, "kind": kind, "points": float(sc.points),
                 "score": None, "passed": None, "message": "", "withheld": False}
        if kind == "autograded":
            if error is not None:
                entry.update(score=0.0, passed=False, message=error)
            elif cell is None or gid in deleted:
                entry.update(score=0.0, passed=False, message="the test cell was deleted from the submission")
            else:
                score, _ = utils.determine_grade(cell)
                entry.update(score=float(score), passed=float(score) >= float(sc.points), message=_message(cell))
        elif kind == "manual" and cell is not None:
            auto, _ = utils.determine_grade(cell)  # 0 for an untouched answer, else None: for the assessor
            entry["score"] = None if auto is None else float(auto)
        cells.append(entry)
    return cells, comments
