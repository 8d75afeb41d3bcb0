"""Lesson widgets for loss aversion: value curve, compensation planner, weighting curve.

Each builder returns an :class:`~servicepsych.widgets._base.Explorer`; make the
call the last expression of a notebook cell to show it. Headless, set
``explorer.controls[name].value`` and read ``explorer.result``.

Examples
--------
>>> from servicepsych.widgets.loss_aversion import compensation_planner
>>> planner = compensation_planner(loss=100, goodwill=300)
>>> planner.result["net_positive"]
True
>>> planner.controls["goodwill"].value = 150
>>> planner.result["net_positive"]
False
"""

from __future__ import annotations

import ipywidgets as W
import numpy as np

from .. import prospect
from .._validation import check_nonnegative
from ..strings import text
from ._base import Explorer, figure, html_table

__all__ = ["compensation_planner", "value_curve", "weighting_curve"]

_C = "loss_aversion"
_STYLE = {"description_width": "220px"}


def _slider(kind, key, value, lo, hi, step):
    return kind(value=value, min=lo, max=hi, step=step, description=text(_C, key), style=_STYLE,
                layout=W.Layout(width="520px"), continuous_update=False)


# ---------------------------------------------------------------- value curve

def _curve_compute(loss, lam, alpha, beta):
    loss = check_nonnegative(loss, "loss")
    felt_loss = prospect.value(-loss, alpha, beta, lam)
    felt_gain = prospect.value(loss, alpha, beta, lam)
    comp = prospect.compensation_for_loss(loss, alpha, beta, lam)
    span = max(loss, 50.0)
    right = min(max(comp, span) * 1.15, 6 * span)
    x = np.linspace(-1.3 * span, right, 400)
    return {"loss": loss, "lam": lam, "alpha": alpha, "beta": beta, "felt_loss": felt_loss,
            "felt_gain": felt_gain, "compensation": comp, "ratio": comp / loss if loss else float("nan"),
            "x": x, "v": prospect.value(x, alpha, beta, lam), "offscale": comp > right}


def _curve_render(r):
    fig, ax = figure(6.4, 3.8)
    ax.plot(r["x"], r["v"], color="#1f4e79", lw=2, label=text(_C, "w_curve_line"))
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(0, color="grey", lw=0.8)
    loss = r["loss"]
    ax.plot([-loss], [r["felt_loss"]], "o", color="#b3261e",
            label=text(_C, "w_curve_loss_point", loss=loss, felt=r["felt_loss"]))
    ax.plot([loss], [r["felt_gain"]], "s", color="#7a7a7a",
            label=text(_C, "w_curve_same_gain", felt=r["felt_gain"]))
    if not r["offscale"]:
        ax.plot([r["compensation"]], [-r["felt_loss"]], "^", color="#1b7f3b",
                label=text(_C, "w_curve_comp_point", comp=r["compensation"]))
        ax.hlines(-r["felt_loss"], 0, r["compensation"], colors="#1b7f3b", linestyles="dotted")
    ax.hlines(r["felt_loss"], -loss, 0, colors="#b3261e", linestyles="dotted")
    ax.set_xlabel(text(_C, "w_curve_xlabel"))
    ax.set_ylabel(text(_C, "w_curve_ylabel"))
    ax.legend(loc="lower right", fontsize=8)
    summary = text(_C, "w_curve_summary", loss=loss, felt_loss=r["felt_loss"], felt_gain=r["felt_gain"],
                   comp=r["compensation"], ratio=r["ratio"] if loss else 0.0)
    if r["offscale"]:
        summary += " " + text(_C, "w_curve_offscale")
    return [fig, f"<p>{summary}</p>"]


def value_curve(loss: float = 100, lam: float = prospect.LAMBDA, alpha: float = prospect.ALPHA,
                beta: float = prospect.BETA) -> Explorer:
    """The value function with a customer's loss marked, and the separate gesture that offsets it.

    Parameters
    ----------
    loss : float
        Starting size of the customer's loss (0-1000).
    lam, alpha, beta : float
        Starting parameters (defaults: Tversky & Kahneman, 1992).

    Returns
    -------
    Explorer
        ``result`` holds ``felt_loss``, ``felt_gain``, ``compensation``, ``ratio`` and the curve.

    Examples
    --------
    >>> curve = value_curve(loss=100)
    >>> round(curve.result["felt_loss"], 1)
    -129.5
    >>> curve.controls["lam"].value = 1.0
    >>> round(curve.result["compensation"])
    100
    """
    controls = {
        "loss": _slider(W.FloatSlider, "w_loss", loss, 0, 1000, 10),
        "lam": _slider(W.FloatSlider, "w_lam", lam, 1.0, 4.0, 0.05),
        "alpha": _slider(W.FloatSlider, "w_alpha", alpha, 0.3, 1.0, 0.01),
        "beta": _slider(W.FloatSlider, "w_beta", beta, 0.3, 1.0, 0.01),
    }
    return Explorer(controls, _curve_compute, _curve_render, title=text(_C, "w_curve_title"))


# ---------------------------------------------------------------- compensation planner

def _net(loss, goodwill, gestures, lam):
    each = goodwill / gestures
    felt_goodwill = prospect.segregated_value(np.full(gestures, each), lam=lam)
    return each, felt_goodwill, prospect.value(-loss, lam=lam) + felt_goodwill


