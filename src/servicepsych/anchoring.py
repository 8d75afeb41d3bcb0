"""Anchoring: the first number a customer hears becomes the yardstick for what follows.

Tversky & Kahneman (1974) spun a wheel of fortune that stopped at 10 or 65 and
then asked people what percentage of African countries were in the United
Nations. Median estimates were 25 after the low number and 45 after the high one:
an irrelevant number pulled the estimates toward itself. They explained it by
*anchoring and adjustment*: people start from the anchor and adjust toward what
they believe, but stop too early.

Jacowitz & Kahneman (1995) measured the pull with the **anchoring index**: the
gap between the estimates of a high- and a low-anchor group divided by the gap
between the anchors (0 = anchor ignored, 1 = anchor copied). :func:`anchoring_index`.

The adjustment model :func:`adjust` writes an estimate as
``anchor + k * (belief - anchor)`` with ``0 <= k <= 1`` (``k = 1``: full
adjustment, the anchor has no effect). When high- and low-anchor groups hold the
same beliefs, their estimates differ by ``(1 - k) * (high - low)``: the anchoring
index equals ``1 - k`` (:func:`adjustment_from_index`).
:func:`simulate_cohort` draws a seeded cohort that behaves this way.

For service work, :func:`expected_wait` turns a promised wait ("we will call
you back within 30 minutes") into the wait the customer expects, and
:func:`wait_verdict` says how the real wait will feel. Unlike the wheel's number,
a company's promise is **information as well as an anchor**:

1. *Information* (a modelling choice): a customer who believes the promise moves
   their own guess toward it, by the share ``credibility`` (0: a number they
   ignore as information, like the wheel's; 1: taken at its word).
2. *Anchoring* (the finding): they start at the promise and adjust only part of
   the way (``adjustment``) toward that belief.
3. *A broken promise is judged against the promise* (a modelling choice, in the
   spirit of expectation disconfirmation, Oliver 1980): a wait longer than the
   promise feels late however long the customer had braced for; a kept promise
   never feels late, and feels early when the wait is clearly shorter than the
   customer's expectation.

The anchoring effect itself (step 2) is the published finding; the way it is
combined with credibility and the broken-promise rule, and the defaults
:data:`CREDIBILITY` and the 1-minute tolerance, are teaching conventions, not
published estimates. :func:`safe_quote` picks the shortest promise that will be
kept; it never quotes less than the real wait.

Figures used as defaults are rows of :mod:`servicepsych.findings` (concept
``anchoring``).

Examples
--------
>>> from servicepsych import anchoring
>>> round(anchoring.anchoring_index(10, 65, 25, 45), 3)     # the wheel of fortune
0.364
>>> anchoring.adjust(30, 60, adjustment=0.45)               # anchor 30, own belief 60
43.5
>>> anchoring.wait_verdict(anchoring.expected_wait(10, 30), 15, promised=10)   # a broken 10-minute promise
'late'
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from ._validation import as_float_array, check_finite_scalar, check_nonnegative, check_unit_interval

__all__ = [
    "ADJUSTMENT",
    "VERDICTS",
    "adjust",
    "adjustment_from_index",
    "anchoring_index",
    "cohort_index",
    "expected_wait",
    "CREDIBILITY",
    "minutes_late",
    "safe_quote",
    "simulate_cohort",
    "wait_verdict",
]

#: Default adjustment ``k``: 1 minus a typical anchoring index. The redwood
#: question put to visitors of the San Francisco Exploratorium gave an index of
#: 0.55 (562/1020), which Kahneman (2011, ch. 11) calls typical (finding
#: ``k11_redwood_anchoring_index``), so ``k = 1 - 0.55 = 0.45``. Indexes he
#: reports range from about 0.3 (willingness to pay) to 0.55; pass another value
#: to explore them.
ADJUSTMENT = 0.45

#: Default share by which a customer moves their own guess toward a company's
#: promise before anchoring on it. A teaching value (half-believed), not a
#: published estimate: vary it.
CREDIBILITY = 0.5

#: Labels :func:`wait_verdict` returns (their learner-facing wording is in ``strings/anchoring.py``).
VERDICTS = ("early", "on_time", "late")


def _out(x: np.ndarray):
    """A 0-d result as a Python float, anything else as an array."""
    return float(x) if np.ndim(x) == 0 else x


def anchoring_index(low_anchor, high_anchor, low_estimate, high_estimate):
    """Jacowitz & Kahneman's (1995) anchoring index.

    ``(high_estimate - low_estimate) / (high_anchor - low_anchor)``: the share of
    the distance between the anchors that shows up in the estimates.

    Parameters
    ----------
    low_anchor, high_anchor : float or array_like
        The two anchors; they must differ.
    low_estimate, high_estimate : float or array_like
        A typical (median or mean) estimate of each anchor group.

    Returns
    -------
    float or numpy.ndarray
        0 when the anchors had no effect, 1 when people copied them; values
        outside [0, 1] are possible (over- or reverse anchoring) and returned as
        they are. A float for scalar input, an array for arrays.

    Raises
    ------
    ValueError
        If the anchors are equal (the index is undefined) or a value is not finite.
    TypeError
        If a value is not a number.

    Examples
    --------
    Tversky & Kahneman's (1974) wheel of fortune: anchors 10 and 65, median
    estimates 25 and 45.

    >>> round(anchoring_index(10, 65, 25, 45), 4)
    0.3636
    >>> anchoring_index([10, 180], [65, 1200], [25, 282], [45, 844]).round(3)
    array([0.364, 0.551])
    >>> anchoring_index(30, 30, 20, 25)
    Traceback (most recent call last):
    ...
    ValueError: low_anchor and high_anchor are equal (30.0): the anchoring index needs two different anchors
    """
    lo_a = as_float_array(low_anchor, "low_anchor")
    hi_a = as_float_array(high_anchor, "high_anchor")
    lo_e = as_float_array(low_estimate, "low_estimate")
    hi_e = as_float_array(high_estimate, "high_estimate")
    try:
        lo_a, hi_a, lo_e, hi_e = np.broadcast_arrays(lo_a, hi_a, lo_e, hi_e)
    except ValueError:
        raise ValueError("the anchors and estimates must have matching shapes (one value per question), got "
                         f"{np.shape(lo_a)}, {np.shape(hi_a)}, {np.shape(lo_e)}, {np.shape(hi_e)}") from None
    gap = hi_a - lo_a
    if np.any(gap == 0):
        same = float(lo_a[gap == 0].flat[0])
        raise ValueError(f"low_anchor and high_anchor are equal ({same}): the anchoring index needs two "
                         "different anchors")
    return _out((hi_e - lo_e) / gap)


def adjustment_from_index(index):
    """The adjustment ``k`` an anchoring index implies under :func:`adjust`: ``1 - index``.

    Parameters
    ----------
    index : float or array_like

    Returns
    -------
    float or numpy.ndarray

    Examples
    --------
    >>> round(adjustment_from_index(0.55), 2)
    0.45
    """
    return _out(1.0 - as_float_array(index, "index"))


def adjust(anchor, belief, adjustment=ADJUSTMENT):
    """Anchoring and adjustment: start at the anchor, move part of the way to one's own belief.

    ``estimate = anchor + adjustment * (belief - anchor)``

    Parameters
    ----------
    anchor : float or array_like
        The number heard first (a quoted wait, a price shown first, a wheel's number).
    belief : float or array_like
        What the person would have said with no anchor.
    adjustment : float, default :data:`ADJUSTMENT` (0.45)
        Share of the distance moved, between 0 (stay at the anchor) and 1 (ignore
        it). The default is 1 minus the typical anchoring index of 0.55
        (Jacowitz & Kahneman, 1995; Kahneman, 2011).

    Returns
    -------
    float or numpy.ndarray
        The anchored estimate (a float for scalar input).

    Raises
    ------
    ValueError
        If ``adjustment`` lies outside [0, 1] or a value is not finite.

    Examples
    --------
    >>> adjust(30, 60)
    43.5
    >>> adjust([10, 65], 35, adjustment=0.5)
    array([22.5, 50. ])
    >>> adjust(10, 35, adjustment=1.5)
    Traceback (most recent call last):
    ...
    ValueError: adjustment must lie between 0 and 1, got 1.5
    """
    k = check_unit_interval(adjustment, "adjustment")
    a = as_float_array(anchor, "anchor")
    b = as_float_array(belief, "belief")
    return _out(a + k * (b - a))


def expected_wait(quoted_wait, own_guess, adjustment=ADJUSTMENT, credibility=CREDIBILITY):
    """The wait (in minutes) a customer expects after hearing a promised wait.

    ``expected = quoted + adjustment * (1 - credibility) * (own_guess - quoted)``

    The promise is information (the customer's belief moves the share
    ``credibility`` from their own guess toward it) and an anchor (they start at
    the promise and adjust the share ``adjustment`` toward that belief): see the
    module docstring for which parts are findings and which are modelling
    choices. A vague promise ("as soon as possible", ``quoted_wait=None``) is
    neither: the customer keeps their own guess.

    Parameters
    ----------
    quoted_wait : float, array_like or None
        The wait you announce, in minutes (0 or more); None for no number.
    own_guess : float or array_like
        The wait the customer would expect with no number (0 or more).
    adjustment : float, default :data:`ADJUSTMENT` (0.45)
    credibility : float, default :data:`CREDIBILITY` (0.5)
        0: the promise is a mere anchor (like the wheel's number); 1: the
        customer takes it at its word and expects exactly the promise.

    Returns
    -------
    float or numpy.ndarray
        Always between the promise and the customer's own guess.

    Examples
    --------
    >>> expected_wait(30, 60)                       # "within 30 minutes" to a customer braced for an hour
    36.75
    >>> expected_wait(30, 60, credibility=0)        # a number they do not believe: anchoring alone
    43.5
    >>> expected_wait(30, 60, credibility=1)        # taken at its word
    30.0
    >>> expected_wait(None, 60)                     # "as soon as possible"
    60.0
    >>> expected_wait(-5, 60)
    Traceback (most recent call last):
    ...
    ValueError: quoted_wait cannot be negative: give the wait in minutes (0 or more)
    """
    guess = as_float_array(own_guess, "own_guess")
    if np.any(guess < 0):
        raise ValueError("own_guess cannot be negative: give the wait in minutes (0 or more)")
    k = check_unit_interval(adjustment, "adjustment")
    c = check_unit_interval(credibility, "credibility")
    if quoted_wait is None:
        return _out(guess)
    quoted = as_float_array(quoted_wait, "quoted_wait")
    if np.any(quoted < 0):
        raise ValueError("quoted_wait cannot be negative: give the wait in minutes (0 or more)")
    return _out(quoted + k * (1.0 - c) * (guess - quoted))


def minutes_late(expected, actual):
    """How many minutes later than expected the service came (negative: earlier).

    Examples
    --------
    >>> minutes_late(43.5, 50)
    6.5
    >>> minutes_late([30, 30], [25, 40])
    array([-5., 10.])
    """
    e = as_float_array(expected, "expected")
    a = as_float_array(actual, "actual")
    if np.any(e < 0) or np.any(a < 0):
        raise ValueError("waits cannot be negative: give expected and actual waits in minutes (0 or more)")
    return _out(a - e)


def wait_verdict(expected, actual, tolerance=1.0, promised=None):
    """How a wait feels: ``"early"``, ``"on_time"`` or ``"late"``.

    With a promise (``promised``): a wait more than ``tolerance`` beyond it is a
    broken promise and feels ``"late"``, whatever the customer expected; a kept
    promise is ``"early"`` when the wait is more than ``tolerance`` below the
    expectation, else ``"on_time"``. Without one: the wait is compared with the
    expectation, ``tolerance`` either side.

    Parameters
    ----------
    expected, actual : float
        Waits in minutes (``expected`` from :func:`expected_wait`).
    tolerance : float, default 1.0
        Minutes that still count as on time (a teaching convention, not a published figure).
    promised : float or None
        The promised wait, or None when no number was given.

    Examples
    --------
    >>> wait_verdict(14.5, 15, promised=10)     # promised 10, braced for more: 15 minutes is still a broken promise
    'late'
    >>> wait_verdict(36.75, 25, promised=30)    # kept, and well before what the customer expected
    'early'
    >>> wait_verdict(60, 50)                    # "as soon as possible" to someone braced for an hour
    'early'
    >>> wait_verdict(30, 29.5)
    'on_time'
    """
    tol = check_nonnegative(tolerance, "tolerance")
    e = check_nonnegative(expected, "expected")
    a = check_nonnegative(actual, "actual")
    if promised is not None:
        p = check_nonnegative(promised, "promised")
        if a > p + tol:
            return "late"
        return "early" if a < e - tol else "on_time"
    if a > e + tol:
        return "late"
    if a < e - tol:
        return "early"
    return "on_time"


def safe_quote(quotes, actual_wait, kept_share=1.0):
    """The shortest promise in ``quotes`` that will be kept, or None if none will.

    A kept promise never feels late under :func:`wait_verdict`, so the safe
    quote does not depend on ``adjustment`` or ``credibility``: it is the
    shortest quote at least as long as the real wait. Given several real waits
    (this week's, say), it is the shortest quote that at least the share
    ``kept_share`` of them do not exceed. It never returns a quote below the
    real wait (below every one of the ``kept_share`` shortest waits). The model
    leaves out what a long quote costs (customers who hang up or buy elsewhere,
    padded quotes that stop being believed): that is why the *shortest* kept
    promise is the one to give.

    Parameters
    ----------
    quotes : sequence of float
        The promises you could give (any order), in minutes.
    actual_wait : float or sequence of float
        The real wait, or a sample of real waits, in minutes (0 or more).
    kept_share : float, default 1.0
        Share of the waits the promise must cover, in (0, 1].

    Returns
    -------
    The chosen element of ``quotes`` (as given), or None.

    Examples
    --------
    >>> safe_quote([10, 20, 30, 45], 18)
    20
    >>> safe_quote([10, 20, 30, 45], [8, 12, 15, 18, 26, 14, 9, 11, 13, 16], kept_share=0.9)
    20
    >>> safe_quote([5, 10], 18) is None
    True
    """
    q = as_float_array(quotes, "quotes", ndim=1)
    waits = as_float_array(actual_wait, "actual_wait").ravel()
    if waits.size == 0:
        raise ValueError("actual_wait is empty: give the real wait or a sample of real waits")
    if np.any(waits < 0) or np.any(q < 0):
        raise ValueError("waits and quotes cannot be negative: give them in minutes (0 or more)")
    share = check_unit_interval(kept_share, "kept_share")
    if share == 0:
        raise ValueError("kept_share must be above 0: a promise should be kept for some customers at least")
    need = int(np.ceil(share * waits.size - 1e-9))          # how many waits the promise must cover
    bar = float(np.sort(waits)[max(need, 1) - 1])            # the wait that many customers stay within
    ok = [i for i in range(q.size) if q[i] >= bar]
    if not ok:
        return None
    best = min(ok, key=lambda i: q[i])
    return list(quotes)[best]


def simulate_cohort(n, low_anchor, high_anchor, *, belief_mean, belief_sd, adjustment=ADJUSTMENT,
                    noise_sd=0.0, seed=20240601, bounds=None):
    """A seeded anchoring experiment: half the cohort hears the low anchor, half the high one.

    Each person has an own belief drawn from Normal(``belief_mean``,
    ``belief_sd``), starts at the anchor of their condition and adjusts toward it
    (:func:`adjust`), plus Normal(0, ``noise_sd``) response noise. Because
    beliefs do not depend on the condition, the anchoring index of the cohort is
    close to ``1 - adjustment`` (:func:`cohort_index`).

    Parameters
    ----------
    n : int
        People in the cohort, at least 2 (``n // 2`` get the low anchor, the rest the high one,
        in random order).
    low_anchor, high_anchor : float
        The two anchors; they must differ.
    belief_mean, belief_sd : float
        Mean and spread of the beliefs (``belief_sd`` 0 or more).
    adjustment : float, default :data:`ADJUSTMENT`
    noise_sd : float, default 0
    seed : int, default 20240601
        The same seed gives the same cohort.
    bounds : (float, float), optional
        Clip estimates to this range (e.g. ``(0, 100)`` for a percentage).

    Returns
    -------
    pandas.DataFrame
        One row per person: ``condition`` ("low"/"high"), ``anchor``, ``belief``, ``estimate``.

    Examples
    --------
    >>> df = simulate_cohort(400, 10, 65, belief_mean=35, belief_sd=10, adjustment=0.6, noise_sd=3)
    >>> list(df.columns), len(df)
    (['condition', 'anchor', 'belief', 'estimate'], 400)
    >>> round(cohort_index(df), 1)
    0.4
    >>> simulate_cohort(-3, 10, 65, belief_mean=35, belief_sd=10)
    Traceback (most recent call last):
    ...
    ValueError: n must be a whole number of people, at least 2 (one per anchor), got -3
    """
    import pandas as pd

    if isinstance(n, bool) or not isinstance(n, Integral):
        raise TypeError(f"n must be a whole number of people (int), got {type(n).__name__} ({n!r})")
    if n < 2:
        raise ValueError(f"n must be a whole number of people, at least 2 (one per anchor), got {n}")
    lo = check_finite_scalar(low_anchor, "low_anchor")
    hi = check_finite_scalar(high_anchor, "high_anchor")
    if lo == hi:
        raise ValueError(f"low_anchor and high_anchor are equal ({lo}): give two different anchors")
    mean = check_finite_scalar(belief_mean, "belief_mean")
    sd = check_nonnegative(belief_sd, "belief_sd")
    noise = check_nonnegative(noise_sd, "noise_sd")
    k = check_unit_interval(adjustment, "adjustment")
    if isinstance(seed, bool) or not isinstance(seed, Integral):
        raise TypeError(f"seed must be an int, got {type(seed).__name__} ({seed!r})")

    rng = np.random.default_rng(int(seed))
    n = int(n)
    condition = np.array(["low"] * (n // 2) + ["high"] * (n - n // 2))
    rng.shuffle(condition)
    anchor = np.where(condition == "low", lo, hi)
    belief = rng.normal(mean, sd, size=n)
    estimate = anchor + k * (belief - anchor) + rng.normal(0.0, noise, size=n)
    if bounds is not None:
        estimate = np.clip(estimate, float(bounds[0]), float(bounds[1]))
    return pd.DataFrame({"condition": condition, "anchor": anchor, "belief": belief, "estimate": estimate})


def cohort_index(df, statistic: str = "median") -> float:
    """The anchoring index of a cohort table (from :func:`simulate_cohort` or a survey).

    Parameters
    ----------
    df : pandas.DataFrame
        Columns ``condition`` ("low"/"high"), ``anchor`` and ``estimate``.
    statistic : {"median", "mean"}
        The typical estimate of each group (Tversky & Kahneman, 1974, used medians).

    Returns
    -------
    float

    Examples
    --------
    >>> import pandas as pd
    >>> survey = pd.DataFrame({"condition": ["low", "low", "high", "high"], "anchor": [10, 10, 65, 65],
    ...                        "estimate": [20, 30, 40, 50]})
    >>> round(cohort_index(survey), 4)
    0.3636
    """
    if statistic not in ("median", "mean"):
        raise ValueError(f"statistic must be 'median' or 'mean', got {statistic!r}")
    missing = {"condition", "anchor", "estimate"} - set(getattr(df, "columns", ()))
    if missing:
        raise ValueError(f"the table needs columns condition, anchor and estimate; missing: {sorted(missing)}")
    groups = {}
    for cond in ("low", "high"):
        rows = df[df["condition"] == cond]
        if len(rows) == 0:
            raise ValueError(f"no rows with condition {cond!r}: the table needs both a 'low' and a 'high' group")
        anchors = rows["anchor"].unique()
        if len(anchors) != 1:
            raise ValueError(f"the {cond!r} group has several anchors {sorted(anchors)}: give one anchor per group")
        est = as_float_array(rows["estimate"].to_numpy(), f"estimates of the {cond!r} group")
        groups[cond] = (float(anchors[0]), float(np.median(est) if statistic == "median" else np.mean(est)))
    return float(anchoring_index(groups["low"][0], groups["high"][0], groups["low"][1], groups["high"][1]))
