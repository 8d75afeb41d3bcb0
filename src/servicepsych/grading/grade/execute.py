"""One grading task: run one prepared notebook in the sandbox (runs on a Dask worker).

The task takes plain data (the cells to run, the release's data files, the
limits) and returns plain data, so it runs the same on a local thread or on a
remote Dask worker with no shared file system; it never sees the course.
"""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
import time
from pathlib import Path

from .sandbox import Limits, run_driver

__all__ = ["WATCH_MODULES", "execute_job"]

WATCH_MODULES = ["servicepsych", "servicepsych.check", "numpy", "math", "random"]  # what test cells compute with


def execute_job(sources: list, files: dict, limits: dict, sandbox: bool = True) -> dict:
    """Run ``sources`` (one entry per cell, ``None`` for non-code cells) in a fresh sandbox.

    Returns
    -------
    dict
        ``{"cells": [...] | None, "flags": [[reason, detail], ...], "problem": str | None,
        "duration_s": float}``; ``problem`` says why there is no result (timeout, crash...).
    """
    lim = Limits(**limits)
    nonce = "n" + secrets.token_hex(16)
    job = {"cells": sources, "cell_timeout": lim.cell_timeout, "memory_bytes": lim.memory_bytes,
           "file_bytes": lim.file_bytes, "nonce": nonce, "watch_modules": WATCH_MODULES}
    start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="sp-grade-"))
    try:
        scratch = tmp / "home"
        scratch.mkdir()
        for rel, data in files.items():
            dest = scratch / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
        text, problem = run_driver(json.dumps(job), scratch, lim, sandbox=sandbox)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    out = {"cells": None, "flags": [], "problem": problem, "duration_s": time.perf_counter() - start}
    if problem is None:
        try:
            report = json.loads(text)
            if report.get("nonce") != nonce:
                out["flags"].append(["kernel_tampering", "the notebook's report was forged"])
            cells = report["cells"]
            if not isinstance(cells, list) or len(cells) != len(sources):
                raise ValueError("wrong number of cells")
            out["cells"] = cells
            out["flags"] += [list(f) for f in report.get("flags", [])]
        except (ValueError, KeyError, TypeError) as exc:
            out["problem"] = f"the notebook's report could not be read ({exc})"
            out["flags"].append(["kernel_tampering", "the notebook's report was corrupted"])
    return out
