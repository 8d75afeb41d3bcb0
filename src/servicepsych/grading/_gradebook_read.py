"""Read a graded course: one row per (student, graded cell), from nbgrader's gradebook.

The gradebook (``<course>/gradebook.db``) is the source of truth for scores, so
everything here works on a course graded by plain ``nbgrader autograde``. When
``servicepsych grade`` has run, its typed per-student results
(:class:`~servicepsych.grading._results.SubmissionResult`, in
``grading_runs/<assignment>/results/<student>.json``) add the test messages,
``withheld`` marks, the grading mode and the run status, and ``integrity.json``
the flagged submissions; without them, messages come from the error outputs of
the autograded notebooks. This module is the one reader of those files: feedback,
export and the report go through :func:`read_result` / :func:`read_results`.

No pandas at import time: :func:`scores_frame` imports it when called.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from ._course import state_dir

__all__ = ["CellScore", "NoGradebook", "concept_of", "graded_assignments", "error_message", "flagged_submissions",
           "read_result", "read_results", "read_scores", "read_students", "scores_frame", "student_frame"]

_SLUG = re.compile(r"^\d+[_-](?P<slug>.+)$")


class NoGradebook(FileNotFoundError):
    """The course has no gradebook yet (nothing has been graded)."""


@dataclass
class CellScore:
    """One graded cell of one learner's submission."""

    student: str
    assignment: str
    notebook: str
    grade_id: str
    concept: str
    kind: str  # "autograded" | "manual" | "task"
    points: float
    score: float
    auto_score: float | None
    manual_score: float | None
    needs_manual_grade: bool
    withheld: bool = False
    passed: bool | None = None
    message: str = ""
    order: int = 0


def concept_of(assignment: str) -> str:
    """The concept an assignment assesses: its name without the ``NN_`` prefix.

    Examples
    --------
    >>> concept_of("01_anchoring")
    'anchoring'
    >>> concept_of("03_loss_aversion")
    'loss_aversion'
    >>> concept_of("midterm")
    'midterm'
    """
    match = _SLUG.match(assignment)
    return match.group("slug") if match else assignment


def error_message(output: dict) -> str:
    """The one-line ``Name: message`` of an error output (never its traceback).

    Examples
    --------
    >>> error_message({"output_type": "error", "ename": "AssertionError", "evalue": "x must be a float"})
    'AssertionError: x must be a float'
    >>> error_message({"output_type": "error", "ename": "NameError", "evalue": ""})
    'NameError'
    """
    name, value = output.get("ename", "Error"), str(output.get("evalue", "")).strip()
    return f"{name}: {value}" if value else name


def gradebook_url(course: Path) -> str:
    from ._nbconfig import load

    config = load(course)  # CourseDirectory.db_url, read as nbgrader reads it (it may lie outside the course)
    db = config.gradebook_file()
    if db is not None and not db.is_file():
        raise NoGradebook(f"{db} does not exist: grade the assignment first "
                          "(servicepsych grade ASSIGNMENT, or nbgrader autograde ASSIGNMENT)")
    return config.db_url


