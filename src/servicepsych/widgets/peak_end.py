"""Widgets of the peak-end lesson.

* :func:`journey_builder`: one slider per phase of a service journey (greeting,
  hold, problem, fix, close) and the minutes on hold; the plot marks the peak and
  the end, and compares the remembered score (peak-end) with the average.
* :func:`hold_extender`: duration neglect; add minutes of mild frustration to the
  end of a difficult call and compare memory with the total.
* :func:`memory_rules`: Redelmeier & Kahneman's patients A and B under each rule.

Examples
--------
>>> ex = journey_builder()
>>> ex.result["peak_end"]
6.0
>>> ex.controls["close"].value = 1
>>> ex.result["peak_end"]
4.0
"""

from __future__ import annotations

import ipywidgets as W

from .. import peak_end as pe
from ..questions.peak_end import PATIENT_A, PATIENT_B
from ..strings import text
from ._base import Explorer, figure, html_table

__all__ = ["hold_extender", "journey_builder", "memory_rules"]

_PHASES = ("greeting", "wait", "problem", "fix", "close")
_DEFAULTS = {"greeting": 2, "wait": 5, "problem": 7, "fix": 4, "close": 5}

#: Calls :func:`hold_extender` offers (frustration per moment).
SCENARIOS = {
    "abrupt_fix": (2, 6, 8, 6),
    "transfer": (3, 6, 8, 5, 9, 4, 7),
    # cold water (Kahneman et al., 1993): discomfort every 10 s over 60 s at 14 C
    "cold_water": (3, 4, 5, 6, 7, 8),
}


def _t(key, **fields):
    return text("peak_end", key, **fields)


def _slider(label, value, lo=0, hi=10):
    return W.IntSlider(value=value, min=lo, max=hi, step=1, description=label,
                       style={"description_width": "200px"}, layout=W.Layout(width="480px"))


# ---------------------------------------------------------------- journey builder
def _journey_compute(greeting, wait, problem, fix, close, wait_minutes):
    ratings = [greeting] + [wait] * int(wait_minutes) + [problem, fix, close]
    return {
        "ratings": [float(r) for r in ratings],
        "peak": pe.peak(ratings),
        "end": pe.end_only(ratings),
        "peak_end": pe.peak_end(ratings),
        "mean": pe.mean_rating(ratings),
        "area": pe.area(ratings),
        "minutes": len(ratings),
    }


def _journey_render(r):
    fig, ax = figure(6.4, 3.4)
    x = list(range(len(r["ratings"])))
    ax.plot(x, r["ratings"], marker="o", color="#555555", label=_t("legend_journey"))
    i_peak = r["ratings"].index(r["peak"])
    ax.scatter([i_peak], [r["peak"]], s=120, color="#b3261e", zorder=3, label=_t("legend_peak"))
    ax.scatter([x[-1]], [r["end"]], s=120, color="#1f5fa8", zorder=3, label=_t("legend_end"))
    ax.axhline(r["peak_end"], color="#b3261e", linestyle="--", label=_t("legend_peak_end"))
    ax.axhline(r["mean"], color="#888888", linestyle=":", label=_t("legend_mean"))
    ax.set_ylim(-0.5, 10.5)
    ax.set_xlabel(_t("axis_moment"))
    ax.set_ylabel(_t("axis_frustration"))
    ax.legend(loc="upper left", fontsize=8, ncol=2)
    rows = [
        (_t("row_minutes"), r["minutes"]),
        (_t("row_peak"), f"{r['peak']:.1f}"),
        (_t("row_end"), f"{r['end']:.1f}"),
        (_t("row_peak_end"), f"{r['peak_end']:.2f}"),
        (_t("row_mean"), f"{r['mean']:.2f}"),
        (_t("row_area"), f"{r['area']:.1f}"),
    ]
    return [fig, html_table(rows, [_t("col_measure"), _t("col_value")], caption=_t("journey_caption"))]


def journey_builder(**values) -> Explorer:
    """Sliders for each phase of a service journey; plot and table of peak, end, peak-end and mean.

    Parameters
    ----------
    **values
        Starting values: ``greeting``, ``wait``, ``problem``, ``fix``, ``close``
        (frustration 0-10) and ``wait_minutes`` (1-10).

    Returns
    -------
    Explorer
        ``result`` holds ``ratings``, ``peak``, ``end``, ``peak_end``, ``mean``,
        ``area`` and ``minutes``.

    Examples
    --------
    >>> ex = journey_builder(wait_minutes=1)
    >>> ex.result["ratings"]
    [2.0, 5.0, 7.0, 4.0, 5.0]
    """
    start = {**_DEFAULTS, "wait_minutes": 3, **values}
    controls = {p: _slider(_t(f"phase_{p}"), start[p]) for p in _PHASES}
    controls["wait_minutes"] = _slider(_t("wait_minutes"), start["wait_minutes"], 1, 10)
    return Explorer(controls, _journey_compute, _journey_render, title=_t("journey_title"))


# ---------------------------------------------------------------- duration neglect
def _hold_compute(scenario, extra_minutes, level):
    base = SCENARIOS[scenario]
    longer = pe.extend_with_mild_end(base, int(extra_minutes), level)
    result = pe.compare_journeys(base, longer)
    result["original"] = [float(v) for v in base]
    result["extended"] = [float(v) for v in longer]
    return result


