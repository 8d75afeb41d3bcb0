"""Reading the assignment from nbgrader's gradebook, and writing grades back.

Only the trusted parent process touches the gradebook, and it is the only
writer: each submission's grades are committed in one transaction with the
same rules as nbgrader's ``SaveAutoGrades`` (``utils.determine_grade``;
"No response." comments for untouched answers), so the formgrader,
``nbgrader generate_feedback`` and ``nbgrader export`` work unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["AssignmentSpec", "CellSpec", "NotebookSpec", "commit", "load_spec"]


@dataclass(frozen=True)
class CellSpec:
    """One nbgrader cell as the gradebook holds it (the instructor's version)."""

    grade_id: str
    cell_type: str
    locked: bool
    source: str  # with hidden tests: what is executed
    released: str  # hidden tests and mark scheme removed: what the learner received
    checksum: str
    grade: bool = False
    solution: bool = False
    task: bool = False
    points: float = 0.0
    reads: tuple = ()  # test cells: the learner names the test reads (see :mod:`.reads`)




@dataclass
class NotebookSpec:
    name: str
    cells: dict[str, CellSpec] = field(default_factory=dict)
    prelude: list = field(default_factory=list)  # the source's import statements, run before the tests

    @property
    def max_score(self) -> float:
        return sum(c.points for c in self.cells.values() if c.grade or c.task)


@dataclass
class AssignmentSpec:
    name: str
    notebooks: dict[str, NotebookSpec] = field(default_factory=dict)


def _released_text(source: str, cell_type: str) -> str:
    from nbformat.v4 import new_code_cell, new_markdown_cell
    from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme

    cell = new_code_cell(source) if cell_type == "code" else new_markdown_cell(source)
    try:
        ClearHiddenTests()._remove_hidden_test_region(cell)
        ClearMarkScheme()._remove_mark_scheme_region(cell)
    except RuntimeError:  # unbalanced markers: compare with the full text only
        return source
    return cell.source


def db_url(course: Path) -> str:
    """The gradebook's URL as the course's nbgrader configuration sets it (``CourseDirectory.db_url``,
    by default ``sqlite:///<root>/gradebook.db``; it may point outside the course)."""
    from .._nbconfig import load

    return load(course).db_url


def load_spec(course: Path, assignment: str) -> AssignmentSpec:
    """Everything grading needs from the gradebook, as plain data.

    Raises
    ------
    LookupError
        When the gradebook or the assignment is missing (``generate_assignment``
        has not been run).
    """
    from nbgrader.api import Gradebook, MissingEntry

    from .._nbconfig import load

    url = db_url(course)
    file = load(course).gradebook_file()
    if file is not None and not file.is_file():
        raise LookupError(f"the gradebook {file} does not exist: run `nbgrader generate_assignment {assignment}` "
                          "first")
    with Gradebook(url) as gb:
        try:
            a = gb.find_assignment(assignment)
        except MissingEntry:
            raise LookupError(f"assignment {assignment!r} is not in the gradebook: run "
                              f"`nbgrader generate_assignment {assignment}` first") from None
        spec = AssignmentSpec(assignment)
        for nb in a.notebooks:
            ns = NotebookSpec(nb.name)
            grades = {c.name: float(c.max_score) for c in nb.grade_cells}
            tasks = {c.name: float(c.max_score) for c in nb.task_cells}
            solutions = {c.name for c in nb.solution_cells}
            for sc in nb.source_cells:
                ns.cells[sc.name] = CellSpec(
                    grade_id=sc.name, cell_type=sc.cell_type, locked=bool(sc.locked), source=sc.source or "",
                    released=_released_text(sc.source or "", sc.cell_type), checksum=sc.checksum or "",
                    grade=sc.name in grades, solution=sc.name in solutions, task=sc.name in tasks,
                    points=grades.get(sc.name, tasks.get(sc.name, 0.0)))
            spec.notebooks[nb.name] = ns
    if not spec.notebooks:
        raise LookupError(f"assignment {assignment!r} has no notebooks in the gradebook: run "
                          f"`nbgrader generate_assignment {assignment}`")
    for ns in spec.notebooks.values():
        _derive_reads(ns, Path(course) / "source" / assignment / f"{ns.name}.ipynb")
    return spec


def _derive_reads(ns: NotebookSpec, source_path: Path) -> None:
    """Fill in the prelude and each test cell's read names, from trusted text only: the gradebook's
    cells and, when the course has it, the source notebook (its ``servicepsych.reads`` metadata)."""
    from dataclasses import replace

    from .reads import import_bound, prelude_statements, read_names

    overrides, codes = {}, [c.source for c in ns.cells.values() if c.cell_type == "code"]
    try:
        import nbformat

        nb = nbformat.read(source_path, as_version=4)
        codes = [c.source for c in nb.cells if c.cell_type == "code"]
        for c in nb.cells:
            gid = c.metadata.get("nbgrader", {}).get("grade_id")
            reads = c.metadata.get("servicepsych", {}).get("reads") if isinstance(
                c.metadata.get("servicepsych"), dict) else None
            if gid and reads is not None:
                overrides[gid] = reads
    except Exception:  # no source notebook (graded elsewhere): the gradebook's cells suffice
        pass
    prelude: list = []
    for code in codes:
        for stmt in prelude_statements(code):
            if stmt not in prelude:
                prelude.append(stmt)
    ns.prelude = prelude
    bound = import_bound(prelude)
    for gid, cell in list(ns.cells.items()):
        if cell.grade and not cell.solution and cell.cell_type == "code":
            ns.cells[gid] = replace(cell, reads=tuple(read_names(cell.source, bound, overrides.get(gid))))


def commit(course: Path, assignment: str, student: str, grades: list, comments: list, timestamp=None) -> None:
    """Write one submission's grades to the gradebook in a single transaction.

    Parameters
    ----------
    grades : list of (notebook, grade_id, auto_score or None, needs_manual_grade)
    comments : list of (notebook, grade_id, auto_comment or None)
    timestamp : datetime, optional
        The submission time (``timestamp.txt``), as ``nbgrader autograde`` records it.
    """
    import warnings

    from nbgrader.api import Gradebook

    with warnings.catch_warnings(), Gradebook(db_url(course)) as gb:
        warnings.simplefilter("ignore")  # SQLAlchemy's autoflush notes, as under `nbgrader autograde`
        gb.update_or_create_student(student)
        kwargs = {"timestamp": timestamp} if timestamp is not None else {}
        gb.update_or_create_submission(assignment, student, **kwargs)
        try:
            for nb_name, grade_id, score, review in grades:
                grade = gb.find_grade(grade_id, nb_name, assignment, student)
                grade.auto_score = score
                grade.needs_manual_grade = bool(review or score is None or grade.manual_score is not None)
            for nb_name, grade_id, text in comments:
                gb.find_comment(grade_id, nb_name, assignment, student).auto_comment = text
            gb.db.commit()
        except Exception:
            gb.db.rollback()
            raise
