"""Customer emotion live: the same fix, offered first or after meeting the emotion.

Each participant is assigned, balanced and at random, one agent reply to the same angry
e-commerce message (a blender that will not switch on, bought for a mother's birthday
dinner). Both replies contain the same fix (a replacement by express, the faulty one
collected). ``fix_first`` opens with it and ends with a light "sorry about that";
``emotion_first`` first names the feeling, takes the customer's side and apologises for
the fault (steps 1-3 of the source book's seven), then gives the fix. Participants rate,
as the customer, how satisfied they would be (1-7). The class's effect is the difference
in mean rating, emotion first minus fix first, with Welch's 95% interval.

No published number is shown beside it: the course quotes no effect size for the order or
timing of an apology. The debrief names the direction the research reports (Roschk &
Kaiser, 2013: empathy, intensity and timing each mattered, a late apology lowered
satisfaction; Min et al., 2020: the better order of apologising and listening depends on
the relationship), by finding key.

Listed in :data:`servicepsych.workshop.experiments.NAMES`: ``./kit workshop --module customer_emotion`` runs it.
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "customer_emotion"
CONDITIONS = ("fix_first", "emotion_first")
FIELDS = ("reply", "rating")
RATINGS = tuple(str(i) for i in range(1, 8))
#: Findings the debrief names (the direction only; no value is drawn as a published tick).
DIRECTION_KEYS = ("rk13_components", "m20_studies")

EN = {
    "title": "An agent's reply to an angry customer",
    "short": "Customer emotion",
    "scene": "You are the customer. You wrote this to an online shop's chat:",
    "message": ("\"The blender I got yesterday won't even switch on. I took a day off to cook for my mother's "
                "birthday.\""),
    "reply_intro": "The agent replies:",
    "fix_first_reply": ("\"A replacement goes out by express today and arrives tomorrow; the courier collects the "
                        "faulty one. Sorry about that.\""),
    "emotion_first_reply": ("\"That's so frustrating, especially on a day you took off for your mother. I'm sorry we "
                            "sent you a faulty one. A replacement goes out by express today and arrives tomorrow; "
                            "the courier collects the faulty one.\""),
    "question": "As this customer, how satisfied would you be with this reply? (1 = not at all, 7 = very)",
    "err_choice": "Please choose a number from 1 to 7.",
    "headline": "mean satisfaction, emotion first minus fix first (points on the 1-7 scale)",
    "method": "Student t interval for each reply's mean; Welch's t interval for their difference",
    "group": "{reply}: mean {mean} of {n} ratings (95% CI {lo} to {hi})",
    "reply_fix_first": "fix first, light 'sorry' at the end",
    "reply_emotion_first": "feeling, side and apology first, then the same fix",
    "bar_fix_first": "fix first",
    "bar_emotion_first": "emotion first",
    "axis": "satisfaction (1-7)",
    "direction": ("Published direction, no number: {study} varied an apology's empathy, intensity and timing; each "
                  "mattered, empathy most, and a late apology lowered satisfaction."),
    "direction_missing": "Published direction: see Roschk & Kaiser (2013) in the lesson.",
    "caveat": ("Both replies hold the same fix; only the first lines differ. We imagined the chat and know the "
               "lesson's point: compare the direction, not the size. The better order can depend on the "
               "situation (Min et al., 2020)."),
}
t = _base.Texts(sys.modules[__name__])


def form_html(condition: str, t=t) -> str:
    return (f'<p class="scene">{html.escape(t("scene"))}</p>'
            f'<p class="scene"><b>{html.escape(t("message"))}</b></p>'
            f'<p class="scene">{html.escape(t("reply_intro"))}</p>'
            f'<p class="scene"><b>{html.escape(t(f"{condition}_reply"))}</b></p>'
            + radio_group("rating", t("question"), [(r, r) for r in RATINGS]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"reply": condition, "rating": int(one_of(form, "rating", RATINGS, t("err_choice")))}


def summarise(answers: list[dict], t=t) -> Summary:
    ratings = {c: [a["rating"] for a in answers if a["condition"] == c] for c in CONDITIONS}
    d, lo, hi = stats.welch_diff(ratings["fix_first"], ratings["emotion_first"])
    s = Summary(n=len(answers), headline=t("headline"), estimate=d, low=lo, high=hi, method=t("method"),
                axis=(1, 7), axis_label=t("axis"))
    for c in CONDITIONS:
        mean, mlo, mhi = stats.mean_ci(ratings[c])
        s.lines.append(t("group", reply=t(f"reply_{c}"), mean=fmt(mean), n=len(ratings[c]), lo=fmt(mlo), hi=fmt(mhi)))
        s.bars.append({"label": t(f"bar_{c}"), "value": mean, "low": mlo, "high": mhi, "n": len(ratings[c])})
    ref = _base.published([DIRECTION_KEYS[0]], "")
    s.lines.append(t("direction_missing") if ref.missing else t("direction", study=ref.study))
    s.lines.append(t("caveat"))
    return s
