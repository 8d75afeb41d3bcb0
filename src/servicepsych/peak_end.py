"""Remembered experience: the peak-end rule, its rivals, and duration neglect.

People do not remember an experience as the sum (or average) of its moments.
Kahneman and colleagues found that a later, global rating of an episode is well
predicted by two parts of it: the most intense moment (the *peak*) and the
final part (the *end*). How long the episode lasted hardly matters
(*duration neglect*; Fredrickson & Kahneman, 1993). This is a hypothesis with
rivals (the average over time, the trend, the end alone, the length), and the
functions below compute all of them so they can be compared.

* Cold water (Kahneman, Fredrickson, Schreiber & Redelmeier, 1993): 60 s with a
  hand in water at 14 °C, versus the same 60 s plus 30 s while the water warmed
  to about 15 °C. The abstract reports that "a significant majority" chose to
  repeat the *longer* trial (finding ``kfsr93_chose_long``).
* Colonoscopy (Redelmeier & Kahneman, 1996): patients' judgments of total pain
  were correlated with the peak and with the pain of the **last 3 minutes** of
  the procedure, not with its length (findings ``rk96_*``). With one rating per
  minute that "end" is ``end_window=3``; the default ``end_window=1`` (the last
  rating alone) is the simplification Kahneman (2011, ch. 35) uses for two
  example patients.

In this module a *rating* is the intensity of one feeling at one moment (for
example the discomfort or frustration of a customer, 0 = none, 10 = worst), so
**higher means more intense** and the peak is the largest rating. Every
function takes a 1-D sequence of ratings (one journey: returns a ``float``) or a
2-D array (one journey per row, all of equal length: returns an array with one
value per row).

Examples
--------
>>> from servicepsych import peak_end as pe
>>> patient_a = [4, 5, 5, 6, 6, 7, 8, 7]   # short, ends near its worst moment
>>> pe.peak_end(patient_a)
7.5
>>> pe.remembered_score(patient_a, method="mean")
6.0
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from ._validation import as_float_array, check_finite_scalar, check_unit_interval

__all__ = [
    "METHODS",
    "area",
    "compare_journeys",
    "end_only",
    "extend_with_mild_end",
    "variance_explained",
    "mean_rating",
    "peak",
    "peak_end",
    "remembered_score",
    "trend",
    "weighted_peak_end",
]

#: Names :func:`remembered_score` accepts for ``method``.
METHODS = ("peak_end", "weighted_peak_end", "mean", "area", "end", "peak")


# ------------------------------------------------------------------ helpers
def _ratings(ratings, name: str = "ratings") -> np.ndarray:
    """Ratings as a float array of one journey (1-D) or one journey per row (2-D)."""
    if isinstance(ratings, (bool, np.bool_)) or (
        isinstance(ratings, (list, tuple)) and any(isinstance(r, bool) for r in ratings)
    ):
        raise TypeError(f"{name} must be numbers such as [2, 7, 3], not True/False")
    arr = as_float_array(ratings, name)
    if arr.ndim == 0:
        raise ValueError(
            f"{name} must be a sequence of ratings, one per moment (e.g. [2, 7, 3]), got the single number {ratings!r}"
        )
    if arr.ndim > 2:
        raise ValueError(f"{name} must be one journey (1-D) or one journey per row (2-D), got shape {arr.shape}")
    if arr.shape[-1] == 0:
        raise ValueError(f"{name} is empty: give at least one rating per journey")
    return arr


def _window(end_window, arr: np.ndarray) -> int:
    """The number of final moments that make up the "end" (1 up to the journey's length)."""
    if isinstance(end_window, bool) or not isinstance(end_window, Integral):
        raise TypeError(f"end_window must be a whole number of moments, got {type(end_window).__name__} "
                        f"({end_window!r})")
    if end_window < 1:
        raise ValueError(f"end_window must be at least 1 (the last moment), got {end_window}")
    if end_window > arr.shape[-1]:
        raise ValueError(f"end_window is {end_window} but the journey has only {arr.shape[-1]} moments: "
                         f"give at most {arr.shape[-1]}")
    return int(end_window)


def _end(arr: np.ndarray, end_window) -> np.ndarray:
    """Mean rating of the last ``end_window`` moments."""
    k = _window(end_window, arr)
    return arr[..., -k:].mean(axis=-1)


def _out(values: np.ndarray, arr: np.ndarray):
    """A float for one journey, an array for one journey per row."""
    return float(values) if arr.ndim == 1 else np.asarray(values, dtype=float)


def _durations(durations, arr: np.ndarray) -> np.ndarray:
    """Minutes each moment lasted, broadcast to the ratings' shape; negative is an error."""
    d = as_float_array(durations, "durations")
    if np.any(d < 0):
        raise ValueError(f"durations cannot be negative, got {d.tolist()}: give minutes per moment (0 or more)")
    if d.ndim == 0:
        d = np.full(arr.shape, float(d))
    elif d.shape != arr.shape[-1:] and d.shape != arr.shape:
        raise ValueError(
            f"durations must be one number or one per moment ({arr.shape[-1]}), got {d.size} values"
        )
    d = np.broadcast_to(d, arr.shape)
    if np.any(d.sum(axis=-1) == 0):
        raise ValueError("durations add up to 0 minutes: a journey must last some time")
    return d


# ------------------------------------------------------------------ the rules
def peak(ratings):
    """The most intense moment: the largest rating.

    Examples
    --------
    >>> peak([2, 9, 4])
    9.0
    """
    arr = _ratings(ratings)
    return _out(arr.max(axis=-1), arr)


def end_only(ratings, end_window: int = 1):
    """The ending alone: the mean rating of the last ``end_window`` moments.

    Parameters
    ----------
    ratings : array_like
        One rating per moment (1-D) or one journey per row (2-D).
    end_window : int
        How many final moments make up the end (default 1: the last rating).
        Redelmeier & Kahneman (1996) used the last 3 minutes (finding
        ``rk96_end_window_min``): with one rating per minute, ``end_window=3``.

    Examples
    --------
    >>> end_only([2, 9, 4])
    4.0
    >>> end_only([2, 9, 4, 6, 2], end_window=3)
    4.0
    >>> end_only([[2, 9, 4], [1, 1, 8]])
    array([4., 8.])
    >>> end_only([2, 9], end_window=3)
    Traceback (most recent call last):
    ...
    ValueError: end_window is 3 but the journey has only 2 moments: give at most 2
    """
    arr = _ratings(ratings)
    return _out(_end(arr, end_window), arr)


def peak_end(ratings, end_window: int = 1):
    """The peak-end rule: (most intense rating + the end) / 2.

    The *end* is the mean of the last ``end_window`` ratings. Kahneman (2011,
    ch. 35) reads the rule off two of Redelmeier & Kahneman's (1996)
    colonoscopy patients with the last rating as the end: both peaked at 8 on
    a 0-10 scale; patient A's last rating was 7 and patient B's 1, so their
    peak-end scores are 7.5 and 4.5 (findings ``rk96_patient_a_peak_end`` and
    ``rk96_patient_b_peak_end``). The study itself related memory to the
    pain of the last 3 minutes (``rk96_end_window_min``): ``end_window=3``
    with one rating per minute.

    Parameters
    ----------
    ratings : array_like
        Intensities, one per moment (1-D), or one journey per row (2-D).
        Higher means more intense.
    end_window : int
        How many final moments make up the end (1 up to the journey's length).

    Returns
    -------
    float or numpy.ndarray
        A float for one journey; one value per row for a 2-D array.

    Raises
    ------
    ValueError
        If ``ratings`` is empty or holds NaN or infinity.
    TypeError
        If ``ratings`` holds text, booleans or other non-numbers.

    Examples
    --------
    >>> peak_end([4, 5, 5, 6, 6, 7, 8, 7])
    7.5
    >>> peak_end([4, 5, 5, 6, 6, 7, 8, 7], end_window=3)
    7.666666666666666
    >>> peak_end([[3, 8, 2], [5, 5, 5]])
    array([5., 5.])
    >>> peak_end([])
    Traceback (most recent call last):
    ...
    ValueError: ratings is empty: give at least one value
    """
    arr = _ratings(ratings)
    return _out((arr.max(axis=-1) + _end(arr, end_window)) / 2.0, arr)


def weighted_peak_end(ratings, peak_weight: float = 0.5, end_window: int = 1):
    """``peak_weight * peak + (1 - peak_weight) * end``.

    ``peak_weight=0.5`` is :func:`peak_end`; 1 is the peak alone, 0 the end alone.
    The end is the mean of the last ``end_window`` ratings, as in :func:`end_only`.

    Examples
    --------
    >>> weighted_peak_end([2, 8, 4], peak_weight=0.75)
    7.0
    >>> weighted_peak_end([2, 8, 4], peak_weight=1.5)
    Traceback (most recent call last):
    ...
    ValueError: peak_weight must lie between 0 and 1, got 1.5
    """
    w = check_unit_interval(peak_weight, "peak_weight")
    arr = _ratings(ratings)
    return _out(w * arr.max(axis=-1) + (1.0 - w) * _end(arr, end_window), arr)


def mean_rating(ratings, durations=1.0):
    """The average intensity over time (weighted by how long each moment lasted).

    Parameters
    ----------
    ratings : array_like
        One rating per moment (1-D) or one journey per row (2-D).
    durations : float or array_like
        Minutes each moment lasted: one number for all, or one per moment.

    Examples
    --------
    >>> mean_rating([2, 8, 5])
    5.0
    >>> mean_rating([2, 8], durations=[3, 1])
    3.5
    >>> mean_rating([2, 8], durations=[-1, 1])
    Traceback (most recent call last):
    ...
    ValueError: durations cannot be negative, got [-1.0, 1.0]: give minutes per moment (0 or more)
    """
    arr = _ratings(ratings)
    d = _durations(durations, arr)
    return _out((arr * d).sum(axis=-1) / d.sum(axis=-1), arr)


def area(ratings, durations=1.0):
    """Total experienced intensity: the area under the curve (rating x minutes, summed).

    This is what a "hedonimeter total" adds up, and what duration neglect ignores:
    a longer journey at the same intensity has a larger area.

    Examples
    --------
    >>> area([2, 8, 5])
    15.0
    >>> area([2, 8, 5], durations=2)
    30.0
    """
    arr = _ratings(ratings)
    d = _durations(durations, arr)
    return _out((arr * d).sum(axis=-1), arr)


def trend(ratings):
    """The slope of a least-squares line through the ratings, per moment.

    Positive: the journey got more intense towards its end (for frustration,
    worse); negative: it improved. Improving episodes tend to be remembered
    more kindly than worsening ones (Ariely, D., 1998, Combining experiences
    over time, Journal of Behavioral Decision Making, 11(1), 19-45).

    Examples
    --------
    >>> trend([1, 2, 3, 4])
    1.0
    >>> trend([6, 4, 2])
    -2.0
    >>> trend([5])
    Traceback (most recent call last):
    ...
    ValueError: a trend needs at least two ratings per journey, got 1
    """
    arr = _ratings(ratings)
    n = arr.shape[-1]
    if n < 2:
        raise ValueError(f"a trend needs at least two ratings per journey, got {n}")
    t = np.arange(n, dtype=float)
    t -= t.mean()
    centred = arr - arr.mean(axis=-1, keepdims=True)
    return _out((centred * t).sum(axis=-1) / (t * t).sum(), arr)


def remembered_score(ratings, method: str = "peak_end", *, peak_weight: float = 0.5, durations=1.0,
                     end_window: int = 1):
    """How the journey will be remembered under a chosen rule.

    Parameters
    ----------
    ratings : array_like
        One rating per moment (1-D) or one journey per row (2-D).
    method : str
        One of :data:`METHODS`: ``"peak_end"`` (default), ``"weighted_peak_end"``,
        ``"mean"``, ``"area"``, ``"end"``, ``"peak"``.
    peak_weight : float
        Used by ``"weighted_peak_end"`` only.
    durations : float or array_like
        Minutes per moment, used by ``"mean"`` and ``"area"`` only.
    end_window : int
        Final moments that make up the end, used by ``"peak_end"``,
        ``"weighted_peak_end"`` and ``"end"`` only.

    Examples
    --------
    >>> journey = [3, 8, 2]
    >>> [remembered_score(journey, m) for m in ("peak_end", "mean", "end", "peak")]
    [5.0, 4.333333333333333, 2.0, 8.0]
    >>> remembered_score(journey, "median")
    Traceback (most recent call last):
    ...
    ValueError: method must be one of 'peak_end', 'weighted_peak_end', 'mean', 'area', 'end', 'peak', got 'median'
    """
    if not isinstance(method, str) or method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(map(repr, METHODS))}, got {method!r}")
    if method == "peak_end":
        return peak_end(ratings, end_window)
    if method == "weighted_peak_end":
        return weighted_peak_end(ratings, peak_weight, end_window)
    if method == "mean":
        return mean_rating(ratings, durations)
    if method == "area":
        return area(ratings, durations)
    if method == "end":
        return end_only(ratings, end_window)
    return peak(ratings)


