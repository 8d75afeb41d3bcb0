"""Cumulative prospect theory: value function, probability weighting, loss aversion.

People judge outcomes as gains and losses from a reference point, and a loss
looms larger than a gain of the same size (Kahneman & Tversky, 1979). Cumulative
prospect theory (Tversky & Kahneman, 1992) adds rank-dependent decision weights.
Every default below is a median estimate of Tversky & Kahneman (1992); see the
``findings`` rows ``tk92_alpha``, ``tk92_beta``, ``tk92_loss_aversion_lambda``,
``tk92_gamma`` and ``tk92_delta``.

=============================  ==================================================
:func:`value`                  v(x): concave for gains, convex and steeper for losses
:func:`weight`                 w(p): the inverse-S probability weighting function
:func:`decision_weights`       the rank-dependent (cumulative) weight of each outcome
:func:`prospect_value`         V of a prospect (gains, losses or mixed)
:func:`certainty_equivalent`   the sure amount valued the same as the prospect
:func:`accepts`                whether a prospect is preferred to nothing at all
:func:`compensation_for_loss`  the separate gain that offsets a given loss (a model prediction)
:func:`segregated_value`       value of outcomes felt one by one (Thaler, 1985)
:func:`integrated_value`       value of the same outcomes felt as one net amount
:func:`edited_value`           value of outcomes under a named way of booking them
:func:`editing_prediction`     which packaging the value function predicts feels better
=============================  ==================================================

The hedonic-editing rules that :func:`editing_prediction` derives (segregate
gains, integrate losses, cancel a small loss against a larger gain, segregate a
small gain from a large loss) are *predictions of the value function* (Thaler,
1985; findings ``thaler85_hedonic_principles``, ``thaler85_silver_lining``).
They are not a description of what people do: Thaler & Johnson (1990) found
that people do not integrate losses the way the rules predict (findings
``tj90_losses_not_integrated``, ``thaler99_summary``).

Examples
--------
>>> from servicepsych.prospect import value, prospect_value
>>> round(value(100), 1), round(value(-100), 1)
(57.5, -129.5)
>>> prospect_value([100, -100], [0.5, 0.5]) < 0     # a fair coin flip for +/-100 is refused
True
"""

from __future__ import annotations

import numpy as np

from ._validation import as_float_array, as_probabilities, check_nonnegative, check_positive

__all__ = [
    "EDITING_MODES",
    "ALPHA",
    "BETA",
    "DELTA",
    "GAMMA",
    "LAMBDA",
    "accepts",
    "certainty_equivalent",
    "compensation_for_loss",
    "decision_weights",
    "edited_value",
    "editing_prediction",
    "integrated_value",
    "prospect_value",
    "segregated_value",
    "value",
    "weight",
]

#: Curvature for gains (findings ``tk92_alpha``).
ALPHA = 0.88
#: Curvature for losses (findings ``tk92_beta``).
BETA = 0.88
#: Loss-aversion coefficient (findings ``tk92_loss_aversion_lambda``).
LAMBDA = 2.25
#: Probability weighting for gains (findings ``tk92_gamma``).
GAMMA = 0.61
#: Probability weighting for losses (findings ``tk92_delta``).
DELTA = 0.69


def _out(arr: np.ndarray, scalar: bool):
    """A float for scalar input, the array otherwise."""
    return float(arr) if scalar else arr


def _value_params(alpha, beta, lam) -> tuple[float, float, float]:
    return check_positive(alpha, "alpha"), check_positive(beta, "beta"), check_positive(lam, "lam")


def _value_array(x: np.ndarray, alpha: float, beta: float, lam: float) -> np.ndarray:
    gains = np.where(x > 0, x, 0.0)
    losses = np.where(x < 0, -x, 0.0)
    return np.where(x >= 0, gains**alpha, -lam * losses**beta)


