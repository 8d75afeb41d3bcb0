"""``servicepsych grade ASSIGNMENT``: parallel, sandboxed, resumable autograding.

Grades every submission in ``<course>/submitted/*/ASSIGNMENT/`` into nbgrader's
gradebook (as ``nbgrader autograde`` would), writes the autograded notebooks to
``<course>/autograded/``, a result file per learner and an integrity report to
``<course>/grading_runs/ASSIGNMENT/``. Modules: :mod:`.prepare` (read and
sanitise, in small named steps), :mod:`.reads` (which names each test reads),
:mod:`.session` (the Dask task: the learner's cells in ``_learner.py``, the tests
in ``_tester.py``, each in a bubblewrap sandbox from :mod:`.sandbox`, with only
plain data between them, through ``_plain.py`` over ``_wire.py``),
:mod:`.gradebook`, :mod:`.journal`, :mod:`.report`, :mod:`.pipeline`; the typed
results and the scoring policy live in :mod:`servicepsych.grading._results` and
:mod:`servicepsych.grading._policy`.
"""

from __future__ import annotations

import argparse
import sys

__all__ = ["add_parser", "run"]


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register ``grade`` on the ``servicepsych`` command line."""
    p = subparsers.add_parser(
        "grade", help="autograde every submission of an assignment (parallel, sandboxed, resumable)",
        description="Autograde every submission in course/submitted/*/ASSIGNMENT/ into nbgrader's gradebook. "
                    "Learner code runs in a bubblewrap sandbox; a killed run resumes where it stopped.")
    p.add_argument("assignment", metavar="ASSIGNMENT", help="the assignment's name, e.g. 01_anchoring")
    p.add_argument("--course", metavar="DIR", help="the nbgrader course folder (default: found from here)")
    p.add_argument("--workers", type=int, default=0, metavar="N", help="parallel notebooks (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (default: a local one)")
    p.add_argument("--student", action="append", default=[], metavar="ID", help="grade only this student (repeatable)")
    p.add_argument("--force", action="store_true", help="regrade submissions already graded")
    p.add_argument("--memory", default="2G", metavar="SIZE", help="memory cap per notebook (default 2G)")
    p.add_argument("--cell-timeout", type=float, default=None, metavar="S",
                   help="seconds per cell (default: c.Execute.timeout from the course's nbgrader configuration, "
                        "as nbgrader autograde uses it; this option wins over it)")
    p.add_argument("--timeout", type=float, default=300.0, metavar="S", help="seconds per notebook (default 300)")
    p.add_argument("--call-timeout", type=float, default=10.0, metavar="S",
                   help="seconds a test's call of a learner function may take (default 10)")
    p.add_argument("--compatibility-mode", action="store_true",
                   help="run the tests beside the learner's code, as nbgrader does, for courses whose tests need "
                        "learner objects that are not plain data; every such submission is marked "
                        "'graded in compatibility mode' (not for the kit's own assignments)")
    p.add_argument("--unsafe-no-sandbox", action="store_true",
                   help="run learner code WITHOUT the sandbox (only for trusted submissions, where bwrap cannot run)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--lang", choices=("en", "zh"), default=None,
                   help="language of the check messages in test cells (default: c.ServicePsych.language of "
                        "the course's nbgrader_config.py, else en)")
    return p


def _cell_timeout(course, args, say) -> float:
    """Seconds per cell: ``--cell-timeout`` when given, else nbgrader's ``c.Execute.timeout``
    (its default 30 s when the course does not set it); None or -1 there (no limit) means the
    notebook's ``--timeout``. Says which was used and why."""
    from .._nbconfig import load

    config = load(course)
    nb = config.execute_timeout
    where = "c.Execute.timeout in nbgrader_config.py" if config.execute_timeout_set else "nbgrader's default Execute.timeout"
    if args.cell_timeout is not None:
        if args.cell_timeout <= 0:
            raise ValueError(f"--cell-timeout must be more than 0 seconds, not {args.cell_timeout:g}")
        if nb != args.cell_timeout:
            say(f"cell time limit: {args.cell_timeout:g} s from --cell-timeout (it wins over {where} = {nb})")
        return float(args.cell_timeout)
    if nb is None or nb <= 0:
        say(f"cell time limit: {where} = {nb} (no limit), so each cell may use the notebook's --timeout "
            f"{args.timeout:g} s")
        return float(args.timeout)
    say(f"cell time limit: {nb:g} s from {where} (--cell-timeout S overrides it)")
    return float(nb)


def run(args) -> int:
    """Run ``servicepsych grade``; 0 when every submission was graded, 1 if some had errors, 2 if none could."""
    from .._course import CourseNotFound, find_course
    from .journal import RunLocked
    from .pipeline import Options, grade_assignment
    from .sandbox import Limits, bwrap_problem, parse_size

    def err(msg):
        print(f"servicepsych grade: {msg}", file=sys.stderr)

    try:
        course = find_course(args.course)
        cell_timeout = _cell_timeout(course, args, err)
        limits = Limits(memory_bytes=parse_size(args.memory), cell_timeout=cell_timeout,
                        total_timeout=args.timeout, call_timeout=args.call_timeout)
    except (CourseNotFound, ValueError) as exc:
        err(str(exc))
        return 2
    if args.workers < 0:
        err(f"--workers must be 0 (one per core) or more, not {args.workers}")
        return 2
    sandbox = not args.unsafe_no_sandbox
    if sandbox and not args.scheduler:
        problem = bwrap_problem()
        if problem:
            err(f"cannot sandbox learner code: {problem}.\nRefusing to run untrusted code unsandboxed; "
                "fix bubblewrap (./kit setup installs it) or, for trusted submissions only, "
                "pass --unsafe-no-sandbox.")
            return 2
    if not sandbox:
        err("WARNING: --unsafe-no-sandbox: learner code runs with your permissions")
    if args.compatibility_mode:
        err("compatibility mode: the tests run beside the learner's code, as under nbgrader; every submission "
            "is marked 'graded in compatibility mode'")
    options = Options(workers=args.workers, scheduler=args.scheduler, students=args.student, force=args.force,
                      limits=limits, sandbox=sandbox, progress=not args.no_progress,
                      compatibility=args.compatibility_mode, language=getattr(args, "lang", None))
    try:
        summary = grade_assignment(course, args.assignment, options)
    except (LookupError, RunLocked) as exc:
        err(str(exc))
        return 2
    from .._course import state_dir

    folder = state_dir(course, args.assignment)
    print(f"{args.assignment}: {summary.graded} graded, {summary.errors} with errors, {summary.flagged} flagged, "
          f"{summary.skipped} already graded, in {summary.seconds:.1f} s")
    print(f"results: {folder / 'results'}\nintegrity report: {folder / 'integrity.md'}")
    if args.compatibility_mode:
        print("graded in compatibility mode")
    for res in summary.results:
        if res["status"] == "error":
            print(f"  error  {res['student']}: {res['error']}")
    return 1 if summary.errors else 0
