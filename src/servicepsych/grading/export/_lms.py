"""Gradebook files for Canvas and Moodle, written to what their importers accept.

The rules come from the importers' own source code:

* **Moodle** (``grade/import/csv/classes/load_data.php``, ``gradeimport_csv_load_data``):
  the assessor maps one column to a user field (``id``, ``idnumber``, ``email`` or
  ``username``); a row whose user cannot be found — or whose mapped cell is blank —
  aborts the *whole* import; a grade cell that is ``''`` or ``-`` means "no grade" and
  clears an existing one; anything else must be a number (``unformat_float``) or the
  import aborts. So each file holds one grade item, only learners who were graded
  and whose key is known, and a number in every grade cell.
* **Canvas** (``app/models/gradebook_importer.rb``, ``GradebookImporter``): the header
  must start ``Student, ID`` and, for SIS matching, ``SIS User ID, SIS Login ID``, with
  ``Section`` as the last learner column; a row is matched by ``ID`` first, read with
  Ruby's ``to_i`` (so ``"12ab"`` is learner 12 and an opaque LTI id matches nobody),
  then by SIS User ID, then SIS Login ID, then by name; a column ``Title (123)``
  updates assignment 123, a plain title updates the existing assignment of exactly
  that title and creates one only when none has it; a blank or ``-`` grade replaces
  an existing grade with none. So ``ID`` is written only when the assessor says
  nbgrader's ``lms_user_id`` holds Canvas's numeric user id, the key column is the
  one the assessor chose, and learners without a grade are left out.

Totals subtract the late penalty as nbgrader's own ``nbgrader export`` does
(``max(0, score - late_submission_penalty)``). A learner whose grading is not finished
(a written answer without a manual grade, points withheld for review, a part that
could not be graded) is never written with a partial total: that assignment's file
is refused, or written as a clearly named ``..._PROVISIONAL.csv`` without them.
"""

from __future__ import annotations

import re

__all__ = ["CANVAS_KEYS", "MOODLE_KEYS", "blocking_reasons", "canvas_rows", "canvas_title", "moodle_rows",
           "number"]

CANVAS_KEYS = ("sis_login_id", "sis_user_id", "id")
MOODLE_KEYS = ("username", "email", "idnumber")
CANVAS_HEADER = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
MOODLE_HEADER = ["Username", "ID number", "Email address", "First name", "Last name"]
MOODLE_KEY_COLUMN = {"username": "Username", "email": "Email address", "idnumber": "ID number"}
CANVAS_KEY_COLUMN = {"sis_login_id": "SIS Login ID", "sis_user_id": "SIS User ID", "id": "ID"}
# Canvas drops any column whose header contains one of these (GradebookImporter::NON_ASSIGNMENT_COLUMN_HEADERS)
CANVAS_RESERVED = ("Current Score", "Current Points", "Current Grade", "Final Score", "Final Points",
                   "Final Grade", "Override Score", "Override Grade", "Override Status")


def number(value) -> str:
    """A score as both importers read it: a plain decimal with a point, no trailing ``.0``.

    Examples
    --------
    >>> number(3.0), number(2.5), number(1 / 3)
    ('3', '2.5', '0.3333')
    """
    value = round(float(value), 4)
    return str(int(value)) if value.is_integer() else str(value)


def canvas_title(assignment: str, canvas_id: str | None) -> str:
    """The column header: ``Title (id)`` links Canvas assignment ``id``; a plain title matches by title.

    Examples
    --------
    >>> canvas_title("01_anchoring", "4242"), canvas_title("01_anchoring", None)
    ('01_anchoring (4242)', '01_anchoring')
    """
    if any(word in assignment for word in CANVAS_RESERVED):
        raise ValueError(f"Canvas ignores a column named {assignment!r} (it contains a name Canvas reserves "
                         f"for its own totals: {', '.join(CANVAS_RESERVED)})")
    return f"{assignment} ({canvas_id})" if canvas_id else assignment


