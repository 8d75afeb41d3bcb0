"""``servicepsych grade``: grade a cohort in parallel, sandboxed and resumable.

The parent process is trusted and is the only writer: it prepares each
submission (:mod:`.prepare`), sends the cells to Dask workers that run them in
the sandbox (:mod:`.execute`), then, as results arrive in any order, scores
them (:mod:`.score`), writes the autograded notebook and the result file,
commits the grades in one gradebook transaction and records the submission in
the journal (:mod:`.journal`). A re-run skips what the journal says is done.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .._course import state_dir
from . import gradebook
from .integrity import Flag, write_report
from .journal import Journal, atomic_write, submission_checksum
from .prepare import SubmissionError, prepare, read_notebook
from .sandbox import Limits

__all__ = ["Options", "Summary", "grade_assignment"]

MAX_DATA_FILE_BYTES = 50 * 1024 ** 2


@dataclass
class Options:
    """How to grade: workers, scheduler, which students, limits, sandbox."""

    workers: int = 0  # 0: one per core
    scheduler: str | None = None
    students: list = field(default_factory=list)
    force: bool = False
    limits: Limits = field(default_factory=Limits)
    sandbox: bool = True
    progress: bool = True


@dataclass
class Summary:
    graded: int = 0
    errors: int = 0
    flagged: int = 0
    skipped: int = 0
    seconds: float = 0.0
    results: list = field(default_factory=list)


def _release_files(course: Path, assignment: str) -> dict:
    """Non-notebook files released with the assignment (data files), given to each sandbox."""
    folder = course / "release" / assignment
    files = {}
    if folder.is_dir():
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix != ".ipynb" and path.stat().st_size <= MAX_DATA_FILE_BYTES:
                files[str(path.relative_to(folder))] = path.read_bytes()
    return files


def _timestamp(folder: Path):
    from nbgrader.utils import parse_utc

    path = folder / "timestamp.txt"
    if path.is_file():
        try:
            return parse_utc(path.read_text(encoding="utf-8").strip())
        except Exception:
            return None
    return None


class _Submission:
    """One student's submission while it is being graded."""

    def __init__(self, student: str, folder: Path, checksum: str):
        self.student, self.folder, self.checksum = student, folder, checksum
        self.prepared: dict = {}  # notebook -> Prepared
        self.errors: dict = {}  # notebook -> message
        self.runs: dict = {}  # notebook -> execute_job result
        self.prepare_s = 0.0  # seconds spent reading and preparing, in the parent


