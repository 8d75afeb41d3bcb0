"""Service recovery and fairness: a justice profile of a recovery, a satisfaction index, a paradox check.

Customers judge how a complaint was handled on three kinds of fairness
(Tax, Brown & Chandrashekaran, 1998): the **outcome** they got (distributive
justice), the **procedure** that produced it (procedural justice) and the
**treatment** on the way (interactional justice). This module turns the
concrete features of a recovery into a profile on those three dimensions, each
scored from 0 to 1, and combines them into a single index.

Read it as a teaching device, not a measurement:

* the scoring rules (compensation relative to the loss, speed, voice,
  flexibility, apology, explanation, courtesy) are the course's, chosen so
  that each feature moves one dimension; no paper publishes them;
* :func:`satisfaction_index` weights the dimensions by **rank** only. Orsingher,
  Valentini & de Angelis (2010) report, across 60 studies, that satisfaction
  with complaint handling goes with distributive justice most, interactional
  justice next and procedural justice least; the weights 3:2:1 keep that order
  and nothing more (the course could not read the paper's mean correlations,
  so it does not turn them into weights). Those are associations across
  studies, not the effect of moving one feature;
* :func:`paradox_check` says when a recovery *could* leave satisfaction above
  the no-failure baseline, and where the evidence stops: de Matos, Henrique &
  Rossi (2007) find the service-recovery paradox on satisfaction on average,
  but not on repurchase intention, word of mouth or corporate image, and
  Maxham & Netemeyer (2002) saw no paradox after a second failure.

Examples
--------
>>> p = justice_profile(compensation=150, loss=300, response_hours=2, voice=True, flexibility=False,
...                     apology=True, explanation=True, courtesy=True)
>>> {k: round(v, 2) for k, v in p.items()}
{'distributive': 0.5, 'procedural': 0.64, 'interactional': 1.0}
>>> round(satisfaction_index(p), 3)
0.69
>>> paradox_check(0.9, 0.8, outcome="repurchase")["verdict"]
'not_supported'
"""

from __future__ import annotations

from typing import Mapping

from ._validation import check_finite_scalar, check_nonnegative, check_positive

__all__ = [
    "ACTIONS",
    "DIMENSIONS",
    "EQUAL_WEIGHTS",
    "OUTCOMES",
    "RANK_WEIGHTS",
    "SPEED_HALF_HOURS",
    "VERDICTS",
    "classify_action",
    "justice_profile",
    "paradox_check",
    "satisfaction_index",
]

#: The three justice dimensions of a recovery (Tax, Brown & Chandrashekaran, 1998).
DIMENSIONS = ("distributive", "procedural", "interactional")

#: Recovery actions and the dimension each mainly serves (the course's teaching table).
ACTIONS = {
    "refund": "distributive",
    "replacement": "distributive",
    "voucher": "distributive",
    "discount": "distributive",
    "upgrade": "distributive",
    "quick_response": "procedural",
    "voice": "procedural",
    "flexibility": "procedural",
    "single_contact": "procedural",
    "clear_steps": "procedural",
    "follow_up": "procedural",
    "apology": "interactional",
    "explanation": "interactional",
    "courtesy": "interactional",
    "empathy": "interactional",
    "effort": "interactional",
}

#: Rank weights (3:2:1): the order Orsingher et al. (2010) report, not their effect sizes
#: (findings ``ova10_order_distributive_first``).
RANK_WEIGHTS = {"distributive": 3 / 6, "interactional": 2 / 6, "procedural": 1 / 6}
#: Equal weights: the index with no claim about which dimension matters most.
EQUAL_WEIGHTS = {d: 1 / 3 for d in DIMENSIONS}

#: Hours after which speed counts half (a teaching choice: a reply within the day is fast).
SPEED_HALF_HOURS = 24.0

#: Outcomes the paradox meta-analysis looked at (de Matos, Henrique & Rossi, 2007).
OUTCOMES = ("satisfaction", "repurchase", "word_of_mouth", "image")
#: What :func:`paradox_check` can answer.
VERDICTS = ("paradox_possible", "below_baseline", "not_supported")