def _plan_compute(loss, goodwill, gestures, lam):
    gestures = int(gestures)
    if gestures < 1:
        raise ValueError(f"gestures must be at least 1, got {gestures}")
    loss = check_nonnegative(loss, "loss")
    goodwill = check_nonnegative(goodwill, "goodwill")
    each, felt_goodwill, net = _net(loss, goodwill, gestures, lam)
    rows = []
    for n in range(1, 5):
        e, g, t = _net(loss, goodwill, n, lam)
        rows.append({"gestures": n, "each": e, "felt_goodwill": g, "net": t})
    return {"loss": loss, "goodwill": goodwill, "gestures": gestures, "lam": lam,
            "felt_loss": prospect.value(-loss, lam=lam), "each": each, "felt_goodwill": felt_goodwill,
            "net": net, "net_positive": net > 0,
            "needed_single": prospect.compensation_for_loss(loss, lam=lam),
            "refund_net": prospect.integrated_value([goodwill, -loss], lam=lam),
            "by_gestures": rows}


def _plan_render(r):
    if r["net"] > 1e-9:
        verdict, colour = text(_C, "w_plan_positive", net=r["net"]), "#1b7f3b"
    elif r["net"] < -1e-9:
        verdict, colour = text(_C, "w_plan_negative", net=r["net"], needed=r["needed_single"]), "#b3261e"
    else:
        verdict, colour = text(_C, "w_plan_even", net=r["net"]), "#555555"
    rows = [[row["gestures"], f"{row['each']:.0f}", f"{row['felt_goodwill']:.1f}", f"{row['net']:+.1f}"]
            for row in r["by_gestures"]]
    rows.append([text(_C, "w_plan_refund_row"), f"{r['goodwill']:.0f}", "", f"{r['refund_net']:+.1f}"])
    table = html_table(rows, [text(_C, "w_plan_col_gestures"), text(_C, "w_plan_col_each"),
                              text(_C, "w_plan_col_goodwill"), text(_C, "w_plan_col_net")],
                       caption=text(_C, "w_plan_caption"))
    fig, ax = figure(5.0, 2.8)
    labels = [text(_C, "w_plan_bar_loss"), text(_C, "w_plan_bar_goodwill"), text(_C, "w_plan_bar_net")]
    heights = [r["felt_loss"], r["felt_goodwill"], r["net"]]
    ax.bar(labels, heights, color=["#b3261e", "#1b7f3b", colour])
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_ylabel(text(_C, "w_plan_ylabel"))
    return [f"<p style='color:{colour}'><b>{verdict}</b></p>", fig, table]


def compensation_planner(loss: float = 200, goodwill: float = 300, gestures: int = 1,
                         lam: float = prospect.LAMBDA) -> Explorer:
    """Size of a service failure vs the goodwill offered: does the customer end up net positive?

    The loss and each gesture are felt as separate events (Thaler, 1985), valued
    with :func:`servicepsych.prospect.value`; the table compares the same budget
    delivered as 1-4 gestures and as one refund netted against the loss.

    Returns
    -------
    Explorer
        ``result`` holds ``felt_loss``, ``felt_goodwill``, ``net``, ``net_positive``,
        ``needed_single`` and ``by_gestures`` (one dict per number of gestures).

    Examples
    --------
    >>> p = compensation_planner(loss=100, goodwill=240, gestures=1)
    >>> p.result["net_positive"]
    False
    >>> p.controls["gestures"].value = 2          # same budget, two gestures
    >>> p.result["net_positive"]
    True
    """
    controls = {
        "loss": _slider(W.FloatSlider, "w_plan_loss", loss, 0, 1000, 10),
        "goodwill": _slider(W.FloatSlider, "w_plan_goodwill", goodwill, 0, 2000, 10),
        "gestures": _slider(W.IntSlider, "w_plan_gestures", gestures, 1, 4, 1),
        "lam": _slider(W.FloatSlider, "w_plan_lam", lam, 1.0, 4.0, 0.05),
    }
    return Explorer(controls, _plan_compute, _plan_render, title=text(_C, "w_plan_title"))


# ---------------------------------------------------------------- weighting curve

def _weight_compute(gamma, delta):
    p = np.linspace(0, 1, 201)
    return {"gamma": gamma, "delta": delta, "p": p, "w_gain": prospect.weight(p, gamma),
            "w_loss": prospect.weight(p, delta),
            "w01": prospect.weight(0.01, gamma), "w50": prospect.weight(0.5, gamma),
            "w99": prospect.weight(0.99, gamma)}


def _weight_render(r):
    fig, ax = figure(4.8, 3.6)
    ax.plot(r["p"], r["p"], color="grey", ls="--", lw=1, label=text(_C, "w_weight_diag"))
    ax.plot(r["p"], r["w_gain"], color="#1b7f3b", lw=2, label=text(_C, "w_weight_gain_line"))
    ax.plot(r["p"], r["w_loss"], color="#b3261e", lw=2, label=text(_C, "w_weight_loss_line"))
    ax.set_xlabel(text(_C, "w_weight_xlabel"))
    ax.set_ylabel(text(_C, "w_weight_ylabel"))
    ax.legend(fontsize=8, loc="upper left")
    return [fig, "<p>" + text(_C, "w_weight_summary", w01=r["w01"], w50=r["w50"], w99=r["w99"]) + "</p>"]


def weighting_curve(gamma: float = prospect.GAMMA, delta: float = prospect.DELTA) -> Explorer:
    """The inverse-S probability weighting curves for gains and losses.

    Examples
    --------
    >>> wc = weighting_curve()
    >>> round(wc.result["w50"], 3)
    0.421
    """
    controls = {
        "gamma": _slider(W.FloatSlider, "w_gamma", gamma, 0.3, 1.0, 0.01),
        "delta": _slider(W.FloatSlider, "w_delta", delta, 0.3, 1.0, 0.01),
    }
    return Explorer(controls, _weight_compute, _weight_render, title=text(_C, "w_weight_title"))
