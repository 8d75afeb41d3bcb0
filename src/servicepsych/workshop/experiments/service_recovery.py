"""Service recovery live: the same delay, recovered with a voucher now or with more money later.

Each participant is assigned, balanced and at random, one recovery of the same failure (an
evening flight delayed four hours; dinner missed). ``voucher_now``: an agent comes to the gate,
apologises, gives the reason (a technical fault) and hands out a 60-yuan meal voucher within half
an hour. ``cash_later``: the screen says "Delayed" and a form letter offers 200 yuan by online
claim, paid about six weeks later. Participants rate, as the passenger, how satisfied they are
with how the airline handled it (1-7). The class's effect is the difference in mean rating,
voucher now minus cash later, with Welch's 95% interval.

No published number is shown beside it: the course quotes no effect size for these two
recoveries (the voucher's advantage is practice wisdom from source document 000). The debrief
names the published *order* of the justice dimensions (Orsingher, Valentini & de Angelis, 2010:
distributive first, then interactional, procedural weakest), by finding key: card B gives more
outcome, card A more treatment and process, so either result is worth discussing.

Listed in :data:`servicepsych.workshop.experiments.NAMES`: ``./kit workshop --module service_recovery`` runs it. The facilitator guide
gives the same two scenarios as printed cards for a room without phones.
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "service_recovery"
CONDITIONS = ("cash_later", "voucher_now")
FIELDS = ("recovery", "rating")
RATINGS = tuple(str(i) for i in range(1, 8))
#: Findings the debrief names (the order only; no value is drawn as a published tick).
DIRECTION_KEYS = ("ova10_order_distributive_first", "practice_delay_meal_voucher")

EN = {
    "title": "A delayed flight: how was it handled?",
    "short": "Service recovery",
    "scene": ("You are the passenger. Your evening flight is delayed by four hours, and you miss dinner. "
              "This is what the airline does:"),
    "voucher_now_story": ("An agent comes to the gate, apologises, explains that the incoming aircraft has a "
                          "technical fault, and hands you a 60-yuan meal voucher within half an hour."),
    "cash_later_story": ("The screen shows \"Delayed\". A form letter tells you that you can claim 200 yuan "
                         "compensation online; it is paid about six weeks later."),
    "question": "As this passenger, how satisfied are you with how the airline handled it? (1 = not at all, 7 = completely)",
    "err_choice": "Please choose a number from 1 to 7.",
    "headline": "mean satisfaction, voucher now minus cash later (points on the 1-7 scale)",
    "method": "Student t interval for each recovery's mean; Welch's t interval for their difference",
    "group": "{recovery}: mean {mean} of {n} ratings (95% CI {lo} to {hi})",
    "recovery_voucher_now": "60-yuan voucher now, with apology and reason",
    "recovery_cash_later": "200 yuan by claim form, six weeks later",
    "bar_voucher_now": "voucher now",
    "bar_cash_later": "cash later",
    "axis": "satisfaction (1-7)",
    "direction": ("Published order, no number: {study} found satisfaction with complaint handling associated "
                  "most with the outcome (distributive justice), then the treatment, and the process least. "
                  "Cash later gives more outcome; the voucher now gives treatment and speed."),
    "direction_missing": "Published order: see Orsingher, Valentini & de Angelis (2010) in the lesson.",
    "caveat": ("The two recoveries differ in money, speed and treatment at once, and we only imagined the delay: "
               "compare the direction, not the size. That the voucher beats waiting is practice wisdom, "
               "not a study."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            f'<p class="scene"><b>{html.escape(t(f"{condition}_story"))}</b></p>'
            + radio_group("rating", t("question"), [(r, r) for r in RATINGS]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"recovery": condition, "rating": int(one_of(form, "rating", RATINGS, t("err_choice")))}


def summarise(answers: list[dict], t=t) -> Summary:
    ratings = {c: [a["rating"] for a in answers if a["condition"] == c] for c in CONDITIONS}
    d, lo, hi = stats.welch_diff(ratings["cash_later"], ratings["voucher_now"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d, low=lo, high=hi, method=t("method"),
                axis=(1, 7), axis_label=t("axis"))
    for c in CONDITIONS:
        mean, mlo, mhi = stats.mean_ci(ratings[c])
        s.lines.append(t("group", recovery=t(f"recovery_{c}"), mean=fmt(mean), n=len(ratings[c]), lo=fmt(mlo),
                         hi=fmt(mhi)))
        s.bars.append({"label": t(f"bar_{c}"), "value": mean, "low": mlo, "high": mhi, "n": len(ratings[c])})
    ref = _base.published([DIRECTION_KEYS[0]], "")
    s.lines.append(t("direction_missing") if ref.missing else t("direction", study=ref.study))
    s.lines.append(t("caveat"))
    return s
