"""Widgets of the anchoring lesson.

* :func:`wait_promise`: move the promised wait and the real wait; see the wait the
  customer expects and whether the real one feels early, on time or late.
* :func:`anchoring_lab`: run a simulated anchoring experiment; move the two
  anchors and the adjustment, see both groups' estimates and the anchoring index.

Examples
--------
>>> ex = wait_promise(quoted=30, own_guess=60, actual=50)
>>> ex.result["expected"], ex.result["verdict"]
(43.5, 'late')
>>> ex.controls["vague"].value = True
>>> ex.result["expected"], ex.result["verdict"]
(60.0, 'early')
"""

from __future__ import annotations

import ipywidgets as W
import numpy as np

from .. import anchoring as an
from ..strings import text
from ._base import Explorer, figure, html_table

__all__ = ["anchoring_lab", "wait_promise"]

_WIDE = {"description_width": "200px"}
_LAYOUT = {"width": "480px"}


def _t(key: str, **fields) -> str:
    return text("anchoring", key, **fields)


def _slider(kind, value, lo, hi, step, label):
    return kind(value=value, min=lo, max=hi, step=step, description=label, style=_WIDE,
                layout=W.Layout(**_LAYOUT), continuous_update=False)


def wait_promise(quoted: float = 30, own_guess: float = 60, actual: float = 45,
                 adjustment: float = an.ADJUSTMENT, max_minutes: int = 120) -> Explorer:
    """The promised wait as an anchor: expectation, real wait and how it feels.

    Parameters
    ----------
    quoted, own_guess, actual : float
        Starting values (minutes) of the promise, the customer's own guess and the real wait.
    adjustment : float, default :data:`servicepsych.anchoring.ADJUSTMENT`
    max_minutes : int
        Right end of the sliders and of the plot.

    Returns
    -------
    Explorer
        Controls ``quoted``, ``vague`` (True: "as soon as possible", no number),
        ``own_guess``, ``actual``, ``adjustment``. ``result`` is a dict with
        ``expected``, ``late`` (minutes, negative = early), ``verdict`` (one of
        :data:`servicepsych.anchoring.VERDICTS`), ``quotes`` and ``curve`` (the
        expected wait for every promise). ``views[0]`` is the plot (PNG),
        ``views[1]`` an HTML table.
    """
    controls = {
        "quoted": _slider(W.IntSlider, int(quoted), 0, max_minutes, 1, _t("promise_quoted")),
        "vague": W.Checkbox(value=False, description=_t("promise_vague"), style=_WIDE, indent=False),
        "own_guess": _slider(W.IntSlider, int(own_guess), 0, max_minutes, 1, _t("promise_own_guess")),
        "actual": _slider(W.IntSlider, int(actual), 0, max_minutes, 1, _t("promise_actual")),
        "adjustment": _slider(W.FloatSlider, float(adjustment), 0.0, 1.0, 0.05, _t("promise_adjustment")),
    }

    def compute(quoted, vague, own_guess, actual, adjustment):
        expected = an.expected_wait(None if vague else quoted, own_guess, adjustment)
        quotes = np.arange(0, max_minutes + 1, dtype=float)
        return {
            "quoted": None if vague else float(quoted),
            "own_guess": float(own_guess),
            "actual": float(actual),
            "adjustment": float(adjustment),
            "expected": expected,
            "late": an.minutes_late(expected, actual),
            "verdict": an.wait_verdict(expected, actual),
            "quotes": quotes,
            "curve": an.expected_wait(quotes, own_guess, adjustment),
        }

    def render(r):
        fig, ax = figure(6.4, 3.4)
        ax.plot(r["quotes"], r["curve"], color="#1f5fa8", label=_t("promise_curve"))
        ax.axhline(r["actual"], color="#444444", linestyle="--", label=_t("promise_actual_line"))
        ax.fill_between(r["quotes"], 0, np.minimum(r["curve"], r["actual"]), where=r["curve"] < r["actual"],
                        color="#b3261e", alpha=0.12, label=_t("promise_late_zone"))
        if r["quoted"] is None:
            ax.axhline(r["expected"], color="#7a4fa0", linestyle=":", label=_t("promise_vague_line"))
        else:
            ax.plot([r["quoted"]], [r["expected"]], "o", color="#b3261e" if r["verdict"] == "late" else "#1b7f3b",
                    markersize=9, label=_t("promise_you"))
        ax.set_xlabel(_t("promise_axis_x"))
        ax.set_ylabel(_t("promise_axis_y"))
        ax.set_xlim(0, r["quotes"][-1])
        ax.set_ylim(0, r["quotes"][-1])
        ax.legend(loc="upper left", fontsize=8)
        rows = [
            [_t("promise_row_expected"), f"{r['expected']:.1f}"],
            [_t("promise_row_actual"), f"{r['actual']:.0f}"],
            [_t("promise_row_late"), f"{r['late']:+.1f}"],
            [_t("promise_row_feels"), _t(f"verdict_{r['verdict']}")],
        ]
        return [fig, html_table(rows, [_t("promise_col_what"), _t("promise_col_value")])]

    return Explorer(controls, compute, render, title=_t("promise_title"))