# ------------------------------------------------------------------ testing the rule against its rivals
def variance_explained(outcome, **predictors) -> float:
    """Share of the variance of ``outcome`` explained by a least-squares line in ``predictors`` (R²).

    Use it to test the peak-end rule against its rivals on many journeys: does
    the length add anything once the peak and the end are known? Compare, for
    example, ``variance_explained(memory, peak=p, end=e)`` with
    ``variance_explained(memory, peak=p, end=e, minutes=m)``. R² never falls
    when a predictor is added, so look at how much it *rises*. It describes how
    well the data are fitted, not what would happen if you changed one
    predictor (a correlation is not a lever).

    Parameters
    ----------
    outcome : array_like
        One value per journey (e.g. the remembered rating).
    **predictors : array_like
        One or more named columns, each one value per journey.

    Returns
    -------
    float
        R² between 0 and 1 (an intercept is always included).

    Examples
    --------
    >>> memory = [2.0, 4.0, 6.0, 8.0]
    >>> variance_explained(memory, peak=[1, 2, 3, 4])
    1.0
    >>> round(variance_explained(memory, minutes=[3, 1, 4, 1]), 3)
    0.067
    >>> variance_explained(memory)
    Traceback (most recent call last):
    ...
    ValueError: give at least one predictor, e.g. variance_explained(memory, peak=peaks, end=ends)
    """
    y = as_float_array(outcome, "outcome")
    if y.ndim != 1 or y.size < 2:
        raise ValueError(f"outcome must be one value per journey (at least 2), got shape {y.shape}")
    if not predictors:
        raise ValueError("give at least one predictor, e.g. variance_explained(memory, peak=peaks, end=ends)")
    columns = [np.ones_like(y)]
    for name, values in predictors.items():
        x = as_float_array(values, name)
        if x.shape != y.shape:
            raise ValueError(f"{name} has {x.size} values but outcome has {y.size}: give one per journey")
        columns.append(x)
    if y.size <= len(columns):
        raise ValueError(f"{y.size} journeys are too few for {len(predictors)} predictors: give more journeys")
    X = np.column_stack(columns)
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    resid = y - X @ coef
    total = float(((y - y.mean()) ** 2).sum())
    if total == 0.0:
        raise ValueError("outcome is the same for every journey: there is no variance to explain")
    return float(max(0.0, 1.0 - float((resid ** 2).sum()) / total))


