"""Typed grading results: a cell, a notebook, a submission — and their JSON form.

``servicepsych grade`` writes one :class:`SubmissionResult` per learner to
``grading_runs/<assignment>/results/<student>.json``; feedback, export and the
cohort report read it back through :mod:`servicepsych.grading._gradebook_read`
(never by opening the JSON themselves). Scores are decided by
:mod:`servicepsych.grading._policy`, not here.

Examples
--------
>>> cell = CellResult("nb", "test_a", "autograded", points=2.0, score=2.0, passed=True)
>>> sub = SubmissionResult("ana", "01_x", notebooks=[NotebookResult("nb", cells=[cell])])
>>> SubmissionResult.from_json(sub.to_json()) == sub
True
>>> sub.score, sub.max_score
(2.0, 2.0)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

__all__ = ["FLAG_REASONS", "MODE_COMPAT", "MODE_STANDARD", "CellResult", "Flag", "NotebookResult",
           "SubmissionResult"]

MODE_STANDARD = "standard"
MODE_COMPAT = "compatibility"

# What an assessor should look at. Nothing else is flagged: with the tests out of the learner's
# reach, how a learner writes their code is their business.
FLAG_REASONS = {
    "locked_cell_edited": "edited a locked (read-only) cell; it was restored before grading",
    "metadata_edited": "edited nbgrader's cell metadata; it was restored before grading",
    "cell_deleted": "deleted a graded or locked cell",
    "not_plain_value": "an answer a test reads is not a plain value (number, text, list, table...)",
}


@dataclass
class Flag:
    """Something an assessor should look at, and the graded cells (grade_ids) whose points it withholds."""

    reason: str
    detail: str
    cells: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"reason": self.reason, "detail": self.detail, "cells": list(self.cells)}

    @classmethod
    def from_dict(cls, data: dict) -> "Flag":
        return cls(str(data.get("reason", "")), str(data.get("detail", "")), [str(c) for c in data.get("cells") or []])


@dataclass
class CellResult:
    """One graded cell of one notebook.

    ``kind`` is ``autograded`` (a test cell), ``manual`` (an answer an assessor grades) or
    ``task`` (a written task). ``score`` is ``None`` while an assessor has to decide.
    """

    notebook: str
    grade_id: str
    kind: str
    points: float = 0.0
    score: float | None = None
    passed: bool | None = None
    message: str = ""
    withheld: bool = False
    needs_review: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> "CellResult":
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class NotebookResult:
    """The graded cells of one notebook, and why it could not be graded (``error``), if so."""

    name: str
    cells: list = field(default_factory=list)
    error: str | None = None

    @classmethod
    def from_dict(cls, data: dict) -> "NotebookResult":
        return cls(str(data.get("name", "")), [CellResult.from_dict(c) for c in data.get("cells") or []],
                   data.get("error"))


@dataclass
class SubmissionResult:
    """One learner's graded submission of one assignment."""

    student: str
    assignment: str
    status: str = "graded"  # "graded" | "error"
    error: str | None = None
    mode: str = MODE_STANDARD
    notebooks: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    duration_s: float = 0.0

    @property
    def cells(self) -> list:
        return [c for nb in self.notebooks for c in nb.cells]

    @property
    def score(self) -> float:
        return float(sum(c.score or 0.0 for c in self.cells))

    @property
    def max_score(self) -> float:
        return float(sum(c.points for c in self.cells))

    @property
    def withheld_points(self) -> float:
        return float(sum(c.points for c in self.cells if c.withheld))

    def to_dict(self) -> dict:
        out = asdict(self)
        out["flags"] = [f.as_dict() for f in self.flags]
        out["score"], out["max_score"] = self.score, self.max_score
        out["cells"] = [asdict(c) for c in self.cells]  # flat, for programs that only want the cells
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=1, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> "SubmissionResult":
        notebooks = [NotebookResult.from_dict(n) for n in data.get("notebooks") or []]
        if not notebooks and data.get("cells"):  # a flat file (older runs)
            by_name: dict = {}
            for c in data["cells"]:
                by_name.setdefault(c.get("notebook", ""), []).append(CellResult.from_dict(c))
            notebooks = [NotebookResult(k, v) for k, v in by_name.items()]
        return cls(student=str(data.get("student", "")), assignment=str(data.get("assignment", "")),
                   status=str(data.get("status", "graded")), error=data.get("error"),
                   mode=str(data.get("mode", MODE_STANDARD)), notebooks=notebooks,
                   flags=[Flag.from_dict(f) for f in data.get("flags") or [] if isinstance(f, dict)],
                   duration_s=float(data.get("duration_s") or 0.0))

    @classmethod
    def from_json(cls, text: str) -> "SubmissionResult":
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a result file holds a JSON object")
        return cls.from_dict(data)
