"""Emotional labor: surface and deep acting, display rules, and burnout.

Hochschild (1983) called the work of managing one's own feelings to show the
emotions a job requires *emotional labor*, and named two ways of doing it:
surface acting and deep acting. The rules about which emotions to show are
*display rules*. Grandey (2000) framed emotional labor as emotion regulation:

* **surface acting** changes only the expression (a smile over irritation);
* **deep acting** changes the feeling itself, e.g. by cognitive reappraisal
  ("she is scared her flight is lost, not angry at me").

Hülsheger & Schewe (2011) pooled 95 studies. *Emotion-rule dissonance and
surface acting*, taken together, go with indicators of impaired well-being at
meta-analytic correlations rho between .39 and .48 (:data:`RHO_DISSONANCE_SURFACE_WELLBEING`);
deep acting shows only weak relations with impaired well-being but positive ones
with emotional performance and customer satisfaction (rho .18 and .37,
:data:`RHO_DEEP_PERFORMANCE`). Most of the pooled studies measured both sides at
one time, so these are associations, not slopes one could move:
:func:`simulate_association` and :func:`share_above_cutoff` show what a
correlation of a given size looks like among agents, and nothing more.

Burnout is measured here with the free Copenhagen Burnout Inventory (Kristensen,
Borritz, Villadsen & Christensen, 2005): :func:`cbi_items`, :func:`score_item`,
:func:`score_cbi`, :func:`cbi_band`. (The course never reproduces the Maslach
Burnout Inventory.)

Figures used as defaults are rows of :mod:`servicepsych.findings` (concept
``emotional_labor``).

Examples
--------
>>> from servicepsych import emotional_labor as el
>>> el.score_cbi([75, 75, 50, 50, 25, 50, 75], scale="work")
50.0
>>> el.classify_acting(feels_required=False, shows_required=True)
'surface'
>>> high, low = el.share_above_cutoff(0.39)
>>> round(high, 2), round(low, 2)
(0.35, 0.15)
"""

from __future__ import annotations

import math
from numbers import Integral

import numpy as np

from ._validation import as_float_array, check_finite_scalar, check_unit_interval
from .strings import text

__all__ = [
    "CBI_MIN_ANSWERED",
    "CBI_POINTS",
    "CBI_SCALES",
    "RHO_DEEP_PERFORMANCE",
    "RHO_DISSONANCE_SURFACE_WELLBEING",
    "STRATEGIES",
    "UPSET_THRESHOLD",
    "cbi_band",
    "cbi_items",
    "classify_acting",
    "recommend_apology",
    "score_cbi",
    "score_item",
    "share_above_cutoff",
    "simulate_association",
    "variance_explained",
]

#: Points of the five response options, most to least (Kristensen et al., 2005):
#: Always / To a very high degree = 100 ... Never or almost never / To a very low degree = 0.
CBI_POINTS = (100, 75, 50, 25, 0)

_FREQUENCY = ("always", "often", "sometimes", "seldom", "never")
_DEGREE = ("very_high", "high", "somewhat", "low", "very_low")

#: The three scales: item keys (their wording is in ``strings/emotional_labor.py``),
#: the response set of each item, and the reverse-scored item.
#: Order and response sets follow the PUMA version of the CBI (Kristensen et al., 2005).
CBI_SCALES = {
    "personal": {
        "items": ("cbi_p1", "cbi_p2", "cbi_p3", "cbi_p4", "cbi_p5", "cbi_p6"),
        "responses": ("frequency",) * 6,
        "reverse": (),
    },
    "work": {
        "items": ("cbi_w1", "cbi_w2", "cbi_w3", "cbi_w4", "cbi_w5", "cbi_w6", "cbi_w7"),
        "responses": ("degree",) * 3 + ("frequency",) * 4,
        "reverse": ("cbi_w7",),  # "enough energy for family and friends": more energy = less burnout
    },
    "client": {
        "items": ("cbi_c1", "cbi_c2", "cbi_c3", "cbi_c4", "cbi_c5", "cbi_c6"),
        "responses": ("degree",) * 4 + ("frequency",) * 2,
        "reverse": (),
    },
}