# ------------------------------------------------------------------ duration neglect
def extend_with_mild_end(ratings, extra_moments: int, level: float) -> np.ndarray:
    """Append ``extra_moments`` moments at intensity ``level`` to a journey.

    The service version of the cold-water trial: a call that keeps the customer
    a little longer, but ends gently (a warm close, a clear next step). If
    ``level`` is below the journey's last rating, the peak-end score falls even
    though the total (:func:`area`) rises.

    Parameters
    ----------
    ratings : array_like
        One journey (1-D).
    extra_moments : int
        How many moments to add (0 or more).
    level : float
        The intensity of each added moment.

    Returns
    -------
    numpy.ndarray
        The longer journey.

    Examples
    --------
    >>> call = [3, 8, 6]
    >>> longer = extend_with_mild_end(call, 2, 2)
    >>> longer
    array([3., 8., 6., 2., 2.])
    >>> peak_end(call), peak_end(longer)
    (7.0, 5.0)
    >>> area(call) < area(longer)
    True
    >>> extend_with_mild_end(call, -1, 2)
    Traceback (most recent call last):
    ...
    ValueError: extra_moments cannot be negative, got -1: give how many moments to add (0 or more)
    """
    arr = _ratings(ratings)
    if arr.ndim != 1:
        raise ValueError(f"ratings must be one journey (1-D) here, got shape {arr.shape}")
    if isinstance(extra_moments, bool) or not isinstance(extra_moments, Integral):
        raise TypeError(f"extra_moments must be a whole number, got {type(extra_moments).__name__} ({extra_moments!r})")
    if extra_moments < 0:
        raise ValueError(
            f"extra_moments cannot be negative, got {extra_moments}: give how many moments to add (0 or more)"
        )
    lvl = check_finite_scalar(level, "level")
    return np.concatenate([arr, np.full(int(extra_moments), lvl)])