def blocking_reasons(cells) -> list[str]:
    """Why one learner's total for one assignment is not final yet, from their rows of the long table."""
    reasons = []
    written = [c for c in cells if c["kind"] in ("manual", "task") and c["needs_manual_grade"]]
    if written:
        reasons.append(f"{len(written)} written answer(s) not graded yet ({', '.join(c['grade_id'] for c in written)})")
    withheld = [c for c in cells if c["withheld"]]
    if withheld:
        points = sum(float(c["points"]) for c in withheld)
        reasons.append(f"{number(points)} point(s) withheld for review ({', '.join(c['grade_id'] for c in withheld)})")
    other = [c for c in cells if c["kind"] == "autograded" and c["needs_manual_grade"] and not c["withheld"]]
    if other:
        reasons.append(f"{len(other)} autograded part(s) need review, e.g. a notebook that could not be graded "
                       f"({', '.join(c['grade_id'] for c in other)})")
    return reasons


def _name(info: dict, sid: str) -> str:
    first, last = info.get("first_name") or "", info.get("last_name") or ""
    return f"{last}, {first}" if first and last else (last or first or sid)


def canvas_rows(totals: dict, students: dict, title: str, possible: float, key: str, section: str = ""):
    """(header, rows, skipped) of a Canvas import file for one assignment.

    ``totals``: ``{student: total}`` of the learners to write; ``key``: which column identifies
    them (:data:`CANVAS_KEYS`). ``skipped``: ``{student: why}`` for learners that cannot be matched.
    """
    if key not in CANVAS_KEYS:
        raise ValueError(f"--canvas-key must be one of {', '.join(CANVAS_KEYS)}, not {key!r}")
    header = [*CANVAS_HEADER, title]
    rows = [["Points Possible", "", "", "", "", number(possible)]]
    skipped = {}
    for sid in sorted(totals):
        info = students.get(sid, {})
        row = {"Student": _name(info, sid), "ID": "", "SIS User ID": "", "SIS Login ID": "", "Section": section}
        if key == "id":
            lms = str(info.get("lms_user_id") or "").strip()
            if not lms.isdigit():
                skipped[sid] = ("no Canvas user id: nbgrader's lms_user_id is "
                                f"{lms!r}, not a number" if lms else "no Canvas user id (lms_user_id is empty)")
                continue
            row["ID"] = lms
        else:
            row[CANVAS_KEY_COLUMN[key]] = sid
        rows.append([row[c] for c in CANVAS_HEADER] + [number(totals[sid])])
    return header, rows, skipped


def moodle_rows(totals: dict, students: dict, item: str, key: str):
    """(header, rows, skipped) of a Moodle import file for one grade item (see :data:`MOODLE_KEYS`)."""
    if key not in MOODLE_KEYS:
        raise ValueError(f"--moodle-key must be one of {', '.join(MOODLE_KEYS)}, not {key!r}")
    header = [*MOODLE_HEADER, item]
    rows, skipped = [], {}
    for sid in sorted(totals):
        info = students.get(sid, {})
        values = {"Username": sid, "ID number": str(info.get("lms_user_id") or "").strip(),
                  "Email address": str(info.get("email") or "").strip(),
                  "First name": info.get("first_name") or "", "Last name": info.get("last_name") or ""}
        if not values[MOODLE_KEY_COLUMN[key]]:
            skipped[sid] = (f"no {MOODLE_KEY_COLUMN[key].lower()} in nbgrader's student list (a blank user "
                            "cell makes Moodle abort the whole import)")
            continue
        rows.append([values[c] for c in MOODLE_HEADER] + [number(totals[sid])])
    return header, rows, skipped


_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def file_part(assignment: str) -> str:
    """An assignment name as part of a file name.

    Examples
    --------
    >>> file_part("01_anchoring"), file_part("Week 3: framing")
    ('01_anchoring', 'Week_3_framing')
    """
    return _SAFE.sub("_", assignment).strip("_") or "assignment"
