"""The export tables: per-question scores (long, wide) and LMS gradebooks (Canvas, Moodle).

The per-question tables come from the long table of
:func:`servicepsych.grading._gradebook_read.scores_frame` (so they work for a course
graded by plain ``nbgrader autograde``); the totals from nbgrader's gradebook
(:func:`submission_table`, late penalties subtracted as ``nbgrader export`` does);
the LMS files are built by :mod:`._lms` to the importers' rules.
:func:`export_scores` writes them all.
"""

from __future__ import annotations

from pathlib import Path

from .._gradebook_read import scores_frame, student_frame

__all__ = ["Written", "export_scores", "question_column", "submission_table", "wide_table"]


def question_column(assignment: str, grade_id: str) -> str:
    """Column name of one question in the wide table.

    Examples
    --------
    >>> question_column("01_anchoring", "test_anchor_gap")
    '01_anchoring:test_anchor_gap'
    """
    return f"{assignment}:{grade_id}"


def _totals(long):
    """Per (student, assignment): earned and available points."""
    return long.groupby(["student", "assignment"], sort=True)[["score", "points"]].sum()


def wide_table(long, students=None, submissions=None):
    """One row per student, one column per question (in notebook order), a total per
    assignment and an overall ``total``; empty cells where a student did not submit.

    Parameters
    ----------
    long : DataFrame
        The long scores table (``scores_frame``).
    students : DataFrame, optional
        nbgrader's student records; students without any submission get an empty row.
    submissions : DataFrame, optional
        :func:`submission_table`: then each assignment also gets a ``late penalty`` column and
        its ``total`` is the score after the penalty, as ``nbgrader export`` computes it.
    """
    order = long.drop_duplicates(["assignment", "notebook", "grade_id"])[["assignment", "grade_id"]]
    columns = [question_column(a, g) for a, g in order.itertuples(index=False)]
    keyed = long.assign(column=[question_column(a, g) for a, g in zip(long["assignment"], long["grade_id"])])
    wide = keyed.pivot_table(index="student", columns="column", values="score", aggfunc="sum")
    wide = wide.reindex(columns=columns)
    totals = _totals(long)["score"].unstack("assignment")
    if submissions is not None and len(submissions):
        penalty = submissions.set_index(["student", "assignment"])["late_submission_penalty"].unstack("assignment")
        penalty = penalty.reindex(index=totals.index, columns=totals.columns)
        totals = (totals - penalty.fillna(0.0)).clip(lower=0.0)
    else:
        penalty = None
    for assignment in dict.fromkeys(order["assignment"]):
        if penalty is not None:
            wide[f"{assignment} late penalty"] = penalty[assignment]
        wide[f"{assignment} total"] = totals[assignment]
    wide["total"] = totals.sum(axis=1, min_count=1)
    if students is not None and len(students):
        wide = wide.reindex(sorted(set(wide.index) | set(students.index)))
        names = students.reindex(wide.index)[["last_name", "first_name"]]
        if names.notna().any().any():  # the learners' names, as the gradebook has them (Chinese too)
            wide.insert(0, "first_name", names["first_name"])
            wide.insert(0, "last_name", names["last_name"])
    wide.index.name = "student"
    return wide.reset_index()


def _points_possible(long):
    per = long.drop_duplicates(["assignment", "notebook", "grade_id"])
    return per.groupby("assignment")["points"].sum()


def submission_table(course, assignments: list[str]):
    """One row per submission in nbgrader's gradebook: raw score, late penalty and the score after it,
    computed as ``nbgrader export`` does (``max(0, score - late_submission_penalty)``), max score, timestamp."""
    import pandas as pd
    from nbgrader.api import Gradebook

    from .._gradebook_read import gradebook_url

    rows = []
    with Gradebook(gradebook_url(Path(course))) as gb:
        for name in assignments:
            a = gb.find_assignment(name)
            for sub in a.submissions:
                raw, penalty = float(sub.score or 0.0), float(sub.late_submission_penalty or 0.0)
                rows.append({"student": sub.student.id, "assignment": name, "raw_score": raw,
                             "late_submission_penalty": penalty, "score": max(0.0, raw - penalty),
                             "max_score": float(a.max_score or 0.0), "timestamp": sub.timestamp})
    columns = ["student", "assignment", "raw_score", "late_submission_penalty", "score", "max_score", "timestamp"]
    return pd.DataFrame(rows, columns=columns)


