"""Late-submission penalties, computed exactly as nbgrader's ``AssignLatePenalties`` does.

After a submission's grades are committed, :func:`assign_penalties` runs, for each of
its notebooks that was graded, what nbgrader's preprocessor runs: the notebook's
``late_submission_penalty`` is reset to None, and when the submission is late
(``total_seconds_late > 0``: its ``timestamp.txt`` is after the assignment's due date),
the course's plugin (``AssignLatePenalties.plugin_class``; by default nbgrader's
``LateSubmissionPlugin`` with ``penalty_method`` ``'none'`` or ``'zero'``) is asked for
the penalty, which is clamped to ``[0, score]``. So a penalty disappears when a
corrected timestamp makes the submission on time, as under nbgrader. The plugin is
the instructor's code from the course's configuration; it runs in the trusted parent
and is given only the student id, the score and the seconds late.
"""

from __future__ import annotations

__all__ = ["assign_penalties"]


def assign_penalties(db_url: str, assignment: str, student: str, notebooks: list, plugin, log=None) -> dict:
    """Reset and recompute ``late_submission_penalty`` of ``notebooks`` of one submission.

    Returns
    -------
    dict
        ``{notebook: penalty or None}`` as written to the gradebook.
    """
    import warnings

    from nbgrader.api import Gradebook

    out = {}
    with warnings.catch_warnings(), Gradebook(db_url) as gb:
        warnings.simplefilter("ignore")
        submission = gb.find_submission(assignment, student)
        late = submission.total_seconds_late
        for name in notebooks:
            nb = gb.find_submission_notebook(name, assignment, student)
            nb.late_submission_penalty = None
            if late > 0 and plugin is not None:
                penalty = plugin.late_submission_penalty(student, nb.score, late)
                if penalty is not None:
                    penalty = min(max(float(penalty), 0.0), float(nb.score))  # nbgrader's _check_late_penalty
                nb.late_submission_penalty = penalty
                if log is not None and penalty:
                    log(f"{student}: {name}.ipynb is {late:.0f} s late; late penalty {penalty:g}")
            out[name] = nb.late_submission_penalty
        gb.db.commit()
    return out
