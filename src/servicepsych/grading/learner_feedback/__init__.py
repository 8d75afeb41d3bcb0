"""``servicepsych feedback``: feedback pages that show each test's message, never hidden test code.

For every learner with an autograded submission, writes
``<course>/feedback/<student>/<assignment>/<notebook>.html`` (nbgrader's layout,
so ``nbgrader release_feedback`` hands it out): the learner's work, each graded
cell's score, a results table on top, and each failed test's ``Exception: message``.
Hidden test regions, mark schemes and test tracebacks are removed first (nbgrader's
own feedback would show them). ``--notebook`` also writes the cleaned ``.ipynb``.
``--lang zh`` writes the pages' own words (results table, notes) in Chinese; the default is the
course's ``c.ServicePsych.language`` (``nbgrader_config.py``), else English.
"""

from __future__ import annotations

import sys

__all__ = ["add_parser", "generate_feedback", "run"]


def generate_feedback(*args, **kwargs):
    """See :func:`servicepsych.grading.learner_feedback._generate.generate_feedback`."""
    from ._generate import generate_feedback as _generate

    return _generate(*args, **kwargs)


def add_parser(subparsers):
    from .._gradebook_read import add_selection_arguments

    p = subparsers.add_parser(
        "feedback", help="write learners' feedback pages (test messages, no hidden test code)",
        description=__doc__.split("\n\n", 1)[1].replace("``", ""))
    add_selection_arguments(p)
    p.add_argument("--student", action="append", default=None, metavar="ID",
                   help="only this student (repeatable; default: everyone graded)")
    p.add_argument("--notebook", action="store_true", help="also write the cleaned notebook (.ipynb)")
    p.add_argument("--test-code", choices=("visible", "docstring"), default="visible",
                   help="show a test cell's visible part (default) or only its one-line docstring")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of the pages (default: c.ServicePsych.language of the course, else en)")
    return p


def run(args) -> int:
    from nbgrader.converters import NbGraderException

    from .._course import CourseNotFound
    from .._gradebook_read import NoGradebook, resolve_selection

    try:
        from ...strings import using_language
        from .._nbconfig import load

        course, names = resolve_selection(args)
        language = getattr(args, "lang", None) or load(course).language
        total = 0
        for name in names:
            with using_language(language):
                files = generate_feedback(course, name, args.student, notebooks=args.notebook,
                                          test_code=args.test_code)
            total += len(files)
            learners = {f.parent.parent.name for f in files}
            print(f"{name}: feedback for {len(learners)} learner(s) in {course / 'feedback'}/<student>/{name}/")
    except (CourseNotFound, NoGradebook, ValueError) as exc:
        print(f"servicepsych feedback: {exc}", file=sys.stderr)
        return 2
    except NbGraderException as exc:
        print(f"servicepsych feedback: nbgrader could not write some feedback ({exc}); nothing was "
              "written for those submissions", file=sys.stderr)
        return 1
    return 0