#: Fewest answered items for a scale score; with fewer the respondent counts as a
#: non-responder (Kristensen et al., 2005, PUMA scoring instructions; findings
#: ``cbi_min_answered_personal`` / ``_work`` / ``_client``).
CBI_MIN_ANSWERED = {"personal": 3, "work": 4, "client": 3}

#: Meta-analytic correlations (rho, corrected for unreliability) of *emotion-rule dissonance
#: and surface acting* with indicators of impaired well-being: the range Hülsheger & Schewe
#: (2011) report for the two together, not for surface acting alone (findings
#: ``hs11_erd_surface_wellbeing_rho_low`` / ``_high``).
RHO_DISSONANCE_SURFACE_WELLBEING = (0.39, 0.48)

#: Meta-analytic correlations of deep acting with emotional performance and customer
#: satisfaction, as the abstract of Hülsheger & Schewe (2011) gives them ("rho .18 and .37";
#: findings ``hs11_deep_performance_rho_low`` / ``_high``). For deep acting and impaired
#: well-being the abstract says only "weak relationships"; the course puts no number on it.
RHO_DEEP_PERFORMANCE = (0.18, 0.37)

#: From this level of upset (0 to 1) on, :func:`recommend_apology` asks for a real
#: apology even when the company is not at fault: the midpoint of the scale, a
#: teaching convention rather than a published figure.
UPSET_THRESHOLD = 0.5

#: Labels :func:`classify_acting` returns.
STRATEGIES = ("genuine", "deep", "surface", "off_rule")


def _check_scale(scale) -> dict:
    if not isinstance(scale, str) or scale not in CBI_SCALES:
        raise ValueError(f"scale must be one of {', '.join(map(repr, CBI_SCALES))}, got {scale!r}")
    return CBI_SCALES[scale]


def cbi_items(scale: str = "work") -> list[dict]:
    """The items of one Copenhagen Burnout Inventory scale, in order.

    Parameters
    ----------
    scale : {"personal", "work", "client"}

    Returns
    -------
    list of dict
        One per item: ``key``, ``text`` (in the current language), ``options``
        (the response labels, most to least, each worth ``CBI_POINTS``) and
        ``reverse`` (True for the reverse-scored item).

    Examples
    --------
    >>> items = cbi_items("work")
    >>> len(items), items[6]["reverse"], items[6]["options"][0]
    (7, True, 'Always')
    >>> cbi_items("mood")
    Traceback (most recent call last):
    ...
    ValueError: scale must be one of 'personal', 'work', 'client', got 'mood'
    """
    spec = _check_scale(scale)
    out = []
    for key, kind in zip(spec["items"], spec["responses"]):
        labels = _FREQUENCY if kind == "frequency" else _DEGREE
        out.append({
            "key": key,
            "text": text("emotional_labor", key),
            "options": tuple(text("emotional_labor", f"opt_{lab}") for lab in labels),
            "reverse": key in spec["reverse"],
        })
    return out


def _option_points(answer, name: str) -> float:
    """Points of one answer: a number in CBI_POINTS or a response label."""
    if isinstance(answer, str):
        norm = answer.strip().lower()
        for labels in (_FREQUENCY, _DEGREE):
            for lab, pts in zip(labels, CBI_POINTS):
                if norm in (lab, lab.replace("_", " "), text("emotional_labor", f"opt_{lab}").lower()):
                    return float(pts)
        raise ValueError(f"{name} is {answer!r}, which is not a CBI response option: give 100, 75, 50, 25 "
                         f"or 0 points, or a label such as 'Often' or 'To a high degree'")
    value = check_finite_scalar(answer, name)
    if value not in CBI_POINTS:
        raise ValueError(f"{name} is {answer!r}, but CBI answers are worth 100, 75, 50, 25 or 0 points: "
                         f"give one of those (or None if the item was not answered)")
    return value