def value(x, alpha=ALPHA, beta=BETA, lam=LAMBDA):
    """The prospect-theory value of a gain or loss ``x`` relative to the reference point.

    ``v(x) = x**alpha`` for ``x >= 0`` and ``v(x) = -lam * (-x)**beta`` for ``x < 0``.

    Parameters
    ----------
    x : float or array_like
        Gains (positive) and losses (negative), e.g. in dollars or yuan.
    alpha : float, default 0.88
        Curvature for gains, > 0 (Tversky & Kahneman, 1992; findings ``tk92_alpha``).
    beta : float, default 0.88
        Curvature for losses, > 0 (findings ``tk92_beta``).
    lam : float, default 2.25
        Loss aversion: how much more a loss hurts than an equal gain pleases,
        > 0 (findings ``tk92_loss_aversion_lambda``).

    Returns
    -------
    float or numpy.ndarray
        A float for a scalar ``x``, an array of the same shape otherwise.

    Raises
    ------
    TypeError
        If ``x`` is not numeric or a parameter is not a real number.
    ValueError
        If ``x`` holds NaN or infinity, or a parameter is not positive.

    Examples
    --------
    >>> round(value(100), 2)
    57.54
    >>> round(value(-100), 2)
    -129.47
    >>> value([0, 100, -100], lam=1.0, alpha=1.0, beta=1.0)
    array([   0.,  100., -100.])
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    arr = as_float_array(x, "x")
    return _out(_value_array(arr, alpha, beta, lam), arr.ndim == 0)


def _check_probability_array(p, name: str) -> np.ndarray:
    arr = as_float_array(p, name)
    if np.any(arr < 0) or np.any(arr > 1):
        raise ValueError(f"{name} must lie between 0 and 1, got {arr.tolist()}: give probabilities, not percentages")
    return arr


def _weight_array(p: np.ndarray, c: float) -> np.ndarray:
    pc = p**c
    return pc / (pc + (1.0 - p) ** c) ** (1.0 / c)


def weight(p, c):
    """The inverse-S probability weighting function of Tversky & Kahneman (1992).

    ``w(p) = p**c / (p**c + (1 - p)**c) ** (1 / c)``: small probabilities are
    overweighted, moderate and large ones underweighted; ``w(0) = 0`` and
    ``w(1) = 1``.

    Parameters
    ----------
    p : float or array_like
        Probabilities in [0, 1].
    c : float
        Curvature, > 0: ``GAMMA = 0.61`` for gains, ``DELTA = 0.69`` for losses
        (findings ``tk92_gamma``, ``tk92_delta``); ``c = 1`` gives ``w(p) = p``.

    Returns
    -------
    float or numpy.ndarray
        A float for a scalar ``p``, an array of the same shape otherwise.

    Raises
    ------
    ValueError
        If a probability lies outside [0, 1] or ``c`` is not positive.

    Examples
    --------
    >>> round(weight(0.5, 0.61), 3)
    0.421
    >>> weight([0.0, 1.0], 0.61)
    array([0., 1.])
    >>> weight(0.01, GAMMA) > 0.01          # rare prizes loom large
    True
    >>> weight(50, 0.61)
    Traceback (most recent call last):
    ...
    ValueError: p must lie between 0 and 1, got 50.0: give probabilities, not percentages
    """
    c = check_positive(c, "c")
    arr = _check_probability_array(p, "p")
    return _out(_weight_array(arr, c), arr.ndim == 0)


def _prospect(outcomes, probs) -> tuple[np.ndarray, np.ndarray]:
    """Validated outcomes and probabilities, equal outcomes merged, sorted ascending."""
    x = as_float_array(outcomes, "outcomes", ndim=1)
    p = as_probabilities(probs, "probs", n=x.size)
    merged, inverse = np.unique(x, return_inverse=True)
    return merged, np.bincount(inverse, weights=p, minlength=merged.size)


def _decision_weights(x: np.ndarray, p: np.ndarray, gamma: float, delta: float) -> np.ndarray:
    """Rank-dependent weights of sorted (ascending) distinct outcomes ``x``."""
    pi = np.zeros_like(p)
    loss = x < 0
    if loss.any():  # from the worst loss upwards: w-(P(X <= x)) - w-(P(X < x))
        cum = np.clip(np.cumsum(p[loss]), 0.0, 1.0)
        pi[loss] = np.diff(_weight_array(cum, delta), prepend=0.0)
    gain = x > 0
    if gain.any():  # from the best gain downwards: w+(P(X >= x)) - w+(P(X > x))
        cum = np.clip(np.cumsum(p[gain][::-1]), 0.0, 1.0)
        pi[gain] = np.diff(_weight_array(cum, gamma), prepend=0.0)[::-1]
    return pi


def decision_weights(outcomes, probs, gamma=GAMMA, delta=DELTA) -> np.ndarray:
    """The cumulative (rank-dependent) decision weight of each outcome.

    A gain's weight is ``w+(P(outcome >= x)) - w+(P(outcome > x))``; a loss's is
    ``w-(P(outcome <= x)) - w-(P(outcome < x))``; a zero outcome gets weight 0
    (its value is 0 anyway). Equal outcomes share their combined weight in
    proportion to their probabilities.

    Parameters
    ----------
    outcomes : array_like
        The possible gains and losses (1-D).
    probs : array_like
        Their probabilities: one each, in [0, 1], summing to 1.
    gamma, delta : float
        Weighting parameters for gains and losses (defaults 0.61, 0.69).

    Returns
    -------
    numpy.ndarray
        One weight per outcome, in the order given.

    Examples
    --------
    >>> decision_weights([100, -100], [0.5, 0.5]).round(3)
    array([0.421, 0.454])
    >>> decision_weights([100, 50], [0.5, 0.5], gamma=1.0)     # no distortion: weights = probs
    array([0.5, 0.5])
    """
    gamma, delta = check_positive(gamma, "gamma"), check_positive(delta, "delta")
    x = as_float_array(outcomes, "outcomes", ndim=1)
    p = as_probabilities(probs, "probs", n=x.size)
    merged, inverse = np.unique(x, return_inverse=True)
    merged_p = np.bincount(inverse, weights=p, minlength=merged.size)
    pi_merged = _decision_weights(merged, merged_p, gamma, delta)
    share = np.divide(p, merged_p[inverse], out=np.zeros_like(p), where=merged_p[inverse] > 0)
    return pi_merged[inverse] * share


def prospect_value(outcomes, probs, alpha=ALPHA, beta=BETA, lam=LAMBDA, gamma=GAMMA, delta=DELTA) -> float:
    """The cumulative-prospect-theory value V of a prospect.

    ``V = sum(pi_i * v(x_i))`` with the rank-dependent weights ``pi_i`` of
    :func:`decision_weights`: gains and losses are weighted separately, so the
    same formula covers pure gains, pure losses and mixed prospects. A sure
    outcome ``x`` (``probs=[1]``) has ``V = v(x)``.

    Parameters
    ----------
    outcomes : array_like
        The possible gains (positive) and losses (negative), 1-D.
    probs : array_like
        Their probabilities: one per outcome, each in [0, 1], summing to 1.
    alpha, beta, lam : float
        Value-function parameters (see :func:`value`).
    gamma, delta : float
        Weighting parameters for gains and losses (see :func:`weight`).

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If the probabilities do not sum to 1, lie outside [0, 1], or do not
        match the outcomes one to one.

    Examples
    --------
    >>> round(prospect_value([100], [1.0]), 2)           # a sure gain: just v(100)
    57.54
    >>> round(prospect_value([100, 0], [0.5, 0.5]), 2)
    24.2
    >>> round(prospect_value([100, -100], [0.5, 0.5]), 1)
    -34.6
    >>> prospect_value([100, -100], [0.5, 0.6])
    Traceback (most recent call last):
    ...
    ValueError: probs must sum to 1, but they sum to 1.1
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    gamma, delta = check_positive(gamma, "gamma"), check_positive(delta, "delta")
    x, p = _prospect(outcomes, probs)
    pi = _decision_weights(x, p, gamma, delta)
    return float(np.sum(pi * _value_array(x, alpha, beta, lam)))