def classify_action(action: str) -> str:
    """The justice dimension a recovery action mainly serves.

    Parameters
    ----------
    action : str
        One of the keys of :data:`ACTIONS` (e.g. ``"voucher"``, ``"voice"``,
        ``"apology"``); case and surrounding spaces are ignored.

    Returns
    -------
    str
        ``"distributive"``, ``"procedural"`` or ``"interactional"``.

    Raises
    ------
    TypeError
        If ``action`` is not a str.
    ValueError
        If the action is not in the table (the message lists the known ones).

    Examples
    --------
    >>> classify_action("Voucher"), classify_action("voice"), classify_action("explanation")
    ('distributive', 'procedural', 'interactional')
    """
    if not isinstance(action, str):
        raise TypeError(f"action must be a str such as 'voucher', got {type(action).__name__}")
    key = action.strip().lower()
    if key not in ACTIONS:
        raise ValueError(f"unknown recovery action {action!r}; known actions: {', '.join(sorted(ACTIONS))}")
    return ACTIONS[key]


def _flag(x, name: str) -> float:
    """A feature given as True/False or as a degree from 0 to 1."""
    if isinstance(x, bool):
        return 1.0 if x else 0.0
    value = check_finite_scalar(x, name)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must be True/False or a degree from 0 to 1, got {x!r}")
    return value


def justice_profile(compensation: float, loss: float, response_hours: float, *, voice=False, flexibility=False,
                    apology=False, explanation=False, courtesy=False,
                    half_hours: float = SPEED_HALF_HOURS) -> dict:
    """Score a recovery on the three justice dimensions, each from 0 to 1.

    Parameters
    ----------
    compensation : float
        What the customer gets back (refund, voucher, replacement), in the
        same unit as ``loss``; 0 or more.
    loss : float
        What the failure cost the customer, in money or its equivalent; above 0.
    response_hours : float
        Hours from the complaint to the remedy; 0 or more.
    voice, flexibility : bool or float
        Did the customer get to tell their story and have it heard (voice)?
        Did staff adapt the rule to the case (flexibility)? True/False or a
        degree from 0 to 1.
    apology, explanation, courtesy : bool or float
        A real apology, an honest account of what went wrong, polite and
        respectful treatment. True/False or a degree from 0 to 1.
    half_hours : float
        Hours after which speed counts half (default :data:`SPEED_HALF_HOURS`).

    Returns
    -------
    dict
        ``{"distributive": d, "procedural": p, "interactional": i}`` where

        * ``d = min(compensation / loss, 1)``: the loss made good counts as
          fully fair; more than the loss adds nothing here (Smith, Bolton &
          Wagner, 1999, found customers prefer amounts *commensurate* with the
          failure; what over-compensation does is another question);
        * ``p`` is the mean of speed ``half_hours / (half_hours + response_hours)``,
          voice and flexibility;
        * ``i`` is the mean of apology, explanation and courtesy.

        These rules are the course's teaching device, not published estimates.

    Raises
    ------
    TypeError, ValueError
        For non-numbers, a loss that is not above 0, negative compensation or
        hours, or a feature outside 0 to 1.

    Examples
    --------
    >>> justice_profile(0, 100, 0)                       # fast, but nothing else
    {'distributive': 0.0, 'procedural': 0.3333333333333333, 'interactional': 0.0}
    >>> justice_profile(400, 200, 24, voice=1, flexibility=1)["distributive"]   # capped at the loss
    1.0
    """
    compensation = check_nonnegative(compensation, "compensation")
    loss = check_positive(loss, "loss")
    hours = check_nonnegative(response_hours, "response_hours")
    half = check_positive(half_hours, "half_hours")
    speed = half / (half + hours)
    procedural = (speed + _flag(voice, "voice") + _flag(flexibility, "flexibility")) / 3
    interactional = (_flag(apology, "apology") + _flag(explanation, "explanation") + _flag(courtesy, "courtesy")) / 3
    return {"distributive": min(compensation / loss, 1.0), "procedural": procedural, "interactional": interactional}


def _weights(weights) -> dict:
    if weights is None:
        return dict(RANK_WEIGHTS)
    if not isinstance(weights, Mapping):
        raise TypeError(f"weights must be a dict over {DIMENSIONS}, got {type(weights).__name__}")
    if sorted(weights) != sorted(DIMENSIONS):
        raise ValueError(f"weights must have exactly the keys {DIMENSIONS}, got {sorted(weights)}")
    w = {d: check_nonnegative(weights[d], f"weights[{d!r}]") for d in DIMENSIONS}
    total = sum(w.values())
    if total <= 0:
        raise ValueError("weights must not all be 0")
    return {d: v / total for d, v in w.items()}