def score_item(answer, reverse: bool = False) -> float:
    """Points of one CBI answer, reversed (100 - points) for a reverse-scored item.

    Parameters
    ----------
    answer : int, float or str
        100, 75, 50, 25 or 0, or a response label (``"Often"``, ``"To a high degree"`` ...).
    reverse : bool
        True for the reverse-scored item (work-related item 7).

    Examples
    --------
    >>> score_item("Often"), score_item(75, reverse=True)
    (75.0, 25.0)
    >>> score_item(60)
    Traceback (most recent call last):
    ...
    ValueError: answer is 60, but CBI answers are worth 100, 75, 50, 25 or 0 points: give one of those (or None if the item was not answered)
    """
    if not isinstance(reverse, (bool, np.bool_)):
        raise TypeError(f"reverse must be True or False, got {type(reverse).__name__}")
    points = _option_points(answer, "answer")
    return 100.0 - points if reverse else points


def _score_row(row, scale: str, spec: dict, nonresponse: str) -> float:
    items = spec["items"]
    if len(row) != len(items):
        raise ValueError(f"the {scale} scale has {len(items)} items but {len(row)} answers were given: "
                         f"give one answer per item, None for an unanswered item")
    points = []
    for i, (key, answer) in enumerate(zip(items, row)):
        if answer is None or (isinstance(answer, float) and math.isnan(answer)):
            continue
        pts = _option_points(answer, f"answer {i + 1}")
        points.append(100.0 - pts if key in spec["reverse"] else pts)
    needed = CBI_MIN_ANSWERED[scale]
    if len(points) < needed:
        if nonresponse == "nan":
            return math.nan
        raise ValueError(f"only {len(points)} of the {len(items)} {scale} items are answered; the CBI needs at "
                         f"least {needed} for a scale score (fewer counts as a non-responder)")
    return sum(points) / len(points)


def score_cbi(answers, scale: str = "work", *, nonresponse: str = "raise"):
    """Score a Copenhagen Burnout Inventory scale: the mean points of the answered items.

    Each answer is worth 100, 75, 50, 25 or 0 points (Always ... Never/almost
    never, or To a very high degree ... To a very low degree); the work-related
    item on energy for family and friends is reversed. The scale score is the
    mean of the answered items, and a respondent with fewer than 3 (personal,
    client) or 4 (work) answered items is a non-responder (Kristensen et al.,
    2005).

    Parameters
    ----------
    answers : sequence, or 2-D array_like
        One respondent's answers in item order (numbers, response labels, or
        None / NaN for an unanswered item), or a table with one respondent per
        row (a list of lists, a 2-D array or a pandas DataFrame; NaN for unanswered).
    scale : {"personal", "work", "client"}
    nonresponse : {"raise", "nan"}
        What to do with a non-responder: raise ``ValueError`` (default) or give NaN.

    Returns
    -------
    float or numpy.ndarray
        A float for one respondent, an array of floats for a table.

    Examples
    --------
    >>> score_cbi(["Often", "Often", "Somewhat", 50, 50, 50, 25], scale="work")
    60.714285714285715
    >>> score_cbi([[100] * 6, [0, 25, None, None, 50, 25]], scale="client")
    array([100.,  25.])
    >>> score_cbi([50, None, None, None, None, None, 50], scale="work")
    Traceback (most recent call last):
    ...
    ValueError: only 2 of the 7 work items are answered; the CBI needs at least 4 for a scale score (fewer counts as a non-responder)
    """
    spec = _check_scale(scale)
    if nonresponse not in ("raise", "nan"):
        raise ValueError(f"nonresponse must be 'raise' or 'nan', got {nonresponse!r}")
    if hasattr(answers, "to_numpy"):  # a pandas Series (one person) or DataFrame (one person per row)
        answers = answers.to_numpy(dtype=float, na_value=np.nan)
    if isinstance(answers, (str, bytes)) or not hasattr(answers, "__len__"):
        raise TypeError(f"answers must be a list with one answer per item, got {type(answers).__name__} ({answers!r})")
    rows = list(answers)
    if rows and all(isinstance(r, (list, tuple, np.ndarray)) for r in rows):
        return np.array([_score_row(list(r), scale, spec, nonresponse) for r in rows], dtype=float)
    return float(_score_row(rows, scale, spec, nonresponse))


