"""Lesson widgets for framing: a message A/B, a refund wording, the Asian disease explorer.

Both wordings of a fact are valued by the same model from the same starting
point, the customer's own expectation (:func:`servicepsych.framing.framed_values`):
a wording matters only as far as it pulls the reference point toward its own
anchor, so at pull 0 the two wordings feel the same.

Every builder returns an :class:`~servicepsych.widgets._base.Explorer`; make the
call the last expression of a notebook cell to show it. Headless, set
``explorer.controls[name].value`` and read ``explorer.result``.

Examples
--------
>>> from servicepsych.widgets.framing import message_ab
>>> ex = message_ab(share=0.9)
>>> ex.result["positive"], ex.result["negative"]
('9 in 10 parcels arrive on time', '1 in 10 parcels arrive late')
>>> ex.controls["pull"].value = 0.0
>>> ex.result["better"]
'same'
"""

from __future__ import annotations

import functools

import numpy as np

from .. import framing
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

__all__ = ["asian_disease_explorer", "message_ab", "refund_wording"]

_GAIN, _LOSS = "#1b7f3b", "#b3261e"
_PULL_GRID = np.round(np.linspace(0.0, 1.0, 21), 2)
_SCENES = ("parcels", "repairs", "calls")


def _t(key: str, **fields) -> str:
    return text("framing", key, **fields)


def _verdict(better: str, gap: float, expected: str, pull: float) -> str:
    if better == "same":
        return _t("ab_verdict_same")
    return _t("ab_verdict_gap", expected=expected, pull=pull, frame=_t(f"frame_{better}"), gap=abs(gap))


def _pull_plot(grid, gain_curve, loss_curve, pull, gain_now, loss_now):
    fig, ax = figure(6.4, 3.0)
    ax.plot(grid, gain_curve, color=_GAIN, label=_t("frame_gain"))
    ax.plot(grid, loss_curve, color=_LOSS, label=_t("frame_loss"))
    ax.plot([pull, pull], [gain_now, loss_now], "o", color="black")
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(pull, color="grey", ls=":", lw=1)
    ax.set(title=_t("ab_plot_title"), xlabel=_t("ab_plot_x"), ylabel=_t("ab_plot_y"), xlim=(0, 1))
    ax.legend(loc="best")
    return fig


# ---------------------------------------------------------------- message A/B (attribute framing)

def _message_compute(scene, share, expected, pull, style):
    suffix = "_pct" if style == "percent" else ""
    good, bad = _t(f"ab_good_{scene}{suffix}"), _t(f"ab_bad_{scene}{suffix}")
    wording = framing.attribute_frame(share, good, bad, style=style, n=10)
    pct, exp_pct = 100.0 * share, 100.0 * expected
    gain_v, loss_v = framing.framed_values(pct, exp_pct, low=0.0, high=100.0, pull=pull)
    curves = [framing.framed_values(pct, exp_pct, low=0.0, high=100.0, pull=float(k)) for k in _PULL_GRID]
    message = framing.FramedMessage(wording.positive, wording.negative, gain_v, loss_v)
    return {
        "share": share, "expected": expected, "pull": pull, "positive": wording.positive,
        "negative": wording.negative, "gain_value": gain_v, "loss_value": loss_v,
        "gain_reference": framing.wording_reference(exp_pct, 0.0, pull),
        "loss_reference": framing.wording_reference(exp_pct, 100.0, pull),
        "better": message.better, "gap": message.gap,
        "gain_curve": np.array([c[0] for c in curves]), "loss_curve": np.array([c[1] for c in curves]),
    }