def anchoring_lab(low_anchor: float = 10, high_anchor: float = 65, adjustment: float = an.ADJUSTMENT,
                  n: int = 200, noise_sd: float = 5.0, belief_mean: float = 35.0, belief_sd: float = 10.0,
                  seed: int = 20240601) -> Explorer:
    """A simulated wheel-of-fortune experiment (Tversky & Kahneman, 1974) to play with.

    Parameters
    ----------
    low_anchor, high_anchor : float
        Starting anchors (0 to 100, like the wheel).
    adjustment : float
        Starting adjustment ``k``.
    n : int
        Starting cohort size.
    noise_sd : float
        Starting answer noise.
    belief_mean, belief_sd : float
        The cohort's own beliefs (fixed).
    seed : int

    Returns
    -------
    Explorer
        Controls ``low_anchor``, ``high_anchor``, ``adjustment``, ``n``,
        ``noise_sd``. ``result`` is a dict with ``cohort`` (the DataFrame of
        :func:`servicepsych.anchoring.simulate_cohort`), ``low_median``,
        ``high_median``, ``index`` and ``implied_adjustment``. ``views[0]`` is
        the histogram (PNG), ``views[1]`` an HTML table. Equal anchors show a
        message instead of a plot.
    """
    controls = {
        "low_anchor": _slider(W.IntSlider, int(low_anchor), 0, 100, 1, _t("lab_low")),
        "high_anchor": _slider(W.IntSlider, int(high_anchor), 0, 100, 1, _t("lab_high")),
        "adjustment": _slider(W.FloatSlider, float(adjustment), 0.0, 1.0, 0.05, _t("lab_adjustment")),
        "n": _slider(W.IntSlider, int(n), 20, 2000, 20, _t("lab_n")),
        "noise_sd": _slider(W.FloatSlider, float(noise_sd), 0.0, 20.0, 0.5, _t("lab_noise")),
    }

    def compute(low_anchor, high_anchor, adjustment, n, noise_sd):
        df = an.simulate_cohort(n, low_anchor, high_anchor, belief_mean=belief_mean, belief_sd=belief_sd,
                                adjustment=adjustment, noise_sd=noise_sd, seed=seed)
        index = an.cohort_index(df, "median")
        return {
            "cohort": df,
            "low_anchor": float(low_anchor),
            "high_anchor": float(high_anchor),
            "adjustment": float(adjustment),
            "low_median": float(df.loc[df["condition"] == "low", "estimate"].median()),
            "high_median": float(df.loc[df["condition"] == "high", "estimate"].median()),
            "index": index,
            "implied_adjustment": an.adjustment_from_index(index),
        }

    def render(r):
        df = r["cohort"]
        fig, ax = figure(6.4, 3.2)
        lo_all, hi_all = float(df["estimate"].min()), float(df["estimate"].max())
        bins = np.linspace(min(lo_all, r["low_anchor"], r["high_anchor"]) - 1,
                           max(hi_all, r["low_anchor"], r["high_anchor"]) + 1, 40)
        for cond, colour in (("low", "#1f5fa8"), ("high", "#c4661f")):
            anchor = r[f"{cond}_anchor"]
            ax.hist(df.loc[df["condition"] == cond, "estimate"], bins=bins, alpha=0.55, color=colour,
                    label=_t(f"lab_group_{cond}", anchor=anchor))
            ax.axvline(anchor, color=colour, linewidth=2)
            ax.axvline(r[f"{cond}_median"], color=colour, linestyle="--", linewidth=1.2)
        ax.set_xlabel(_t("lab_axis_x"))
        ax.set_ylabel(_t("lab_axis_y"))
        ax.legend(fontsize=8)
        rows = [[_t(f"lab_group_{c}", anchor=r[f"{c}_anchor"]), f"{r[f'{c}_anchor']:g}", f"{r[f'{c}_median']:.1f}"]
                for c in ("low", "high")]
        caption = _t("lab_index", index=r["index"], implied=r["implied_adjustment"], k=r["adjustment"])
        caption += " " + _t("lab_lines")
        return [fig, html_table(rows, [_t("lab_col_group"), _t("lab_col_anchor"), _t("lab_col_median")],
                                caption=caption)]

    return Explorer(controls, compute, render, title=_t("lab_title"))
