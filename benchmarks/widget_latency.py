#!/usr/bin/env python3
"""Slider-to-redraw latency of the lesson widgets, in real JupyterLab in headless Chromium.

Usage::

    .venv/bin/python benchmarks/widget_latency.py [LESSON ...] [--presses 6] [--width 1280]

For every lesson (default: every ``notebooks/NN_*.ipynb``) it starts JupyterLab on
a temporary copy (one server for all lessons; see ``scripts/screenshot_lesson.py``),
runs all cells, and then, for every enabled slider of every widget, presses an
arrow key on the slider's handle several times. Each time it measures, inside the
page, from the ``keydown`` to the animation frame after the last change of the
widget's pictures and tables (an ``<img>`` ``src`` or an HTML view's content:
what the learner sees redrawn), once they have been still for 300 ms; the
median to the first change is printed beside it. That covers the comm message to
the kernel, the model's compute, the drawing, the PNG going back and the browser
showing it.

It prints the median and the 90th percentile per lesson and over all, the
target (median under 150 ms), and the machine's load average, since a shared
machine inflates every number: run it on a quiet machine for a figure to quote.

``--kernel`` adds (or, with ``--kernel-only``, prints only) the kernel's share
measured headless, without a browser: the CPU time (``time.process_time``, which
other processes on the machine inflate far less than wall time) of one redraw
(compute, render, PNG) per slider step of every widget builder in
``servicepsych.widgets``, median per concept.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import screenshot_lesson as lab  # noqa: E402

TARGET_MS = 150

# In the page: arm a timer on the slider's keydown; note the first animation frame after each change of the
# widget's views (every <img> and HTML view of the Explorer, not its controls). Once the views have been still
# for SETTLE ms, resolve to [ms to the first change, ms to the last change] (the whole redraw), or null.
_SETTLE_MS = 300
_ARM = """
([root, handle, timeout, settle]) => {
  const views = [...root.querySelectorAll('img, .widget-html-content')]
      .filter(v => !v.closest('.widget-slider, .widget-dropdown, .widget-toggle-buttons'));
  window.__spLatency = new Promise(resolve => {
    let t0 = null, first = null, last = null, done = false, quiet = null;
    const finish = v => { if (!done) { done = true; obs.disconnect(); resolve(v); } };
    const obs = new MutationObserver(() => {
      if (t0 === null || done) return;
      requestAnimationFrame(() => {
        const t = performance.now() - t0;
        if (first === null) first = t;
        last = t;
        clearTimeout(quiet);
        quiet = setTimeout(() => finish([first, last]), settle);
      });
    });
    for (const v of views) obs.observe(v, {attributes: true, attributeFilter: ['src'], childList: true,
                                           subtree: true, characterData: true});
    handle.addEventListener('keydown', () => { t0 = performance.now(); }, {once: true, capture: true});
    setTimeout(() => finish(first === null ? null : [first, last]), timeout);
  });
}
"""


# Every Explorer on the page: the outermost widget box of an output that holds a slider and a view.
_EXPLORERS = """
() => [...document.querySelectorAll('.jp-OutputArea-output')]
  .map(o => o.querySelector('.widget-vbox'))
  .filter(r => r && r.querySelector('.widget-slider') && r.querySelector('img, .widget-html-content'))