def _hold_render(r):
    fig, ax = figure(6.4, 3.2)
    ax.plot(range(len(r["extended"])), r["extended"], marker="o", color="#1f5fa8", label=_t("legend_extended"))
    ax.plot(range(len(r["original"])), r["original"], marker="o", color="#b3261e", label=_t("legend_original"))
    ax.fill_between(range(len(r["extended"])), r["extended"], color="#1f5fa8", alpha=0.12)
    ax.set_ylim(-0.5, 10.5)
    ax.set_xlabel(_t("axis_moment"))
    ax.set_ylabel(_t("axis_frustration"))
    ax.legend(loc="upper left", fontsize=8)
    rows = [(_t(label), f"{s['minutes']:.0f}", f"{s['peak_end']:.2f}", f"{s['area']:.1f}")
            for label, s in (("legend_original", r["a"]), ("legend_extended", r["b"]))]
    table = html_table(rows, [_t("col_journey"), _t("row_minutes"), _t("row_peak_end"), _t("row_area")])
    if r["duration_neglect"]:
        verdict = _t("verdict_neglect")
    elif r["remembered_better"] == "a":
        verdict = _t("verdict_worse")
    else:
        verdict = _t("verdict_same")
    return [fig, table + f"<p><strong>{verdict}</strong></p>"]


def hold_extender(scenario: str = "abrupt_fix", extra_minutes: int = 0, level: int = 2) -> Explorer:
    """Add minutes of mild frustration to the end of a call; compare remembered (peak-end) and total (area).

    Parameters
    ----------
    scenario : str
        A key of :data:`SCENARIOS`: ``"abrupt_fix"``, ``"transfer"`` or ``"cold_water"``.
    extra_minutes : int
        Moments added at the end (0-10).
    level : int
        Frustration of each added moment (0-10).

    Returns
    -------
    Explorer
        ``result`` is :func:`servicepsych.peak_end.compare_journeys` of the
        original ("a") and the extended call ("b"), plus both rating lists.

    Examples
    --------
    >>> ex = hold_extender(extra_minutes=2, level=2)
    >>> ex.result["duration_neglect"]
    True
    """
    if scenario not in SCENARIOS:
        raise ValueError(f"scenario must be one of {', '.join(map(repr, SCENARIOS))}, got {scenario!r}")
    controls = {
        "scenario": W.Dropdown(options=[(_t(f"scenario_{k}"), k) for k in SCENARIOS], value=scenario,
                               description=_t("hold_scenario"), style={"description_width": "200px"}),
        "extra_minutes": _slider(_t("extra_minutes"), extra_minutes),
        "level": _slider(_t("extra_level"), level),
    }
    return Explorer(controls, _hold_compute, _hold_render, title=_t("hold_title"))


# ---------------------------------------------------------------- memory rules
def _rules_compute(method, peak_weight):
    a = pe.remembered_score(PATIENT_A, method, peak_weight=peak_weight)
    b = pe.remembered_score(PATIENT_B, method, peak_weight=peak_weight)
    return {"method": method, "a": a, "b": b}


def _rules_render(r):
    fig, ax = figure(6.4, 3.0)
    ax.plot(range(1, len(PATIENT_A) + 1), PATIENT_A, marker="o", color="#b3261e", label=_t("patient_a"))
    ax.plot(range(1, len(PATIENT_B) + 1), PATIENT_B, marker="o", color="#1f5fa8", label=_t("patient_b"))
    ax.set_ylim(-0.5, 10.5)
    ax.set_xlabel(_t("axis_moment"))
    ax.set_ylabel(_t("axis_pain"))
    ax.legend(loc="upper right", fontsize=8)
    rows = [(_t("patient_a"), f"{r['a']:.2f}"), (_t("patient_b"), f"{r['b']:.2f}")]
    table = html_table(rows, [_t("col_journey"), _t(f"method_{r['method']}")])
    if abs(r["a"] - r["b"]) < 1e-9:
        verdict = _t("rules_tie")
    else:
        verdict = _t("rules_worse", worse=_t("patient_a") if r["a"] > r["b"] else _t("patient_b"))
    return [fig, table + f"<p>{verdict}</p>"]


def memory_rules(method: str = "peak_end", peak_weight: float = 0.5) -> Explorer:
    """Patients A and B (shaped as in Redelmeier & Kahneman, 1996) under a chosen memory rule.

    Returns
    -------
    Explorer
        ``result`` holds ``method`` and the two patients' scores ``a`` and ``b``.

    Examples
    --------
    >>> ex = memory_rules()
    >>> ex.result["a"], ex.result["b"]
    (7.5, 4.5)
    >>> ex.controls["method"].value = "area"
    >>> ex.result["a"] < ex.result["b"]
    True
    """
    controls = {
        "method": W.Dropdown(options=[(_t(f"method_{m}"), m) for m in pe.METHODS], value=method,
                             description=_t("rules_method"), style={"description_width": "200px"}),
        "peak_weight": W.FloatSlider(value=peak_weight, min=0.0, max=1.0, step=0.05,
                                     description=_t("rules_peak_weight"), style={"description_width": "200px"}),
    }
    return Explorer(controls, _rules_compute, _rules_render, title=_t("rules_title"))