def cbi_band(score):
    """Describe a CBI scale score by the answer it averages to.

    The bands follow the response scale itself, not a clinical cut-off: a mean of
    50 means the person answers "Sometimes" on average.

    Parameters
    ----------
    score : float or array_like
        Scale score(s) between 0 and 100.

    Returns
    -------
    str or numpy.ndarray of str
        ``"seldom_or_less"`` (below 25), ``"seldom_to_sometimes"`` (25 to below 50),
        ``"sometimes_to_often"`` (50 to below 75) or ``"often_or_more"`` (75 and above).

    Examples
    --------
    >>> cbi_band(42.9)
    'seldom_to_sometimes'
    >>> cbi_band([10, 80]).tolist()
    ['seldom_or_less', 'often_or_more']
    """
    arr = as_float_array(score, "score")
    if np.any(arr < 0) or np.any(arr > 100):
        raise ValueError(f"a CBI score lies between 0 and 100, got {arr.tolist() if arr.ndim else float(arr)}")
    labels = np.array(["seldom_or_less", "seldom_to_sometimes", "sometimes_to_often", "often_or_more"])
    out = labels[np.digitize(arr, [25.0, 50.0, 75.0])]
    return str(out) if out.ndim == 0 else out


def classify_acting(feels_required: bool, shows_required: bool, *, tried_to_feel: bool = False) -> str:
    """Name the emotional-labor strategy behind one moment of service (Grandey, 2000).

    Parameters
    ----------
    feels_required : bool
        Does the agent, at that moment, feel the emotion the display rule asks for?
    shows_required : bool
        Does the agent show it (voice, face, words)?
    tried_to_feel : bool
        Did the agent work on the feeling itself (reappraisal, breathing, taking
        the customer's view) to get there?

    Returns
    -------
    str
        ``"genuine"`` (felt without effort), ``"deep"`` (the feeling was changed to
        fit the rule), ``"surface"`` (shown but not felt) or ``"off_rule"`` (the
        display rule is not met).

    Examples
    --------
    >>> classify_acting(True, True, tried_to_feel=True)
    'deep'
    >>> classify_acting(True, False)
    'off_rule'
    """
    for name, value in (("feels_required", feels_required), ("shows_required", shows_required),
                        ("tried_to_feel", tried_to_feel)):
        if not isinstance(value, (bool, np.bool_)):
            raise TypeError(f"{name} must be True or False, got {type(value).__name__} ({value!r})")
    if not shows_required:
        return "off_rule"
    if not feels_required:
        return "surface"
    return "deep" if tried_to_feel else "genuine"


def variance_explained(rho):
    """Share of the variance in an outcome that a correlation ``rho`` accounts for: rho squared.

    Examples
    --------
    >>> round(variance_explained(0.39), 4)
    0.1521
    >>> variance_explained([0.0, 0.5])
    array([0.  , 0.25])
    """
    arr = as_float_array(rho, "rho")
    if np.any(np.abs(arr) > 1):
        raise ValueError(f"a correlation lies between -1 and 1, got {arr.tolist() if arr.ndim else float(arr)}")
    out = arr ** 2
    return float(out) if out.ndim == 0 else out


def _check_rho(rho, name: str = "rho") -> float:
    value = check_finite_scalar(rho, name)
    if not -1.0 < value < 1.0:
        raise ValueError(f"{name} is a correlation strictly between -1 and 1, got {value}")
    return value


def simulate_association(rho, n: int = 400, seed: int = 0):
    """A seeded team of agents whose two standardised scores correlate at ``rho``.

    This shows what a correlation *looks like*; it is not a causal model. The
    scores are drawn as a bivariate standard normal pair, ``outcome = rho * predictor
    + sqrt(1 - rho**2) * noise``, so ``rho`` is the correlation in the population
    the team is drawn from. Nothing here says that moving one score would move the
    other: the meta-analytic correlations the course quotes come mostly from
    cross-sectional surveys (Hülsheger & Schewe, 2011).

    Parameters
    ----------
    rho : float
        Population correlation, strictly between -1 and 1.
    n : int
        Number of agents (at least 3).
    seed : int
        Seed of numpy's ``default_rng``; the draws are ``n`` predictor then ``n`` noise values.

    Returns
    -------
    pandas.DataFrame
        Columns ``agent``, ``predictor`` and ``outcome`` (both z-scores).

    Examples
    --------
    >>> df = simulate_association(0.39, n=20_000, seed=1)
    >>> round(float(df["predictor"].corr(df["outcome"])), 2)
    0.39
    >>> simulate_association(1.0)
    Traceback (most recent call last):
    ...
    ValueError: rho is a correlation strictly between -1 and 1, got 1.0
    """
    import pandas as pd

    r = _check_rho(rho)
    if isinstance(n, bool) or not isinstance(n, Integral) or n < 3:
        raise ValueError(f"n must be a whole number of agents, at least 3, got {n!r}")
    if isinstance(seed, bool) or not isinstance(seed, Integral):
        raise TypeError(f"seed must be an int, got {type(seed).__name__} ({seed!r})")
    rng = np.random.default_rng(int(seed))
    x = rng.standard_normal(int(n))
    y = r * x + math.sqrt(1.0 - r * r) * rng.standard_normal(int(n))
    return pd.DataFrame({"agent": np.arange(1, int(n) + 1), "predictor": x, "outcome": y})


