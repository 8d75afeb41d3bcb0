"""Confidence intervals for a class's live result, in plain Python (no SciPy).

Every function takes plain numbers and returns plain floats, so the trainer's page,
the tests and a notebook can all check them by hand.

* :func:`wilson`: a proportion, Wilson score interval (Wilson, 1927).
* :func:`newcombe_diff`: a difference of two proportions, Newcombe's hybrid score
  interval built from the two Wilson intervals (Newcombe, 1998, method 10).
* :func:`welch_diff`: a difference of two means, Welch's t interval
  (unequal variances, Welch-Satterthwaite degrees of freedom).
* :func:`mean_ci`: one mean, Student's t interval.
* :func:`median_ci`: a median, the distribution-free interval between two order
  statistics chosen from the binomial(n, 1/2) distribution (coverage at least 95%).
* :func:`fisher_r_ci`: a Pearson correlation, Fisher's z interval.

Examples
--------
>>> lo, hi = wilson(7, 10)
>>> round(lo, 4), round(hi, 4)
(0.3968, 0.8922)
>>> round(t_quantile(0.975, 10), 4)
2.2281
"""

from __future__ import annotations

import math
from statistics import NormalDist

__all__ = ["Z95", "fisher_r_ci", "mean_ci", "median", "median_ci", "newcombe_diff", "pearson_r",
           "t_quantile", "welch_diff", "wilson"]

#: Two-sided 95% normal quantile.
Z95 = NormalDist().inv_cdf(0.975)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for the proportion ``k / n``; ``(nan, nan)`` when ``n == 0``."""
    if n <= 0:
        return (math.nan, math.nan)
    if not 0 <= k <= n:
        raise ValueError(f"k must be between 0 and n={n}, got {k}")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


def newcombe_diff(k1: int, n1: int, k2: int, n2: int) -> tuple[float, float, float]:
    """Difference ``k1/n1 - k2/n2`` with Newcombe's hybrid score 95% interval.

    Returns ``(difference, low, high)``; NaNs when either group is empty.

    Examples
    --------
    >>> d, lo, hi = newcombe_diff(8, 10, 2, 10)
    >>> round(d, 2), round(lo, 3), round(hi, 3)
    (0.6, 0.162, 0.803)
    """
    if n1 <= 0 or n2 <= 0:
        return (math.nan, math.nan, math.nan)
    p1, p2 = k1 / n1, k2 / n2
    l1, u1 = wilson(k1, n1)
    l2, u2 = wilson(k2, n2)
    d = p1 - p2
    lo = d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    hi = d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return (d, lo, hi)


def _betacf(a: float, b: float, x: float) -> float:
    # Continued fraction of the incomplete beta function (modified Lentz).
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-14:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def _t_cdf(t: float, df: float) -> float:
    tail = 0.5 * _betainc(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """Quantile of Student's t distribution with ``df`` degrees of freedom (``0.5 < p < 1``)."""
    if not 0.5 < p < 1:
        raise ValueError(f"p must be between 0.5 and 1, got {p}")
    if df <= 0:
        raise ValueError(f"df must be positive, got {df}")
    lo, hi = 0.0, 1.0
    while _t_cdf(hi, df) < p:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        if _t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-10:
            break
    return (lo + hi) / 2


def _mean_var(xs) -> tuple[float, float]:
    n = len(xs)
    m = sum(xs) / n
    v = sum((x - m) ** 2 for x in xs) / (n - 1) if n > 1 else math.nan
    return m, v


def mean_ci(xs) -> tuple[float, float, float]:
    """Mean of ``xs`` with a Student t 95% interval: ``(mean, low, high)`` (NaN limits below 2 values)."""
    xs = [float(x) for x in xs]
    if not xs:
        return (math.nan, math.nan, math.nan)
    m, v = _mean_var(xs)
    if len(xs) < 2:
        return (m, math.nan, math.nan)
    half = t_quantile(0.975, len(xs) - 1) * math.sqrt(v / len(xs))
    return (m, m - half, m + half)


def welch_diff(xs, ys) -> tuple[float, float, float]:
    """``mean(ys) - mean(xs)`` with Welch's 95% t interval: ``(difference, low, high)``.

    Needs at least two values in each group (else NaN limits). When both groups have
    no spread at all the interval is the single point.

    Examples
    --------
    >>> d, lo, hi = welch_diff([1, 2, 3], [4, 6, 8])
    >>> round(d, 3), round(lo, 3), round(hi, 3)
    (4.0, -0.155, 8.155)
    """
    xs, ys = [float(x) for x in xs], [float(y) for y in ys]
    if not xs or not ys:
        return (math.nan, math.nan, math.nan)
    mx, vx = _mean_var(xs)
    my, vy = _mean_var(ys)
    d = my - mx
    if len(xs) < 2 or len(ys) < 2:
        return (d, math.nan, math.nan)
    a, b = vx / len(xs), vy / len(ys)
    se2 = a + b
    if se2 == 0:
        return (d, d, d)
    df = se2 ** 2 / ((a ** 2 / (len(xs) - 1) if a else 0) + (b ** 2 / (len(ys) - 1) if b else 0))
    half = t_quantile(0.975, df) * math.sqrt(se2)
    return (d, d - half, d + half)


def median(xs) -> float:
    """The median of ``xs`` (NaN when empty)."""
    s = sorted(float(x) for x in xs)
    n = len(s)
    if n == 0:
        return math.nan
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def median_ci(xs) -> tuple[float, float, float]:
    """Median with a distribution-free interval of at least 95% coverage: ``(median, low, high)``.

    The limits are the order statistics ``x_(k)`` and ``x_(n-k+1)`` (1-based) with the
    largest ``k`` such that ``P(Binomial(n, 1/2) <= k - 1) <= 0.025``. Fewer than six
    values give NaN limits (no such ``k`` exists).

    Examples
    --------
    >>> median_ci([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    (5.5, 2.0, 9.0)
    """
    s = sorted(float(x) for x in xs)
    n = len(s)
    m = median(s)
    k, cum = 0, 0.0
    # cum = P(B <= j - 1) for j = k + 1
    for j in range(1, n + 1):
        cum += math.comb(n, j - 1) / 2 ** n
        if cum <= 0.025:
            k = j
        else:
            break
    if k == 0:
        return (m, math.nan, math.nan)
    return (m, s[k - 1], s[n - k])


def pearson_r(xs, ys) -> float:
    """Pearson correlation of two equal-length sequences (NaN when either has no spread)."""
    xs, ys = [float(x) for x in xs], [float(y) for y in ys]
    n = len(xs)
    if n != len(ys):
        raise ValueError("xs and ys must have the same length")
    if n < 2:
        return math.nan
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return math.nan
    return sxy / math.sqrt(sxx * syy)


def fisher_r_ci(r: float, n: int) -> tuple[float, float]:
    """Fisher z 95% interval of a correlation ``r`` from ``n`` pairs (NaN below 4 pairs).

    Examples
    --------
    >>> lo, hi = fisher_r_ci(0.5, 28)
    >>> round(lo, 3), round(hi, 3)
    (0.156, 0.736)
    """
    if n < 4 or math.isnan(r):
        return (math.nan, math.nan)
    r = max(min(r, 0.999999), -0.999999)
    z, se = math.atanh(r), 1 / math.sqrt(n - 3)
    return (math.tanh(z - Z95 * se), math.tanh(z + Z95 * se))
