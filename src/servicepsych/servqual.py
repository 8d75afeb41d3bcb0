"""SERVQUAL gap scores: perception minus expectation on five dimensions, optionally weighted.

Parasuraman, Zeithaml & Berry (1988) measured service quality as the gap
between what customers expect of a service and what they perceive they got,
on five dimensions: **tangibles** (facilities, equipment, the look of staff
and materials), **reliability** (doing what was promised, dependably and
accurately), **responsiveness** (willingness to help, prompt service),
**assurance** (knowledge and courtesy that inspire trust) and **empathy**
(caring, individual attention). A negative gap means the service falls short
of expectations on that dimension.

This module computes the gaps from ratings the user supplies (any rating
scale, the same one for expectations and perceptions), weights them by
importance if asked, and names the largest shortfall. It does **not** contain
the SERVQUAL questionnaire: the published 22 items are not reproduced here;
:data:`ILLUSTRATIVE_ITEMS` are the course's own example statements for a
property-management office.

Two critiques matter when you read the numbers: Cronin & Taylor (1992) argued
that perceptions alone (SERVPERF) predict as well as the difference score, and
Buttle (1996) reviews objections to the difference score, to the meaning of
"expectation" and to whether the five dimensions hold across industries.

Examples
--------
>>> e = {"tangibles": 5.0, "reliability": 6.5, "responsiveness": 6.0, "assurance": 6.0, "empathy": 5.5}
>>> p = {"tangibles": 5.5, "reliability": 4.5, "responsiveness": 4.0, "assurance": 5.5, "empathy": 5.0}
>>> gap_scores(p, e)["reliability"]
-2.0
>>> largest_shortfall(p, e)
'reliability'
>>> largest_shortfall(p, e, weights={"tangibles": 10, "reliability": 20, "responsiveness": 40,
...                                  "assurance": 15, "empathy": 15})
'responsiveness'
"""

from __future__ import annotations

import math
from numbers import Real
from typing import Mapping

__all__ = ["DIMENSIONS", "ILLUSTRATIVE_ITEMS", "gap_scores", "largest_shortfall", "weighted_gaps"]

#: The five SERVQUAL dimensions (Parasuraman, Zeithaml & Berry, 1988).
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")

#: The course's own example statements for a property-management office (NOT the SERVQUAL items).
ILLUSTRATIVE_ITEMS = {
    "tangibles": ("The lobby, lifts and corridors are clean and well lit.",
                  "Staff at the service desk wear a clear name badge."),
    "reliability": ("A repair booked for a time slot is done in that slot.",
                    "The monthly fee statement is correct the first time."),
    "responsiveness": ("A call about a leak is answered within a few minutes.",
                       "Staff tell residents exactly when a job will be done."),
    "assurance": ("The maintenance staff know how to fix what they are sent to fix.",
                  "Residents feel safe letting staff into their flat."),
    "empathy": ("Staff remember a resident's earlier problems.",
                "Office hours suit residents who work during the day."),
}


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{what} must be a number, not {type(value).__name__} {value!r}")
    x = float(value)
    if not math.isfinite(x):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return x


def _rating(value, what: str) -> float:
    """A rating, or the mean of a non-empty sequence of item ratings."""
    if isinstance(value, (list, tuple)):
        if not value:
            raise ValueError(f"{what} has no item ratings: give at least one")
        return sum(_number(v, what) for v in value) / len(value)
    return _number(value, what)


def _ratings(ratings, name: str) -> dict:
    if not isinstance(ratings, Mapping):
        raise TypeError(f"{name} must be a dict {{dimension: rating}}, not {type(ratings).__name__}")
    keys = {str(k).strip().lower() if isinstance(k, str) else k: v for k, v in ratings.items()}
    unknown = [k for k in keys if k not in DIMENSIONS]
    if unknown:
        raise ValueError(f"{name}: unknown dimension(s) {unknown!r}; use {', '.join(DIMENSIONS)}")
    missing = [d for d in DIMENSIONS if d not in keys]
    if missing:
        raise ValueError(f"{name}: missing dimension(s) {', '.join(missing)}")
    return {d: _rating(keys[d], f"{name}[{d!r}]") for d in DIMENSIONS}


def gap_scores(perceptions: Mapping, expectations: Mapping) -> dict:
    """Perception minus expectation on each of the five dimensions.

    Parameters
    ----------
    perceptions, expectations : dict
        ``{dimension: rating}`` for all of :data:`DIMENSIONS`; a rating is a number or
        a list of item ratings (their mean is used). Same scale for both.

    Returns
    -------
    dict
        ``{dimension: perception - expectation}``: negative = short of expectations.

    Raises
    ------
    TypeError, ValueError
        For a missing or unknown dimension, a non-number, NaN, or an empty item list.

    Examples
    --------
    >>> g = gap_scores({d: 5 for d in DIMENSIONS}, {**{d: 5 for d in DIMENSIONS}, "empathy": [6, 7]})
    >>> g["empathy"], g["tangibles"]
    (-1.5, 0.0)
    """
    p = _ratings(perceptions, "perceptions")
    e = _ratings(expectations, "expectations")
    return {d: p[d] - e[d] for d in DIMENSIONS}


def weighted_gaps(perceptions: Mapping, expectations: Mapping, weights: Mapping | None = None) -> dict:
    """Each dimension's gap times its importance weight (weights rescaled to sum to 1).

    Parameters
    ----------
    perceptions, expectations : dict
        As in :func:`gap_scores`.
    weights : dict, optional
        ``{dimension: importance}`` (e.g. points out of 100 that customers gave each
        dimension), numbers ≥ 0 not all zero. Default: equal weights.

    Returns
    -------
    dict
        ``{"gaps": ..., "weights": ..., "weighted": ..., "overall": float}``;
        ``overall`` is the sum of the weighted gaps (a weighted mean gap).

    Examples
    --------
    >>> r = weighted_gaps({d: 4 for d in DIMENSIONS}, {d: 6 for d in DIMENSIONS})
    >>> round(r["overall"], 6), round(r["weighted"]["empathy"], 6)
    (-2.0, -0.4)
    """
    gaps = gap_scores(perceptions, expectations)
    if weights is None:
        w = {d: 1.0 for d in DIMENSIONS}
    else:
        w = _ratings(weights, "weights")
        if any(v < 0 for v in w.values()):
            raise ValueError("weights must be 0 or more")
    total = sum(w.values())
    if total <= 0:
        raise ValueError("weights must not all be zero")
    w = {d: v / total for d, v in w.items()}
    weighted = {d: gaps[d] * w[d] for d in DIMENSIONS}
    return {"gaps": gaps, "weights": w, "weighted": weighted, "overall": sum(weighted.values())}


def largest_shortfall(perceptions: Mapping, expectations: Mapping, weights: Mapping | None = None):
    """The dimension with the most negative (weighted) gap, or ``None`` if no gap is negative.

    Ties go to the dimension listed first in :data:`DIMENSIONS`.

    Examples
    --------
    >>> largest_shortfall({d: 6 for d in DIMENSIONS}, {d: 5 for d in DIMENSIONS}) is None
    True
    """
    weighted = weighted_gaps(perceptions, expectations, weights)["weighted"]
    worst = min(DIMENSIONS, key=lambda d: weighted[d])
    return worst if weighted[worst] < 0 else None
