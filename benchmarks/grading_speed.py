#!/usr/bin/env python3
"""How much faster ``servicepsych grade`` is than ``nbgrader autograde``, on one synthetic cohort.

Builds a throw-away course from a real assignment in ``course/source`` (default:
the first one), releases it with ``nbgrader generate_assignment``, submits a
synthetic cohort (answer keys, blanks and half-done notebooks; at least 40),
then, in the same run:

1. executes each submitted notebook bare with nbclient, one at a time (the floor);
2. grades the cohort with ``nbgrader autograde`` (one submission at a time);
3. grades it with ``servicepsych grade`` (sandboxed learner's process and a
   warm, sandboxed tests' process per worker, one worker per core), into a
   fresh copy of the same course;
4. grades a sample with ``servicepsych grade --workers 1`` to measure the
   pipeline's own cost per submission against bare nbclient.

It prints the measured ratios and the machine's load average before and after;
it asserts nothing (the machine may be busy).

    .venv/bin/python benchmarks/grading_speed.py [--submissions 40] [--assignment 01_anchoring]
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]


def nbgrader(course: Path, *args: str) -> None:
    env = dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=env,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"nbgrader {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")


def build(root: Path, assignment: str, n: int) -> Path:
    course = root / "course"
    course.mkdir(parents=True)
    shutil.copy(ROOT / "course" / "nbgrader_config.py", course / "nbgrader_config.py")
    shutil.copytree(ROOT / "course" / "source" / assignment, course / "source" / assignment)
    nbgrader(course, "generate_assignment", assignment, "--force")
    for release in sorted((course / "release" / assignment).glob("*.ipynb")):
        blank = nbformat.read(release, as_version=4)
        source = nbformat.read(course / "source" / assignment / release.name, as_version=4)
        answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in source.cells
                   if c.metadata.get("nbgrader", {}).get("solution")}
        for i in range(n):
            nb = copy.deepcopy(blank)
            solution_cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") in answers]
            keep = len(solution_cells) if i % 3 == 0 else (0 if i % 3 == 1 else len(solution_cells) // 2)
            for cell in solution_cells[:keep]:
                cell.source = answers[cell.metadata["nbgrader"]["grade_id"]]
            dest = course / "submitted" / f"learner{i:03d}" / assignment
            dest.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, dest / release.name)
    return course


def bare_nbclient(course: Path, assignment: str) -> list[float]:
    from nbclient import NotebookClient

    times = []
    for path in sorted((course / "submitted").glob(f"*/{assignment}/*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(path.parent)}})
        start = time.perf_counter()
        client.execute()
        times.append(time.perf_counter() - start)
    return times


def servicepsych_grade(course: Path, assignment: str, *extra: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "servicepsych.cli", "grade", assignment, "--course", str(course),
                           "--no-progress", "--force", *extra], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"servicepsych grade failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def main() -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    available = sorted(p.name for p in (ROOT / "course" / "source").iterdir() if list(p.glob("*.ipynb")))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=40)
    parser.add_argument("--assignment", default=available[0] if available else None, choices=available)
    parser.add_argument("--sample", type=int, default=10, help="submissions graded with one worker")
    args = parser.parse_args()
    if args.assignment is None:
        raise SystemExit("course/source has no assignment to benchmark")
    n, cores = max(args.submissions, 1), os.cpu_count() or 1
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="sp-bench-") as tmp:
        print(f"building a cohort of {n} submissions of {args.assignment} ...", flush=True)
        base = build(Path(tmp) / "base", args.assignment, n)

        bare = bare_nbclient(base, args.assignment)
        bare_per = sum(bare) / len(bare)

        nb_course = Path(tmp) / "nbgrader"
        shutil.copytree(base, nb_course)
        start = time.perf_counter()
        nbgrader(nb_course, "autograde", args.assignment, "--force")
        t_nbgrader = time.perf_counter() - start

        sp_course = Path(tmp) / "servicepsych"
        shutil.copytree(base, sp_course)
        t_sp = servicepsych_grade(sp_course, args.assignment, "--workers", str(cores))

        one_course = Path(tmp) / "one"
        shutil.copytree(base, one_course)
        students = [f"learner{i:03d}" for i in range(min(args.sample, n))]
        t_one = servicepsych_grade(one_course, args.assignment, "--workers", "1",
                                   *[a for s in students for a in ("--student", s)])
        t_one_per = t_one / len(students)
        import json

        runs = [json.loads(p.read_text())["duration_s"]
                for p in (one_course / "grading_runs" / args.assignment / "results").glob("*.json")]
        steady = sum(runs) / len(runs)

    load_after = os.getloadavg()
    print()
    print(f"{cores} cores; load average (1, 5, 15 min) before: {', '.join(f'{x:.1f}' for x in load_before)}; "
          f"after: {', '.join(f'{x:.1f}' for x in load_after)}")
    print(f"{'':44s} {'total s':>8s} {'s/submission':>13s}")
    print(f"{'bare nbclient, one at a time':44s} {sum(bare):8.1f} {bare_per:13.2f}")
    print(f"{'nbgrader autograde, one at a time':44s} {t_nbgrader:8.1f} {t_nbgrader / n:13.2f}")
    print(f"{f'servicepsych grade, {cores} workers (sandboxed)':44s} {t_sp:8.1f} {t_sp / n:13.2f}")
    print(f"{f'servicepsych grade, 1 worker, {len(students)} submissions':44s} {t_one:8.1f} {t_one_per:13.2f}")
    print()
    print(f"speed-up of servicepsych grade over nbgrader autograde: {t_nbgrader / t_sp:.2f}x  (aim: >= 3.5x)")
    print(f"pipeline time per submission / bare nbclient execution: {steady / bare_per:.2f}x"
          f" ({steady:.2f} s vs {bare_per:.2f} s: prepare, the learner's cells in their sandbox, the tests in the"
          f" warm tests' process, scoring; overhead {steady - bare_per:+.2f} s per submission)")
    print(f"  the same, counting the command's start-up over {len(students)} submissions: {t_one_per / bare_per:.2f}x")


if __name__ == "__main__":
    main()
