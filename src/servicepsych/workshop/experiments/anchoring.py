"""Anchoring live: a low or a high number first, then the class's estimate.

Each participant is assigned, balanced and at random, a low (10) or a high (65)
anchor, the two numbers of Tversky & Kahneman's (1974) wheel of fortune. They say
whether the answer is more or less than the anchor, then give their own estimate of
a service quantity nobody in the room knows exactly. The class's **anchoring index**
is (mean estimate after the high anchor - mean after the low) / (65 - 10), the
measure of Jacowitz & Kahneman (1995); 0 means the anchor did nothing, 1 means
people moved as far as the anchors did. Its 95% interval is Welch's t interval of
the difference of means, divided by the anchors' gap.
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, number, number_field, one_of, radio_group
from .. import stats

NAME = "anchoring"
CONDITIONS = ("low", "high")
ANCHORS = {"low": 10, "high": 65}
LO, HI = 0, 100
FIELDS = ("anchor", "comparison", "estimate")
#: Findings shown beside the class's index, first existing key wins.
INDEX_KEYS = ("k11_redwood_anchoring_index", "jk95_redwood_anchoring_index")

EN = {
    "title": "The first number",
    "short": "Anchoring",
    "scene": ("A hotel chain wants to know how many unhappy guests ever tell the front desk. "
              "Think of 100 guests who had a real problem during their stay: a noisy room, a broken "
              "shower, a missing booking."),
    "compare": "Is the number of those 100 guests who tell the front desk more or less than {anchor}?",
    "more": "More than {anchor}",
    "less": "Less than {anchor}",
    "estimate": "Your best guess: how many of the 100 tell the front desk?",
    "suffix": "of 100 guests",
    "err_compare": "Please choose 'more' or 'less'.",
    "err_nan": "Please type your estimate as a number, e.g. 30.",
    "err_range": "Your estimate must be between 0 and 100 (it is a number of guests out of 100).",
    "headline": "anchoring index",
    "method": "Welch's t interval of the difference of means, divided by the anchors' gap (55)",
    "group": "{name} anchor ({anchor}): n = {n}, mean {mean}, median {median}",
    "cond_low": "low",
    "cond_high": "high",
    "bar_low": "after 10",
    "bar_high": "after 65",
    "axis": "mean estimate (of 100 guests)",
    "published_label": "anchoring index of the tallest-redwood question, called typical by Kahneman (2011)",
    "wheel_label": "anchoring index, wheel of fortune (Tversky & Kahneman, 1974): (45 - 25) / (65 - 10)",
    "anchor_line": "the anchor each group saw",
    "debrief": ("Everyone saw the same question. The only difference was a number that carried no information, "
                "yet the two groups' estimates moved towards it."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    anchor = ANCHORS[condition]
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            + radio_group("comparison", t("compare", anchor=anchor),
                          [("more", t("more", anchor=anchor)), ("less", t("less", anchor=anchor))])
            + number_field("estimate", t("estimate"), LO, HI, suffix=t("suffix")))


def parse(form: dict, condition: str, t=t) -> dict:
    comparison = one_of(form, "comparison", ("more", "less"), t("err_compare"))
    estimate = number(form, "estimate", LO, HI, t("err_nan"), t("err_range"))
    return {"anchor": ANCHORS[condition], "comparison": comparison, "estimate": estimate}


def _wheel():
    lo = _base.published(["tk74_wheel_low_median"])
    hi = _base.published(["tk74_wheel_high_median"])
    alo = _base.published(["tk74_wheel_low_anchor"])
    ahi = _base.published(["tk74_wheel_high_anchor"])
    missing = [p.missing for p in (lo, hi, alo, ahi) if p.missing]
    if missing:
        return _base.Published(label=t("wheel_label"), missing=missing[0])
    return _base.Published(label=t("wheel_label"), value=(hi.value - lo.value) / (ahi.value - alo.value),
                           study=lo.study, citation=lo.citation,
                           key="tk74_wheel_low/high_median, tk74_wheel_low/high_anchor")


def summarise(answers: list[dict], t=t) -> Summary:
    groups = {c: [a["estimate"] for a in answers if a["condition"] == c] for c in CONDITIONS}
    gap = ANCHORS["high"] - ANCHORS["low"]
    d, lo, hi = stats.welch_diff(groups["low"], groups["high"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d / gap, low=lo / gap, high=hi / gap,
                method=t("method"), axis=(0, 100), axis_label=t("axis"))
    s.published = [_base.published(INDEX_KEYS, t("published_label")), _wheel()]
    for i, c in enumerate(CONDITIONS):
        m, mlo, mhi = stats.mean_ci(groups[c])
        s.lines.append(t("group", name=t(f"cond_{c}"), anchor=ANCHORS[c], n=len(groups[c]), mean=fmt(m, 1),
                         median=fmt(stats.median(groups[c]), 1)))
        s.bars.append({"label": t(f"bar_{c}"), "value": m, "low": mlo, "high": mhi, "n": len(groups[c])})
        s.markers.append({"label": t("anchor_line"), "value": ANCHORS[c], "bar": i,
                          "colour": "#6c757d"})
    s.lines.append(t("debrief"))
    return s
