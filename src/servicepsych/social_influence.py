"""Social influence in service: norms on a card, gifts with the bill, requests in sequence, and the line
where influence becomes manipulation.

Four small models, each a lookup of what was *reported*, never a slope to turn:

* :func:`card_reuse` gives the published towel-reuse rate for a hotel card described by its **norm type**
  (``"environmental"`` appeal or ``"descriptive"`` norm) and **reference group** (Goldstein, Cialdini &
  Griskevicius 2008), or ``None`` where no figure was published (or none the course could check);
  :func:`reference_setting` says how close a reference group is to the reader's own setting, and
  :func:`compare_cards` puts two cards side by side.
* :func:`tip_rate` and :func:`tip_difference` give the mean tips Strohmetz, Rind, Fisher & Lynn (2002)
  reported for sweets given with the bill: differences between conditions of one experiment.
* :func:`compliance_rate` gives Freedman & Fraser's (1966) agreement rates with and without a small first
  request.
* :func:`classify_tactic` applies the course's three questions (true information? in the customer's
  interest? free to refuse?) to a tactic. The questions are the course's **ethics**, not a finding.

Examples
--------
>>> card_reuse("descriptive", "hotel_guests", experiment=1)
44.1
>>> card_reuse("descriptive", "citizens", experiment=2) is None
True
>>> round(tip_difference("one", experiment=1), 1)
2.7
>>> classify_tactic(true_information=True, customer_interest=True, free_to_refuse=False).label
'manipulation'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "NORM_TYPES", "REFERENCE_GROUPS", "TIP_CONDITIONS", "TacticVerdict", "card_reuse", "classify_tactic",
    "compare_cards", "compliance_rate", "reference_setting", "tip_difference", "tip_rate",
]

#: How a towel card argues: an appeal to the environment, or what other people do (a descriptive norm).
NORM_TYPES = ("environmental", "descriptive")
#: Whose behaviour a descriptive card reports (``"none"`` for an environmental card).
REFERENCE_GROUPS = ("none", "hotel_guests", "same_room", "citizens", "gender")

# (experiment, norm, group) -> (finding key, value). Values repeat the findings rows so the model works
# without importing the findings table; tests check that the two agree.
_CARDS = {
    (1, "environmental", "none"): ("gcg08_exp1_standard", 35.1),
    (1, "descriptive", "hotel_guests"): ("gcg08_exp1_descriptive", 44.1),
    (2, "environmental", "none"): ("gcg08_exp2_standard", 37.0),
    (2, "descriptive", "same_room"): ("gcg08_exp2_same_room", 49.0),
}
#: Cards run in each experiment, whether or not the course quotes a figure for them.
_TESTED = {
    1: {("environmental", "none"), ("descriptive", "hotel_guests")},
    2: {("environmental", "none"), ("descriptive", "hotel_guests"), ("descriptive", "same_room"),
        ("descriptive", "citizens"), ("descriptive", "gender")},
}
_SETTING = {"none": "no group", "citizens": "outside the setting", "gender": "outside the setting",
            "hotel_guests": "same hotel", "same_room": "same room"}

#: Conditions of the sweets-with-the-bill experiments.
TIP_CONDITIONS = ("none", "one", "two", "one_plus_one")
_TIPS = {
    1: {"none": ("srfl02_exp1_none", 15.1), "one": ("srfl02_exp1_one", 17.8)},
    2: {"none": ("srfl02_exp2_none", 19.0), "one": ("srfl02_exp2_one", 19.6), "two": ("srfl02_exp2_two", 21.6),
        "one_plus_one": ("srfl02_exp2_one_plus_one", 23.0)},
}
_COMPLIANCE = {
    1: {"small_first": ("ff66_exp1_small_first", 52.8), "large_only": ("ff66_exp1_large_only", 22.2)},
    2: {"small_first": ("ff66_exp2_small_first", 76.0), "large_only": ("ff66_exp2_large_only", 17.0)},
}


def _pick(value, name, allowed):
    if type(value) is not str:
        raise TypeError(f"{name} must be a str, one of {', '.join(map(repr, allowed))}; got {type(value).__name__}")
    key = value.strip().lower()
    if key not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, not {value!r}")
    return key


def _experiment(experiment, allowed):
    if type(experiment) is not int:
        raise TypeError(f"experiment must be an int ({', '.join(map(str, allowed))}); got {type(experiment).__name__}")
    if experiment not in allowed:
        raise ValueError(f"experiment must be one of {', '.join(map(str, allowed))}, not {experiment}")
    return experiment


def _card(norm, group):
    norm = _pick(norm, "norm", NORM_TYPES)
    group = _pick(group, "group", REFERENCE_GROUPS)
    if (norm == "environmental") != (group == "none"):
        raise ValueError("an environmental card has group 'none'; a descriptive card needs a reference group "
                         f"({', '.join(map(repr, REFERENCE_GROUPS[1:]))})")
    return norm, group


# ---------------------------------------------------------------- social proof: the towel cards
def reference_setting(group: str) -> str:
    """How close the reference group of a card is to the reader's own setting.

    Goldstein et al. (2008) called a norm of people in one's *own setting* (the same room) a provincial
    norm. The labels are descriptive, not a scale of effect.

    Parameters
    ----------
    group : str
        One of :data:`REFERENCE_GROUPS`.

    Returns
    -------
    str
        ``"no group"``, ``"outside the setting"`` (citizens, gender), ``"same hotel"`` or ``"same room"``.

    Examples
    --------
    >>> reference_setting("same_room"), reference_setting("citizens")
    ('same room', 'outside the setting')
    """
    return _SETTING[_pick(group, "group", REFERENCE_GROUPS)]


def card_reuse(norm: str, group: str, *, experiment: int = 2):
    """The towel-reuse rate (%) reported for a card in Goldstein et al. (2008), or ``None``.

    Parameters
    ----------
    norm : str
        ``"environmental"`` or ``"descriptive"``.
    group : str
        ``"none"`` for an environmental card; otherwise ``"hotel_guests"``, ``"same_room"``,
        ``"citizens"`` or ``"gender"``.
    experiment : int
        1 or 2. Rates are compared only within one experiment.

    Returns
    -------
    float or None
        The reported rate (findings ``gcg08_*``; from secondary sources, see their notes); ``None`` when
        the experiment did not test the card or the course could not check a figure for it. Never an
        estimate.

    Raises
    ------
    ValueError, TypeError
        For an unknown norm, group or experiment, or an environmental card with a reference group.

    Examples
    --------
    >>> card_reuse("environmental", "none", experiment=1), card_reuse("descriptive", "same_room")
    (35.1, 49.0)
    >>> card_reuse("descriptive", "same_room", experiment=1) is None
    True
    """
    experiment = _experiment(experiment, (1, 2))
    norm, group = _card(norm, group)
    row = _CARDS.get((experiment, norm, group))
    return None if row is None else row[1]


def card_tested(norm: str, group: str, *, experiment: int = 2) -> bool:
    """Whether the experiment tested the card at all (whatever the course can quote about it).

    >>> card_tested("descriptive", "gender"), card_tested("descriptive", "gender", experiment=1)
    (True, False)
    """
    experiment = _experiment(experiment, (1, 2))
    return _card(norm, group) in _TESTED[experiment]


def card_finding(norm: str, group: str, *, experiment: int = 2) -> str | None:
    """The findings key behind :func:`card_reuse`, or ``None``.

    >>> card_finding("descriptive", "same_room")
    'gcg08_exp2_same_room'
    """
    experiment = _experiment(experiment, (1, 2))
    row = _CARDS.get((experiment, *_card(norm, group)))
    return None if row is None else row[0]


def compare_cards(a: tuple, b: tuple, *, experiment: int = 2) -> dict:
    """Two cards side by side: their reported rates and the difference in percentage points.

    Parameters
    ----------
    a, b : tuple of (str, str)
        ``(norm, group)`` of each card.
    experiment : int
        1 or 2; both cards are read from the same experiment.

    Returns
    -------
    dict
        ``a``, ``b`` (rates or ``None``), ``difference`` (``b - a`` in points, or ``None`` if either rate
        is missing: the course never fills a gap).

    Examples
    --------
    >>> compare_cards(("environmental", "none"), ("descriptive", "hotel_guests"), experiment=1)["difference"]
    9.0
    >>> compare_cards(("environmental", "none"), ("descriptive", "gender"))["difference"] is None
    True
    """
    ra = card_reuse(*a, experiment=experiment)
    rb = card_reuse(*b, experiment=experiment)
    diff = None if ra is None or rb is None else round(rb - ra, 1)
    return {"a": ra, "b": rb, "difference": diff}


# ---------------------------------------------------------------- reciprocity: sweets with the bill
def tip_rate(condition: str, *, experiment: int = 2) -> float:
    """Mean tip (% of the bill) Strohmetz et al. (2002) reported for a condition.

    Parameters
    ----------
    condition : str
        ``"none"``, ``"one"`` (one sweet per diner), ``"two"`` (two at once) or ``"one_plus_one"`` (one,
        then a second offered on the way back). Experiment 1 had only ``"none"`` and ``"one"``.
    experiment : int
        1 or 2 (different restaurants and servers: compare within one experiment only).

    Examples
    --------
    >>> tip_rate("one_plus_one"), tip_rate("none", experiment=1)
    (23.0, 15.1)
    """
    experiment = _experiment(experiment, (1, 2))
    condition = _pick(condition, "condition", TIP_CONDITIONS)
    if condition not in _TIPS[experiment]:
        raise ValueError(f"experiment {experiment} had no {condition!r} condition; it had "
                         f"{', '.join(map(repr, _TIPS[experiment]))}")
    return _TIPS[experiment][condition][1]


def tip_difference(condition: str, baseline: str = "none", *, experiment: int = 2) -> float:
    """Reported difference in mean tip (percentage points) between two conditions of one experiment.

    A difference between group means in one restaurant, not a rule for how much a sweet "adds" elsewhere.

    Examples
    --------
    >>> round(tip_difference("two"), 1), round(tip_difference("one_plus_one", "two"), 1)
    (2.6, 1.4)
    """
    return round(tip_rate(condition, experiment=experiment) - tip_rate(baseline, experiment=experiment), 1)


# ---------------------------------------------------------------- foot-in-the-door
def compliance_rate(sequence: str, *, experiment: int = 2) -> float:
    """Share (%) who agreed to the large request in Freedman & Fraser (1966).

    Parameters
    ----------
    sequence : str
        ``"small_first"`` (a small request earlier, agreed to) or ``"large_only"``.
    experiment : int
        1 (phone questions, then a home inventory) or 2 (a small sign, then a large garden sign).

    Examples
    --------
    >>> compliance_rate("small_first"), compliance_rate("large_only")
    (76.0, 17.0)
    """
    experiment = _experiment(experiment, (1, 2))
    sequence = _pick(sequence, "sequence", ("small_first", "large_only"))
    return _COMPLIANCE[experiment][sequence][1]


# ---------------------------------------------------------------- the manipulation check
@dataclass(frozen=True)
class TacticVerdict:
    """What :func:`classify_tactic` found: ``label`` and the questions the tactic failed."""

    label: str
    failed: tuple


_CRITERIA = ("true_information", "customer_interest", "free_to_refuse")


def classify_tactic(*, true_information: bool, customer_interest: bool, free_to_refuse: bool) -> TacticVerdict:
    """Classify a tactic as ``"honest"`` influence or ``"manipulation"`` by the course's three questions.

    A tactic is honest influence only if what it tells the customer is true, it serves the customer's
    interest (not only the company's), and the customer stays free to refuse without a cost invented to
    stop them. One "no" makes it manipulation. These are the course's ethics, not a validated instrument
    (finding ``sp_practice_manipulation_criteria``).

    Parameters
    ----------
    true_information, customer_interest, free_to_refuse : bool
        The answers to the three questions (exactly ``True`` or ``False``).

    Returns
    -------
    TacticVerdict
        ``label`` is ``"honest"`` or ``"manipulation"``; ``failed`` names the questions answered no.

    Examples
    --------
    >>> classify_tactic(true_information=False, customer_interest=True, free_to_refuse=True)
    TacticVerdict(label='manipulation', failed=('true_information',))
    >>> classify_tactic(true_information=True, customer_interest=True, free_to_refuse=True).label
    'honest'
    """
    answers = dict(true_information=true_information, customer_interest=customer_interest,
                   free_to_refuse=free_to_refuse)
    for name, value in answers.items():
        if type(value) is not bool:
            raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    failed = tuple(name for name in _CRITERIA if not answers[name])
    return TacticVerdict("manipulation" if failed else "honest", failed)
