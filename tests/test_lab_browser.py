"""A lesson in real JupyterLab, driven by headless Chromium.

Starts JupyterLab on a private copy of the lessons, opens the first lesson, runs all
cells from the Run menu, and checks that the widgets render in the browser (the
ipywidgets front end is installed and working), that no cell shows a traceback,
and that moving a slider redraws the widget's picture (the kernel round trip).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import NOTEBOOKS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (./kit test installs it)"),
]
LESSON = "01_anchoring.ipynb"
TOKEN = "servicepsych-test-token"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path):
    root = tmp_path / "lessons"
    shutil.copytree(NOTEBOOKS, root)
    port = _free_port()
    env = dict(os.environ, JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "ws"), JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"),
               MPLBACKEND="Agg")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}", "--ServerApp.disable_check_xsrf=True", "--allow-root",
         "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("JupyterLab exited: " + proc.stderr.read().decode()[-2000:])
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("JupyterLab did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)


def test_lesson_widgets_work_in_jupyterlab(lab):
    from playwright.sync_api import expect, sync_playwright

    if not (NOTEBOOKS / LESSON).exists():
        pytest.fail(f"{LESSON} is missing")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{lab}/lab/tree/{LESSON}?token={TOKEN}")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            page.click(".lm-MenuBar-item:has-text('Run')")
            page.click(".lm-Menu-item:has-text('Run All Cells')")
            explorer = page.locator(".widget-vbox:has(.widget-slider):has(img)").first
            expect(explorer).to_be_visible(timeout=60_000)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            texts = [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]
            assert not texts, f"a cell failed in JupyterLab: {texts[0][:500]}"
            image = explorer.locator("img").first
            before = image.get_attribute("src")
            handle = explorer.locator(".widget-slider .noUi-handle").first
            handle.focus()
            changed = False
            for key in ("ArrowRight", "ArrowLeft"):
                for _ in range(5):
                    handle.press(key)
                try:
                    page.wait_for_function("([el, src]) => el.getAttribute('src') !== src",
                                           arg=[image.element_handle(), before], timeout=15_000)
                    changed = True
                    break
                except Exception:
                    continue
            assert changed, "moving the slider did not redraw the widget's picture"
            page.screenshot(path=str(Path(os.environ.get("SERVICEPSYCH_SCREENSHOT_DIR", "/tmp")) / "lab_lesson.png"))
        finally:
            browser.close()
