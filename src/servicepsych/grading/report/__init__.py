"""``servicepsych report``: cohort analytics as a DataFrame API and a self-contained HTML page.

In a notebook::

    from servicepsych.grading.report import cohort_report
    r = cohort_report("course")          # every graded assignment
    r.items                              # difficulty and discrimination per item
    r.review                             # items to review, with the reason
    r.to_html("report.html")

On the command line, ``servicepsych report [ASSIGNMENT ...] [--out FILE]`` writes
the page (default ``<course>/reports/cohort_<assignments>.html``) and prints where.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["CohortReport", "add_parser", "cohort_report", "run"]


def __getattr__(name):
    if name in ("CohortReport", "cohort_report"):
        from . import _cohort

        return getattr(_cohort, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def add_parser(subparsers):
    from .._gradebook_read import add_selection_arguments

    p = subparsers.add_parser(
        "report", help="write the cohort report (HTML with plots): scores, mastery, item analysis, flags",
        description="Write a self-contained HTML cohort report: score distribution, mastery per concept, "
                    "item difficulty and discrimination, items to review, submissions flagged for integrity.")
    add_selection_arguments(p, default_all=True)
    p.add_argument("--out", metavar="FILE", default=None,
                   help="the HTML file to write (default: <course>/reports/cohort_<assignments>.html)")
    return p


def run(args) -> int:
    from .._course import CourseNotFound
    from .._gradebook_read import NoGradebook, resolve_selection
    from ._cohort import cohort_report as build

    try:
        course, names = resolve_selection(args, default_all=True)
        report = build(course, names)
        label = "all" if not args.assignments else "+".join(names)
        out = Path(args.out) if args.out else course / "reports" / f"cohort_{label}.html"
        path = report.to_html(out)
    except (CourseNotFound, NoGradebook, ValueError) as exc:
        print(f"servicepsych report: {exc}", file=sys.stderr)
        return 2
    print(report)
    print(f"wrote {path}")
    return 0
