"""Lesson widgets for loss aversion: value curve, recovery comparison, weighting curve.

Each builder returns an :class:`~servicepsych.widgets._base.Explorer`; make the
call the last expression of a notebook cell to show it. Headless, set
``explorer.controls[name].value`` and read ``explorer.result``.

The recovery comparison values *both* options with the same model, from the
same reference point (where the customer stood before the failure) and under
the same way of booking the outcomes, so neither option wins by construction.

Examples
--------
>>> from servicepsych.widgets.loss_aversion import recovery_comparison
>>> cmp = recovery_comparison(loss=100, refund=150, voucher=150, pieces=2, editing="separate")
>>> cmp.result["better"]
'B'
>>> cmp.controls["editing"].value = "net"       # booked as one net amount, splitting changes nothing
>>> cmp.result["better"]
'tie'
"""

from __future__ import annotations

import numpy as np

from .. import prospect
from .._validation import check_nonnegative
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

__all__ = ["recovery_comparison", "value_curve", "weighting_curve"]

_C = "loss_aversion"


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
    """The value function with a customer's loss marked, and the separate gain the model says offsets it.

    Parameters
    ----------
    loss : float
        Starting size of the customer's loss (0-1000).
    lam, alpha, beta : float
        Starting parameters (defaults: Tversky & Kahneman, 1992, findings ``tk92_*``).

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
        "loss": slider(text(_C, "w_loss"), float(loss), 0.0, 1000.0, 10.0, continuous=False),
        "lam": slider(text(_C, "w_lam"), float(lam), 1.0, 4.0, 0.05, continuous=False),
        "alpha": slider(text(_C, "w_alpha"), float(alpha), 0.3, 1.0, 0.01, continuous=False),
        "beta": slider(text(_C, "w_beta"), float(beta), 0.3, 1.0, 0.01, continuous=False),
    }
    return Explorer(controls, _curve_compute, _curve_render, title=text(_C, "w_curve_title"))


# ---------------------------------------------------------------- recovery comparison

def _mode_label(mode: str) -> str:
    return text(_C, f"w_cmp_mode_{mode}")


def _cmp_compute(loss, refund, voucher, pieces, editing, lam):
    loss = check_nonnegative(loss, "loss")
    refund = check_nonnegative(refund, "refund")
    voucher = check_nonnegative(voucher, "voucher")
    pieces = int(pieces)
    if pieces < 1:
        raise ValueError(f"pieces must be at least 1, got {pieces}")
    if editing not in prospect.EDITING_MODES:
        raise ValueError(f"editing must be one of {prospect.EDITING_MODES}, got {editing!r}")
    # Both options, measured from the same reference point: where the customer stood before the failure.
    outcomes_a = [-loss, refund]
    outcomes_b = [-loss] + [voucher / pieces] * pieces
    table = {mode: (prospect.edited_value(outcomes_a, mode, lam=lam), prospect.edited_value(outcomes_b, mode, lam=lam))
             for mode in prospect.EDITING_MODES}
    a, b = table[editing]
    better = "tie" if abs(a - b) < 1e-9 else ("A" if a > b else "B")
    return {"loss": loss, "refund": refund, "voucher": voucher, "pieces": pieces, "each": voucher / pieces,
            "editing": editing, "lam": lam, "outcomes_a": outcomes_a, "outcomes_b": outcomes_b,
            "value_a": a, "value_b": b, "better": better, "by_mode": table}


def _cmp_render(r):
    mode = _mode_label(r["editing"])
    a, b = r["value_a"], r["value_b"]
    key = {"A": "w_cmp_verdict_a", "B": "w_cmp_verdict_b", "tie": "w_cmp_verdict_tie"}[r["better"]]
    verdict = text(_C, key, mode=mode, a=a, b=b)
    fig, ax = figure(5.6, 2.0)
    labels = [text(_C, "w_cmp_bar_a", refund=r["refund"]),
              text(_C, "w_cmp_bar_b", pieces=r["pieces"], each=r["each"])]
    colours = ["#1b7f3b" if v >= 0 else "#b3261e" for v in (a, b)]
    bars = ax.barh(labels, [a, b], color=colours, height=0.55)
    ax.bar_label(bars, labels=[f"{a:+.1f}", f"{b:+.1f}"], padding=3, fontsize=9)
    ax.axvline(0, color="black", lw=1)
    ax.set_xlabel(text(_C, "w_cmp_ylabel"))
    ax.invert_yaxis()
    lim = max(abs(a), abs(b), 1.0) * 1.3
    ax.set_xlim(-lim, lim)
    rows = []
    for m, (va, vb) in r["by_mode"].items():
        best = "A" if va > vb + 1e-9 else ("B" if vb > va + 1e-9 else "=")
        label = _mode_label(m)
        rows.append([("\u25b6 " + label) if m == r["editing"] else label, f"{va:+.1f}", f"{vb:+.1f}", best])
    table = html_table(rows, [text(_C, "w_cmp_col_mode"), text(_C, "w_cmp_col_a"), text(_C, "w_cmp_col_b"),
                              text(_C, "w_cmp_col_better")], caption=text(_C, "w_cmp_caption"))
    reference = text(_C, "w_cmp_reference", loss=r["loss"])
    return [f"<p><b>{verdict}</b><br>{reference}</p>", fig, table]


def recovery_comparison(loss: float = 200, refund: float = 300, voucher: float = 300, pieces: int = 2,
                        editing: str = "separate", lam: float = prospect.LAMBDA) -> Explorer:
    """Option A (one refund) against option B (vouchers in several pieces), valued the same way.

    Both options are lists of outcomes measured from the customer's reference
    point before the failure (the loss, then the remedy) and valued with
    :func:`servicepsych.prospect.edited_value` under the *same* way of booking
    them: each event separately, one net amount, or whichever feels best (the
    hedonic-editing hypothesis). The table shows the verdict under all three,
    so the learner sees which conclusions depend on that assumption.

    Parameters
    ----------
    loss : float
        Size of the failure (0-1000).
    refund : float
        Option A: one refund paid at once (0-2000).
    voucher : float
        Option B: total value of the vouchers (0-2000).
    pieces : int
        Option B: how many separate vouchers (1-4).
    editing : {"separate", "net", "best"}
        How the customer books the outcomes (applies to both options).
    lam : float
        Loss aversion (default 2.25, Tversky & Kahneman, 1992).

    Returns
    -------
    Explorer
        ``result`` holds ``value_a``, ``value_b``, ``better`` (``"A"``, ``"B"`` or
        ``"tie"``) and ``by_mode`` (the two values under each way of booking).

    Examples
    --------
    >>> cmp = recovery_comparison(loss=200, refund=300, voucher=300, pieces=1)
    >>> cmp.result["better"]                      # the same amount in one piece: a tie
    'tie'
    >>> cmp.controls["pieces"].value = 3
    >>> cmp.result["better"]
    'B'
    """
    options = [(_mode_label(m), m) for m in prospect.EDITING_MODES]
    controls = {
        "loss": slider(text(_C, "w_cmp_loss"), float(loss), 0.0, 1000.0, 10.0, continuous=False),
        "refund": slider(text(_C, "w_cmp_refund"), float(refund), 0.0, 2000.0, 10.0, continuous=False),
        "voucher": slider(text(_C, "w_cmp_voucher"), float(voucher), 0.0, 2000.0, 10.0, continuous=False),
        "pieces": slider(text(_C, "w_cmp_pieces"), int(pieces), 1, 4, 1, continuous=False),
        "editing": choice(text(_C, "w_cmp_editing"), options, editing, buttons=True),
        "lam": slider(text(_C, "w_cmp_lam"), float(lam), 1.0, 4.0, 0.05, continuous=False),
    }
    return Explorer(controls, _cmp_compute, _cmp_render, title=text(_C, "w_cmp_title"))


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
        "gamma": slider(text(_C, "w_gamma"), float(gamma), 0.3, 1.0, 0.01, continuous=False),
        "delta": slider(text(_C, "w_delta"), float(delta), 0.3, 1.0, 0.01, continuous=False),
    }
    return Explorer(controls, _weight_compute, _weight_render, title=text(_C, "w_weight_title"))
