#!/usr/bin/env python3
"""Run a lesson in real JupyterLab (headless Chromium) and save a full-page screenshot.

Usage::

    .venv/bin/python scripts/screenshot_lesson.py 04_peak_end.ipynb /tmp/04.png [--width 1280]

``NOTEBOOK`` is a file name in ``notebooks/`` (or a path to one there). The script
copies ``notebooks/`` to a temporary folder, starts JupyterLab on it on loopback
(a private token, settings and workspace, no news prompt, no update check),
opens the lesson in Debian's Chromium through Playwright, runs all cells, waits
until the kernel is idle and every widget has rendered, saves a screenshot of the
whole notebook, and stops the browser and the server. Nothing in ``notebooks/``
is touched. Exit status 1 when a cell shows a traceback (the screenshot is saved
anyway, so you can see where).

The functions here (:func:`lab_server`, :func:`launch`, :func:`open_lesson`,
:func:`run_all`) are also what ``tests/test_lab_browser.py`` and
``benchmarks/widget_latency.py`` use.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "servicepsych-lab-token"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

#: JupyterLab settings for a private server: no news prompt, no update check, and every cell kept in
#: the DOM (windowing off) so a screenshot or a test sees the whole notebook.
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the server gets SIGTERM when this process dies (e.g. killed by `timeout`), so none is left behind."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def lab_server(workdir: Path, notebooks: Path = NOTEBOOKS, *, timeout: float = 90):
    """Start JupyterLab on a copy of ``notebooks`` under ``workdir``; yield its base URL; stop it.

    The server listens on 127.0.0.1 only, with a private token, settings,
    workspace and runtime folder, and the news prompt and update check off.
    """
    workdir = Path(workdir)
    root = workdir / "lessons"
    shutil.copytree(notebooks, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    settings = workdir / "app-settings"
    settings.mkdir()
    (settings / "overrides.json").write_text(json.dumps(LAB_OVERRIDES))
    port = _free_port()
    env = dict(os.environ, JUPYTERLAB_WORKSPACES_DIR=str(workdir / "ws"), JUPYTER_RUNTIME_DIR=str(workdir / "rt"),
               JUPYTERLAB_SETTINGS_DIR=str(workdir / "user-settings"), MPLBACKEND="Agg",
               # a plot that would draw a missing-glyph box (matplotlib's "Glyph ... missing from font")
               # raises instead, so it shows as an error in the lesson
               PYTHONWARNINGS="error:Glyph")
    log = open(workdir / "lab.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}", "--ServerApp.disable_check_xsrf=True",
         "--allow-root", f"--LabApp.app_settings_dir={settings}", "--LabApp.news_url=None",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         "--LabApp.expose_app_in_browser=True"],  # window.jupyterapp: run commands without menu clicks
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + timeout
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("JupyterLab exited: " + (workdir / "lab.log").read_text()[-2000:])
                if time.time() > deadline:
                    raise RuntimeError(f"JupyterLab did not start within {timeout:.0f} s")
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(timeout=15)
        log.close()


@contextlib.contextmanager
def launch():
    """Yield a headless Chromium (Debian's) driven by Playwright; close it afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_lesson(browser, url: str, lesson: str, *, width: int = 1280, height: int = 900):
    """A new page showing only ``lesson`` (in a workspace of its own), with its kernel idle."""
    page = browser.new_page(viewport={"width": width, "height": height})
    workspace = "sp-" + "".join(c if c.isalnum() else "-" for c in str(Path(lesson).with_suffix("")))
    page.goto(f"{url}/lab/workspaces/{workspace}/tree/{lesson}?reset&token={TOKEN}")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
    wait_idle(page)
    return page


def close_lesson(page) -> None:
    """Shut the lesson's kernel down and close its page."""
    try:
        page.evaluate("""async () => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;
                                       if (w && w.sessionContext) await w.sessionContext.shutdown(); }""")
    finally:
        page.close()


def wait_idle(page, timeout: float = 120_000) -> None:
    """Wait until the shown notebook's kernel is connected and idle."""
    page.wait_for_function(_KERNEL_READY, timeout=timeout)


_KERNEL_READY = """() => {
    const app = window.jupyterapp, w = app && app.shell.currentWidget;
    const kernel = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
    return !!kernel && kernel.connectionStatus === 'connected' && kernel.status === 'idle'
        && app.commands.isEnabled('notebook:run-all-cells');
}"""


def run_all(page, *, timeout: float = 180_000) -> None:
    """Run every cell (JupyterLab's Run All command), then wait until all ran and every widget rendered."""
    for attempt in range(3):
        # the kernel must be connected and idle, or Run All does nothing
        page.wait_for_function(_KERNEL_READY, timeout=timeout)
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        try:  # started: some prompt shows [*] or a count
            page.wait_for_function(
                """() => [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                         .some(p => /\\[(\\*|\\d+)\\]/.test(p.textContent))""", timeout=20_000)
            break
        except Exception:
            if attempt == 2:
                raise
    # Run All queues every code cell ([*]); it is done when none is queued or running any more (a cell
    # that fails stops the run: the cells after it keep an empty prompt, and tracebacks() reports it)
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
            return prompts.length > 0 && prompts.some(p => /\\[\\d+\\]/.test(p.textContent))
                && !prompts.some(p => p.textContent.includes('*'));
        }""", timeout=timeout)
    # widget views replace their "Loading widget..." placeholder once the front end renders them
    page.wait_for_function(
        """() => ![...document.querySelectorAll('.jp-OutputArea-output')]
                   .some(o => /Loading widget|Error displaying widget/.test(o.textContent))""",
        timeout=60_000)
    page.wait_for_timeout(300)


def tracebacks(page) -> list[str]:
    """Texts of error outputs (tracebacks) shown in the notebook."""
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error'],"
                          ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    return [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]


def full_page_screenshot(page, out: Path) -> None:
    """Grow the viewport to the notebook's height, then save a screenshot of everything."""
    height = page.evaluate(
        """() => {
            const outer = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer');
            const cells = outer.querySelector('.jp-WindowedPanel-viewport') || outer;
            outer.scrollTop = 0;
            return Math.ceil(outer.getBoundingClientRect().top + cells.getBoundingClientRect().height + 60);
        }""")
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": max(size["height"], min(int(height), 30_000))})
    page.wait_for_timeout(500)
    page.evaluate("() => document.querySelectorAll('.jp-WindowedPanel-outer').forEach(o => { o.scrollTop = 0; })")
    page.wait_for_timeout(200)
    page.screenshot(path=str(out), full_page=True)


