"""Widgets of the anchoring lesson.

* :func:`anchoring_lab`: a classroom-sized run of the wheel experiment under the
  adjustment model; shows how far one class's anchoring index can wander from
  the model's ``1 - k`` by chance alone.
* :func:`wait_promise`: a promised wait as information and anchor; shows, for
  every possible real wait, whether it would feel early, on time or late.

Examples
--------
>>> ex = wait_promise(quoted=10, own_guess=30, actual=15)
>>> ex.result["expected"], ex.result["verdict"]           # a broken 10-minute promise feels late
(14.5, 'late')
>>> ex.controls["vague"].value = True                     # "as soon as possible": no promise to break
>>> ex.result["expected"], ex.result["verdict"], ex.controls["quoted"].disabled
(30.0, 'early', True)
"""

from __future__ import annotations

import html

import numpy as np

from .. import anchoring as an
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

__all__ = ["anchoring_lab", "wait_promise"]

_COLOURS = {"early": "#1b7f3b", "on_time": "#8a8a8a", "late": "#b3261e"}


def _t(key: str, **fields) -> str:
    return text("anchoring", key, **fields)


def _zones(quoted, expected, tolerance, max_minutes):
    """Split the real-wait axis [0, max_minutes] into (start, end, verdict) zones."""
    if quoted is None:
        cuts = [(0.0, expected - tolerance, "early"), (expected - tolerance, expected + tolerance, "on_time"),
                (expected + tolerance, float(max_minutes), "late")]
    else:
        kept = quoted + tolerance
        early_end = min(expected - tolerance, kept)
        cuts = [(0.0, early_end, "early"), (early_end, kept, "on_time"), (kept, float(max_minutes), "late")]
    return [(max(a, 0.0), min(b, float(max_minutes)), v) for a, b, v in cuts if min(b, max_minutes) > max(a, 0.0)]


def wait_promise(quoted: int = 10, own_guess: int = 30, actual: int = 15, adjustment: float = an.ADJUSTMENT,
                 credibility: float = an.CREDIBILITY, max_minutes: int = 60) -> Explorer:
    """A promised wait as information and anchor: the expectation, and how each real wait would feel.

    Parameters
    ----------
    quoted, own_guess, actual : int
        Starting values (minutes) of the promise, the customer's own guess and the real wait.
    adjustment, credibility : float
        Starting values of ``k`` and of how much the customer believes the promise
        (see :func:`servicepsych.anchoring.expected_wait`).
    max_minutes : int
        Right end of the sliders and of the picture.

    Returns
    -------
    Explorer
        Controls ``quoted``, ``vague`` ("as soon as possible": no number; it
        disables the controls that then change nothing), ``own_guess``,
        ``actual``, ``credibility``, ``adjustment``. ``result`` is a dict with
        ``expected``, ``verdict`` (one of :data:`servicepsych.anchoring.VERDICTS`),
        ``broken`` (the promise was broken) and ``zones`` (how every real wait
        would feel). ``views[0]`` is the picture (PNG), ``views[1]`` a table.
    """
    controls = {
        "quoted": slider(_t("promise_quoted"), int(quoted), 0, max_minutes, 1),
        "vague": choice(_t("promise_kind"), [(_t("promise_kind_number"), False), (_t("promise_kind_vague"), True)],
                        False, buttons=True),
        "own_guess": slider(_t("promise_own_guess"), int(own_guess), 0, max_minutes, 1),
        "actual": slider(_t("promise_actual"), int(actual), 0, max_minutes, 1),
        "credibility": slider(_t("promise_credibility"), float(credibility), 0.0, 1.0, 0.05),
        "adjustment": slider(_t("promise_adjustment"), float(adjustment), 0.05, 1.0, 0.05),
    }

    def compute(quoted, vague, own_guess, actual, credibility, adjustment):
        promise = None if vague else float(quoted)
        expected = an.expected_wait(promise, own_guess, adjustment, credibility)
        verdict = an.wait_verdict(expected, actual, promised=promise)
        reference = promise if (promise is not None and actual > promise + 1.0) else expected
        return {
            "quoted": promise,
            "own_guess": float(own_guess),
            "actual": float(actual),
            "expected": expected,
            "verdict": verdict,
            "broken": promise is not None and actual > promise + 1.0,
            "late": float(actual) - reference,
            "zones": _zones(promise, expected, 1.0, max_minutes),
        }

    def render(r):
        fig, ax = figure(7.2, 2.9)
        for start, end, verdict in r["zones"]:
            ax.barh(0, end - start, left=start, height=0.5, color=_COLOURS[verdict], alpha=0.35,
                    label=_t(f"verdict_{verdict}"))
        marks = [(r["own_guess"], "#7a4fa0", "^", _t("promise_mark_guess")),
                 (r["expected"], "#1f5fa8", "D", _t("promise_mark_expected"))]
        if r["quoted"] is not None:
            marks.append((r["quoted"], "#000000", "v", _t("promise_mark_promise")))
        for x, colour, marker, label in marks:
            ax.plot([x], [0.42], marker=marker, color=colour, markersize=11, linestyle="none", label=label)
        ax.axvline(r["actual"], color=_COLOURS[r["verdict"]], linewidth=3, label=_t("promise_mark_actual"))
        ax.set_xlim(0, max_minutes)
        ax.set_ylim(-0.5, 0.8)
        ax.set_yticks([])
        ax.set_xlabel(_t("promise_axis_x"))
        fig.legend(loc="outside lower center", ncol=4, fontsize=8, frameon=False)
        feels = _t(f"verdict_{r['verdict']}") + (" " + _t("promise_broken") if r["broken"] else "")
        rows = [
            [_t("promise_row_expected"), f"{r['expected']:.1f}"],
            [_t("promise_row_actual"), f"{r['actual']:.0f}"],
            [_t("promise_row_late"), f"{r['late']:+.1f}"],
            [_t("promise_row_feels"), feels],
        ]
        return [fig, html_table(rows, [_t("promise_col_what"), _t("promise_col_value")])]

    ex = Explorer(controls, compute, render, title=_t("promise_title"))

    def _enable(_change=None):
        vague = controls["vague"].value
        for name in ("quoted", "credibility", "adjustment"):
            controls[name].disabled = vague
        # a promise taken at its word leaves no room for the customer's own guess or for adjustment
        believed = (not vague) and controls["credibility"].value >= 1.0
        controls["own_guess"].disabled = believed
        controls["adjustment"].disabled = vague or believed

    for name in ("vague", "credibility"):
        controls[name].observe(_enable, names="value")
    _enable()
    return ex