def _message_render(r):
    rows = [
        [_t("frame_gain"), r["positive"], f"{r['gain_reference']:.0f}%", f"{r['gain_value']:.1f}"],
        [_t("frame_loss"), r["negative"], f"{r['loss_reference']:.0f}%", f"{r['loss_value']:.1f}"],
    ]
    table = html_table(rows, [_t("ab_col_frame"), _t("ab_col_wording"), _t("ab_col_reference"), _t("ab_col_value")])
    verdict = _verdict(r["better"], r["gap"], f"{100 * r['expected']:.0f}%", r["pull"])
    fig = _pull_plot(_PULL_GRID, r["gain_curve"], r["loss_curve"], r["pull"], r["gain_value"], r["loss_value"])
    return [table + f"<p>{verdict}</p>", fig]


def message_ab(share: float = 0.9, *, expected: float = 0.9, pull: float = 0.5, scene: str = "parcels") -> Explorer:
    """A/B a service message: the same share worded by its good or its bad side.

    Controls: the message, the share of good outcomes, what the customer
    expected before reading, the pull of the wording (how far it moves the
    reference point toward its own anchor: 0% for the good-side wording, 100%
    for the bad-side one) and the style. Both felt values come from
    :func:`servicepsych.framing.framed_values` with the same expectation; the
    plot shows them over every pull, meeting at pull 0.

    Returns
    -------
    Explorer
        ``result`` holds ``positive``, ``negative``, ``gain_value``,
        ``loss_value``, ``gap`` and ``better`` (``"gain"``, ``"loss"`` or ``"same"``).

    Examples
    --------
    >>> ex = message_ab(0.75, expected=0.75)
    >>> ex.controls["style"].value = "percent"
    >>> ex.result["positive"], ex.result["better"]
    ('75% of parcels arrive on time', 'gain')
    """
    if scene not in _SCENES:
        raise ValueError(f"scene must be one of {', '.join(_SCENES)}, got {scene!r}")
    controls = {
        "scene": choice(_t("ab_scene"), [(_t(f"ab_scene_{s}"), s) for s in _SCENES], scene),
        "share": slider(_t("ab_share"), share, 0.0, 1.0, 0.05, continuous=False, readout_format=".0%"),
        "expected": slider(_t("ab_expected"), expected, 0.0, 1.0, 0.05, continuous=False, readout_format=".0%"),
        "pull": slider(_t("ab_pull"), pull, 0.0, 1.0, 0.05, continuous=False, readout_format=".2f"),
        "style": choice(_t("ab_style"), [(_t("ab_style_in_10"), "in_n"), (_t("ab_style_percent"), "percent")],
                        "in_n", buttons=True),
    }
    return Explorer(controls, _message_compute, _message_render, title=_t("ab_title"))


# ---------------------------------------------------------------- refund wording

_EXPECTED_SHARE = {"nothing": 0.0, "half": 0.5, "full": 1.0}


def _refund_compute(paid, refunded, expected, pull, lam):
    if refunded > paid:
        raise ValueError(_t("refund_too_much", refunded=refunded, paid=paid))
    exp_amount = _EXPECTED_SHARE[expected] * paid
    message = framing.reframe_refund(paid, refunded, expected=exp_amount, pull=pull, lam=lam)
    curves = [framing.framed_values(refunded, exp_amount, low=0.0, high=paid, pull=float(k), lam=lam)
              for k in _PULL_GRID]
    return {"message": message, "paid": paid, "refunded": refunded, "expected": expected, "pull": pull, "lam": lam,
            "gain_reference": framing.wording_reference(exp_amount, 0.0, pull),
            "loss_reference": framing.wording_reference(exp_amount, paid, pull),
            "gain_curve": np.array([c[0] for c in curves]), "loss_curve": np.array([c[1] for c in curves])}


def _refund_render(r):
    m = r["message"]
    rows = [[_t("frame_gain"), m.gain_text, f"¥{r['gain_reference']:.0f}", f"{m.gain_value:.1f}"],
            [_t("frame_loss"), m.loss_text, f"¥{r['loss_reference']:.0f}", f"{m.loss_value:.1f}"]]
    table = html_table(rows, [_t("ab_col_frame"), _t("ab_col_wording"), _t("ab_col_reference"), _t("ab_col_value")])
    verdict = _verdict(m.better, m.gap, _t(f"refund_expected_{r['expected']}"), r["pull"])
    fig = _pull_plot(_PULL_GRID, r["gain_curve"], r["loss_curve"], r["pull"], m.gain_value, m.loss_value)
    return [table + f"<p>{verdict}</p>", fig]


