"""Preparing a submitted notebook in the trusted parent, before anything runs: small named steps.

:data:`STEPS` run in order on a :class:`Prepared` (each is a plain function,
linear in the size of the file, and the file's size and cell count are capped
first, so a hostile notebook costs at most a fraction of a second here):

1. :func:`read_file` — at most :data:`MAX_NOTEBOOK_BYTES`, UTF-8, JSON, a ``cells`` list;
2. :func:`to_notebook` — nbformat's schema (at most :data:`MAX_CELLS` cells);
3. :func:`clear_outputs` — nothing the learner's copy shows is kept;
4. :func:`drop_foreign_metadata` — nbgrader metadata on cells the assignment does not have;
5. :func:`restore_locked` — locked cells' text (with the hidden tests, as nbgrader's
   ``OverwriteCells`` does) and nbgrader's metadata, from the gradebook's copy;
6. :func:`find_deleted` — graded or locked cells missing from the submission.

Every difference from what the learner was given is a flag that names the graded
cells whose points it withholds (:mod:`servicepsych.grading._policy`); a change
that restoring undoes (an edited instruction) withholds nothing.
:func:`plan` then lists what each process does: the learner's process runs the
learner's cells and the locked cells they were given, never a test cell; the tests'
process runs each test cell with the names it reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .._results import Flag
from .gradebook import NotebookSpec

__all__ = ["MAX_CELLS", "MAX_NOTEBOOK_BYTES", "STEPS", "Prepared", "SubmissionError", "plan", "prepare",
           "read_notebook"]

MAX_NOTEBOOK_BYTES = 20 * 1024 ** 2
MAX_CELLS = 5_000


class SubmissionError(Exception):
    """A submitted file that cannot be graded (the message says why, for the learner's record)."""


@dataclass
class Prepared:
    """A notebook on its way to being graded."""

    name: str
    spec: NotebookSpec
    path: Path | None = None
    text: str | None = None  # the file's text, once checked
    nb: object = None  # the nbformat notebook, sanitised
    flags: list = field(default_factory=list)
    deleted: set = field(default_factory=set)


def read_file(p: Prepared) -> None:
    path = Path(p.path)
    if not path.is_file():
        raise SubmissionError(f"{path.name} was not submitted")
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        raise SubmissionError(f"{path.name} is {size} bytes, over the {MAX_NOTEBOOK_BYTES} byte limit")
    with open(path, "rb") as fh:
        raw = fh.read(MAX_NOTEBOOK_BYTES + 1)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionError(f"{path.name} is not a notebook: it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise SubmissionError(f"{path.name} is not a notebook: invalid JSON ({str(exc)[:200]})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list) or "nbformat" not in data:
        raise SubmissionError(f"{path.name} is not a notebook: no 'cells' list or 'nbformat' version")
    if len(data["cells"]) > MAX_CELLS:
        raise SubmissionError(f"{path.name} has {len(data['cells'])} cells, over the limit of {MAX_CELLS}")
    p.text = text


def to_notebook(p: Prepared) -> None:
    import nbformat

    try:
        nb = nbformat.reads(p.text, as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # nbformat raises several kinds
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
        raise SubmissionError(f"{Path(p.path).name} is not a valid notebook: {first}") from None
    p.nb, p.text = nb, None


def clear_outputs(p: Prepared) -> None:
    for cell in p.nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None


def _grade_id(cell):
    meta = cell.metadata.get("nbgrader")
    gid = meta.get("grade_id") if isinstance(meta, dict) else None
    return gid if isinstance(gid, str) else None


def drop_foreign_metadata(p: Prepared) -> None:
    seen: set = set()
    for index, cell in enumerate(p.nb.cells):
        meta = cell.metadata.get("nbgrader")
        if meta is None:
            continue
        gid = _grade_id(cell)
        if gid in p.spec.cells and gid not in seen:
            seen.add(gid)
            continue
        claims = isinstance(meta, dict) and any(meta.get(k) for k in ("grade", "solution", "locked", "task"))
        if gid in seen:
            p.flags.append(Flag("metadata_edited", f"cell {index + 1} repeats the grade_id {gid!r}; "
                                                   "the copy was graded as an ordinary cell"))
        elif claims:
            p.flags.append(Flag("metadata_edited", f"cell {index + 1} has nbgrader metadata for a cell the "
                                                   f"assignment does not have ({str(gid)[:80]!r}); it was ignored"))
        del cell.metadata["nbgrader"]


def _semantics(cell) -> dict:
    """What nbgrader makes of a cell's metadata (``utils.is_grade``, ``is_locked``...)."""
    from nbgrader import utils

    meta = cell.metadata.get("nbgrader", {})
    if not all(isinstance(meta.get(k, False), bool) for k in ("grade", "solution", "task", "locked")):
        return {"flag types": True}
    out = {"grade": utils.is_grade(cell), "solution": utils.is_solution(cell), "task": utils.is_task(cell),
           "locked": utils.is_locked(cell)}
    if out["grade"] or out["task"]:
        try:
            out["points"] = float(meta.get("points", 0) or 0)
        except (TypeError, ValueError):
            out["points"] = None
    return out


def _expected(sc) -> dict:
    out = {"grade": sc.grade, "solution": sc.solution, "task": sc.task, "locked": sc.locked}
    if sc.grade or sc.task:
        out["points"] = float(sc.points)
    return out


def restore_locked(p: Prepared) -> None:
    from nbformat.v4 import new_code_cell, new_markdown_cell

    for i, cell in enumerate(p.nb.cells):
        gid = _grade_id(cell)
        if gid is None:
            continue
        sc = p.spec.cells[gid]
        graded = [gid] if (sc.grade or sc.task) else []
        expected, found = _expected(sc), _semantics(cell)
        changed = sorted({k for k in set(expected) | set(found) if expected.get(k) != found.get(k)})
        if cell.cell_type != sc.cell_type:
            changed.append("cell_type")
            maker = new_code_cell if sc.cell_type == "code" else new_markdown_cell
            new = maker(cell.source)
            new.metadata = cell.metadata
            p.nb.cells[i] = cell = new
        meta = dict(cell.metadata.get("nbgrader", {}))
        if changed:
            p.flags.append(Flag("metadata_edited", f"cell {gid!r}: changed {', '.join(changed)}", graded))
            meta.update(expected)
        meta.update(grade_id=gid, checksum=sc.checksum)
        meta.setdefault("schema_version", 3)
        cell.metadata["nbgrader"] = meta
        if sc.locked:
            if cell.source.strip() not in (sc.released.strip(), sc.source.strip()):
                p.flags.append(Flag("locked_cell_edited", f"locked cell {gid!r} was edited", graded))
            cell.source = sc.source  # restored, hidden tests included (what nbgrader's autograded copy holds)
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None


def find_deleted(p: Prepared) -> None:
    present = {_grade_id(c) for c in p.nb.cells}
    for gid, sc in p.spec.cells.items():
        if gid not in present and (sc.grade or sc.task or sc.locked):
            p.deleted.add(gid)
            what = "graded" if (sc.grade or sc.task) else "locked"
            p.flags.append(Flag("cell_deleted", f"the {what} cell {gid!r} was deleted",
                                [gid] if (sc.grade or sc.task) else []))


STEPS = (read_file, to_notebook, clear_outputs, drop_foreign_metadata, restore_locked, find_deleted)


def prepare(path: Path, spec: NotebookSpec) -> Prepared:
    """Run :data:`STEPS` on the submitted file ``path``; :class:`SubmissionError` says why it cannot be graded."""
    p = Prepared(spec.name, spec, path=Path(path))
    for step in STEPS:
        step(p)
    return p


def read_notebook(path: Path):
    """The submitted notebook at ``path``, checked (steps 1-2), or :class:`SubmissionError`.

    Examples
    --------
    >>> import tempfile
    >>> bad = Path(tempfile.mkdtemp()) / "a.ipynb"
    >>> _ = bad.write_text("[1, 2]")
    >>> read_notebook(bad)
    Traceback (most recent call last):
    ...
    servicepsych.grading.grade.prepare.SubmissionError: a.ipynb is not a notebook: no 'cells' list or 'nbformat' version
    """
    p = Prepared("", NotebookSpec(""), path=Path(path))
    read_file(p)
    to_notebook(p)
    return p.nb


def is_test(sc) -> bool:
    return sc.grade and not sc.solution and sc.cell_type == "code"


def plan(p: Prepared, compatibility: bool = False) -> list:
    """What to do with each cell, in order (plain data for the grading worker).

    ``{"kind": "run", "index": i, "source": ...}`` for a cell the learner's process runs;
    ``{"kind": "test", "index": i, "grade_id": ..., "source": ..., "reads": [...]}`` for a test
    cell (run by the tests' process; in compatibility mode, beside the learner's code).
    """
    steps = []
    for i, cell in enumerate(p.nb.cells):
        if cell.cell_type != "code":
            continue
        gid = _grade_id(cell)
        sc = p.spec.cells.get(gid) if gid else None
        if sc is not None and is_test(sc):
            steps.append({"kind": "test", "index": i, "grade_id": gid, "source": sc.source, "reads": list(sc.reads)})
        elif sc is not None and sc.locked:
            steps.append({"kind": "run", "index": i, "source": sc.released})
        else:
            steps.append({"kind": "run", "index": i, "source": cell.source})
    return steps