def anchoring_lab(low_anchor: int = 10, high_anchor: int = 65, adjustment: float = an.ADJUSTMENT,
                  n: int = 30, noise_sd: float = 8.0, draw: int = 1, belief_mean: float = 35.0,
                  belief_sd: float = 12.0) -> Explorer:
    """The wheel-of-fortune experiment (Tversky & Kahneman, 1974) in a simulated class.

    The class follows the adjustment model by construction, so this widget
    shows no evidence *for* the model: it shows what one class-sized run can
    give. With 30 people the index wanders around ``1 - k``; move ``draw`` to
    run the same class again with other people.

    Parameters
    ----------
    low_anchor, high_anchor : int
        Starting anchors (0 to 100, like the wheel).
    adjustment : float
        Starting adjustment ``k``.
    n : int
        Starting class size.
    noise_sd : float
        Starting answer noise.
    draw : int
        Which simulated class (the seed).
    belief_mean, belief_sd : float
        The class's own beliefs (fixed).

    Returns
    -------
    Explorer
        Controls ``low_anchor``, ``high_anchor``, ``adjustment``, ``n``,
        ``noise_sd``, ``draw``. ``result`` is a dict with ``cohort`` (the
        DataFrame of :func:`servicepsych.anchoring.simulate_cohort`),
        ``low_median``, ``high_median``, ``index`` and ``implied_adjustment``.
        ``views[0]`` is the picture (PNG), ``views[1]`` a table. Equal anchors
        show a message instead of a picture.
    """
    controls = {
        "low_anchor": slider(_t("lab_low"), int(low_anchor), 0, 100, 1),
        "high_anchor": slider(_t("lab_high"), int(high_anchor), 0, 100, 1),
        "adjustment": slider(_t("lab_adjustment"), float(adjustment), 0.0, 1.0, 0.05),
        "n": slider(_t("lab_n"), int(n), 10, 1000, 10),
        "noise_sd": slider(_t("lab_noise"), float(noise_sd), 0.0, 20.0, 0.5),
        "draw": slider(_t("lab_draw"), int(draw), 1, 50, 1),
    }

    def compute(low_anchor, high_anchor, adjustment, n, noise_sd, draw):
        df = an.simulate_cohort(n, low_anchor, high_anchor, belief_mean=belief_mean, belief_sd=belief_sd,
                                adjustment=adjustment, noise_sd=noise_sd, seed=1000 + int(draw), bounds=(0, 100))
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
        fig, ax = figure(7.2, 3.0)
        rng = np.random.default_rng(0)
        for row, (cond, colour) in enumerate((("low", "#1f5fa8"), ("high", "#c4661f"))):
            est = df.loc[df["condition"] == cond, "estimate"].to_numpy()
            ax.plot(est, row + rng.uniform(-0.18, 0.18, est.size), "o", color=colour, alpha=0.6, markersize=5,
                    label=_t(f"lab_group_{cond}", anchor=r[f"{cond}_anchor"]))
            ax.plot([r[f"{cond}_anchor"]] * 2, [row - 0.35, row + 0.35], color=colour, linewidth=3)
            ax.plot([r[f"{cond}_median"]] * 2, [row - 0.35, row + 0.35], color=colour, linestyle="--", linewidth=1.5)
        ax.set_yticks([0, 1], [_t("lab_row_low"), _t("lab_row_high")])
        ax.set_ylim(-0.6, 1.6)
        ax.set_xlabel(_t("lab_axis_x"))
        ax.legend(fontsize=8, loc="upper left", ncol=2)
        rows = [[_t(f"lab_group_{c}", anchor=r[f"{c}_anchor"]), f"{r[f'{c}_anchor']:g}", f"{r[f'{c}_median']:.1f}"]
                for c in ("low", "high")]
        caption = _t("lab_index", index=r["index"], model=1 - r["adjustment"]) + " " + _t("lab_lines")
        table = html_table(rows, [_t("lab_col_group"), _t("lab_col_anchor"), _t("lab_col_median")])
        return [fig, f"<p style='max-width:640px'>{html.escape(caption)}</p>{table}"]

    return Explorer(controls, compute, render, title=_t("lab_title"))
