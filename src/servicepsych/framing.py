"""Framing: the same fact, worded as a gain or as a loss, and what prospect theory predicts.

Levin, Schneider & Gaeth (1998) sort framing effects into three kinds:

* **Risky-choice framing.** The same options described by what is saved or by
  what is lost change which option people choose. In the Asian disease problem
  (Tversky & Kahneman, 1981; students at Stanford and the University of
  British Columbia) 72% of 152 chose the sure programme when the outcomes were
  worded as lives saved, but only 22% of 155 when the same outcomes were
  worded as deaths (findings ``tk81_gain_frame_sure``, ``tk81_loss_frame_sure``).
  Prospect theory explains the reversal by the reference point: the wording
  moves it, and people are risk averse for gains but risk seeking for losses.
* **Attribute framing.** One attribute stated by its good or its bad side
  ("75% lean" versus "25% fat" beef; Levin & Gaeth, 1988; "9 in 10 parcels
  arrive on time" versus "1 in 10 is late") changes how favourably it is judged.
* **Goal framing.** The same action urged by what you gain by doing it or what
  you lose by not doing it. Whether either is more persuasive is unsettled
  (O'Keefe & Jensen, 2007, findings ``oj07_*``); this module does not model it.

For attribute wordings and refunds both wordings are valued by one model from
one starting point, the customer's own expectation (:func:`wording_reference`,
:func:`framed_values`): a wording only matters as far as it moves that
reference point.

The maths of value and weighting lives in :mod:`servicepsych.prospect`; this
module only codes outcomes against a reference point and compares prospects.

=========================  ==================================================
:class:`FramedChoice`      a sure option versus a gamble, seen from a reference point
:func:`predict_choice`     prospect values of both options and the predicted choice
:func:`asian_disease`      the classic problem in its gain or loss frame
:func:`preference_margin`  sure minus gamble, vectorised over a parameter
:func:`is_reversal`        do the two frames of a problem flip the choice?
:func:`attribute_frame`    the positive and the negative wording of one share
:func:`wording_reference`  where a wording moves the customer's reference point
:func:`framed_values`      felt value of both wordings, same model, same start
:func:`reframe_refund`     "you get 80% back" versus "you forfeit 20%"
=========================  ==================================================

Examples
--------
>>> from servicepsych.framing import asian_disease, predict_choice
>>> predict_choice(asian_disease("gain")).choice
'sure'
>>> predict_choice(asian_disease("loss")).choice
'risky'
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import prospect
from ._validation import as_float_array, as_probabilities, check_finite_scalar, check_positive, check_unit_interval
from .strings import text

__all__ = [
    "ChoicePrediction",
    "FRAMES",
    "FramedChoice",
    "FramedMessage",
    "Wordings",
    "asian_disease",
    "attribute_frame",
    "is_reversal",
    "predict_choice",
    "framed_values",
    "preference_margin",
    "reframe_refund",
    "wording_reference",
]

#: The two frames a fact can be worded in.
FRAMES = ("gain", "loss")

_PARAMS = ("alpha", "beta", "lam", "gamma", "delta")


def _check_frame(frame) -> str:
    if not isinstance(frame, str) or frame.strip().lower() not in FRAMES:
        raise ValueError(f"frame must be 'gain' or 'loss', got {frame!r}")
    return frame.strip().lower()


def _check_params(params: dict) -> dict:
    unknown = sorted(set(params) - set(_PARAMS))
    if unknown:
        raise TypeError(f"unknown prospect-theory parameter(s) {unknown}: use alpha, beta, lam, gamma or delta")
    return params


@dataclass(frozen=True)
class FramedChoice:
    """A choice between a sure outcome and a gamble, judged from a reference point.

    Outcomes are *final states* in natural units (people alive, yuan in the
    customer's pocket, parcels delivered). The frame is the reference point
    they are compared with: each outcome is felt as ``outcome - reference``,
    a gain when positive and a loss when negative.

    Parameters
    ----------
    sure : float
        The outcome of the sure option.
    risky_outcomes : sequence of float
        The possible outcomes of the gamble.
    risky_probs : sequence of float
        Their probabilities (one each, in [0, 1], summing to 1).
    reference : float, default 0
        The reference point the wording sets.
    frame : {"gain", "loss"}, default "gain"
        A label for how the options are worded; the maths uses ``reference``.

    Raises
    ------
    TypeError, ValueError
        When an outcome is not a finite number, the probabilities are not a
        distribution over the risky outcomes, or ``frame`` is not gain/loss.

    Examples
    --------
    >>> c = FramedChoice(sure=200, risky_outcomes=(600, 0), risky_probs=(1/3, 2/3))
    >>> c.coded_sure, c.coded_risky
    (200.0, (600.0, 0.0))
    >>> FramedChoice(sure=200, risky_outcomes=(600, 0), risky_probs=(0.5, 0.6))
    Traceback (most recent call last):
    ...
    ValueError: risky_probs must sum to 1, but they sum to 1.1
    """

    sure: float
    risky_outcomes: tuple
    risky_probs: tuple
    reference: float = 0.0
    frame: str = "gain"

    def __post_init__(self):
        outcomes = as_float_array(self.risky_outcomes, "risky_outcomes", ndim=1)
        probs = as_probabilities(self.risky_probs, "risky_probs", n=outcomes.size)
        object.__setattr__(self, "sure", check_finite_scalar(self.sure, "sure"))
        object.__setattr__(self, "reference", check_finite_scalar(self.reference, "reference"))
        object.__setattr__(self, "risky_outcomes", tuple(float(x) for x in outcomes))
        object.__setattr__(self, "risky_probs", tuple(float(p) for p in probs))
        object.__setattr__(self, "frame", _check_frame(self.frame))

    @property
    def coded_sure(self) -> float:
        """The sure outcome as a gain (+) or loss (-) from the reference point."""
        return self.sure - self.reference

    @property
    def coded_risky(self) -> tuple:
        """The gamble's outcomes as gains (+) or losses (-) from the reference point."""
        return tuple(x - self.reference for x in self.risky_outcomes)

    @property
    def expected_risky(self) -> float:
        """Expected outcome of the gamble (in natural units)."""
        return float(sum(x * p for x, p in zip(self.risky_outcomes, self.risky_probs)))


@dataclass(frozen=True)
class ChoicePrediction:
    """What prospect theory predicts for a :class:`FramedChoice`.

    Attributes
    ----------
    sure_value, risky_value : float
        Prospect values of the sure option and of the gamble.
    choice : str
        ``"sure"``, ``"risky"`` or ``"indifferent"`` (values within ``1e-9``).
    """

    sure_value: float
    risky_value: float
    choice: str

    @property
    def margin(self) -> float:
        """``sure_value - risky_value``: above 0 favours the sure option."""
        return self.sure_value - self.risky_value


def predict_choice(choice: FramedChoice, **cpt_params) -> ChoicePrediction:
    """Prospect values of both options of ``choice`` and the option with the higher one.

    Parameters
    ----------
    choice : FramedChoice
        The framed problem.
    **cpt_params
        ``alpha``, ``beta``, ``lam``, ``gamma``, ``delta`` of
        :func:`servicepsych.prospect.prospect_value`; defaults are the median
        estimates of Tversky & Kahneman (1992) (findings ``tk92_*``).

    Returns
    -------
    ChoicePrediction

    Raises
    ------
    TypeError
        If ``choice`` is not a FramedChoice or a parameter name is unknown.

    Examples
    --------
    >>> gain = predict_choice(asian_disease("gain"))
    >>> round(gain.sure_value, 1), round(gain.risky_value, 1), gain.choice
    (105.9, 93.6, 'sure')
    >>> predict_choice(asian_disease("gain"), lam=2.25, gamma=1.0).choice   # no weighting: still sure
    'sure'
    >>> predict_choice(asian_disease("gain"), kappa=1)
    Traceback (most recent call last):
    ...
    TypeError: unknown prospect-theory parameter(s) ['kappa']: use alpha, beta, lam, gamma or delta
    """
    if not isinstance(choice, FramedChoice):
        raise TypeError(f"choice must be a FramedChoice (e.g. asian_disease('gain')), got {type(choice).__name__}")
    params = _check_params(cpt_params)
    sure_v = prospect.prospect_value([choice.coded_sure], [1.0], **params)
    risky_v = prospect.prospect_value(list(choice.coded_risky), list(choice.risky_probs), **params)
    if math.isclose(sure_v, risky_v, abs_tol=1e-9):
        picked = "indifferent"
    else:
        picked = "sure" if sure_v > risky_v else "risky"
    return ChoicePrediction(float(sure_v), float(risky_v), picked)


def asian_disease(frame: str = "gain", *, at_risk: float = 600, saved_for_sure: float = 200,
                  p_all_saved: float = 1 / 3) -> FramedChoice:
    """The Asian disease problem of Tversky & Kahneman (1981) in its gain or loss frame.

    600 people are expected to die. The sure programme saves 200; the gamble
    saves all 600 with probability 1/3 and nobody with probability 2/3. Worded
    as lives *saved* (gain frame) the reference point is "nobody saved"; worded
    as *deaths* (loss frame) it is "nobody dies", so every outcome is a loss.

    Parameters
    ----------
    frame : {"gain", "loss"}
    at_risk : float, default 600
        People at risk, > 0.
    saved_for_sure : float, default 200
        Saved by the sure programme, between 0 and ``at_risk``.
    p_all_saved : float, default 1/3
        Probability that the gamble saves everyone.

    Returns
    -------
    FramedChoice
        Outcomes are people saved; ``reference`` is 0 (gain) or ``at_risk`` (loss).

    Examples
    --------
    >>> loss = asian_disease("loss")
    >>> loss.coded_sure, loss.coded_risky                    # 400 die for sure, or 0 / 600 die
    (-400.0, (0.0, -600.0))
    >>> asian_disease("neutral")
    Traceback (most recent call last):
    ...
    ValueError: frame must be 'gain' or 'loss', got 'neutral'
    """
    frame = _check_frame(frame)
    at_risk = check_positive(at_risk, "at_risk")
    saved = check_finite_scalar(saved_for_sure, "saved_for_sure")
    if not 0 <= saved <= at_risk:
        raise ValueError(f"saved_for_sure must lie between 0 and at_risk ({at_risk:g}), got {saved:g}")
    p = check_unit_interval(p_all_saved, "p_all_saved")
    reference = 0.0 if frame == "gain" else at_risk
    return FramedChoice(saved, (at_risk, 0.0), (p, 1.0 - p), reference, frame)


def preference_margin(choice: FramedChoice, **cpt_params):
    """Sure-option value minus gamble value; one parameter may be an array (e.g. a grid of ``lam``).

    Parameters
    ----------
    choice : FramedChoice
    **cpt_params
        As in :func:`predict_choice`; at most one of them may be array_like.

    Returns
    -------
    float or numpy.ndarray
        A float when every parameter is a scalar, else an array over the grid.

    Examples
    --------
    >>> preference_margin(asian_disease("gain")) > 0
    True
    >>> preference_margin(asian_disease("loss"), alpha=[0.88, 1.0], beta=[0.88, 1.0])
    Traceback (most recent call last):
    ...
    ValueError: only one parameter may be a list of values, got ['alpha', 'beta']
    >>> preference_margin(asian_disease("loss"), lam=[1.0, 2.25]).round(1)   # lambda scales both options
    array([-37.9, -85.4])
    """
    params = _check_params(cpt_params)
    grids = {k: v for k, v in params.items() if np.ndim(v) > 0}
    if len(grids) > 1:
        raise ValueError(f"only one parameter may be a list of values, got {sorted(grids)}")
    if not grids:
        return predict_choice(choice, **params).margin
    (name, grid), = grids.items()
    values = as_float_array(grid, name, ndim=1)
    return np.array([predict_choice(choice, **{**params, name: float(v)}).margin for v in values])


def is_reversal(gain_choice: FramedChoice, loss_choice: FramedChoice, **cpt_params) -> bool:
    """Whether the model picks the sure option in one frame and the gamble in the other.

    Examples
    --------
    >>> is_reversal(asian_disease("gain"), asian_disease("loss"))
    True
    >>> is_reversal(asian_disease("gain"), asian_disease("gain"))
    False
    """
    a = predict_choice(gain_choice, **cpt_params).choice
    b = predict_choice(loss_choice, **cpt_params).choice
    return {a, b} == {"sure", "risky"}


# ---------------------------------------------------------------- attribute framing

@dataclass(frozen=True)
class Wordings:
    """The positive and the negative wording of the same fact."""

    positive: str
    negative: str
    share_good: float


def _fmt_share(x: float) -> str:
    return f"{round(x, 1):g}"


def attribute_frame(share_good, good_label: str, bad_label: str, *, style: str = "percent",
                    n: int = 10) -> Wordings:
    """Word one share by its good side and by its bad side.

    Parameters
    ----------
    share_good : float
        Share of good cases, in [0, 1] (0.9 for 90 %).
    good_label, bad_label : str
        What the good and the bad cases are called, e.g. ``"lean"`` / ``"fat"``
        or ``"parcels arrive on time"`` / ``"parcels arrive late"``.
    style : {"percent", "in_n"}
        ``"75% lean"`` or ``"9 in 10 parcels arrive on time"``.
    n : int, default 10
        Denominator for ``style="in_n"``; ``share_good * n`` is rounded to a count.

    Returns
    -------
    Wordings

    Examples
    --------
    >>> w = attribute_frame(0.75, "lean", "fat")          # Levin & Gaeth (1988)
    >>> w.positive, w.negative
    ('75% lean', '25% fat')
    >>> attribute_frame(0.9, "parcels arrive on time", "parcels arrive late", style="in_n").negative
    '1 in 10 parcels arrive late'
    >>> attribute_frame(90, "on time", "late")
    Traceback (most recent call last):
    ...
    ValueError: share_good must lie between 0 and 1, got 90.0
    """
    share = check_unit_interval(share_good, "share_good")
    for name, label in (("good_label", good_label), ("bad_label", bad_label)):
        if not isinstance(label, str) or not label.strip():
            raise TypeError(f"{name} must be a non-empty str such as 'on time', got {label!r}")
    if style == "percent":
        pos = text("framing", "percent_wording", share=_fmt_share(100 * share), label=good_label)
        neg = text("framing", "percent_wording", share=_fmt_share(100 * (1 - share)), label=bad_label)
    elif style == "in_n":
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
            raise ValueError(f"n must be a whole number of at least 1, got {n!r}")
        good = int(round(share * n))
        pos = text("framing", "in_n_wording", count=good, n=int(n), label=good_label)
        neg = text("framing", "in_n_wording", count=int(n) - good, n=int(n), label=bad_label)
    else:
        raise ValueError(f"style must be 'percent' or 'in_n', got {style!r}")
    return Wordings(pos, neg, share)


# ---------------------------------------------------------------- one model for both wordings

def wording_reference(expected, anchor, pull):
    """The reference point a customer judges an outcome against after reading one wording.

    Both wordings start from the same place, what the customer ``expected``
    before reading. A wording then *suggests* its own reference point, its
    ``anchor``: "you get ¥200 back" counts up from nothing back, "you forfeit
    ¥50" counts down from the full price. ``pull`` says how far the customer
    moves toward that anchor: 0 means the wording changes nothing (a customer
    with a firm expectation, e.g. one who has read the policy), 1 means the
    wording alone sets the reference point (as in the Asian disease problem,
    where readers had no expectation of their own).

    ``pull`` is the course's teaching simplification of the coding step of
    prospect theory (Tversky & Kahneman, 1981: the frame sets the reference
    outcome); it is **not** a published parameter, so no default is claimed.

    Parameters
    ----------
    expected, anchor : float or array_like
        Same units as the outcome (yuan, percentage points …).
    pull : float
        In [0, 1].

    Returns
    -------
    float or numpy.ndarray
        ``expected + pull * (anchor - expected)``.

    Examples
    --------
    >>> wording_reference(250, 0, 0.5)      # expected a full ¥250 back; "you get ... back" counts from ¥0
    125.0
    >>> wording_reference(250, 0, 0.0)      # a firm expectation: the wording does not move it
    250.0
    >>> wording_reference(250, 0, 1.5)
    Traceback (most recent call last):
    ...
    ValueError: pull must lie between 0 and 1, got 1.5
    """
    k = check_unit_interval(pull, "pull")
    e = as_float_array(expected, "expected")
    a = as_float_array(anchor, "anchor")
    ref = e + k * (a - e)
    return float(ref) if ref.ndim == 0 else ref


def framed_values(outcome, expected, *, low, high, pull, **value_params):
    """Felt value of one outcome under its gain wording and its loss wording, by the same model.

    The gain wording names the good part and counts up from ``low`` (the worst
    case: nothing back, no parcel on time); the loss wording names the bad part
    and counts down from ``high`` (the best case: everything back, every parcel
    on time). For each wording the reference point is
    :func:`wording_reference` of the *same* ``expected`` and ``pull``, and the
    felt value is ``prospect.value(outcome - reference)``. So:

    * ``pull = 0``: both wordings give the same value; framing does not matter;
    * the gap grows with ``pull`` and, because losses loom larger, is bigger
      when the customer's expectation already puts the outcome in the loss
      region (``lam > 1``);
    * with a linear, loss-neutral value function (``alpha = beta = lam = 1``)
      the gap is ``pull * (high - low)`` whatever the customer expected.

    Parameters
    ----------
    outcome : float or array_like
        What actually happens (yuan refunded, % of parcels on time).
    expected : float
        What the customer expected before reading the message.
    low, high : float
        The anchors the gain and the loss wording suggest (``low < high``).
    pull : float
        In [0, 1]: how far a wording moves the reference point toward its anchor.
    **value_params
        ``alpha``, ``beta``, ``lam`` of :func:`servicepsych.prospect.value`
        (defaults: Tversky & Kahneman, 1992, findings ``tk92_*``).

    Returns
    -------
    (gain_value, loss_value)
        Floats for a scalar ``outcome``, arrays otherwise.

    Examples
    --------
    >>> g, l = framed_values(200, 250, low=0, high=250, pull=0.0)     # firm expectation
    >>> g == l
    True
    >>> g, l = framed_values(200, 250, low=0, high=250, pull=0.5)     # expected it all back
    >>> round(g, 1), round(l, 1)
    (44.7, -70.4)
    >>> g, l = framed_values(200, 0, low=0, high=250, pull=0.5)       # expected nothing back
    >>> round(g, 1), round(l, 1)
    (105.9, 44.7)
    >>> g, l = framed_values(200, 0, low=0, high=250, pull=0.5, alpha=1, beta=1, lam=1)
    >>> g - l                                                          # = pull * (high - low)
    125.0
    """
    unknown = sorted(set(value_params) - {"alpha", "beta", "lam"})
    if unknown:
        raise TypeError(f"unknown value-function parameter(s) {unknown}: use alpha, beta or lam")
    lo = check_finite_scalar(low, "low")
    hi = check_finite_scalar(high, "high")
    if not lo < hi:
        raise ValueError(f"low must be below high, got low={lo:g}, high={hi:g}")
    e = check_finite_scalar(expected, "expected")
    x = as_float_array(outcome, "outcome")
    gain = prospect.value(x - wording_reference(e, lo, pull), **value_params)
    loss = prospect.value(x - wording_reference(e, hi, pull), **value_params)
    if x.ndim == 0:
        return float(gain), float(loss)
    return gain, loss


@dataclass(frozen=True)
class FramedMessage:
    """Two wordings of one service outcome and how each feels, from the same starting point."""

    gain_text: str
    loss_text: str
    gain_value: float
    loss_value: float

    @property
    def gap(self) -> float:
        """``gain_value - loss_value``: 0 when the wording does not matter."""
        return self.gain_value - self.loss_value

    @property
    def better(self) -> str:
        """``"gain"``, ``"loss"`` or ``"same"`` (values within 1e-9)."""
        if math.isclose(self.gain_value, self.loss_value, abs_tol=1e-9):
            return "same"
        return "gain" if self.gain_value > self.loss_value else "loss"


def reframe_refund(paid, refunded, *, expected, pull, currency: str = "¥", **value_params) -> FramedMessage:
    """Word a partial refund both ways and value each wording from the customer's own expectation.

    Parameters
    ----------
    paid : float
        What the customer paid, > 0.
    refunded : float
        What they get back, between 0 and ``paid``.
    expected : float
        What the customer expected to get back before reading, between 0 and ``paid``.
    pull : float
        In [0, 1], see :func:`wording_reference`.
    currency : str
        Symbol put before amounts in the wordings.
    **value_params
        ``alpha``, ``beta``, ``lam`` (defaults: Tversky & Kahneman, 1992).

    Returns
    -------
    FramedMessage
        "You get ... back" anchors on nothing back, "you forfeit ..." on the full price.

    Examples
    --------
    >>> m = reframe_refund(100, 80, expected=100, pull=0.5)
    >>> m.gain_text
    'You get ¥80 back (80% of what you paid).'
    >>> m.loss_text
    'You forfeit ¥20 (20% of what you paid).'
    >>> m.better
    'gain'
    >>> reframe_refund(100, 80, expected=100, pull=0.0).better      # a firm expectation: no effect
    'same'
    >>> reframe_refund(100, 120, expected=100, pull=0.5)
    Traceback (most recent call last):
    ...
    ValueError: refunded must lie between 0 and paid (100), got 120
    """
    paid = check_positive(paid, "paid")
    refunded = check_finite_scalar(refunded, "refunded")
    if not 0 <= refunded <= paid:
        raise ValueError(f"refunded must lie between 0 and paid ({paid:g}), got {refunded:g}")
    expected = check_finite_scalar(expected, "expected")
    if not 0 <= expected <= paid:
        raise ValueError(f"expected must lie between 0 and paid ({paid:g}), got {expected:g}")
    gain_v, loss_v = framed_values(refunded, expected, low=0.0, high=paid, pull=pull, **value_params)
    share = 100 * refunded / paid
    gain_text = text("framing", "refund_gain_wording", refund=f"{currency}{refunded:g}", share=_fmt_share(share))
    loss_text = text("framing", "refund_loss_wording", kept=f"{currency}{paid - refunded:g}",
                     share=_fmt_share(100 - share))
    return FramedMessage(gain_text, loss_text, gain_v, loss_v)
