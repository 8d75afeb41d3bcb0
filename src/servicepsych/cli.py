"""``servicepsych``: the kit's command line (the assessor's verbs and the trainer's workshop).

One sub-command per workflow verb; each lives in its own subpackage of
:mod:`servicepsych.grading` or :mod:`servicepsych.workshop` (named in ``VERBS``) exposing ``add_parser(subparsers)`` and
``run(args) -> int``. Heavy imports happen inside ``run``, so ``--help`` is quick.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

VERBS = {
    "grade": "servicepsych.grading.grade",
    "feedback": "servicepsych.grading.learner_feedback",
    "export": "servicepsych.grading.export",
    "report": "servicepsych.grading.report",
    "workshop": "servicepsych.workshop.serve",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="servicepsych",
        description="Grade, give feedback on, export and analyse a cohort's nbgrader submissions; run a live workshop.",
    )
    sub = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    for name, module in VERBS.items():
        verb = import_module(module)
        p = verb.add_parser(sub)
        p.set_defaults(_run=verb.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted: re-run the same command to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