def _client(options: Options):
    from dask.distributed import Client, LocalCluster

    if options.scheduler:
        return Client(options.scheduler), None
    workers = options.workers or len(os.sched_getaffinity(0)) or 1
    cluster = LocalCluster(n_workers=1, threads_per_worker=workers, processes=False,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def _finish(course: Path, assignment: str, spec, sub: _Submission, sdir: Path) -> dict:
    """Score, write the autograded notebooks and the result file, commit, journal."""
    import nbformat

    from .score import merge_outputs, score_notebook

    finish_start = time.perf_counter()
    cells, comments, flags, errors, errored = [], [], [], [], set()
    for name, nb_spec in spec.notebooks.items():
        prepared = sub.prepared.get(name)
        run = sub.runs.get(name)
        error = sub.errors.get(name)
        if run is not None:
            flags += [Flag(r, d) for r, d in run["flags"]]
            if run["problem"]:
                error = f"{name}.ipynb: {run['problem']}"
        if prepared is not None:
            flags += prepared.flags
        nb = prepared.nb if prepared is not None else None
        if nb is not None and run is not None and run["cells"] is not None and error is None:
            try:
                merge_outputs(nb, run["cells"])
            except Exception as exc:  # outputs that are not nbformat: the report was tampered with
                error = f"{name}.ipynb: its outputs could not be read ({type(exc).__name__})"
                flags.append(Flag("kernel_tampering", "the notebook reported malformed outputs"))
        if error:
            errors.append(error)
            errored.add(name)
        c, m = score_notebook(nb if error is None else None, nb_spec, prepared.deleted if prepared else set(),
                              error=error)
        cells += c
        comments += m
        if nb is not None:
            dest = course / "autograded" / sub.student / assignment / f"{name}.ipynb"
            atomic_write(dest, nbformat.writes(nb))
    if flags:  # every autograded point is withheld for review
        for c in cells:
            if c["kind"] == "autograded":
                c["withheld"] = True
                c["score"] = 0.0
    # (notebook, grade_id, auto_score, needs review): as nbgrader's SaveAutoGrades, plus errors and withheld
    grades = [(c["notebook"], c["grade_id"], None if c["kind"] == "task" else c["score"],
               c["withheld"] or c["notebook"] in errored or c["score"] is None) for c in cells]
    result = {
        "student": sub.student, "assignment": assignment,
        "status": "error" if errors else "graded", "error": "; ".join(errors) if errors else None,
        "score": float(sum(c["score"] or 0.0 for c in cells)),
        "max_score": float(sum(c["points"] for c in cells)),
        "duration_s": round(sum(r["duration_s"] for r in sub.runs.values()) + sub.prepare_s
                            + time.perf_counter() - finish_start, 3),
        "cells": cells, "flags": [f.as_dict() for f in flags],
    }
    ts = _timestamp(sub.folder)
    if ts is not None:
        src = sub.folder / "timestamp.txt"
        atomic_write(course / "autograded" / sub.student / assignment / "timestamp.txt", src.read_text())
    atomic_write(sdir / "results" / f"{sub.student}.json", json.dumps(result, indent=1, ensure_ascii=False))
    gradebook.commit(course, assignment, sub.student, grades, comments, timestamp=ts)
    transient = any(r["problem"] and r["problem"].startswith("worker failed") for r in sub.runs.values())
    if not transient:  # a lost worker is retried by the next run; anything else is final
        Journal(sdir).record(sub.student, sub.checksum, result["status"])
    return result


def grade_assignment(course: Path, assignment: str, options: Options | None = None, log=None) -> Summary:
    """Grade every submission of ``assignment`` in ``course`` into nbgrader's gradebook.

    Returns
    -------
    Summary
        Counts, seconds, and the result document of each submission graded in this run.

    Raises
    ------
    LookupError
        The assignment is not in the gradebook (``nbgrader generate_assignment`` first).
    RunLocked
        Another run is grading this assignment.
    """
    from .execute import execute_job

    options = options or Options()
    log = log or (lambda msg: print(msg, file=sys.stderr))
    course = Path(course)
    start = time.perf_counter()
    spec = gradebook.load_spec(course, assignment)
    sdir = state_dir(course, assignment)
    journal = Journal(sdir)
    journal.lock()
    summary = Summary()
    try:
        everyone = sorted(p.parent for p in (course / "submitted").glob(f"*/{assignment}") if p.is_dir())
        folders = [f for f in everyone if not options.students or f.name in options.students]
        done = journal.committed()
        todo = []
        for folder in folders:
            checksum = submission_checksum(folder / assignment)
            if not options.force and done.get(folder.name) == checksum:
                summary.skipped += 1
                continue
            todo.append(_Submission(folder.name, folder / assignment, checksum))
        if summary.skipped:
            log(f"resuming: {summary.skipped} submission(s) already graded are skipped (use --force to regrade)")
        files = _release_files(course, assignment)  # sent once to each worker (scattered below)
        limits = asdict(options.limits)
        pending: dict = {}
        ready = []
        for sub in todo:
            t0 = time.perf_counter()
            for name, nb_spec in spec.notebooks.items():
                try:
                    sub.prepared[name] = prepare(read_notebook(sub.folder / f"{name}.ipynb"), nb_spec)
                except SubmissionError as exc:
                    sub.errors[name] = str(exc)
                except Exception as exc:  # whatever else a hostile file does, it fails alone
                    sub.errors[name] = f"{name}.ipynb could not be prepared ({type(exc).__name__}: {exc})"[:500]
            sub.prepare_s = time.perf_counter() - t0
            if len(sub.prepared) == 0:
                ready.append(sub)
        client = cluster = None
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc=f"grading {assignment}", unit="submission", disable=not options.progress,
                   file=sys.stderr)
        try:
            for sub in ready:
                summary.results.append(_finish(course, assignment, spec, sub, sdir))
                bar.update(1)
            runnable = [s for s in todo if s.prepared]
            if runnable:
                from dask.distributed import as_completed

                client, cluster = _client(options)
                shared = client.scatter([files], broadcast=True)[0] if files else files
                futures = []
                for sub in runnable:
                    for name, prepared in sub.prepared.items():
                        fut = client.submit(execute_job, prepared.sources(), shared, limits, options.sandbox,
                                            pure=False,
                                            key=f"grade-{assignment}-{sub.student}-{name}-{os.urandom(4).hex()}")
                        pending[fut.key] = (sub, name)
                        futures.append(fut)
                remaining = {id(s): len(s.prepared) for s in runnable}
                for fut in as_completed(futures):
                    sub, name = pending.pop(fut.key)
                    try:
                        sub.runs[name] = fut.result()
                    except Exception as exc:  # a worker lost: that notebook errors, the cohort goes on
                        sub.runs[name] = {"cells": None, "flags": [], "problem": f"worker failed: {exc}",
                                          "duration_s": 0.0}
                    remaining[id(sub)] -= 1
                    if remaining[id(sub)] == 0:
                        summary.results.append(_finish(course, assignment, spec, sub, sdir))
                        bar.update(1)
        finally:
            bar.close()
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
        # the integrity report covers the whole cohort, including runs before a resume
        current = {f.name for f in everyone}
        results = []
        for path in sorted((sdir / "results").glob("*.json")):
            try:
                res = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                continue
            if res.get("student") in current:
                results.append(res)
        write_report(sdir, assignment, results)
        summary.graded = sum(1 for r in summary.results if r["status"] == "graded")
        summary.errors = sum(1 for r in summary.results if r["status"] == "error")
        summary.flagged = sum(1 for r in summary.results if r["flags"])
    finally:
        journal.unlock()
    summary.seconds = time.perf_counter() - start
    return summary
