"""The widget-only view: generated from each lesson's widget cells, runs headless, and Voilà serves it."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from servicepsych.trainer.build import build_widgets
from servicepsych.trainer.lesson import lesson_paths, read_lesson
from servicepsych.trainer.widget_only import widget_notebook

from conftest import REPO

LESSONS = lesson_paths(REPO)
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_widget_notebook_is_the_lessons_widget_cells_and_runs(path, tmp_path):
    lesson = read_lesson(path)
    assert len(lesson.widget_names) >= 2, f"{path.name}: a lesson shows at least two widgets"
    nb = widget_notebook(lesson)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert code[0] == "\n".join(lesson.imports)
    assert code[1:] == list(dict.fromkeys(w.source for w in lesson.widgets)), "exactly the lesson's widget cells"
    assert not any(re.search(r"(?<![\w.])check\(", c) for c in code[1:])
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    shown = [c for c in nb.cells if c.cell_type == "code"][1:]
    for cell in shown:
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        assert any(WIDGET_MIME in o.get("data", {}) for o in cell.outputs), f"{cell.source} showed no widget"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_voila_serves_a_widget_page_on_loopback(tmp_path):
    path = build_widgets(read_lesson(LESSONS[0]), tmp_path)
    voila = Path(sys.executable).with_name("voila")
    if not voila.exists():
        pytest.skip("voila is not installed in this environment")
    port = _free_port()
    proc = subprocess.Popen([str(voila), str(path), f"--port={port}", "--Voila.ip=127.0.0.1", "--no-browser",
                             "--show_tracebacks=True"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "MPLBACKEND": "Agg"})
    try:
        body, deadline = None, time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as r:
                    assert r.status == 200
                    body = r.read().decode("utf-8", "replace")
                    break
            except (ConnectionError, OSError):
                time.sleep(0.5)
        assert body is not None, "Voilà did not answer within 90 s"
        assert WIDGET_MIME in body, "the page carries no live widget"
        assert "Traceback" not in body and "There was an error" not in body
        assert "from servicepsych.widgets" not in body, "Voilà shows no code"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
