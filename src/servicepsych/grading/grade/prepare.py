"""Preparing a submitted notebook in the trusted parent, before anything runs.

Reads the file defensively (size, UTF-8, JSON, nbformat schema), clears
outputs, and puts back what the learner may not change, from the gradebook's
copy of the assignment: locked cells' text (with the hidden tests, as nbgrader's
``OverwriteCells`` does), nbgrader metadata (grade, solution, task, locked,
points, cell type). Every difference with what the learner was given is an
integrity flag; a deleted graded cell simply earns nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .gradebook import NotebookSpec
from .integrity import Flag, static_flags, hidden_name_flags

__all__ = ["MAX_NOTEBOOK_BYTES", "Prepared", "SubmissionError", "prepare", "read_notebook"]

MAX_NOTEBOOK_BYTES = 20 * 1024 ** 2


class SubmissionError(Exception):
    """A submitted file that cannot be graded (the message says why, for the learner's record)."""


def read_notebook(path: Path):
    """Read a submitted notebook, or raise :class:`SubmissionError` saying what is wrong with it.

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
    import nbformat

    path = Path(path)
    if not path.is_file():
        raise SubmissionError(f"{path.name} was not submitted")
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        raise SubmissionError(f"{path.name} is {size} bytes, over the {MAX_NOTEBOOK_BYTES} byte limit")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionError(f"{path.name} is not a notebook: it is not UTF-8 text") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise SubmissionError(f"{path.name} is not a notebook: invalid JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list) or "nbformat" not in data:
        raise SubmissionError(f"{path.name} is not a notebook: no 'cells' list or 'nbformat' version")
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # nbformat raises several kinds
        raise SubmissionError(f"{path.name} is not a valid notebook: {str(exc).splitlines()[0][:300]}") from None
    return nb


@dataclass
class Prepared:
    """A notebook ready to run: the sanitised notebook, its integrity flags, its deleted graded cells."""

    name: str
    nb: object
    flags: list = field(default_factory=list)
    deleted: set = field(default_factory=set)

    def sources(self) -> list:
        """What the driver runs: each code cell's source, ``None`` for other cells."""
        return [c.source if c.cell_type == "code" else None for c in self.nb.cells]


def _semantics(cell) -> dict:
    """What nbgrader makes of a cell's metadata (``utils.is_grade``, ``is_locked``...)."""
    from nbgrader import utils

    meta = cell.metadata.get("nbgrader", {})
    out = {"grade": utils.is_grade(cell), "solution": utils.is_solution(cell), "task": utils.is_task(cell),
           "locked": utils.is_locked(cell)}
    if out["grade"] or out["task"]:
        try:
            out["points"] = float(meta.get("points", 0) or 0)
        except (TypeError, ValueError):
            out["points"] = None
    return out


def _expected(spec_cell) -> dict:
    out = {"grade": spec_cell.grade, "solution": spec_cell.solution, "task": spec_cell.task,
           "locked": spec_cell.locked}
    if spec_cell.grade or spec_cell.task:
        out["points"] = float(spec_cell.points)
    return out


def _as_type(cell, cell_type: str):
    from nbformat.v4 import new_code_cell, new_markdown_cell

    if cell.cell_type == cell_type:
        return cell
    maker = new_code_cell if cell_type == "code" else new_markdown_cell
    new = maker(cell.source)
    new.metadata = cell.metadata
    return new


def prepare(nb, spec: NotebookSpec) -> Prepared:
    """Sanitise ``nb`` against the gradebook's ``spec`` of that notebook."""
    prepared = Prepared(spec.name, nb)
    flags = prepared.flags
    seen: set[str] = set()
    cells = []
    learner_code: list[tuple[str, str]] = []  # (where, source) of every cell the learner wrote
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        meta = cell.metadata.get("nbgrader")
        where = f"cell {index + 1}"
        gid = meta.get("grade_id") if isinstance(meta, dict) else None
        gid = gid if isinstance(gid, str) else None
        if meta is not None and (gid not in spec.cells or gid in seen):
            claims = isinstance(meta, dict) and any(meta.get(k) for k in ("grade", "solution", "locked", "task"))
            if gid in seen:
                flags.append(Flag("metadata_edited", f"{where} repeats the grade_id {gid!r}", [str(gid)]))
            elif claims:
                flags.append(Flag("metadata_edited", f"{where} has nbgrader metadata for an unknown cell "
                                                     f"{gid!r}", [str(gid)]))
            del cell.metadata["nbgrader"]
            meta, gid = None, None
        if gid is None:
            if cell.cell_type == "code":
                flags.extend(static_flags(cell.source, where))
                learner_code.append((where, cell.source))
            cells.append(cell)
            continue
        seen.add(gid)
        sc = spec.cells[gid]
        expected = _expected(sc)
        if not all(isinstance(meta.get(k, False), bool) for k in ("grade", "solution", "task", "locked")):
            changed = ["flag types"]
        else:
            changed = [k for k, v in _semantics(cell).items() if expected.get(k) != v]
            changed += [k for k in expected if k not in _semantics(cell)]
        if cell.cell_type != sc.cell_type:
            changed.append("cell_type")
            cell = _as_type(cell, sc.cell_type)
        if changed:
            flags.append(Flag("metadata_edited", f"cell {gid!r}: changed {', '.join(sorted(set(changed)))}", [gid]))
            new_meta = dict(meta)
            new_meta.update(expected)
        else:
            new_meta = dict(meta)
        new_meta["grade_id"] = gid
        new_meta["checksum"] = sc.checksum
        new_meta.setdefault("schema_version", 3)
        cell.metadata["nbgrader"] = new_meta
        if sc.locked:
            if cell.source.strip() not in (sc.released.strip(), sc.source.strip()):
                flags.append(Flag("locked_cell_edited", f"locked cell {gid!r} was edited", [gid]))
            cell.source = sc.source  # restored, hidden tests included
        elif sc.solution and cell.cell_type == "code":
            flags.extend(static_flags(cell.source, gid))
            learner_code.append((gid, cell.source))
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    for gid, sc in spec.cells.items():
        if gid not in seen and (sc.grade or sc.task or sc.locked):
            prepared.deleted.add(gid)
            what = "graded" if (sc.grade or sc.task) else "locked"
            flags.append(Flag("cell_deleted", f"the {what} cell {gid!r} was deleted", [gid]))
    code_specs = [c for c in spec.cells.values() if c.cell_type == "code"]
    flags.extend(hidden_name_flags(
        learner_code,
        test_sources=[c.source for c in code_specs if c.grade and not c.solution],
        given_sources=[c.source for c in code_specs if c.locked and not c.grade]))
    nb.cells = cells
    return prepared
