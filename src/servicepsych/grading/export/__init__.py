"""``servicepsych export``: per-question scores and LMS gradebooks as CSV.

Writes, for the chosen assignments, ``scores_long.csv`` (one row per student and
graded cell), ``scores_wide.csv`` (one row per student, one column per question,
totals), ``canvas_gradebook.csv`` (Canvas Grades > Import) and
``moodle_grades.csv`` (Moodle's *Import grades from CSV*). Default folder:
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
                   help="Canvas assignment id for a column header (repeatable)")
    p.add_argument("--section", default="", help="Canvas section name to fill in")
    return p


def _canvas_ids(pairs: list[str]) -> dict[str, str]:
    ids = {}
    for pair in pairs:
        name, sep, cid = pair.partition("=")
        if not sep or not name or not cid:
            raise ValueError(f"--canvas-id {pair!r}: give ASSIGNMENT=ID, e.g. 01_anchoring=123456")
        ids[name] = cid
    return ids


def run(args) -> int:
    from .._course import CourseNotFound
    from .._gradebook_read import NoGradebook, resolve_selection

    try:
        course, names = resolve_selection(args)
        label = "all" if args.all else "+".join(names)
        out = Path(args.out) if args.out else course / "exports" / label
        written = export_scores(course, names, out, _canvas_ids(args.canvas_id), args.section)
    except (CourseNotFound, NoGradebook, ValueError) as exc:
        print(f"servicepsych export: {exc}", file=sys.stderr)
        return 2
    for name, path in written.items():
        print(f"wrote {path}")
    return 0
