"""The integrity report of one assignment: ``integrity.json`` (for programs) and ``integrity.md`` (for people).

It lists what an assessor should look at — edited locked cells or metadata,
deleted tests, answers that are not plain values — with the points each
withholds, and every submission graded in compatibility mode. Nothing about how
a learner wrote their code is reported: the tests run out of the learner's reach.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from .._results import FLAG_REASONS, MODE_COMPAT, SubmissionResult
from .explain import strictness_notes
from .journal import atomic_write

__all__ = ["write_report"]

COMPAT_REASON = "graded in compatibility mode"


def write_report(folder: Path, assignment: str, results: list[SubmissionResult]) -> tuple[Path, Path]:
    """Write ``integrity.json`` and ``integrity.md`` for ``results`` under ``folder``."""
    flagged = []
    for res in sorted(results, key=lambda r: r.student):
        reasons = sorted({f.reason for f in res.flags})
        if res.mode == MODE_COMPAT:
            reasons.append(COMPAT_REASON)
        if reasons:
            flagged.append({"student": res.student, "reasons": reasons, "withheld_points": res.withheld_points,
                            "mode": res.mode, "details": [f"{f.reason}: {f.detail}" for f in res.flags]})
    doc = {"assignment": assignment, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "flagged": [{k: v for k, v in f.items() if k != "details"} for f in flagged]}
    folder.mkdir(parents=True, exist_ok=True)
    json_path, md_path = folder / "integrity.json", folder / "integrity.md"
    atomic_write(json_path, json.dumps(doc, indent=2, ensure_ascii=False))
    lines = [f"# Integrity report: {assignment}", "", f"Generated {doc['generated']}. "
             f"{len(flagged)} of {len(results)} graded submissions to look at. A flag withholds only the points "
             "of the parts it names (auto score 0, marked for manual grading in the formgrader) until an assessor "
             "reviews them; the rest of the submission is graded as usual.", ""]
    if flagged:
        lines += ["| student | what to look at | points withheld |", "|---|---|---|"]
        lines += [f"| {f['student']} | {'; '.join(FLAG_REASONS.get(r, r) for r in f['reasons'])} | "
                  f"{f['withheld_points']:g} |" for f in flagged]
        lines.append("")
        for f in flagged:
            lines.append(f"## {f['student']}")
            lines += [f"- {d}" for d in f["details"]]
            if f["mode"] == MODE_COMPAT:
                lines.append(f"- {COMPAT_REASON}: its tests ran beside its own code, as under nbgrader")
            lines.append("")
    else:
        lines.append("No submission was flagged.")
    stricter = [(r.student, strictness_notes(r)) for r in sorted(results, key=lambda r: r.student)]
    stricter = [(s, n) for s, n in stricter if n]
    if stricter:  # the same sentences the formgrader's comments carry (see .explain)
        lines += ["", "## Where this grading was stricter than nbgrader autograde", ""]
        lines += [f"- **{s}**: {note}" for s, notes in stricter for note in notes]
    atomic_write(md_path, "\n".join(lines) + "\n")
    return json_path, md_path