def _inverse_value(v: float, alpha: float, beta: float, lam: float) -> float:
    if v >= 0:
        return float(v ** (1.0 / alpha))
    return float(-((-v / lam) ** (1.0 / beta)))


def certainty_equivalent(outcomes, probs, alpha=ALPHA, beta=BETA, lam=LAMBDA, gamma=GAMMA, delta=DELTA) -> float:
    """The sure amount a person values exactly as much as the prospect.

    Solves ``v(ce) = prospect_value(outcomes, probs, ...)``.

    Parameters
    ----------
    outcomes, probs, alpha, beta, lam, gamma, delta
        As in :func:`prospect_value`.

    Returns
    -------
    float
        Below the expected value for a typical gain prospect (risk aversion).

    Examples
    --------
    >>> round(certainty_equivalent([100, 0], [0.5, 0.5]), 1)   # 50 % chance of 100
    37.4
    >>> round(certainty_equivalent([-100, 0], [0.5, 0.5]), 1)  # 50 % chance of losing 100
    -40.8
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    v = prospect_value(outcomes, probs, alpha, beta, lam, gamma, delta)
    return _inverse_value(v, alpha, beta, lam)


def accepts(outcomes, probs, alpha=ALPHA, beta=BETA, lam=LAMBDA, gamma=GAMMA, delta=DELTA) -> bool:
    """Whether the prospect is preferred to the status quo (``prospect_value > 0``).

    Examples
    --------
    >>> accepts([100, -100], [0.5, 0.5])     # a fair coin flip is refused
    False
    >>> accepts([300, -100], [0.5, 0.5])     # win 300 or lose 100: accepted
    True
    """
    return prospect_value(outcomes, probs, alpha, beta, lam, gamma, delta) > 0


def compensation_for_loss(loss, alpha=ALPHA, beta=BETA, lam=LAMBDA):
    """The gain that, felt as a separate event, exactly offsets a loss: ``v(g) = -v(-loss)``.

    If a customer codes a failure (the loss) and a goodwill gesture (the gain)
    as two separate events, the model says the gesture must be
    ``g = (lam * loss**beta) ** (1 / alpha)``. With the 1992 medians
    (``lam = 2.25``, ``alpha = beta = 0.88``) that is about 2.5 times the loss:
    a *prediction of the model under those parameters*, not a measured fact
    (findings ``practice_voucher_multiple``). With ``lam = 1.955`` (the
    meta-analytic mean of Brown et al., 2024) it is about 2.1 times; if the
    customer nets the remedy against the loss instead, anything above the loss
    is already a gain.

    Parameters
    ----------
    loss : float or array_like
        Size of the loss, as a positive amount (``100`` for a loss of 100).
    alpha, beta, lam : float
        Value-function parameters (see :func:`value`).

    Returns
    -------
    float or numpy.ndarray

    Raises
    ------
    ValueError
        If ``loss`` is negative (give its size, e.g. 100 not -100).

    Examples
    --------
    >>> round(compensation_for_loss(100), 1)
    251.3
    >>> compensation_for_loss([0, 10], lam=1, alpha=1, beta=1)
    array([ 0., 10.])
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    arr = as_float_array(loss, "loss")
    if np.any(arr < 0):
        raise ValueError(f"loss must be given as a positive size (e.g. 100, not -100), got {arr.tolist()}")
    return _out((lam * arr**beta) ** (1.0 / alpha), arr.ndim == 0)


