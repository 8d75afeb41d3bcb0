"""``servicepsych grade``: grade a cohort in parallel, sandboxed and resumable.

The parent process is trusted and is the only writer: it prepares each
submission (:mod:`.prepare`, bounded), sends the plan to Dask workers, where
:func:`.session.grade_notebook` runs the learner's cells in one sandboxed
process and the tests, on plain data, in another, then — as results arrive in
any order — scores them by :mod:`servicepsych.grading._policy`, writes the
autograded notebook and the typed result, commits the grades in one gradebook
transaction and records the submission in the journal (:mod:`.journal`).
Whatever goes wrong with one submission is that submission's error, recorded and
journalled; a re-run skips what the journal says is done.

Per submission: :func:`_prepare` (parent) → :func:`.session.grade_notebook`
(worker) → :func:`_score` (typed result, policy) → :func:`_finish` (write,
commit, journal). Where nbgrader's own behaviour plugs in: the course's nbgrader
configuration (:mod:`servicepsych.grading._nbconfig`: ``student_id_exclude``,
``db_url``, ``ignore``, ``exclude_overwriting``, the late-penalty plugin), the
submission time (:func:`.files.read_timestamp`; an unreadable one is refused by
:func:`_refuse`, as nbgrader refuses it), the late penalty after the commit
(:func:`_late_penalties`, :mod:`.late`), the files copied beside the notebooks and
given to the learner's process (:func:`.files.supplementary_files`), the release's
data files for the tests' process (:func:`_release_files`) and the options (:class:`Options`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .._course import state_dir
from .._policy import finalize, gradebook_rows, notebook_error, test_cell_score
from .._results import MODE_COMPAT, MODE_STANDARD, CellResult, Flag, NotebookResult, SubmissionResult
from . import gradebook
from .explain import explain_comments
from .files import TimestampError, read_timestamp, supplementary_files, write_files
from .journal import Journal, atomic_write, submission_checksum
from .prepare import SubmissionError, plan, prepare
from .report import write_report
from .sandbox import Limits

__all__ = ["COMPAT_COMMENT", "Options", "Summary", "grade_assignment"]

MAX_DATA_FILE_BYTES = 50 * 1024 ** 2
COMPAT_COMMENT = "graded in compatibility mode (tests ran beside the learner's code)"


@dataclass
class Options:
    """How to grade: workers, scheduler, which students, limits, sandbox, mode."""

    workers: int = 0  # 0: one per core
    scheduler: str | None = None
    students: list = field(default_factory=list)
    force: bool = False
    limits: Limits = field(default_factory=Limits)
    sandbox: bool = True
    progress: bool = True
    compatibility: bool = False  # run tests beside learner code, as nbgrader does (never the default)
    language: str | None = None  # check messages' language; None: c.ServicePsych.language of the course


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


class _Submission:
    """One student's submission while it is being graded."""

    def __init__(self, student: str, folder: Path, checksum: str):
        self.student, self.folder, self.checksum = student, folder, checksum
        self.timestamp = None  # from timestamp.txt (None: none, or empty)
        self.files: dict = {}  # the non-notebook files nbgrader would put in autograded/ (see .files)
        self.file_notes: list = []
        self.prepared: dict = {}  # notebook -> Prepared
        self.errors: dict = {}  # notebook -> message
        self.runs: dict = {}  # notebook -> grade_notebook's result
        self.prepare_s = 0.0  # seconds spent reading and preparing, in the parent