def _normal_cdf(z):
    return 0.5 * (1.0 + np.vectorize(math.erf)(np.asarray(z, dtype=float) / math.sqrt(2.0)))


def share_above_cutoff(rho, top_share: float = 0.25) -> tuple[float, float]:
    """Share of agents above an outcome cut-off in the upper and the lower half of a predictor.

    A way to read a correlation (in the spirit of Rosenthal & Rubin's binomial effect
    size display): split a large team at the median of the predictor (say, surface
    acting) and mark the ``top_share`` of agents with the highest outcome (say,
    exhaustion). With no correlation both halves hold the same share; the larger
    ``|rho|``, the more unequal they are. Exact for a bivariate normal pair with
    correlation ``rho`` (numerical integration; no sampling).

    Parameters
    ----------
    rho : float
        Correlation, strictly between -1 and 1.
    top_share : float
        Share of agents above the cut-off, strictly between 0 and 1 (default: the top quarter).

    Returns
    -------
    (float, float)
        Share above the cut-off among the upper half of the predictor, and among the lower half.
        Their mean is ``top_share``.

    Examples
    --------
    >>> share_above_cutoff(0.0)
    (0.25, 0.25)
    >>> [round(v, 2) for v in share_above_cutoff(0.48)]
    [0.37, 0.13]
    >>> [round(v, 2) for v in share_above_cutoff(0.18, top_share=0.5)]
    [0.56, 0.44]
    """
    from statistics import NormalDist

    r = _check_rho(rho)
    q = check_finite_scalar(top_share, "top_share")
    if not 0.0 < q < 1.0:
        raise ValueError(f"top_share is a share strictly between 0 and 1 (0.25 = the top quarter), got {q}")
    if r == 0.0:
        return (q, q)
    cut = NormalDist().inv_cdf(1.0 - q)
    x = np.linspace(0.0, 9.0, 4001)
    density = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    above = 1.0 - _normal_cdf((cut - r * x) / math.sqrt(1.0 - r * r))
    f = density * above
    high = float(2.0 * np.sum((f[1:] + f[:-1]) * np.diff(x)) / 2.0)
    high = min(max(high, 0.0), min(1.0, 2.0 * q))
    return (high, 2.0 * q - high)

def recommend_apology(company_at_fault: bool, customer_upset: float) -> str:
    """Which apology a display rule calls for: a real one or a light "excuse me".

    A rule of thumb from the course's source material (a retail-store essay): a
    light "excuse me" (不好意思) suits a small inconvenience; when the company is at
    fault, or the customer is clearly upset, only a real apology that owns the
    fault (对不起) meets the rule, and a reflexive light one can make things worse.

    Parameters
    ----------
    company_at_fault : bool
        Did the company (not the customer) cause the problem?
    customer_upset : float
        How upset the customer is, from 0 (calm) to 1 (furious).

    Returns
    -------
    str
        ``"real_apology"`` or ``"light_apology"``.

    Examples
    --------
    >>> recommend_apology(False, 0.1)
    'light_apology'
    >>> recommend_apology(True, 0.1)
    'real_apology'
    """
    if not isinstance(company_at_fault, (bool, np.bool_)):
        raise TypeError(f"company_at_fault must be True or False, got {type(company_at_fault).__name__}")
    upset = check_unit_interval(customer_upset, "customer_upset")
    return "real_apology" if company_at_fault or upset >= UPSET_THRESHOLD else "light_apology"