def segregated_value(amounts, alpha=ALPHA, beta=BETA, lam=LAMBDA) -> float:
    """Total value when each amount is felt as a separate event: ``sum(v(a))``.

    With :func:`integrated_value` this gives the predictions of Thaler's (1985)
    hedonic editing: by the value function, two gifts please more than one gift
    of their total, and one bill hurts less than two. The second prediction is
    the one the evidence did not support: people do not seem to integrate
    losses (Thaler & Johnson, 1990).

    Examples
    --------
    >>> segregated_value([50, 50]) > integrated_value([50, 50])     # two gestures beat one
    True
    >>> segregated_value([-50, -50]) < integrated_value([-50, -50])  # but bundle the bad news
    True
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    arr = as_float_array(amounts, "amounts", ndim=1)
    return float(np.sum(_value_array(arr, alpha, beta, lam)))


def integrated_value(amounts, alpha=ALPHA, beta=BETA, lam=LAMBDA) -> float:
    """Value when all amounts are felt as one net outcome: ``v(sum(a))``.

    Examples
    --------
    >>> round(integrated_value([50, 50]), 2) == round(value(100), 2)
    True
    """
    alpha, beta, lam = _value_params(alpha, beta, lam)
    arr = as_float_array(amounts, "amounts", ndim=1)
    return float(_value_array(np.array(arr.sum()), alpha, beta, lam))


#: The ways a customer may book several outcomes, for :func:`edited_value`.
EDITING_MODES = ("separate", "net", "best")


def edited_value(amounts, editing="separate", alpha=ALPHA, beta=BETA, lam=LAMBDA) -> float:
    """Value of several sure outcomes under a named way of booking them.

    Parameters
    ----------
    amounts : array_like
        The outcomes, gains positive and losses negative, all measured from the
        same reference point (e.g. where the customer stood before the failure).
    editing : {"separate", "net", "best"}
        ``"separate"``: each outcome is felt as its own event (:func:`segregated_value`);
        ``"net"``: all are felt as one net amount (:func:`integrated_value`);
        ``"best"``: whichever of the two feels better, the *hedonic-editing
        hypothesis* (Thaler, 1985) that Thaler & Johnson (1990) found does not
        describe how people book losses.
    alpha, beta, lam : float
        Value-function parameters (see :func:`value`).

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``editing`` is not one of the three modes.

    Examples
    --------
    >>> round(edited_value([-100, 100], "net"), 1)
    0.0
    >>> round(edited_value([-100, 100], "separate"), 1)
    -71.9
    >>> edited_value([-100, 100], "best") == edited_value([-100, 100], "net")
    True
    >>> edited_value([1], "sum")
    Traceback (most recent call last):
    ...
    ValueError: editing must be one of 'separate', 'net', 'best', got 'sum'
    """
    if editing not in EDITING_MODES:
        raise ValueError(f"editing must be one of {', '.join(map(repr, EDITING_MODES))}, got {editing!r}")
    seg = segregated_value(amounts, alpha, beta, lam)
    integ = integrated_value(amounts, alpha, beta, lam)
    if editing == "separate":
        return seg
    if editing == "net":
        return integ
    return max(seg, integ)


def editing_prediction(amounts, alpha=ALPHA, beta=BETA, lam=LAMBDA) -> str:
    """Which packaging the value function predicts feels better: ``"separate"`` or ``"bundle"``.

    Compares :func:`segregated_value` with :func:`integrated_value`. This is the
    model's prediction (Thaler's 1985 hedonic-editing principles follow from it),
    not an observed preference: for two losses the model says ``"bundle"``, but
    Thaler & Johnson (1990) found people do not integrate losses that way.
    Ties (e.g. a single amount) give ``"bundle"``.

    Examples
    --------
    >>> editing_prediction([40, 15])              # two pieces of good news
    'separate'
    >>> editing_prediction([-30, -20])            # two pieces of bad news: the model says bundle
    'bundle'
    >>> editing_prediction([200, -10])            # a small loss inside a larger gain: cancel it
    'bundle'
    >>> editing_prediction([-150, 10])            # the silver lining: not under the 1992 medians ...
    'bundle'
    >>> editing_prediction([-150, 10], lam=1.0)   # ... but yes without loss aversion
    'separate'
    """
    seg = segregated_value(amounts, alpha, beta, lam)
    integ = integrated_value(amounts, alpha, beta, lam)
    return "separate" if seg > integ else "bundle"
