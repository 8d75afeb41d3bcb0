"""The export tables: per-question scores (long, wide) and LMS gradebooks (Canvas, Moodle).

Each builder takes the long table of :func:`servicepsych.grading._gradebook_read.scores_frame`
and returns a DataFrame; :func:`export_scores` writes them all.
"""

from __future__ import annotations

from pathlib import Path

from .._gradebook_read import scores_frame, student_frame

__all__ = ["canvas_table", "export_scores", "moodle_table", "question_column", "wide_table"]


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


def wide_table(long, students=None):
    """One row per student, one column per question (in notebook order), a total per
    assignment and an overall ``total``; empty cells where a student did not submit.

    Parameters
    ----------
    long : DataFrame
        The long scores table (``scores_frame``).
    students : DataFrame, optional
        nbgrader's student records; students without any submission get an empty row.
    """
    order = long.drop_duplicates(["assignment", "notebook", "grade_id"])[["assignment", "grade_id"]]
    columns = [question_column(a, g) for a, g in order.itertuples(index=False)]
    keyed = long.assign(column=[question_column(a, g) for a, g in zip(long["assignment"], long["grade_id"])])
    wide = keyed.pivot_table(index="student", columns="column", values="score", aggfunc="sum")
    wide = wide.reindex(columns=columns)
    totals = _totals(long)["score"].unstack("assignment")
    for assignment in dict.fromkeys(order["assignment"]):
        wide[f"{assignment} total"] = totals[assignment]
    wide["total"] = totals.sum(axis=1, min_count=1)
    if students is not None and len(students):
        wide = wide.reindex(sorted(set(wide.index) | set(students.index)))
    wide.index.name = "student"
    return wide.reset_index()


def _points_possible(long):
    per = long.drop_duplicates(["assignment", "notebook", "grade_id"])
    return per.groupby("assignment")["points"].sum()


def canvas_table(long, students, canvas_ids: dict[str, str] | None = None, section: str = ""):
    """A gradebook CSV for Canvas's *Import* (Grades > Import): ``Student, ID, SIS User ID,
    SIS Login ID, Section`` then one column per assignment, ``Name (canvas id)`` when the
    Canvas assignment id is known (else a new assignment named ``Name`` is created), and a
    ``Points Possible`` row first as in Canvas's own export.

    Canvas matches rows on ``ID`` (nbgrader's ``lms_user_id``), then ``SIS User ID``,
    then ``SIS Login ID`` (the nbgrader student id).
    """
    import pandas as pd

    canvas_ids = canvas_ids or {}
    totals = _totals(long)["score"].unstack("assignment")
    assignments = list(dict.fromkeys(long["assignment"]))
    ids = sorted(set(students.index) | set(totals.index))
    rows = []
    possible = _points_possible(long)
    header = {"Student": "Points Possible", "ID": "", "SIS User ID": "", "SIS Login ID": "", "Section": ""}
    names = {a: f"{a} ({canvas_ids[a]})" if a in canvas_ids else a for a in assignments}
    rows.append({**header, **{names[a]: _num(possible[a]) for a in assignments}})
    for sid in ids:
        info = students.loc[sid] if sid in students.index else {}
        first, last = _text(info, "first_name"), _text(info, "last_name")
        name = f"{last}, {first}" if first and last else (last or first or sid)
        row = {"Student": name, "ID": _text(info, "lms_user_id"), "SIS User ID": "",
               "SIS Login ID": sid, "Section": section}
        for a in assignments:
            value = totals.at[sid, a] if sid in totals.index else float("nan")
            row[names[a]] = _num(value)
        rows.append(row)
    return pd.DataFrame(rows, columns=[*header, *names.values()])


def moodle_table(long, students):
    """A CSV for Moodle's *Import grades from CSV*: identifier columns (``Username`` =
    nbgrader student id, ``Email address``, names) and one column per grade item (the
    assignment); map ``Username`` or ``Email address`` to the user field on import."""
    import pandas as pd

    totals = _totals(long)["score"].unstack("assignment")
    assignments = list(dict.fromkeys(long["assignment"]))
    rows = []
    for sid in sorted(set(students.index) | set(totals.index)):
        info = students.loc[sid] if sid in students.index else {}
        row = {"Username": sid, "Email address": _text(info, "email"),
               "First name": _text(info, "first_name"), "Last name": _text(info, "last_name")}
        for a in assignments:
            row[a] = _num(totals.at[sid, a] if sid in totals.index else float("nan"))
        rows.append(row)
    return pd.DataFrame(rows, columns=["Username", "Email address", "First name", "Last name", *assignments])


def _text(info, key) -> str:
    value = info.get(key) if hasattr(info, "get") else None
    if value is None or value != value:  # None or NaN
        return ""
    return str(value)


def _num(value) -> str:
    """A score as Canvas/Moodle read it: blank when missing, no trailing ``.0``.

    Examples
    --------
    >>> _num(3.0), _num(2.5), _num(float("nan"))
    ('3', '2.5', '')
    """
    if value is None or value != value:
        return ""
    value = round(float(value), 4)
    return str(int(value)) if value.is_integer() else str(value)


def export_scores(course: str | Path, assignments: list[str], out: str | Path,
                  canvas_ids: dict[str, str] | None = None, section: str = "") -> dict[str, Path]:
    """Write ``scores_long.csv``, ``scores_wide.csv``, ``canvas_gradebook.csv`` and
    ``moodle_grades.csv`` for ``assignments`` into ``out``; returns name -> path."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    long = scores_frame(course, assignments)
    students = student_frame(course)
    tables = {
        "scores_long.csv": long,
        "scores_wide.csv": wide_table(long, students),
        "canvas_gradebook.csv": canvas_table(long, students, canvas_ids, section),
        "moodle_grades.csv": moodle_table(long, students),
    }
    written = {}
    for name, table in tables.items():
        path = out / name
        table.to_csv(path, index=False, encoding="utf-8")
        written[name] = path
    return written
