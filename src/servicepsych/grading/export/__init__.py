"""``servicepsych export``: per-question scores and LMS gradebooks as CSV.

Writes, for the chosen assignments, ``scores_long.csv`` (one row per student and
graded cell), ``scores_wide.csv`` (one row per student, one column per question,
late penalties and totals), and per assignment ``canvas_ASSIGNMENT.csv`` (Canvas
Grades > Import) and ``moodle_ASSIGNMENT.csv`` (Moodle's Import grades from CSV),
each holding only learners whose grading is finished. Default folder:
``<course>/exports/<assignment>/`` (``exports/all/`` with ``--all``).
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["add_parser", "export_scores", "run"]


def export_scores(*args, **kwargs):
    """See :func:`servicepsych.grading.export._tables.export_scores`."""
    from ._tables import export_scores as _export

    return _export(*args, **kwargs)


def add_parser(subparsers):
    from .._gradebook_read import add_selection_arguments

    p = subparsers.add_parser(
        "export", help="write per-question score CSVs and Canvas/Moodle gradebook CSVs",
        description=__doc__.split("\n\n", 1)[1].replace("``", ""))
    add_selection_arguments(p)
    p.add_argument("--out", metavar="DIR", default=None, help="output folder (default: <course>/exports/...)")
    p.add_argument("--canvas-id", action="append", default=[], metavar="ASSIGNMENT=ID",
                   help="Canvas assignment id: the column is 'ASSIGNMENT (ID)' and updates that assignment "
                        "(repeatable; without it a plain title updates the Canvas assignment of that exact title, "
                        "or creates one)")
    p.add_argument("--canvas-key", default="sis_login_id", choices=["sis_login_id", "sis_user_id", "id"],
                   help="how Canvas finds each learner: the nbgrader student id as SIS Login ID (default) or as "
                        "SIS User ID, or 'id': nbgrader's lms_user_id as Canvas's numeric user id")
    p.add_argument("--moodle-key", default="username", choices=["username", "email", "idnumber"],
                   help="the column you will map to Moodle's user field: Username (the nbgrader student id, "
                        "default), Email address, or ID number (nbgrader's lms_user_id); learners without it "
                        "are left out, since one unknown learner aborts Moodle's whole import")
    p.add_argument("--section", default="", help="Canvas section name to fill in")
    p.add_argument("--provisional", action="store_true",
                   help="while some learners' grading is unfinished, still write the LMS files, without them, "
                        "named ..._PROVISIONAL.csv")
    return p


def _canvas_ids(pairs: list[str]) -> dict[str, str]:
    ids = {}
    for pair in pairs:
        name, sep, cid = pair.partition("=")
        if not sep or not name or not cid.strip().isdigit():
            raise ValueError(f"--canvas-id {pair!r}: give ASSIGNMENT=ID with Canvas's numeric assignment id, "
                             "e.g. 01_anchoring=123456")
        ids[name] = cid.strip()
    return ids


def run(args) -> int:
    """0 when every file was written; 1 when some LMS files were refused or learners left out; 2 on bad input."""
    from .._course import CourseNotFound
    from .._gradebook_read import NoGradebook, resolve_selection

    try:
        course, names = resolve_selection(args)
        label = "all" if args.all else "+".join(names)
        out = Path(args.out) if args.out else course / "exports" / label
        written = export_scores(course, names, out, _canvas_ids(args.canvas_id), args.section,
                                canvas_key=args.canvas_key, moodle_key=args.moodle_key,
                                provisional=args.provisional)
    except (CourseNotFound, NoGradebook, ValueError) as exc:
        print(f"servicepsych export: {exc}", file=sys.stderr)
        return 2
    for name, path in written.items():
        print(f"wrote {path}" + ("   (PROVISIONAL: not every learner's grading is finished)"
                                 if "_PROVISIONAL" in name else ""))
    status = 0
    for assignment, who in written.blocked.items():
        if not who:
            continue
        status = 1
        refused = assignment in written.refused
        head = (f"{assignment}: Canvas and Moodle files NOT written: {len(who)} learner(s) would get an unfinished "
                "total (finish grading, or pass --provisional to write them without these learners)"
                if refused else f"{assignment}: left out of the Canvas/Moodle files:")
        print(f"servicepsych export: {head}", file=sys.stderr)
        for student, why in sorted(who.items()):
            print(f"  {student}: {why}", file=sys.stderr)
    return status