class Written(dict):
    """``{file name: path}`` of what was written, with ``blocked``: ``{assignment: {student: reason}}``
    (learners left out of the LMS files, and why) and ``refused``: assignments whose LMS files were not
    written because some learners' grading is not finished."""

    def __init__(self):
        super().__init__()
        self.blocked: dict = {}
        self.refused: list = []


#: Tables people open in Excel (scores, blocked learners) start with a UTF-8 byte-order mark, or
#: Excel shows Chinese names as mojibake; the LMS files are written for their importers, as those
#: read them (plain UTF-8, see ``_lms``).
FOR_PEOPLE = "utf-8-sig"


def _write_csv(path: Path, header: list, rows: list, encoding: str = "utf-8") -> None:
    import csv

    with open(path, "w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def export_scores(course: str | Path, assignments: list[str], out: str | Path,
                  canvas_ids: dict[str, str] | None = None, section: str = "", canvas_key: str = "sis_login_id",
                  moodle_key: str = "username", provisional: bool = False) -> Written:
    """Write ``scores_long.csv`` and ``scores_wide.csv`` for ``assignments`` and, per assignment,
    ``canvas_<assignment>.csv`` and ``moodle_<assignment>.csv`` into ``out``.

    A learner whose grading is not finished (see :func:`._lms.blocking_reasons`) is never written
    to an LMS file: if any learner of an assignment is blocked, that assignment's LMS files are not
    written (``refused``) — or, with ``provisional=True``, written as ``..._PROVISIONAL.csv`` without
    the blocked learners. ``blocked`` says who and why; ``blocked.csv`` lists them too.
    """
    from ._lms import blocking_reasons, canvas_rows, canvas_title, file_part, moodle_rows

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    canvas_ids = canvas_ids or {}
    long = scores_frame(course, assignments)
    students = student_frame(course)
    subs = submission_table(course, assignments)
    written = Written()
    for name, table in (("scores_long.csv", long), ("scores_wide.csv", wide_table(long, students, subs))):
        table.to_csv(out / name, index=False, encoding=FOR_PEOPLE)
        written[name] = out / name
    info = {sid: {k: (None if v != v else v) for k, v in row.items()} for sid, row in students.to_dict("index").items()}
    possible = _points_possible(long)
    blocked_rows = []
    for a in assignments:
        cells = long[long["assignment"] == a].to_dict("records")
        by_student: dict = {}
        for c in cells:
            by_student.setdefault(c["student"], []).append(c)
        mine = subs[subs["assignment"] == a]
        totals = dict(zip(mine["student"], mine["score"]))
        blocked = {s: "; ".join(r) for s in totals if (r := blocking_reasons(by_student.get(s, [])))}
        ready = {s: v for s, v in totals.items() if s not in blocked}
        title = canvas_title(a, canvas_ids.get(a))
        points = float(possible.get(a, mine["max_score"].max() if len(mine) else 0.0))
        c_header, c_rows, c_skip = canvas_rows(ready, info, title, points, canvas_key, section)
        m_header, m_rows, m_skip = moodle_rows(ready, info, a, moodle_key)
        for who, why in blocked.items():
            blocked_rows.append([a, who, "canvas+moodle", why])
        for who, why in c_skip.items():
            blocked_rows.append([a, who, "canvas", why])
        for who, why in m_skip.items():
            blocked_rows.append([a, who, "moodle", why])
        written.blocked[a] = {**{s: why for s, why in blocked.items()},
                              **{s: f"canvas: {w}" for s, w in c_skip.items()},
                              **{s: f"moodle: {w}" for s, w in m_skip.items()}}
        suffix = ""
        if blocked:
            if not provisional:
                written.refused.append(a)
                for stale in (out / f"canvas_{file_part(a)}.csv", out / f"moodle_{file_part(a)}.csv"):
                    stale.unlink(missing_ok=True)  # an older complete-looking file must not be imported by mistake
                continue
            suffix = "_PROVISIONAL"
        for kind, header, rows in (("canvas", c_header, c_rows), ("moodle", m_header, m_rows)):
            fname = f"{kind}_{file_part(a)}{suffix}.csv"
            _write_csv(out / fname, header, rows)
            written[fname] = out / fname
    _write_csv(out / "blocked.csv", ["assignment", "student", "left out of", "reason"], blocked_rows, FOR_PEOPLE)
    written["blocked.csv"] = out / "blocked.csv"
    return written