def _summary(ratings, durations, end_window) -> dict:
    arr = _ratings(ratings)
    if arr.ndim != 1:
        raise ValueError(f"compare_journeys compares two single journeys (1-D), got shape {arr.shape}")
    d = _durations(durations, arr)
    return {
        "minutes": float(d.sum()),
        "peak": peak(arr),
        "end": end_only(arr, end_window),
        "peak_end": peak_end(arr, end_window),
        "mean": mean_rating(arr, d),
        "area": area(arr, d),
    }


def _lower(x: float, y: float) -> str:
    if np.isclose(x, y):
        return "tie"
    return "a" if x < y else "b"


def compare_journeys(a, b, *, durations_a=1.0, durations_b=1.0, end_window: int = 1) -> dict:
    """Compare two journeys as lived (area) and as remembered (peak-end).

    Parameters
    ----------
    a, b : array_like
        The two journeys (1-D), ratings of intensity (higher = worse for discomfort).
    durations_a, durations_b : float or array_like
        Minutes per moment of each journey.
    end_window : int
        Final moments that make up each journey's end (see :func:`peak_end`).

    Returns
    -------
    dict
        ``"a"`` and ``"b"``: each a dict with ``minutes``, ``peak``, ``end``,
        ``peak_end``, ``mean`` and ``area``; ``"remembered_better"``: the journey
        with the lower peak-end score (``"a"``, ``"b"`` or ``"tie"``);
        ``"less_in_total"``: the one with the smaller area; and
        ``"duration_neglect"``: True when memory prefers the journey that
        held more discomfort in total (the cold-water paradox).

    Examples
    --------
    >>> short = [2, 5, 8]            # cold water: 60 s at 14 °C, ends at its worst
    >>> long = [2, 5, 8, 6]          # the same, plus 30 s as the water warms
    >>> c = compare_journeys(short, long)
    >>> c["remembered_better"], c["less_in_total"], c["duration_neglect"]
    ('b', 'a', True)
    """
    sa, sb = _summary(a, durations_a, end_window), _summary(b, durations_b, end_window)
    better = _lower(sa["peak_end"], sb["peak_end"])
    less = _lower(sa["area"], sb["area"])
    return {
        "a": sa,
        "b": sb,
        "remembered_better": better,
        "less_in_total": less,
        "duration_neglect": better != "tie" and less != "tie" and better != less,
    }