def _load_json(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_result(course: str | Path, assignment: str, student: str):
    """The typed result ``servicepsych grade`` wrote for one submission, or None (not graded by it)."""
    from ._results import SubmissionResult

    data = _load_json(state_dir(Path(course), assignment) / "results" / f"{student}.json")
    if not isinstance(data, dict):
        return None
    try:
        return SubmissionResult.from_dict(data)
    except (TypeError, ValueError):
        return None


def read_results(course: str | Path, assignment: str) -> dict:
    """``{student: SubmissionResult}`` of every result ``servicepsych grade`` wrote for ``assignment``."""
    from ._results import SubmissionResult

    folder = state_dir(Path(course), assignment) / "results"
    out = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        data = _load_json(path)
        if isinstance(data, dict):
            try:
                res = SubmissionResult.from_dict(data)
            except (TypeError, ValueError):
                continue
            out[res.student or path.stem] = res
    return out


def _results(course: Path, assignment: str) -> dict[str, dict]:
    """``{student: {"cells": [cell dicts], ...}}``: :func:`read_results` in the shape read_scores uses."""
    return {s: {"cells": [asdict(c) for c in r.cells], "flags": [f.as_dict() for f in r.flags],
                "status": r.status, "error": r.error, "mode": r.mode}
            for s, r in read_results(course, assignment).items()}


def _grade_ids(path: Path) -> list[tuple[str, list[dict]]]:
    """(grade_id, outputs) of every cell with a grade_id in a notebook, in order."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    return [(c.metadata["nbgrader"]["grade_id"], c.get("outputs", [])) for c in nb.cells
            if c.get("metadata", {}).get("nbgrader", {}).get("grade_id")]


def _notebook_messages(course: Path, student: str, assignment: str, notebook: str) -> dict[str, str]:
    """grade_id -> first error message, from the learner's autograded notebook."""
    path = Path(course) / "autograded" / student / assignment / f"{notebook}.ipynb"
    if not path.is_file():
        return {}
    return {gid: next((error_message(o) for o in outputs if o.get("output_type") == "error"), "")
            for gid, outputs in _grade_ids(path)}


def _cell_order(course: Path, gb_notebook, assignment: str) -> dict[str, int]:
    """grade_id -> position, from the source (or release, or any autograded) notebook."""
    name = gb_notebook.name
    candidates = [course / "source" / assignment / f"{name}.ipynb",
                  course / "release" / assignment / f"{name}.ipynb",
                  *sorted((course / "autograded").glob(f"*/{assignment}/{name}.ipynb"))[:1]]
    for path in candidates:
        if path.is_file():
            return {gid: i for i, (gid, _) in enumerate(_grade_ids(path))}
    return {c.name: i for i, c in enumerate(gb_notebook.source_cells)}


def read_scores(course: str | Path, assignments: list[str] | None = None) -> list[CellScore]:
    """Every graded cell of every submission in the gradebook, in notebook order.

    Parameters
    ----------
    course : path
        The course root (the folder holding ``gradebook.db``).
    assignments : list of str, optional
        Only these assignments (default: all in the gradebook).

    Returns
    -------
    list of CellScore

    Raises
    ------
    NoGradebook
        If nothing has been graded yet.
    ValueError
        If an assignment asked for is not in the gradebook.
    """
    from nbgrader.api import Gradebook

    course = Path(course)
    rows: list[CellScore] = []
    orders: dict[tuple[str, str], dict[str, int]] = {}
    with Gradebook(gradebook_url(course)) as gb:
        known = [a.name for a in gb.assignments]
        wanted = list(assignments) if assignments else sorted(known)
        missing = [a for a in wanted if a not in known]
        if missing:
            raise ValueError(f"assignment(s) {', '.join(missing)} not in the gradebook; "
                             f"graded assignments: {', '.join(sorted(known)) or 'none'}")
        for name in wanted:
            assignment = gb.find_assignment(name)
            results = _results(course, name)
            for sub in sorted(assignment.submissions, key=lambda s: s.student.id):
                student = sub.student.id
                res_cells = {(c.get("notebook"), c.get("grade_id")): c
                             for c in (results.get(student, {}).get("cells") or [])}
                for snb in sorted(sub.notebooks, key=lambda n: n.notebook.name):
                    nb_name = snb.notebook.name
                    solution_ids = {c.name for c in snb.notebook.solution_cells}
                    key = (name, nb_name)
                    if key not in orders:
                        orders[key] = _cell_order(course, snb.notebook, name)
                    messages = {} if res_cells else _notebook_messages(course, student, name, nb_name)
                    for grade in snb.grades:
                        cell = grade.cell
                        kind = ("task" if cell.type == "TaskCell"
                                else "manual" if cell.name in solution_ids else "autograded")
                        res = res_cells.get((nb_name, cell.name), {})
                        message = (res.get("message") or "") if res_cells else messages.get(cell.name, "")
                        max_score = float(grade.max_score or 0.0)
                        score = float(grade.score or 0.0)
                        passed = None
                        if kind == "autograded":
                            passed = bool(res["passed"]) if "passed" in res else (max_score > 0 and score >= max_score)
                        rows.append(CellScore(
                            student=student, assignment=name, notebook=nb_name, grade_id=cell.name,
                            concept=concept_of(name), kind=kind, points=max_score, score=score,
                            auto_score=grade.auto_score, manual_score=grade.manual_score,
                            needs_manual_grade=bool(grade.needs_manual_grade),
                            withheld=bool(res.get("withheld", False)), passed=passed, message=message,
                            order=orders[key].get(cell.name, 10**6)))
    rows.sort(key=lambda r: (r.assignment, r.student, r.notebook, r.order))
    return rows


def graded_assignments(course: str | Path) -> list[str]:
    """Names of the assignments in the gradebook that have at least one submission."""
    from nbgrader.api import Gradebook

    with Gradebook(gradebook_url(Path(course))) as gb:
        return sorted(a.name for a in gb.assignments if a.submissions)


def read_students(course: str | Path) -> dict[str, dict]:
    """nbgrader's student records: id -> first_name, last_name, email, lms_user_id."""
    from nbgrader.api import Gradebook

    with Gradebook(gradebook_url(Path(course))) as gb:
        return {s.id: {"first_name": s.first_name, "last_name": s.last_name, "email": s.email,
                       "lms_user_id": s.lms_user_id} for s in gb.students}


def flagged_submissions(course: str | Path, assignments: list[str]) -> list[dict]:
    """Integrity flags: from ``integrity.json`` when present, else from results' ``flags``.

    Each row: student, assignment, reasons (``"; "``-joined), withheld_points.
    """
    from ._results import MODE_COMPAT

    course = Path(course)
    out = []
    for name in assignments:
        data = _load_json(state_dir(course, name) / "integrity.json")
        if isinstance(data, dict):
            for entry in data.get("flagged") or []:
                reasons = entry.get("reasons") or []
                out.append({"student": entry.get("student"), "assignment": name,
                            "reasons": "; ".join(map(str, reasons)) if isinstance(reasons, list) else str(reasons),
                            "withheld_points": float(entry.get("withheld_points") or 0.0)})
            continue
        for student, res in read_results(course, name).items():
            reasons = [f.reason for f in res.flags] + (["graded in compatibility mode"] if res.mode == MODE_COMPAT
                                                       else [])
            if reasons:
                out.append({"student": student, "assignment": name, "reasons": "; ".join(reasons),
                            "withheld_points": res.withheld_points})
    return out


def run_status(course: str | Path, assignment: str) -> dict[str, dict]:
    """student -> {status, error, mode} from ``servicepsych grade`` results (empty without them)."""
    return {s: {"status": r.status, "error": r.error or "", "mode": r.mode}
            for s, r in read_results(Path(course), assignment).items()}


COLUMNS = ["student", "assignment", "notebook", "grade_id", "concept", "kind", "points", "score",
           "auto_score", "manual_score", "needs_manual_grade", "withheld", "passed", "message"]


def scores_frame(course: str | Path, assignments: list[str] | None = None):
    """:func:`read_scores` as a long pandas DataFrame (one row per student and graded cell)."""
    import pandas as pd

    rows = [asdict(r) for r in read_scores(course, assignments)]
    return pd.DataFrame(rows, columns=COLUMNS) if rows else pd.DataFrame(columns=COLUMNS)


def student_frame(course: str | Path):
    """nbgrader's student records as a DataFrame indexed by student id."""
    import pandas as pd

    records = read_students(course)
    frame = pd.DataFrame.from_dict(records, orient="index",
                                   columns=["first_name", "last_name", "email", "lms_user_id"])
    frame.index.name = "student"
    return frame


def add_selection_arguments(parser, *, many: bool = True, default_all: bool = False) -> None:
    """The ``ASSIGNMENT ... | --all`` and ``--course DIR`` arguments shared by feedback, export and report."""
    parser.add_argument("assignments", nargs="*", metavar="ASSIGNMENT",
                        help="assignment name(s) as in the gradebook, e.g. 01_anchoring"
                             + (" (default: every graded assignment)" if default_all else ""))
    if many and not default_all:
        parser.add_argument("--all", action="store_true", help="every graded assignment in the gradebook")
    parser.add_argument("--course", metavar="DIR", default=None,
                        help="the nbgrader course folder (default: found from the current folder)")


def resolve_selection(args, *, default_all: bool = False) -> tuple[Path, list[str]]:
    """(course root, assignment names) from parsed arguments; raises ValueError with what to pass."""
    from ._course import find_course

    course = find_course(args.course)
    names = list(args.assignments or [])
    if getattr(args, "all", False) or (default_all and not names):
        if names:
            raise ValueError("give assignment names or --all, not both")
        names = graded_assignments(course)
        if not names:
            raise ValueError(f"nothing graded yet in {course}: run servicepsych grade ASSIGNMENT first")
    if not names:
        raise ValueError("name the assignment(s), e.g. 01_anchoring, or pass --all")
    known = graded_assignments(course)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"no graded submissions for {', '.join(unknown)} in {course}; "
                         f"graded: {', '.join(known) or 'none'}")
    return course, names
