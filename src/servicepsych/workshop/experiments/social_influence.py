"""Social influence live: the towel card on the bathroom door, an appeal or a norm of this room.

Each participant is assigned, balanced and at random, one of two hotel towel cards, retold from
Goldstein, Cialdini & Griskevicius (2008): the standard environmental appeal, or a descriptive norm of the
reader's own setting ("most guests who stayed in this room reused their towels"). They say whether they
would hang the towel up to reuse it. The class's effect is the share saying yes with each card (Wilson 95%
intervals) and their difference (Newcombe's hybrid score interval). It is a stated intention in a
classroom, not towel reuse measured in a hotel: the debrief says so.
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "social_influence"
CONDITIONS = ("appeal", "room_norm")
FIELDS = ("card", "choice")

EN = {
    "pub_tick": "published figure",
    "title": "The card on the bathroom door",
    "short": "Social influence",
    "scene": ("You are on a three-night work trip. On the first evening you find this card on the bathroom door "
              "of your hotel room."),
    "card_appeal": ("HELP SAVE THE ENVIRONMENT. You can show your respect for nature by reusing your towels "
                    "during your stay: hang a towel up to keep it, leave it on the floor to have it replaced."),
    "card_room_norm": ("JOIN THE GUESTS WHO STAYED IN THIS ROOM. Most guests who stayed in this room reused their "
                       "towels during their stay: hang a towel up to keep it, leave it on the floor to have it "
                       "replaced."),
    "question": "After your shower, what do you do with the towel?",
    "yes": "Hang it up to use again",
    "no": "Leave it on the floor to have it replaced",
    "err_choice": "Please choose one of the two answers.",
    "headline": "share who would reuse the towel, room-norm card minus appeal card (percentage points)",
    "method": ("Wilson score interval for each card; Newcombe's hybrid score interval (method 10) for their "
               "difference"),
    "group": "{card}: {k} of {n} would reuse ({share}, 95% CI {lo} to {hi})",
    "card_name_appeal": "environmental appeal",
    "card_name_room_norm": "'guests who stayed in this room'",
    "bar_appeal": "appeal card",
    "bar_room_norm": "room-norm card",
    "axis": "would reuse the towel",
    "pub_appeal": "towel reuse, standard card (Goldstein et al., 2008, exp. 2, secondary source)",
    "pub_room_norm": "towel reuse, same-room card (Goldstein et al., 2008, exp. 2, secondary source)",
    "pub_diff": "difference, Goldstein et al. (2008), exp. 2",
    "debrief": ("The published figures are towels actually reused in a US hotel; this class said what it "
                "would do. A German replication (Bohner & Schl\u00fcter, 2014) found norm cards no better than "
                "the standard card."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            f'<p class="scene"><strong>{html.escape(t(f"card_{condition}"))}</strong></p>'
            + radio_group("choice", t("question"), [("reuse", t("yes")), ("replace", t("no"))]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"card": condition, "choice": one_of(form, "choice", ("reuse", "replace"), t("err_choice"))}


def summarise(answers: list[dict], t=t) -> Summary:
    k = {c: sum(1 for a in answers if a["condition"] == c and a["choice"] == "reuse") for c in CONDITIONS}
    n = {c: sum(1 for a in answers if a["condition"] == c) for c in CONDITIONS}
    d, lo, hi = stats.newcombe_diff(k["room_norm"], n["room_norm"], k["appeal"], n["appeal"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d, low=lo, high=hi, method=t("method"),
                axis=(0, 1), axis_label=t("axis"), percent=True)
    appeal = _base.published(["gcg08_exp2_standard"], t("pub_appeal"), percent=True)
    norm = _base.published(["gcg08_exp2_same_room"], t("pub_room_norm"), percent=True)
    s.published = [appeal, norm]
    if not appeal.missing and not norm.missing:
        s.published.append(_base.Published(label=t("pub_diff"), value=norm.value - appeal.value, study=norm.study,
                                           citation=norm.citation, key=f"{norm.key} - {appeal.key}"))
    for i, c in enumerate(CONDITIONS):
        share = k[c] / n[c] if n[c] else float("nan")
        wlo, whi = stats.wilson(k[c], n[c])
        s.lines.append(t("group", card=t(f"card_name_{c}"), k=k[c], n=n[c], share=fmt(share, percent=True),
                         lo=fmt(wlo, percent=True), hi=fmt(whi, percent=True)))
        s.bars.append({"label": t(f"bar_{c}"), "value": share, "low": wlo, "high": whi, "n": n[c]})
        ref = (appeal, norm)[i]
        if not ref.missing:
            s.markers.append({"label": t("pub_tick"), "value": ref.value, "bar": i})
    s.lines.append(t("debrief"))
    return s
