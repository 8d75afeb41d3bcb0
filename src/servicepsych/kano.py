"""The Kano model: classify a service attribute from a pair of answers, and Berger et al.'s coefficients.

Kano, Seraku, Takahashi & Tsuji (1984) asked customers two questions about each
attribute of a product or service: how they would feel if it were present
(the *functional* question) and how they would feel if it were absent (the
*dysfunctional* question). Each is answered with one of five options, here
written ``"like"``, ``"must-be"`` ("I expect it"), ``"neutral"``,
``"live-with"`` ("I can tolerate it") and ``"dislike"``. The pair of answers is
looked up in the **Kano evaluation table** (as given by Berger et al., 1993, and
Matzler & Hinterhuber, 1998), which gives one of six categories:

* ``"attractive"`` (A): pleases when present, not missed when absent;
* ``"one-dimensional"`` (O): the more the better, its absence displeases;
* ``"must-be"`` (M): taken for granted when present, its absence displeases;
* ``"indifferent"`` (I): customers do not care either way;
* ``"reverse"`` (R): customers would rather *not* have it;
* ``"questionable"`` (Q): a contradictory pair (e.g. "like" both present and
  absent): the question was misread or the answer is careless.

Over many respondents, Berger et al. (1993) summarise an attribute with two
coefficients: ``better = (A + O) / (A + O + M + I)``, how much satisfaction its
presence can bring, and ``worse = -(O + M) / (A + O + M + I)``, how much
dissatisfaction its absence can cause (negative by convention). Reverse and
questionable answers are left out.

The category of an attribute is an empirical result for one group of customers
at one time, not a property of the attribute: Kano's own point is that
attractive attributes tend to become one-dimensional and then must-be as
customers get used to them.

Examples
--------
>>> classify("like", "neutral")
'attractive'
>>> classify("neutral", "dislike")
'must-be'
>>> answers = ["attractive"] * 12 + ["one-dimensional"] * 8 + ["must-be"] * 4 + ["indifferent"] * 16
>>> coefficients(answers)
(0.5, -0.3)
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Mapping

__all__ = [
    "ANSWERS",
    "CATEGORIES",
    "EVALUATION_TABLE",
    "classify",
    "coefficients",
    "coefficients_from_counts",
    "count_categories",
    "shares",
]

#: The five answer options, in the order of the evaluation table's rows and columns.
ANSWERS = ("like", "must-be", "neutral", "live-with", "dislike")

#: The six results of the evaluation table.
CATEGORIES = ("attractive", "one-dimensional", "must-be", "indifferent", "reverse", "questionable")

_SHORT = {"A": "attractive", "O": "one-dimensional", "M": "must-be", "I": "indifferent", "R": "reverse",
          "Q": "questionable"}

# Rows: functional answer (attribute present); columns: dysfunctional answer (attribute absent),
# both in the order of ANSWERS. Berger et al. (1993); Matzler & Hinterhuber (1998).
_ROWS = {
    "like":      "QAAAO",
    "must-be":   "RIIIM",
    "neutral":   "RIIIM",
    "live-with": "RIIIM",
    "dislike":   "RRRRQ",
}

#: ``{(functional, dysfunctional): category}`` for all 25 answer pairs.
EVALUATION_TABLE = {(f, d): _SHORT[code] for f, row in _ROWS.items() for d, code in zip(ANSWERS, row)}

_COUNTED = ("attractive", "one-dimensional", "must-be", "indifferent")


def _answer(value, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {', '.join(map(repr, ANSWERS))} (a str), "
                        f"not {type(value).__name__} {value!r}")
    norm = value.strip().lower().replace("_", "-").replace(" ", "-")
    if norm not in ANSWERS:
        raise ValueError(f"{name} {value!r} is not a Kano answer: use one of {', '.join(map(repr, ANSWERS))}")
    return norm


def _category(value) -> str:
    if not isinstance(value, str):
        raise TypeError(f"a Kano category must be a str, one of {', '.join(map(repr, CATEGORIES))}; "
                        f"got {type(value).__name__} {value!r}")
    norm = value.strip().lower().replace("_", "-").replace(" ", "-")
    if norm not in CATEGORIES:
        raise ValueError(f"{value!r} is not a Kano category: use one of {', '.join(map(repr, CATEGORIES))}")
    return norm


def classify(functional: str, dysfunctional: str) -> str:
    """The Kano category of one respondent's pair of answers.

    Parameters
    ----------
    functional : str
        The answer when the attribute is present: one of :data:`ANSWERS`.
    dysfunctional : str
        The answer when the attribute is absent: one of :data:`ANSWERS`.
        Case, surrounding spaces and ``_`` for ``-`` are forgiven.

    Returns
    -------
    str
        One of :data:`CATEGORIES`, looked up in :data:`EVALUATION_TABLE`.

    Raises
    ------
    TypeError
        If an answer is not a str.
    ValueError
        If an answer is not one of the five options.

    Examples
    --------
    >>> classify("like", "dislike")
    'one-dimensional'
    >>> classify("Must-be", "live_with")
    'indifferent'
    >>> classify("dislike", "like")
    'reverse'
    >>> classify("like", "like")
    'questionable'
    >>> classify("love", "dislike")
    Traceback (most recent call last):
    ...
    ValueError: functional 'love' is not a Kano answer: use one of 'like', 'must-be', 'neutral', 'live-with', 'dislike'
    """
    return EVALUATION_TABLE[(_answer(functional, "functional"), _answer(dysfunctional, "dysfunctional"))]


def count_categories(categories: Iterable[str]) -> dict:
    """How often each category occurs: ``{category: count}`` for all six, in :data:`CATEGORIES` order.

    Raises
    ------
    TypeError, ValueError
        For a bare string (give a list of names), a non-str item or an unknown name.

    Examples
    --------
    >>> count_categories(["attractive", "must-be", "Attractive"])["attractive"]
    2
    """
    if isinstance(categories, (str, bytes)) or isinstance(categories, Mapping):
        raise TypeError("categories must be a sequence of category names such as ['attractive', 'must-be'], "
                        "not a single str or a dict (use coefficients_from_counts for counts)")
    try:
        items = list(categories)
    except TypeError:
        raise TypeError(f"categories must be a sequence of category names, not {type(categories).__name__}") \
            from None
    tally = Counter(_category(c) for c in items)
    return {c: tally.get(c, 0) for c in CATEGORIES}


def coefficients_from_counts(counts: Mapping[str, int]) -> tuple:
    """Berger et al.'s ``(better, worse)`` from counts per category (missing categories count 0).

    Parameters
    ----------
    counts : mapping
        ``{category: count}``; keys among :data:`CATEGORIES`, values whole numbers ≥ 0.

    Returns
    -------
    tuple of float
        ``better`` in [0, 1] and ``worse`` in [-1, 0].

    Raises
    ------
    ValueError
        If no attractive, one-dimensional, must-be or indifferent answer is counted.

    Examples
    --------
    >>> coefficients_from_counts({"attractive": 3, "must-be": 1})
    (0.75, -0.25)
    """
    if not isinstance(counts, Mapping):
        raise TypeError(f"counts must be a dict {{category: count}}, not {type(counts).__name__}")
    n = {c: 0 for c in CATEGORIES}
    for key, value in counts.items():
        if isinstance(value, bool) or not isinstance(value, int) and not (
                isinstance(value, float) and value.is_integer()):
            raise TypeError(f"the count of {key!r} must be a whole number, not {value!r}")
        if value < 0:
            raise ValueError(f"the count of {key!r} must be 0 or more, not {value!r}")
        n[_category(key)] += int(value)
    total = sum(n[c] for c in _COUNTED)
    if total == 0:
        raise ValueError("no attractive, one-dimensional, must-be or indifferent answer to compute better and "
                         "worse from (reverse and questionable answers are left out)")
    better = (n["attractive"] + n["one-dimensional"]) / total
    worse = -(n["one-dimensional"] + n["must-be"]) / total
    return (better, worse + 0.0)  # + 0.0 turns -0.0 into 0.0


def coefficients(categories: Iterable[str]) -> tuple:
    """Berger et al.'s (1993) satisfaction coefficients ``(better, worse)`` of one attribute.

    ``better = (A + O) / (A + O + M + I)`` and ``worse = -(O + M) / (A + O + M + I)``,
    where A, O, M and I count the respondents whose answer pair was attractive,
    one-dimensional, must-be and indifferent. Reverse and questionable answers
    are left out.

    Parameters
    ----------
    categories : sequence of str
        One category per respondent (from :func:`classify`), each one of :data:`CATEGORIES`.

    Returns
    -------
    tuple of float
        ``(better, worse)``: better in [0, 1], worse in [-1, 0] (negative: the
        dissatisfaction the attribute's absence can cause).

    Raises
    ------
    TypeError
        For a bare str, a dict, or a non-str item.
    ValueError
        For an empty sequence, an unknown category name, or only reverse and
        questionable answers.

    Examples
    --------
    >>> coefficients(["attractive", "attractive", "one-dimensional", "indifferent", "reverse"])
    (0.75, -0.25)
    >>> coefficients([])
    Traceback (most recent call last):
    ...
    ValueError: categories is empty: give one category per respondent
    """
    counts = count_categories(categories)
    if sum(counts.values()) == 0:
        raise ValueError("categories is empty: give one category per respondent")
    return coefficients_from_counts(counts)


def shares(categories_or_counts) -> dict:
    """Share of each category among all answers (reverse and questionable included), summing to 1.

    Accepts a sequence of category names or a ``{category: count}`` mapping.

    Examples
    --------
    >>> shares({"attractive": 1, "reverse": 1})["attractive"]
    0.5
    """
    if isinstance(categories_or_counts, Mapping):
        counts = {c: 0 for c in CATEGORIES}
        for key, value in categories_or_counts.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"the count of {key!r} must be a number ≥ 0, not {value!r}")
            counts[_category(key)] += value
    else:
        counts = count_categories(categories_or_counts)
    total = sum(counts.values())
    if total == 0:
        raise ValueError("no answers: give at least one category")
    return {c: counts[c] / total for c in CATEGORIES}
