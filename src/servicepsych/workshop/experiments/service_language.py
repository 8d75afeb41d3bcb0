"""Service language live: a large request with an empty reason or a real one.

Each participant is assigned, balanced and at random, one wording of the same large
request a property-management office makes of residents (move your car out of the
garage for a working day): with an empty reason ("because we need the garage to be
empty") or with the real one (the floor is being resealed). The class's effect is the
share who would agree without complaint in each condition (Wilson 95% intervals) and
their difference, real minus empty (Newcombe's hybrid score interval), shown beside
Langer, Blank & Chanowitz's (1978) large request: 24% with the empty reason, 42% with a
real one.

Listed in :data:`servicepsych.workshop.experiments.NAMES`: ``./kit workshop --module service_language`` runs it.
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "service_language"
CONDITIONS = ("empty", "real")
FIELDS = ("reason", "agree")
#: The published shares shown beside the class's (findings rows, values in %).
PUBLISHED_KEYS = {"empty": "lbc78_large_request_placebic_reason", "real": "lbc78_large_request_real_reason"}

EN = {
    "pub_tick": "published figure",
    "title": "A request from the management office",
    "short": "Service language",
    "scene": ("You live in a residential compound and park in its underground garage. This notice arrives "
              "on your phone on Monday evening."),
    "empty_notice": ("\"Dear residents: please move your car out of the garage on Thursday from 8:00 to 18:00, "
                     "because we need the garage to be empty. Thank you for your cooperation.\""),
    "real_notice": ("\"Dear residents: please move your car out of the garage on Thursday from 8:00 to 18:00, "
                    "because the floor is being resealed after last week's water leak and the sealant needs ten "
                    "hours to dry. Thank you for your cooperation.\""),
    "question": "What do you do?",
    "agree": "I move my car on Thursday without complaining.",
    "refuse": "I complain to the office first, or leave my car where it is.",
    "err_choice": "Please choose one of the two answers.",
    "headline": "share who would agree, real reason minus empty reason (percentage points)",
    "method": ("Wilson score interval for each wording; Newcombe's hybrid score interval (method 10) for "
               "their difference"),
    "group": "{reason}: {k} of {n} would agree ({share}, 95% CI {lo} to {hi})",
    "reason_empty": "empty reason ('because we need the garage to be empty')",
    "reason_real": "real reason (the floor is being resealed)",
    "bar_empty": "empty reason",
    "bar_real": "real reason",
    "axis": "would agree without complaint",
    "pub_empty": "large request, empty reason (Langer, Blank & Chanowitz, 1978): share who complied",
    "pub_real": "large request, real reason (Langer, Blank & Chanowitz, 1978): share who complied",
    "pub_diff": "difference, Langer, Blank & Chanowitz (1978)",
    "debrief": ("Both notices say 'because'. Only one gives a reason. In the 1978 copier study an empty reason "
                "worked for a small favour and did nothing for a large one; a real reason helped both. Their "
                "participants acted, ours imagined: compare the pattern, not the numbers."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            f'<p class="scene"><b>{html.escape(t(f"{condition}_notice"))}</b></p>'
            + radio_group("agree", t("question"), [("yes", t("agree")), ("no", t("refuse"))]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"reason": condition, "agree": one_of(form, "agree", ("yes", "no"), t("err_choice"))}


def summarise(answers: list[dict], t=t) -> Summary:
    k = {c: sum(1 for a in answers if a["condition"] == c and a["agree"] == "yes") for c in CONDITIONS}
    n = {c: sum(1 for a in answers if a["condition"] == c) for c in CONDITIONS}
    d, lo, hi = stats.newcombe_diff(k["real"], n["real"], k["empty"], n["empty"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d, low=lo, high=hi, method=t("method"),
                axis=(0, 1), axis_label=t("axis"), percent=True)
    refs = [_base.published([PUBLISHED_KEYS[c]], t(f"pub_{c}"), percent=True) for c in CONDITIONS]
    s.published = list(refs)
    empty, real = refs
    if not empty.missing and not real.missing:
        s.published.append(_base.Published(label=t("pub_diff"), value=real.value - empty.value, study=real.study,
                                           citation=real.citation, key=f"{real.key} - {empty.key}"))
    for i, c in enumerate(CONDITIONS):
        share = k[c] / n[c] if n[c] else float("nan")
        wlo, whi = stats.wilson(k[c], n[c])
        s.lines.append(t("group", reason=t(f"reason_{c}"), k=k[c], n=n[c], share=fmt(share, percent=True),
                         lo=fmt(wlo, percent=True), hi=fmt(whi, percent=True)))
        s.bars.append({"label": t(f"bar_{c}"), "value": share, "low": wlo, "high": whi, "n": n[c]})
        if not refs[i].missing:
            s.markers.append({"label": t("pub_tick"), "value": refs[i].value, "bar": i})
    s.lines.append(t("debrief"))
    return s
