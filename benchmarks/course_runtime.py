#!/usr/bin/env python3
"""How long each lesson and each graded assignment takes to run headless.

Executes every lesson in notebooks/ and every answer key in course/source/ with
nbclient (as JupyterLab's "Run all" would, in a fresh kernel each time), and
prints the wall time of each, the kernel start-up alone for comparison, and the
ratio to the 5-second aim for a lesson.

    .venv/bin/python benchmarks/course_runtime.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client import KernelManager
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
AIM_S = 5.0


def _kernel() -> KernelManager:
    # local IPC sockets: no network port, and no plain-TCP warning from the kernel
    return KernelManager(kernel_name="python3", transport="ipc", ip=tempfile.mkdtemp(prefix="sp-kernel-") + "/k")


def run(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, km=_kernel(), timeout=120, resources={"metadata": {"path": str(path.parent)}})
    return _timed(client)


def _timed(client: NotebookClient) -> float:
    """Seconds to start the kernel and run every cell, as "Restart and run all" does."""
    start = time.perf_counter()
    try:
        client.execute()
        return time.perf_counter() - start
    finally:
        client.km.shutdown_kernel(now=True)


def kernel_start() -> float:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    return _timed(NotebookClient(nb, km=_kernel(), timeout=60))


def main() -> None:
    os.environ.setdefault("MPLBACKEND", "Agg")
    base = min(kernel_start() for _ in range(3))
    print(f"kernel start-up plus one trivial cell: {base:.2f} s\n")
    print(f"{'notebook':52s} {'seconds':>8s} {'x aim (5 s)':>12s}")
    groups = [("lesson", sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))),
              ("assignment", sorted((ROOT / "course" / "source").glob("*/*.ipynb")))]
    worst = 0.0
    for kind, paths in groups:
        for path in paths:
            seconds = run(path)
            worst = max(worst, seconds)
            print(f"{kind + ' ' + path.name:52s} {seconds:8.2f} {seconds / AIM_S:12.2f}")
    print(f"\nslowest notebook: {worst:.2f} s = {worst / AIM_S:.2f} x the 5 s aim")


if __name__ == "__main__":
    main()
