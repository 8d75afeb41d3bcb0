"""Lesson widgets for framing: a message A/B, a refund wording, the Asian disease explorer.

Every builder returns an :class:`~servicepsych.widgets._base.Explorer`; make the
call the last expression of a notebook cell to show it. Headless, set
``explorer.controls[name].value`` and read ``explorer.result``.

Examples
--------
>>> from servicepsych.widgets.framing import message_ab
>>> ex = message_ab(share=0.9)
>>> ex.result["positive"], ex.result["negative"]
('9 in 10 parcels arrive on time', '1 in 10 parcels arrive late')
"""

from __future__ import annotations

import ipywidgets as W
import numpy as np

from .. import framing
from ..strings import text
from ._base import Explorer, figure, html_table

__all__ = ["asian_disease_explorer", "message_ab", "refund_wording"]


def _t(key: str, **fields) -> str:
    return text("framing", key, **fields)


_STYLE = {"ab_style_in_10": "in_n", "ab_style_percent": "percent"}


# ---------------------------------------------------------------- message A/B

def _message_compute(share, frame, style, good_label, bad_label):
    wording = framing.attribute_frame(share, good_label, bad_label, style=style, n=10)
    pct = 100.0 * share
    gain_v, loss_v = framing.reframe(pct, 0.0, 100.0)
    grid = np.linspace(0.0, 100.0, 101)
    gain_curve, loss_curve = framing.reframe(grid, 0.0, 100.0)
    return {
        "share": share, "frame": frame, "positive": wording.positive, "negative": wording.negative,
        "shown": wording.positive if frame == "gain" else wording.negative,
        "gain_value": gain_v, "loss_value": loss_v,
        "better": "gain" if gain_v >= loss_v else "loss",
        "grid": grid, "gain_curve": gain_curve, "loss_curve": loss_curve,
    }


def _message_render(r):
    mark = _t("ab_shown")
    rows = [
        [_t("frame_gain"), r["positive"], f"{r['gain_value']:.1f}", mark if r["frame"] == "gain" else ""],
        [_t("frame_loss"), r["negative"], f"{r['loss_value']:.1f}", mark if r["frame"] == "loss" else ""],
    ]
    table = html_table(rows, [_t("ab_col_frame"), _t("ab_col_wording"), _t("ab_col_value"), ""])
    verdict = _t("ab_verdict", frame=_t(f"frame_{r['better']}"), gap=abs(r["gain_value"] - r["loss_value"]))
    fig, ax = figure(6.0, 3.2)
    ax.plot(r["grid"], r["gain_curve"], color="#1b7f3b", label=_t("frame_gain"))
    ax.plot(r["grid"], r["loss_curve"], color="#b3261e", label=_t("frame_loss"))
    ax.axhline(0, color="grey", lw=0.8)
    x = 100 * r["share"]
    ax.plot([x], [r["gain_value"] if r["frame"] == "gain" else r["loss_value"]], "ko")
    ax.axvline(x, color="grey", ls=":", lw=1)
    ax.set(title=_t("ab_plot_title"), xlabel=_t("ab_plot_x"), ylabel=_t("ab_plot_y"))
    ax.legend(loc="lower right")
    return [table + f"<p>{verdict}</p>", fig]


def message_ab(share: float = 0.9, *, good_label: str = "parcels arrive on time",
               bad_label: str = "parcels arrive late", frame: str = "gain") -> Explorer:
    """A/B a service message: the same share worded by its good or its bad side.

    Controls: the share of good outcomes, which wording the customer is shown,
    the style (``N in 10`` or percent) and the two labels. The view shows both
    wordings with their felt value (the good side coded as a gain from 0, the
    bad side as a loss from 100%; :func:`servicepsych.framing.reframe`) and the
    two value curves.

    Returns
    -------
    Explorer
        ``result`` holds ``positive``, ``negative``, ``shown``, ``gain_value``,
        ``loss_value`` and ``better``.

    Examples
    --------
    >>> ex = message_ab(0.75, good_label="lean", bad_label="fat")
    >>> ex.controls["style"].value = "percent"
    >>> ex.result["positive"], ex.result["better"]
    ('75% lean', 'gain')
    """
    if frame not in framing.FRAMES:
        raise ValueError(f"frame must be 'gain' or 'loss', got {frame!r}")
    controls = {
        "share": W.FloatSlider(value=share, min=0.0, max=1.0, step=0.05, description=_t("ab_share"),
                               readout_format=".0%", continuous_update=False),
        "frame": W.ToggleButtons(options=[(_t("frame_gain"), "gain"), (_t("frame_loss"), "loss")],
                                 value=frame, description=_t("ab_frame")),
        "style": W.Dropdown(options=[(_t(k), v) for k, v in _STYLE.items()], value="in_n",
                            description=_t("ab_style")),
        "good_label": W.Text(value=good_label, description=_t("ab_good_label")),
        "bad_label": W.Text(value=bad_label, description=_t("ab_bad_label")),
    }
    return Explorer(controls, _message_compute, _message_render, title=_t("ab_title"))


# ---------------------------------------------------------------- refund wording

def _refund_compute(paid, refunded, lam):
    if refunded > paid:
        raise ValueError(f"refunded ({refunded:g}) cannot be more than paid ({paid:g}): lower the refund")
    return framing.reframe_refund(paid, refunded, lam=lam)


