"""Where ``servicepsych grade`` is stricter than ``nbgrader autograde``, said in the assessor's words.

The formgrader shows a comment box under each answer and written task (nbgrader keeps
comments for solution and task cells only), so :func:`explain_comments` adds, to the
automatic comment of the answer a withheld test checks (the nearest answer cell above
it), why its points are withheld and what nbgrader would have done; and, for a notebook
that could not be graded (missing, not a notebook, crashed, timed out), the reason on
every answer of that notebook. :func:`strictness_notes` gives the same sentences for the
integrity report. The full list of differences is in ``docs/assessor_grade.md``
("Differences from nbgrader autograde").
"""

from __future__ import annotations

from .._results import FLAG_REASONS

__all__ = ["NBGRADER_WOULD", "explain_comments", "strictness_notes"]

NBGRADER_WOULD = {
    "locked_cell_edited": "nbgrader would also restore the cell, but would not tell you it was edited",
    "metadata_edited": "nbgrader would restore the metadata and grade the cell without telling you",
    "cell_deleted": "nbgrader would give the deleted test 0 points without telling you",
    "not_plain_value": "nbgrader would run the test on the object as it is, so an object built to pass "
                       "a test could earn the points",
}
MISSING = "was not submitted"


def _error_sentence(error: str) -> str:
    would = ("nbgrader would give it 0 points without asking for a review" if MISSING in error
             else "nbgrader would stop grading this submission, or grade what ran")
    return (f"Not graded automatically: {error}. Its autograded parts score 0 and are marked for your review "
            f"({would}).")


def _withheld_sentence(grade_id: str, flags: list) -> str:
    reasons = [f for f in flags if grade_id in f.cells]
    why = "; ".join(f"{FLAG_REASONS.get(f.reason, f.reason)} ({f.detail})" for f in reasons) or "flagged for review"
    would = "; ".join(dict.fromkeys(NBGRADER_WOULD.get(f.reason, "") for f in reasons if f.reason in NBGRADER_WOULD))
    text = f"Points of {grade_id} withheld for your review: {why}."
    return f"{text} ({would}.)" if would else text


def _owner(order: list, grade_id: str, commentable: set) -> str | None:
    """The commentable cell the formgrader shows nearest above ``grade_id`` (itself when it has a comment box)."""
    if grade_id in commentable:
        return grade_id
    if grade_id in order:
        for gid in reversed(order[: order.index(grade_id)]):
            if gid in commentable:
                return gid
    return next((g for g in order if g in commentable), None)


def explain_comments(comments: list, result, orders: dict) -> list:
    """``comments`` ((notebook, grade_id, text)) with the explanations added.

    ``orders``: ``{notebook: [grade_id, ...]}`` in the notebook's cell order.
    """
    extra: dict = {}
    commentable: dict = {}
    for nb, gid, _ in comments:
        commentable.setdefault(nb, set()).add(gid)
    for nbres in result.notebooks:
        mine = commentable.get(nbres.name, set())
        if nbres.error:
            for gid in mine:
                extra.setdefault((nbres.name, gid), []).append(_error_sentence(nbres.error))
            continue
        for cell in nbres.cells:
            if cell.withheld:
                owner = _owner(orders.get(nbres.name, []), cell.grade_id, mine)
                if owner is not None:
                    extra.setdefault((nbres.name, owner), []).append(_withheld_sentence(cell.grade_id, result.flags))
    out = []
    for nb, gid, text in comments:
        parts = ([text] if text else []) + extra.get((nb, gid), [])
        out.append((nb, gid, " ".join(parts) if parts else None))
    return out


def strictness_notes(result) -> list[str]:
    """The same explanations, one line each, for the integrity report."""
    notes = [f"{nb.name}.ipynb: {_error_sentence(nb.error)}" for nb in result.notebooks if nb.error]
    for nbres in result.notebooks:
        notes += [_withheld_sentence(c.grade_id, result.flags) for c in nbres.cells if c.withheld]
    return notes