def screenshot(lesson: str, out: Path, *, width: int = 1280) -> list[str]:
    """Run ``lesson`` in JupyterLab and save a full-page screenshot to ``out``; return any tracebacks."""
    with tempfile.TemporaryDirectory(prefix="sp-shot-") as tmp, lab_server(Path(tmp)) as url, launch() as browser:
        page = open_lesson(browser, url, lesson, width=width)
        run_all(page)
        errors = tracebacks(page)
        full_page_screenshot(page, out)
        close_lesson(page)
        return errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("notebook", help="a lesson in notebooks/, e.g. 04_peak_end.ipynb or zh/04_peak_end.ipynb")
    ap.add_argument("out", type=Path, help="where to write the PNG")
    ap.add_argument("--width", type=int, default=1280, help="viewport width in px (default 1280, a projector)")
    args = ap.parse_args(argv)
    given = Path(args.notebook)
    # a path inside notebooks/ (notebooks/zh/01_anchoring.ipynb, zh/01_anchoring.ipynb) or a lesson's name
    parts = given.parts[given.parts.index("notebooks") + 1:] if "notebooks" in given.parts else given.parts
    lesson = "/".join(parts) if (NOTEBOOKS / Path(*parts)).is_file() else given.name
    if not (NOTEBOOKS / lesson).is_file():
        ap.error(f"{lesson} is not a notebook in {NOTEBOOKS}")
    if not Path(CHROMIUM).exists():
        ap.error("Chromium is not installed (./kit setup installs it)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    errors = screenshot(lesson, args.out.resolve(), width=args.width)
    print(f"{args.out}  ({time.time() - t0:.0f} s)")
    for e in errors:
        print("a cell failed:\n" + e[:1500], file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