def _client(options: Options):
    from dask.distributed import Client, LocalCluster

    if options.scheduler:
        return Client(options.scheduler), None
    workers = options.workers or len(os.sched_getaffinity(0)) or 1
    cluster = LocalCluster(n_workers=1, threads_per_worker=workers, processes=False,
                           dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def _prepare(sub: _Submission, spec) -> None:
    """Step 1 of a submission: read and sanitise each notebook (bounded; see :mod:`.prepare`)."""
    t0 = time.perf_counter()
    for name, nb_spec in spec.notebooks.items():
        path = sub.folder / f"{name}.ipynb"
        link = next((q for q in (path, sub.folder, sub.folder.parent) if q.is_symlink()), None)
        if link is not None:  # never followed (it could point at source/, the answer key), as in .files
            sub.errors[name] = (f"{name}.ipynb is not graded: {link.name} in submitted/ is a symbolic link; "
                                "copy the files themselves instead")
            continue
        try:
            sub.prepared[name] = prepare(path, nb_spec)
        except SubmissionError as exc:
            sub.errors[name] = str(exc)
        except Exception as exc:  # whatever else a hostile file does, it fails alone
            sub.errors[name] = f"{name}.ipynb could not be prepared ({type(exc).__name__}: {exc})"[:500]
    sub.prepare_s = time.perf_counter() - t0


def _cell_results(nb_spec, prepared) -> list:
    """An empty :class:`CellResult` for every graded cell, in the notebook's order."""
    order = {}
    if prepared is not None:
        for i, cell in enumerate(prepared.nb.cells):
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid:
                order.setdefault(gid, i)
    cells = []
    for gid, sc in sorted(nb_spec.cells.items(), key=lambda kv: order.get(kv[0], 10 ** 9)):
        if sc.grade or sc.task:
            kind = "task" if sc.task else ("manual" if sc.solution or sc.cell_type != "code" else "autograded")
            cells.append(CellResult(nb_spec.name, gid, kind, points=float(sc.points)))
    return cells


def _score_notebook(nbres: NotebookResult, nb_spec, prepared, run, flags: list) -> None:
    """Scores from the tests' verdicts (never from the learner's outputs), by the scoring policy."""
    from nbgrader import utils

    by_id = {c.metadata["nbgrader"]["grade_id"]: c for c in prepared.nb.cells
             if c.metadata.get("nbgrader", {}).get("grade_id")}
    for cell in nbres.cells:
        if cell.kind == "autograded":
            if cell.grade_id in prepared.deleted:
                cell.score, cell.passed, cell.message = 0.0, False, "the test cell was deleted from the submission"
                continue
            if cell.grade_id in run["not_plain"]:
                names = [n for n, _ in run["not_plain"][cell.grade_id]]
                flags.append(Flag("not_plain_value", f"{cell.grade_id}: {', '.join(names)} "
                                                     f"{'is' if len(names) == 1 else 'are'} not plain values",
                                  [cell.grade_id]))
            verdict = run["verdicts"].get(cell.grade_id)
            if verdict is None:
                cell.score, cell.passed, cell.message = 0.0, False, "the test did not run"
            else:
                cell.score, cell.passed, cell.message = test_cell_score(verdict, cell.points)
        elif cell.kind == "manual" and cell.grade_id in by_id:
            auto, _ = utils.determine_grade(by_id[cell.grade_id])  # 0 for an untouched answer, else None
            cell.score = None if auto is None else float(auto)


def _comments(nb_spec, prepared, mode: str) -> list:
    """nbgrader's automatic comments: "No response." for an untouched answer (plus the mode, when not standard)."""
    from nbgrader import utils

    out = []
    by_id = {}
    if prepared is not None:
        by_id = {c.metadata["nbgrader"]["grade_id"]: c for c in prepared.nb.cells
                 if c.metadata.get("nbgrader", {}).get("grade_id")}
    for gid, sc in nb_spec.cells.items():
        if not (sc.solution or sc.task):
            continue
        cell = by_id.get(gid)
        text = None
        if cell is not None and not sc.task and cell.metadata.nbgrader.get("checksum") == utils.compute_checksum(cell):
            text = "No response."
        if mode == MODE_COMPAT:
            text = f"{text} " if text else ""
            text += COMPAT_COMMENT
        out.append((nb_spec.name, gid, text))
    return out


def _merge_outputs(nb, cells: dict) -> None:
    """The outputs each process produced, into the autograded copy, bounded as nbgrader's ``LimitOutput`` does."""
    from nbformat import from_dict
    from nbgrader.preprocessors import LimitOutput

    count = 0
    for index in sorted(cells, key=int):  # numbered in order, as one kernel running every cell would
        run, cell = cells[index], nb.cells[int(index)]
        if cell.cell_type == "code":
            count += 1
            cell.outputs = [from_dict(o) for o in run["outputs"]]
            cell.execution_count = count
            for out in cell.outputs:
                if out.output_type == "execute_result":
                    out.execution_count = count
    limiter = LimitOutput()
    for i, cell in enumerate(nb.cells):
        limiter.preprocess_cell(cell, {}, i)


def _autograded_extras(course: Path, assignment: str, sub: _Submission) -> None:
    """Files besides the notebooks that go to ``autograded/``, as nbgrader copies them (see :mod:`.files`)."""
    write_files(course / "autograded" / sub.student / assignment, sub.files)


def _refuse(course: Path, assignment: str, spec, sub: _Submission, sdir: Path, mode: str, reason: str) -> dict:
    """A submission nbgrader would refuse too (an unreadable ``timestamp.txt``): an error result and a journal
    line, and — as under nbgrader — nothing in the gradebook or ``autograded/``."""
    result = SubmissionResult(sub.student, assignment, status="error", mode=mode, error=reason)
    for name, nb_spec in spec.notebooks.items():
        nbres = NotebookResult(name, cells=_cell_results(nb_spec, None))
        notebook_error(nbres, reason)
        result.notebooks.append(nbres)
    atomic_write(sdir / "results" / f"{sub.student}.json", result.to_json())
    stale = course / "autograded" / sub.student / assignment
    if stale.is_dir() and not stale.is_symlink():  # nbgrader removes a failed submission's autograded folder
        import shutil

        shutil.rmtree(stale, ignore_errors=True)
    Journal(sdir).record(sub.student, sub.checksum, result.status)
    return result.to_dict()


def _score(assignment: str, spec, sub: _Submission, mode: str) -> tuple[SubmissionResult, list, dict]:
    """The submission's typed result, nbgrader's comments, and the notebooks to write."""
    result = SubmissionResult(sub.student, assignment, mode=mode)
    comments, notebooks = [], {}
    for name, nb_spec in spec.notebooks.items():
        prepared, run = sub.prepared.get(name), sub.runs.get(name)
        nbres = NotebookResult(name, cells=_cell_results(nb_spec, prepared))
        result.notebooks.append(nbres)
        if prepared is not None:
            result.flags += prepared.flags
        error = sub.errors.get(name)
        if error is None and run is not None and run["problem"]:
            error = f"{name}.ipynb: {run['problem']}"
        if error is None and prepared is not None and run is not None:
            _score_notebook(nbres, nb_spec, prepared, run, result.flags)
            _merge_outputs(prepared.nb, run["cells"])
        elif error is None:
            error = f"{name}.ipynb could not be graded"
        if error is not None:
            notebook_error(nbres, error)
        comments += _comments(nb_spec, prepared, mode)
        if prepared is not None:
            notebooks[name] = prepared.nb
    finalize(result)
    orders = {name: [c.metadata["nbgrader"]["grade_id"] for c in p.nb.cells
                     if c.metadata.get("nbgrader", {}).get("grade_id")] for name, p in sub.prepared.items()}
    comments = explain_comments(comments, result, orders)  # stricter than nbgrader: say why, in the formgrader
    result.duration_s = round(sum(r["duration_s"] for r in sub.runs.values()) + sub.prepare_s, 3)
    return result, comments, notebooks


def _finish(course: Path, assignment: str, spec, sub: _Submission, sdir: Path, mode: str = MODE_STANDARD) -> dict:
    """Score, write the autograded notebooks and the result file, commit, journal: whatever fails, this
    submission gets an error result and a journal line, and the run goes on."""
    import nbformat

    t0 = time.perf_counter()
    try:
        result, comments, notebooks = _score(assignment, spec, sub, mode)
        for name, nb in notebooks.items():
            atomic_write(course / "autograded" / sub.student / assignment / f"{name}.ipynb", nbformat.writes(nb))
        _autograded_extras(course, assignment, sub)
        result.duration_s = round(result.duration_s + time.perf_counter() - t0, 3)
        atomic_write(sdir / "results" / f"{sub.student}.json", result.to_json())
        gradebook.commit(course, assignment, sub.student, gradebook_rows(result), comments,
                         timestamp=sub.timestamp)
        _late_penalties(course, assignment, sub.student, list(notebooks))
    except Exception as exc:  # this submission's error, never the run's
        result = SubmissionResult(sub.student, assignment, status="error", mode=mode,
                                  error=f"grading failed ({type(exc).__name__}: {str(exc)[:300]})")
        for name, nb_spec in spec.notebooks.items():
            nbres = NotebookResult(name, cells=_cell_results(nb_spec, None))
            notebook_error(nbres, result.error)
            result.notebooks.append(nbres)
        try:
            atomic_write(sdir / "results" / f"{sub.student}.json", result.to_json())
            gradebook.commit(course, assignment, sub.student, gradebook_rows(result), [])
        except Exception:
            pass
    transient = any(str(r.get("problem") or "").startswith("worker failed") for r in sub.runs.values())
    if not transient:  # a lost worker is retried by the next run; anything else is final
        Journal(sdir).record(sub.student, sub.checksum, result.status)
    return result.to_dict()


def _late_penalties(course: Path, assignment: str, student: str, notebooks: list) -> None:
    """nbgrader's ``AssignLatePenalties`` for the notebooks just graded (see :mod:`.late`)."""
    from .._nbconfig import load
    from .late import assign_penalties

    config = load(course)
    assign_penalties(config.db_url, assignment, student, notebooks, config.late_plugin)


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
    from tqdm import tqdm

    from .session import close_testers, grade_notebook

    options = options or Options()
    log = log or (lambda msg: print(msg, file=sys.stderr))
    mode = MODE_COMPAT if options.compatibility else MODE_STANDARD
    course = Path(course)
    start = time.perf_counter()
    spec = gradebook.load_spec(course, assignment)
    sdir = state_dir(course, assignment)
    journal = Journal(sdir)
    journal.lock()
    summary = Summary()
    try:
        from .._nbconfig import load

        config = load(course)
        language = options.language or config.language
        if options.language and options.language != config.language:
            log(f"check messages in {options.language!r} from --lang (it wins over c.ServicePsych.language = "
                f"{config.language!r} in nbgrader_config.py)")
        everyone = sorted(p.parent for p in (course / "submitted").glob(f"*/{assignment}") if p.is_dir())
        left_out = [f.name for f in everyone if config.excluded(f.name)]
        if left_out:
            log(f"CourseDirectory.student_id_exclude (nbgrader_config.py): not grading {', '.join(left_out)}")
        everyone = [f for f in everyone if not config.excluded(f.name)]
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
        bar = tqdm(total=len(todo), desc=f"grading {assignment}", unit="submission", disable=not options.progress,
                   file=sys.stderr)
        client = cluster = None
        try:
            refused = []
            for sub in todo:
                try:
                    sub.timestamp = read_timestamp(sub.folder)
                except TimestampError as exc:  # nbgrader refuses it too: that submission only
                    refused.append(sub)
                    summary.results.append(_refuse(course, assignment, spec, sub, sdir, mode, str(exc)))
                    bar.update(1)
                    continue
                sub.files, sub.file_notes = supplementary_files(
                    sub.folder, course / "source" / assignment, config.ignore,
                    config.exclude_overwriting.get(assignment, []))
                for note in sub.file_notes:
                    log(f"{sub.student}: {note}")
            todo = [s for s in todo if s not in refused]
            for sub in todo:
                _prepare(sub, spec)
            for sub in todo:
                if not sub.prepared:  # nothing to run: graded (as errors) at once
                    summary.results.append(_finish(course, assignment, spec, sub, sdir, mode))
                    bar.update(1)
            runnable = [s for s in todo if s.prepared]
            if runnable:
                from dask.distributed import as_completed

                client, cluster = _client(options)
                shared = client.scatter([files], broadcast=True)[0] if files else files
                pending, futures = {}, []
                for sub in runnable:
                    for name, prepared in sub.prepared.items():
                        fut = client.submit(grade_notebook, plan(prepared, options.compatibility),
                                            spec.notebooks[name].prelude, shared, limits, options.sandbox,
                                            options.compatibility, sub.files, language, pure=False,
                                            key=f"grade-{assignment}-{sub.student}-{name}-{os.urandom(4).hex()}")
                        pending[fut.key] = (sub, name)
                        futures.append(fut)
                remaining = {id(s): len(s.prepared) for s in runnable}
                for fut in as_completed(futures):
                    sub, name = pending.pop(fut.key)
                    try:
                        sub.runs[name] = fut.result()
                    except Exception as exc:  # a worker lost: that notebook errors, the cohort goes on
                        sub.runs[name] = {"cells": {}, "verdicts": {}, "not_plain": {},
                                          "problem": f"worker failed: {str(exc)[:300]}", "duration_s": 0.0}
                    remaining[id(sub)] -= 1
                    if remaining[id(sub)] == 0:
                        summary.results.append(_finish(course, assignment, spec, sub, sdir, mode))
                        bar.update(1)
        finally:
            bar.close()
            if client is not None:
                if options.scheduler:
                    try:
                        client.run(close_testers)
                    except Exception:
                        pass
                client.close()
            if cluster is not None:
                cluster.close()
            close_testers()
        # the integrity report covers the whole cohort, including runs before a resume
        current = {f.name for f in everyone}
        results = []
        for path in sorted((sdir / "results").glob("*.json")):
            try:
                res = SubmissionResult.from_json(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, TypeError):
                continue
            if res.student in current:
                results.append(res)
        write_report(sdir, assignment, results)
        summary.graded = sum(1 for r in summary.results if r["status"] == "graded")
        summary.errors = sum(1 for r in summary.results if r["status"] == "error")
        summary.flagged = sum(1 for r in summary.results if r["flags"])
    finally:
        journal.unlock()
    summary.seconds = time.perf_counter() - start
    return summary