def _refund_render(m):
    rows = [[_t("frame_gain"), m.gain_text, f"{m.gain_value:.1f}"],
            [_t("frame_loss"), m.loss_text, f"{m.loss_value:.1f}"]]
    verdict = _t("ab_verdict", frame=_t(f"frame_{m.better}"), gap=abs(m.gain_value - m.loss_value))
    return html_table(rows, [_t("ab_col_frame"), _t("ab_col_wording"), _t("ab_col_value")]) + f"<p>{verdict}</p>"


def refund_wording(paid: float = 250, refunded: float = 200) -> Explorer:
    """Word a partial refund as what the customer gets back or what they forfeit.

    Returns
    -------
    Explorer
        ``result`` is a :class:`servicepsych.framing.FramedMessage`.

    Examples
    --------
    >>> ex = refund_wording(100, 80)
    >>> ex.result.better
    'gain'
    >>> ex.controls["refunded"].value = 100
    >>> ex.result.loss_value
    0.0
    """
    controls = {
        "paid": W.FloatSlider(value=paid, min=10, max=1000, step=10, description=_t("refund_paid"),
                              continuous_update=False),
        "refunded": W.FloatSlider(value=refunded, min=0, max=1000, step=10, description=_t("refund_refunded"),
                                  continuous_update=False),
        "lam": W.FloatSlider(value=2.25, min=1.0, max=4.0, step=0.05, description=_t("refund_lam"),
                             continuous_update=False),
    }
    return Explorer(controls, _refund_compute, _refund_render, title=_t("refund_title"))


# ---------------------------------------------------------------- Asian disease explorer

_ALPHA_GRID = np.round(np.arange(0.30, 1.0001, 0.02), 2)


def _asian_compute(lam, alpha, p):
    rows = {}
    for frame in framing.FRAMES:
        choice = framing.asian_disease(frame, p_all_saved=p)
        pred = framing.predict_choice(choice, alpha=alpha, beta=alpha, lam=lam)
        curve = np.array([framing.predict_choice(choice, alpha=a, beta=a, lam=lam).margin for a in _ALPHA_GRID])
        rows[frame] = {"prediction": pred, "curve": curve}
    gain, loss = rows["gain"]["prediction"].choice, rows["loss"]["prediction"].choice
    return {"lam": lam, "alpha": alpha, "p": p, "gain": rows["gain"], "loss": rows["loss"],
            "reversal": gain == "sure" and loss == "risky"}


def _asian_render(r):
    observed = {"gain": _t("asian_observed_gain"), "loss": _t("asian_observed_loss")}
    rows = []
    for frame in framing.FRAMES:
        pred = r[frame]["prediction"]
        rows.append([_t(f"frame_{frame}"), f"{pred.sure_value:.1f}", f"{pred.risky_value:.1f}",
                     _t(f"option_{pred.choice}"), observed[frame]])
    table = html_table(rows, [_t("asian_col_frame"), _t("asian_col_sure"), _t("asian_col_risky"),
                              _t("asian_col_choice"), _t("asian_col_observed")])
    if r["reversal"]:
        verdict = _t("asian_reversal")
    else:
        verdict = _t("asian_no_reversal", gain=_t(f"option_{r['gain']['prediction'].choice}"),
                     loss=_t(f"option_{r['loss']['prediction'].choice}"))
    fig, ax = figure(6.0, 3.2)
    for frame, colour in (("gain", "#1b7f3b"), ("loss", "#b3261e")):
        ax.plot(_ALPHA_GRID, r[frame]["curve"], color=colour, label=_t(f"frame_{frame}"))
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(r["alpha"], color="black", ls=":", lw=1)
    ax.set(title=_t("asian_plot_title"), xlabel=_t("asian_alpha"), ylabel=_t("asian_plot_y"))
    ax.legend(loc="best")
    return [table + f"<p><strong>{verdict}</strong></p>", fig]


def asian_disease_explorer(lam: float = 2.25, alpha: float = 0.88, p: float = 1 / 3) -> Explorer:
    """Move λ, the curvature α (= β) and the gamble's chance; see when the preference reverses.

    The plot shows, for each frame, the sure option's value minus the gamble's
    across curvatures α; above zero the sure option wins. λ rescales the loss
    frame's values but never flips a choice here (all outcomes are losses), a
    point the lesson asks the learner to discover.

    Returns
    -------
    Explorer
        ``result["gain"]["prediction"]`` and ``result["loss"]["prediction"]``
        are :class:`servicepsych.framing.ChoicePrediction`; ``result["reversal"]``
        is True when the gain frame picks the sure option and the loss frame the gamble.

    Examples
    --------
    >>> ex = asian_disease_explorer()
    >>> ex.result["reversal"]
    True
    >>> ex.controls["alpha"].value = 1.0
    >>> ex.result["reversal"]
    False
    """
    controls = {
        "lam": W.FloatSlider(value=lam, min=0.5, max=4.0, step=0.05, description=_t("asian_lam"),
                             continuous_update=False),
        "alpha": W.FloatSlider(value=alpha, min=0.30, max=1.0, step=0.02, description=_t("asian_alpha"),
                               continuous_update=False),
        "p": W.FloatSlider(value=p, min=0.05, max=0.95, step=0.01, description=_t("asian_p"),
                           readout_format=".2f", continuous_update=False),
    }
    return Explorer(controls, _asian_compute, _asian_render, title=_t("asian_title"))
