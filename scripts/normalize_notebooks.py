#!/usr/bin/env python3
"""Strip outputs and normalise notebooks so they diff cleanly.

Usage: python scripts/normalize_notebooks.py [--check] [PATH ...]
(default paths: notebooks/ and course/source/). With --check, list the notebooks
that would change and exit 1 instead of writing.

What it does: clears outputs and execution counts, keeps only stable metadata
(kernelspec, language_info name, nbgrader cell metadata, tags), gives every cell
a stable id, and writes nbformat 4 with one-space indentation and sorted keys
(the format nbformat itself writes). In lessons (notebooks without nbgrader cell
metadata) it also sets each cell's RISE slide type from the lesson's structure
(``servicepsych.trainer.slides``: ``##`` sections are slides, widgets get their
own slide), so slide metadata is never edited by hand and never drifts.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # works from a checkout even before `pip install -e .`
    sys.path.insert(0, str(ROOT / "src"))

from servicepsych.trainer.slides import apply_slides, is_lesson  # noqa: E402
KEEP_CELL_META = ("nbgrader", "tags", "deletable", "editable", "servicepsych", "slideshow")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def normalize(nb) -> None:
    nb.metadata = nbformat.from_dict({
        "kernelspec": KERNELSPEC,
        "language_info": {"name": "python"},
    })
    seen: set[str] = set()
    for index, cell in enumerate(nb.cells):
        cell.metadata = nbformat.from_dict({k: cell.metadata[k] for k in KEEP_CELL_META if k in cell.metadata})
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        cid = grade_id or cell.get("id") or hashlib.sha1(f"{index}:{cell.source}".encode()).hexdigest()[:8]
        cid = cid.replace("_", "-")[:64]
        while cid in seen:
            cid = hashlib.sha1(cid.encode()).hexdigest()[:8]
        seen.add(cid)
        cell.id = cid
    if is_lesson(nb):
        apply_slides(nb)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.paths or [ROOT / "notebooks", ROOT / "course" / "source"]
    files = []
    for p in paths:
        files += sorted(p.rglob("*.ipynb")) if p.is_dir() else [p]
    files = [f for f in files if ".ipynb_checkpoints" not in f.parts]
    changed = []
    for f in files:
        before = f.read_text(encoding="utf-8")
        nb = nbformat.reads(before, as_version=4)
        normalize(nb)
        after = nbformat.writes(nb) + "\n"
        if after != before:
            changed.append(f)
            if not args.check:
                f.write_text(after, encoding="utf-8")
    for f in changed:
        print(("would normalise " if args.check else "normalised ") + str(f))
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
