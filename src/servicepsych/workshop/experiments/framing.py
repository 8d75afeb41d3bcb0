"""Framing live: the same outage, worded as orders saved or as orders lost.

Each participant is assigned, balanced and at random, the gain or the loss wording
of one service decision, a retelling of Tversky & Kahneman's (1981) "Asian disease"
problem: 600 customers' orders are stuck after a warehouse system crash; a sure plan
or a gamble with the same expected outcome. The class's effect is the share choosing
the sure plan in each frame (Wilson 95% intervals) and their difference (Newcombe's
hybrid score interval).
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "framing"
CONDITIONS = ("gain", "loss")
FIELDS = ("frame", "choice")

EN = {
    "pub_tick": "published figure",
    "title": "Two ways to say it",
    "short": "Framing",
    "scene": ("Black Friday, 9 p.m. A warehouse system crash has frozen 600 customers' orders. Unless you act, "
              "all 600 will miss the promised delivery day and the customers will be told tomorrow. "
              "The operations team offers two recovery plans. You decide."),
    "gain_sure": "Plan A: 200 of the 600 orders will be delivered on time, for sure.",
    "gain_risky": ("Plan B: a one-in-three chance that all 600 orders are delivered on time, and a two-in-three "
                   "chance that none is."),
    "loss_sure": "Plan C: 400 of the 600 orders will be late, for sure.",
    "loss_risky": ("Plan D: a one-in-three chance that no order is late, and a two-in-three chance that all 600 "
                   "are late."),
    "question": "Which plan do you choose?",
    "err_choice": "Please choose one of the two plans.",
    "headline": "share choosing the sure plan, gain frame minus loss frame (percentage points)",
    "method": ("Wilson score interval for each frame; Newcombe's hybrid score interval (method 10) for "
               "their difference"),
    "group": "{frame} frame: {k} of {n} chose the sure plan ({share}, 95% CI {lo} to {hi})",
    "frame_gain": "'delivered' wording (gain)",
    "frame_loss": "'late' wording (loss)",
    "bar_gain": "gain frame",
    "bar_loss": "loss frame",
    "axis": "chose the sure plan",
    "pub_gain": "sure option, gain frame (Tversky & Kahneman, 1981)",
    "pub_loss": "sure option, loss frame (Tversky & Kahneman, 1981): 100% minus the 78% who gambled",
    "pub_diff": "difference, Tversky & Kahneman (1981)",
    "debrief": ("Plans A and C are the same plan, as are B and D: 200 orders on time means 400 late. "
                "Only the words changed."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            + radio_group("choice", t("question"),
                          [("sure", t(f"{condition}_sure")), ("risky", t(f"{condition}_risky"))]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"frame": condition, "choice": one_of(form, "choice", ("sure", "risky"), t("err_choice"))}


def summarise(answers: list[dict], t=t) -> Summary:
    k = {c: sum(1 for a in answers if a["condition"] == c and a["choice"] == "sure") for c in CONDITIONS}
    n = {c: sum(1 for a in answers if a["condition"] == c) for c in CONDITIONS}
    d, lo, hi = stats.newcombe_diff(k["gain"], n["gain"], k["loss"], n["loss"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d, low=lo, high=hi, method=t("method"),
                axis=(0, 1), axis_label=t("axis"), percent=True)
    gain = _base.published(["tk81_gain_frame_sure"], t("pub_gain"), percent=True)
    loss = _base.published(["tk81_loss_frame_sure"], t("pub_loss"), percent=True)
    if loss.missing:  # older findings tables had only the share who gambled
        loss = _base.published(["tk81_loss_frame_risky"], t("pub_loss"), percent=True, transform=lambda v: 1 - v)
        loss.label = t("pub_loss")
    s.published = [gain, loss]
    if not gain.missing and not loss.missing:
        s.published.append(_base.Published(label=t("pub_diff"), value=gain.value - loss.value, study=gain.study,
                                           citation=gain.citation, key=f"{gain.key} - {loss.key}"))
    for i, c in enumerate(CONDITIONS):
        share = k[c] / n[c] if n[c] else float("nan")
        wlo, whi = stats.wilson(k[c], n[c])
        s.lines.append(t("group", frame=t(f"frame_{c}"), k=k[c], n=n[c], share=fmt(share, percent=True),
                         lo=fmt(wlo, percent=True), hi=fmt(whi, percent=True)))
        s.bars.append({"label": t(f"bar_{c}"), "value": share, "low": wlo, "high": whi, "n": n[c]})
        ref = (gain, loss)[i]
        if not ref.missing:
            s.markers.append({"label": t("pub_tick"), "value": ref.value, "bar": i})
    s.lines.append(t("debrief"))
    return s