def refund_wording(paid: float = 250, refunded: float = 200, *, expected: str = "full",
                   pull: float = 0.5) -> Explorer:
    """Word a partial refund as what the customer gets back or what they forfeit, from one expectation.

    Controls: price paid, amount refunded, what the customer expected back
    (nothing, half, the full price), the pull of the wording and λ.

    Returns
    -------
    Explorer
        ``result["message"]`` is a :class:`servicepsych.framing.FramedMessage`.

    Examples
    --------
    >>> ex = refund_wording(100, 80)
    >>> ex.result["message"].better
    'gain'
    >>> ex.controls["pull"].value = 0.0
    >>> ex.result["message"].better
    'same'
    """
    if expected not in _EXPECTED_SHARE:
        raise ValueError(f"expected must be one of {', '.join(_EXPECTED_SHARE)}, got {expected!r}")
    controls = {
        "paid": slider(_t("refund_paid"), float(paid), 10.0, 1000.0, 10.0, continuous=False, readout_format=".0f"),
        "refunded": slider(_t("refund_refunded"), float(refunded), 0.0, 1000.0, 10.0, continuous=False,
                           readout_format=".0f"),
        "expected": choice(_t("refund_expected"), [(_t(f"refund_expected_{k}"), k) for k in _EXPECTED_SHARE],
                           expected, buttons=True),
        "pull": slider(_t("refund_pull"), pull, 0.0, 1.0, 0.05, continuous=False, readout_format=".2f"),
        "lam": slider(_t("refund_lam"), 2.25, 1.0, 4.0, 0.05, continuous=False, readout_format=".2f"),
    }
    return Explorer(controls, _refund_compute, _refund_render, title=_t("refund_title"))


# ---------------------------------------------------------------- Asian disease explorer

_ALPHA_GRID = np.round(np.arange(0.30, 1.0001, 0.02), 2)


@functools.lru_cache(maxsize=256)
def _asian_curve(frame: str, lam: float, p: float) -> tuple:
    """The sure option's margin across :data:`_ALPHA_GRID` (it does not depend on the α slider: kept)."""
    problem = framing.asian_disease(frame, p_all_saved=p)
    return tuple(framing.predict_choice(problem, alpha=a, beta=a, lam=lam).margin for a in _ALPHA_GRID)


def _asian_compute(lam, alpha, p):
    rows = {}
    for frame in framing.FRAMES:
        problem = framing.asian_disease(frame, p_all_saved=p)
        pred = framing.predict_choice(problem, alpha=alpha, beta=alpha, lam=lam)
        rows[frame] = {"prediction": pred, "curve": np.array(_asian_curve(frame, float(lam), float(p)))}
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
    fig, ax = figure(6.4, 3.0)
    for frame, colour in (("gain", _GAIN), ("loss", _LOSS)):
        ax.plot(_ALPHA_GRID, r[frame]["curve"], color=colour, label=_t(f"frame_{frame}"))
    ax.axhline(0, color="grey", lw=0.8)
    ax.axvline(r["alpha"], color="black", ls=":", lw=1)
    ax.set(title=_t("asian_plot_title"), xlabel=_t("asian_plot_x"), ylabel=_t("asian_plot_y"))
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
        "lam": slider(_t("asian_lam"), lam, 0.5, 4.0, 0.05, continuous=False, readout_format=".2f"),
        "alpha": slider(_t("asian_alpha"), alpha, 0.30, 1.0, 0.02, continuous=False, readout_format=".2f"),
        "p": slider(_t("asian_p"), p, 0.05, 0.95, 0.01, continuous=False, readout_format=".2f"),
    }
    return Explorer(controls, _asian_compute, _asian_render, title=_t("asian_title"))
