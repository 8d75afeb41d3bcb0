"""Widgets of the peak-end lesson.

* :func:`journey_builder`: one slider per phase of a service journey (greeting,
  hold, problem, fix, close) and the minutes on hold; the plot marks the peak and
  the end, and compares the remembered score (peak-end) with the average.
* :func:`hold_extender`: duration neglect; add minutes of mild frustration to the
  end of a difficult call and compare memory with the total.
* :func:`memory_rules`: Redelmeier & Kahneman's patients A and B under each rule,
  with the end taken over the last 1-5 minutes (the study used the last 3).

Controls that a setting makes irrelevant are disabled (greyed out) until they
matter again, so every enabled control changes what is shown.

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

from .. import peak_end as pe
from ..questions.peak_end import PATIENT_A, PATIENT_B
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

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


def _enable_when(controls, target: str, source: str, condition) -> None:
    """Disable ``controls[target]`` while ``condition(controls[source].value)`` is false."""
    def sync(_change=None):
        controls[target].disabled = not condition(controls[source].value)
    controls[source].observe(sync, names="value")
    sync()


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
    controls = {p: slider(_t(f"phase_{p}"), int(start[p]), 0, 10) for p in _PHASES}
    controls["wait_minutes"] = slider(_t("wait_minutes"), int(start["wait_minutes"]), 1, 10)
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
    if len(r["extended"]) == len(r["original"]):
        return [fig, table + f"<p>{_t('hold_no_extra')}</p>"]
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
        The ``level`` slider is disabled while no minute is added.

    Examples
    --------
    >>> ex = hold_extender(extra_minutes=2, level=2)
    >>> ex.result["duration_neglect"]
    True
    >>> ex.controls["extra_minutes"].value = 0
    >>> ex.controls["level"].disabled
    True
    """
    if scenario not in SCENARIOS:
        raise ValueError(f"scenario must be one of {', '.join(map(repr, SCENARIOS))}, got {scenario!r}")
    controls = {
        "scenario": choice(_t("hold_scenario"), [(_t(f"scenario_{k}"), k) for k in SCENARIOS], scenario),
        "extra_minutes": slider(_t("extra_minutes"), int(extra_minutes), 0, 10),
        "level": slider(_t("extra_level"), int(level), 0, 10),
    }
    _enable_when(controls, "level", "extra_minutes", lambda n: n > 0)
    return Explorer(controls, _hold_compute, _hold_render, title=_t("hold_title"))


# ---------------------------------------------------------------- memory rules
_USES_WEIGHT = ("weighted_peak_end",)
_USES_END = ("peak_end", "weighted_peak_end", "end")


def _rules_compute(method, peak_weight, end_window):
    a = pe.remembered_score(PATIENT_A, method, peak_weight=peak_weight, end_window=int(end_window))
    b = pe.remembered_score(PATIENT_B, method, peak_weight=peak_weight, end_window=int(end_window))
    return {"method": method, "a": a, "b": b, "end_window": int(end_window),
            "uses_end": method in _USES_END}


def _rules_render(r):
    fig, ax = figure(6.4, 3.0)
    for profile, color, key in ((PATIENT_A, "#b3261e", "patient_a"), (PATIENT_B, "#1f5fa8", "patient_b")):
        x = list(range(1, len(profile) + 1))
        ax.plot(x, profile, marker="o", color=color, label=_t(key))
        if r["uses_end"]:
            k = r["end_window"]
            ax.axvspan(x[-k] - 0.4, x[-1] + 0.4, color=color, alpha=0.10)
    if r["uses_end"]:
        ax.fill_between([], [], color="#777777", alpha=0.2, label=_t("legend_end_window", k=r["end_window"]))
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
    note = "" if r["method"] == "weighted_peak_end" else f"<p style='color:#555'>{_t('rules_unused')}</p>"
    return [fig, table + f"<p>{verdict}</p>{note}"]


def memory_rules(method: str = "peak_end", peak_weight: float = 0.5, end_window: int = 1) -> Explorer:
    """Patients A and B (shaped as in Redelmeier & Kahneman, 1996) under a chosen memory rule.

    The weight slider is enabled only for the weighted rule, and the end-window
    slider only for rules that use the end; otherwise they are disabled.

    Returns
    -------
    Explorer
        ``result`` holds ``method``, ``end_window`` and the two patients' scores ``a`` and ``b``.

    Examples
    --------
    >>> ex = memory_rules()
    >>> ex.result["a"], ex.result["b"]
    (7.5, 4.5)
    >>> ex.controls["peak_weight"].disabled
    True
    >>> ex.controls["end_window"].value = 3          # the last 3 minutes, as in the study
    >>> round(ex.result["b"], 2)
    4.83
    >>> ex.controls["method"].value = "area"
    >>> ex.result["a"] < ex.result["b"], ex.controls["end_window"].disabled
    (True, True)
    """
    if method not in pe.METHODS:
        raise ValueError(f"method must be one of {', '.join(map(repr, pe.METHODS))}, got {method!r}")
    controls = {
        "method": choice(_t("rules_method"), [(_t(f"method_{m}"), m) for m in pe.METHODS], method),
        "peak_weight": slider(_t("rules_peak_weight"), float(peak_weight), 0.0, 1.0, 0.05, readout_format=".2f"),
        "end_window": slider(_t("rules_end_window"), int(end_window), 1, 5),
    }
    _enable_when(controls, "peak_weight", "method", lambda m: m in _USES_WEIGHT)
    _enable_when(controls, "end_window", "method", lambda m: m in _USES_END)
    return Explorer(controls, _rules_compute, _rules_render, title=_t("rules_title"))
