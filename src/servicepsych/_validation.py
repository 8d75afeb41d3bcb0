"""Input checks shared by the models: clear errors instead of wrong numbers.

Every public model function validates what it is given with these helpers, so a
learner who passes ``[]`` or a probability of 1.2 learns what went wrong and how
to fix it.
"""

from __future__ import annotations

import math
from numbers import Real

import numpy as np

__all__ = [
    "as_float_array",
    "as_probabilities",
    "check_finite_scalar",
    "check_nonnegative",
    "check_positive",
    "check_unit_interval",
]


def as_float_array(x, name: str, *, allow_empty: bool = False, ndim: int | None = None) -> np.ndarray:
    """Convert ``x`` to a float array, refusing non-numbers, NaN and infinities.

    Raises
    ------
    TypeError
        If ``x`` holds something that is not a real number (strings, None, complex).
    ValueError
        If ``x`` is empty (unless ``allow_empty``), has the wrong number of
        dimensions, or holds NaN or an infinity.

    Examples
    --------
    >>> as_float_array([1, 2.5], "ratings")
    array([1. , 2.5])
    >>> as_float_array([], "ratings")
    Traceback (most recent call last):
    ...
    ValueError: ratings is empty: give at least one value
    """
    if isinstance(x, (str, bytes)):
        raise TypeError(f"{name} must be numbers, not text ({x!r})")
    try:
        arr = np.asarray(x)
    except Exception as exc:  # ragged lists and the like
        raise TypeError(f"{name} must be a number or a list of numbers ({exc})") from None
    if arr.dtype == object or arr.dtype.kind not in "biuf":
        raise TypeError(f"{name} must be real numbers, got values of type {arr.dtype} ({x!r})")
    arr = arr.astype(float)
    if ndim is not None and arr.ndim != ndim:
        raise ValueError(f"{name} must have {ndim} dimension(s), got shape {arr.shape}")
    if arr.size == 0 and not allow_empty:
        raise ValueError(f"{name} is empty: give at least one value")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be finite numbers: found NaN or infinity in {x!r}")
    return arr


def check_finite_scalar(x, name: str) -> float:
    """Return ``x`` as a float, refusing booleans, text, NaN and infinities.

    >>> check_finite_scalar(2, "lam")
    2.0
    >>> check_finite_scalar(float("nan"), "lam")
    Traceback (most recent call last):
    ...
    ValueError: lam must be a finite number, got nan
    """
    if isinstance(x, bool) or not isinstance(x, (Real, np.integer, np.floating)):
        raise TypeError(f"{name} must be a real number, got {type(x).__name__} ({x!r})")
    value = float(x)
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value}")
    return value


def check_positive(x, name: str) -> float:
    """Return ``x`` as a float if it is strictly positive.

    >>> check_positive(0.88, "alpha")
    0.88
    >>> check_positive(0, "alpha")
    Traceback (most recent call last):
    ...
    ValueError: alpha must be greater than 0, got 0.0
    """
    value = check_finite_scalar(x, name)
    if value <= 0:
        raise ValueError(f"{name} must be greater than 0, got {value}")
    return value


def check_nonnegative(x, name: str) -> float:
    """Return ``x`` as a float if it is zero or more.

    >>> check_nonnegative(-3, "hold_minutes")
    Traceback (most recent call last):
    ...
    ValueError: hold_minutes cannot be negative, got -3.0
    """
    value = check_finite_scalar(x, name)
    if value < 0:
        raise ValueError(f"{name} cannot be negative, got {value}")
    return value


def check_unit_interval(x, name: str) -> float:
    """Return ``x`` as a float if it lies in [0, 1].

    >>> check_unit_interval(1.2, "p")
    Traceback (most recent call last):
    ...
    ValueError: p must lie between 0 and 1, got 1.2
    """
    value = check_finite_scalar(x, name)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie between 0 and 1, got {value}")
    return value


def as_probabilities(p, name: str = "probs", *, n: int | None = None, atol: float = 1e-9) -> np.ndarray:
    """Validate a probability vector: 1-D, each in [0, 1], summing to 1.

    Parameters
    ----------
    p : array_like
        The probabilities.
    name : str
        What to call them in an error message.
    n : int, optional
        The length they must have (e.g. the number of outcomes).
    atol : float
        How far from 1 the sum may be.

    Examples
    --------
    >>> as_probabilities([0.5, 0.5])
    array([0.5, 0.5])
    >>> as_probabilities([0.5, 0.6])
    Traceback (most recent call last):
    ...
    ValueError: probs must sum to 1, but they sum to 1.1
    """
    arr = as_float_array(p, name, ndim=1)
    if n is not None and arr.size != n:
        raise ValueError(f"{name} has {arr.size} values but there are {n} outcomes: give one probability per outcome")
    if np.any(arr < 0) or np.any(arr > 1):
        raise ValueError(f"each of {name} must lie between 0 and 1, got {arr.tolist()}")
    total = float(arr.sum())
    if abs(total - 1.0) > atol:
        raise ValueError(f"{name} must sum to 1, but they sum to {total:.6g}")
    return arr