def satisfaction_index(profile: Mapping, weights: Mapping | None = None) -> float:
    """A weighted mean of a justice profile, from 0 to 1: a teaching index, not a causal formula.

    Parameters
    ----------
    profile : dict
        A profile as :func:`justice_profile` returns it (each score from 0 to 1).
    weights : dict, optional
        Non-negative weights over :data:`DIMENSIONS` (normalised to sum to 1).
        Default :data:`RANK_WEIGHTS` (3:2:1, distributive > interactional >
        procedural): the *order* of the associations Orsingher et al. (2010)
        report, not their size. :data:`EQUAL_WEIGHTS` makes no claim about order.

    Returns
    -------
    float
        The index. Across studies, satisfaction goes with the dimensions in this
        order; the index does not say how much satisfaction moves when one
        feature changes in one shop.

    Raises
    ------
    TypeError, ValueError
        If the profile or the weights lack a dimension, or a score is outside 0 to 1.

    Examples
    --------
    >>> p = {"distributive": 1.0, "procedural": 0.0, "interactional": 0.0}
    >>> satisfaction_index(p), round(satisfaction_index(p, EQUAL_WEIGHTS), 4)
    (0.5, 0.3333)
    """
    if not isinstance(profile, Mapping):
        raise TypeError(f"profile must be a dict over {DIMENSIONS}, got {type(profile).__name__}")
    missing = [d for d in DIMENSIONS if d not in profile]
    if missing:
        raise ValueError(f"profile lacks {missing}; give a score from 0 to 1 for each of {DIMENSIONS}")
    w = _weights(weights)
    total = 0.0
    for d in DIMENSIONS:
        score = check_finite_scalar(profile[d], f"profile[{d!r}]")
        if not 0.0 <= score <= 1.0:
            raise ValueError(f"profile[{d!r}] must lie between 0 and 1, got {score}")
        total += w[d] * score
    return float(total)


def paradox_check(after_recovery: float, baseline: float, *, outcome: str = "satisfaction",
                  failures: int = 1) -> dict:
    """Could this recovery leave the customer above the no-failure baseline, and does the evidence back it?

    Parameters
    ----------
    after_recovery : float
        Satisfaction after the failure and its recovery (e.g. a
        :func:`satisfaction_index`), 0 to 1.
    baseline : float
        Satisfaction the same customer would have had with no failure, 0 to 1.
    outcome : str
        What the manager hopes to raise: one of :data:`OUTCOMES`
        (``"satisfaction"``, ``"repurchase"``, ``"word_of_mouth"``, ``"image"``).
    failures : int
        Failures this customer has had with the firm (1 = the first).

    Returns
    -------
    dict
        ``verdict``: ``"paradox_possible"`` (above baseline, and the outcome is
        satisfaction after a first failure: de Matos et al., 2007, find a
        positive mean effect there, with study design, student samples and
        service type moderating it); ``"below_baseline"`` (the recovery does not
        lift the customer above the baseline); ``"not_supported"`` (above
        baseline on this index, but the evidence does not back a paradox for
        this outcome, or after a second failure: Maxham & Netemeyer, 2002).
        Also ``gap`` (``after_recovery - baseline``), ``outcome`` and ``failures``.

    Raises
    ------
    TypeError, ValueError
        For scores outside 0 to 1, an unknown outcome or fewer than 1 failure.

    Examples
    --------
    >>> paradox_check(0.9, 0.8)["verdict"]
    'paradox_possible'
    >>> paradox_check(0.9, 0.8, failures=2)["verdict"], paradox_check(0.6, 0.8)["verdict"]
    ('not_supported', 'below_baseline')
    """
    after = check_finite_scalar(after_recovery, "after_recovery")
    base = check_finite_scalar(baseline, "baseline")
    for name, value in (("after_recovery", after), ("baseline", base)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must lie between 0 and 1, got {value}")
    if not isinstance(outcome, str) or outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}, got {outcome!r}")
    if isinstance(failures, bool) or not isinstance(failures, int) or failures < 1:
        raise ValueError(f"failures must be a whole number of at least 1, got {failures!r}")
    gap = after - base
    if gap <= 0:
        verdict = "below_baseline"
    elif outcome == "satisfaction" and failures == 1:
        verdict = "paradox_possible"
    else:
        verdict = "not_supported"
    return {"verdict": verdict, "gap": gap, "outcome": outcome, "failures": failures}
