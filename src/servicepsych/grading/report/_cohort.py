"""The cohort report object: DataFrames for a notebook, ``to_html`` for a file."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

__all__ = ["CohortReport", "cohort_report"]


class CohortReport:
    """Cohort analytics of one or more graded assignments.

    Build it with :func:`cohort_report`. Every attribute is a pandas DataFrame.

    Attributes
    ----------
    long : DataFrame
        One row per student and graded cell (the ``scores_long.csv`` table).
    scores : DataFrame
        Per student: each assignment's score, ``total``, ``max_total``, ``percent``.
    items : DataFrame
        Per item: kind, points, n, mean score, difficulty, discrimination.
    mastery : DataFrame
        Students x concepts: share of the concept's points earned.
    mastery_cohort : DataFrame
        Per concept: students, mean, median, share at or above the mastery threshold.
    review : DataFrame
        Items to review, with the reason.
    flagged : DataFrame
        Submissions flagged for integrity (student, assignment, reasons, withheld_points).
    errors : DataFrame
        Submissions ``servicepsych grade`` could not grade (student, assignment, error).
    """

    def __init__(self, course, assignments, long, flagged, errors=None, *, mastery_threshold=0.8,
                 easy=0.9, hard=0.2, low_discrimination=0.2):
        from . import _stats

        self.course = Path(course)
        self.assignments = list(assignments)
        self.long = long
        self.scores = _stats.score_table(long)
        self.items = _stats.item_table(long)
        self.mastery, self.mastery_cohort = _stats.mastery_tables(long, mastery_threshold)
        self.review = _stats.review_table(self.items, easy, hard, low_discrimination)
        self.flagged = flagged
        if errors is None:
            import pandas as pd

            errors = pd.DataFrame(columns=["student", "assignment", "error"])
        self.errors = errors
        self.mastery_threshold = mastery_threshold
        self.thresholds = {"easy": easy, "hard": hard, "low_discrimination": low_discrimination}

    def __repr__(self) -> str:
        return (f"CohortReport({len(self.scores)} students, {len(self.assignments)} assignment(s), "
                f"{len(self.items)} items, {len(self.review)} to review, {len(self.flagged)} flagged)")

    def to_html(self, path: str | Path) -> Path:
        """Write a self-contained HTML page (plots embedded as PNG) and return its path."""
        from ._html import render

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(self, generated=_dt.datetime.now(_dt.timezone.utc)), encoding="utf-8")
        return path


def cohort_report(course=None, assignments: list[str] | None = None, **thresholds) -> CohortReport:
    """Cohort analytics for a graded course.

    Parameters
    ----------
    course : path, optional
        The nbgrader course folder (default: found from the current folder).
    assignments : list of str, optional
        Which assignments (default: every assignment with graded submissions).
    **thresholds
        ``mastery_threshold`` (0.8), ``easy`` (0.9), ``hard`` (0.2),
        ``low_discrimination`` (0.2): see :class:`CohortReport`.

    Returns
    -------
    CohortReport

    Examples
    --------
    >>> r = cohort_report("course", ["01_anchoring"])          # doctest: +SKIP
    >>> r.items[["grade_id", "difficulty", "discrimination"]]  # doctest: +SKIP
    """
    import pandas as pd

    from .._course import find_course
    from .._gradebook_read import flagged_submissions, graded_assignments, run_status, scores_frame

    root = find_course(course)
    names = list(assignments) if assignments else graded_assignments(root)
    if not names:
        raise ValueError(f"nothing graded yet in {root}: run servicepsych grade ASSIGNMENT first")
    long = scores_frame(root, names)
    flagged = pd.DataFrame(flagged_submissions(root, names),
                           columns=["student", "assignment", "reasons", "withheld_points"])
    errors = pd.DataFrame([{"student": student, "assignment": name, "error": info["error"]}
                           for name in names for student, info in sorted(run_status(root, name).items())
                           if info["status"] == "error"], columns=["student", "assignment", "error"])
    return CohortReport(root, names, long, flagged, errors, **thresholds)