"""


def _direction(handle) -> str:
    now, hi = (handle.get_attribute(a) for a in ("aria-valuenow", "aria-valuemax"))
    try:
        return "ArrowLeft" if float(now) >= float(hi) else "ArrowRight"
    except (TypeError, ValueError):
        return "ArrowRight"


def measure_lesson(browser, url: str, lesson: str, *, presses: int, width: int) -> tuple[list[float], list[float], int]:
    """Latencies (ms) of every slider press in ``lesson`` to the whole redraw and to its first change, and how
    many presses changed nothing."""
    page = lab.open_lesson(browser, url, lesson, width=width)
    lab.run_all(page)
    samples, firsts, missed = [], [], 0
    roots = page.evaluate_handle(_EXPLORERS)
    for i in range(page.evaluate("rs => rs.length", roots)):
        root = page.evaluate_handle("([rs, i]) => rs[i]", [roots, i])
        handles = root.evaluate_handle(
            "r => [...r.querySelectorAll('.widget-slider')]"
            ".filter(s => !s.querySelector('[disabled]') && !s.classList.contains('mod-disabled'))"
            ".map(s => s.querySelector('.noUi-handle'))")
        for j in range(page.evaluate("hs => hs.length", handles)):
            handle = page.evaluate_handle("([hs, j]) => hs[j]", [handles, j]).as_element()
            handle.scroll_into_view_if_needed()
            key = _direction(handle)
            for k in range(presses):
                page.evaluate(_ARM, [root, handle, 5000, _SETTLE_MS])
                handle.press(key)  # a real key press; the page times it from its own keydown
                ms = page.evaluate("() => window.__spLatency")
                if ms is None:
                    missed += 1
                    key = "ArrowLeft" if key == "ArrowRight" else "ArrowRight"
                else:
                    firsts.append(ms[0])
                    samples.append(ms[1])
                    if _direction(handle) == "ArrowLeft":
                        key = "ArrowLeft"
                page.wait_for_timeout(120)  # let the kernel go idle: one press at a time
            lab.wait_idle(page)
    lab.close_lesson(page)
    return samples, firsts, missed


def kernel_cpu() -> dict[str, list[float]]:
    """CPU ms of one Explorer redraw per slider step, for every widget builder, by concept (headless)."""
    import importlib
    import pkgutil

    import ipywidgets as W

    from servicepsych import widgets
    from servicepsych.widgets._base import Explorer

    out = {}
    for info in pkgutil.iter_modules(widgets.__path__):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"servicepsych.widgets.{info.name}")
        except Exception as exc:  # a module being written: say so, measure the rest
            print(f"  (skipped widgets.{info.name}: {type(exc).__name__}: {exc})")
            continue
        for name, builder in vars(module).items():
            if name.startswith("_") or not callable(builder) or getattr(builder, "__module__", "") != module.__name__:
                continue
            try:
                explorer = builder()
            except Exception:  # needs arguments: not a lesson-ready builder
                continue
            if not isinstance(explorer, Explorer):
                continue
            for control in explorer.controls.values():
                if not isinstance(control, (W.IntSlider, W.FloatSlider)) or control.disabled:
                    continue
                for _ in range(4):
                    step = control.step if control.value + control.step <= control.max else -control.step
                    before = explorer.updates
                    t0 = time.process_time()
                    control.value = control.value + step
                    cpu = time.process_time() - t0
                    if explorer.updates > before:
                        out.setdefault(info.name, []).append(1000 * cpu)
    return out


def _p(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lessons", nargs="*", help="lesson file names (default: every notebooks/NN_*.ipynb)")
    ap.add_argument("--presses", type=int, default=6, help="key presses per slider (default 6)")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--kernel", action="store_true", help="also time the kernel's redraw headless (CPU ms)")
    ap.add_argument("--kernel-only", action="store_true", help="only the headless kernel timing, no browser")
    args = ap.parse_args(argv)
    if args.kernel or args.kernel_only:
        os.environ.setdefault("MPLBACKEND", "Agg")
        print("kernel CPU per redraw (compute + render + PNG, headless, time.process_time)")
        print(f"{'concept':28s} {'redraws':>7s} {'median ms':>10s} {'p90 ms':>8s}")
        cpu = kernel_cpu()
        for concept, values in sorted(cpu.items()):
            print(f"{concept:28s} {len(values):7d} {statistics.median(values):10.0f} {_p(values, .9):8.0f}")
        every = [v for values in cpu.values() for v in values]
        if every:
            print(f"{'all concepts':28s} {len(every):7d} {statistics.median(every):10.0f} {_p(every, .9):8.0f}")
        if args.kernel_only:
            return 0
    lessons = args.lessons or sorted(p.name for p in lab.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    load0 = os.getloadavg()
    print(f"cores: {os.cpu_count()}  load average at start (1, 5, 15 min): {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f}")
    print("ms from the key press to the whole redraw (the last view of the widget changed); 'first' is the "
          "median to its first change")
    print(f"{'lesson':28s} {'presses':>7s} {'median ms':>10s} {'p90 ms':>8s} {'first ms':>9s} {'no change':>9s}")
    everything, every_first, t0 = [], [], time.time()
    with tempfile.TemporaryDirectory(prefix="sp-latency-") as tmp, lab.lab_server(Path(tmp)) as url, \
            lab.launch() as browser:
        for lesson in lessons:
            samples, firsts, missed = measure_lesson(browser, url, lesson, presses=args.presses, width=args.width)
            everything += samples
            every_first += firsts
            if samples:
                print(f"{lesson:28s} {len(samples):7d} {statistics.median(samples):10.0f} {_p(samples, .9):8.0f} "
                      f"{statistics.median(firsts):9.0f} {missed:9d}", flush=True)
            else:
                print(f"{lesson:28s} {0:7d} {'-':>10s} {'-':>8s} {'-':>9s} {missed:9d}", flush=True)
    load1 = os.getloadavg()
    if not everything:
        print("no slider press changed a picture")
        return 1
    median = statistics.median(everything)
    print(f"{'all lessons':28s} {len(everything):7d} {median:10.0f} {_p(everything, .9):8.0f} "
          f"{statistics.median(every_first):9.0f}")
    print(f"median slider-to-redraw {median:.0f} ms; target < {TARGET_MS} ms on 2 cores "
          f"({'met' if median < TARGET_MS else 'NOT met'}); ratio to target {median / TARGET_MS:.2f}")
    print(f"load average at end: {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}  ({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
