"""Peak-end live: two waits at a hotel desk; the longer one ends more gently.

Every participant reads the same two service journeys, minute by minute, shown in
a random order (the condition says which came first). Journey "short": eight minutes
in a hot, noisy check-in queue, then the key card at last. Journey "long": the same
eight minutes, then four more in a cool lounge with a drink while the room is
finished: still waiting, but much less unpleasant. Which would they go through
again? Kahneman et al. (1993) found that most people chose to repeat the longer
cold-water trial; the class's share choosing the longer journey has a Wilson 95%
interval.

This is a *described* version of an *experienced* test: reading about minutes is
not living through them, so the class's effect may be weaker than the published one
(say so in the debrief).
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, one_of
from .. import stats

NAME = "peak_end"
CONDITIONS = ("short_first", "long_first")
FIELDS = ("order", "repeat")
#: Findings shown beside the class's share, first existing key wins.
PUBLISHED_KEYS = ("kfsr93_chose_long_pct", "k11_cold_water_chose_long_pct")
#: Discomfort per minute, 0 (fine) to 10 (awful), of the two journeys.
SHORT = (4, 6, 7, 8, 8, 8, 7, 8)
LONG = SHORT + (5, 4, 3, 2)

EN = {
    "pub_tick": "published figure",
    "title": "Which wait would you go through again?",
    "short": "Peak-end",
    "scene": ("You arrive at a hotel after a long flight. The air conditioning in the lobby is broken and the "
              "queue barely moves. Here are two ways the evening could go, minute by minute "
              "(0 = fine, 10 = awful)."),
    "name_0": "Evening A",
    "name_1": "Evening B",
    "short_desc": "{m} minutes in the hot, noisy queue; then you get your key card and go up.",
    "long_desc": ("{m} minutes in the hot, noisy queue; then {x} more minutes in a cool lounge with a cold drink "
                  "while your room is finished, and you go up."),
    "minute": "minute {i}: {v}",
    "question": "If you had to live through one of them again, which would you choose?",
    "err_choice": "Please choose Evening A or Evening B.",
    "headline": "share choosing the longer wait with the gentler end",
    "method": "Wilson score interval",
    "count": "{k} of {n} chose the longer wait",
    "axis": "chose the longer wait",
    "bar": "this class",
    "published_label": "chose to repeat the longer cold-water trial (Kahneman et al., 1993)",
    "chance": "half",
    "caveat": ("The published study had people live through both trials; here they only read about two "
               "evenings, which usually weakens the effect."),
    "debrief": ("The longer evening contains every minute of the shorter one and four more. Choosing it means the ending, "
                "not the total, decided how the evening is remembered."),
}
t = _base.Texts(sys.modules[__name__])


def _journey(which: str, position: int, t) -> str:
    values = SHORT if which == "short" else LONG
    cells = "".join(
        f'<span class="min" style="--v:{v}" title="{html.escape(t("minute", i=i + 1, v=v))}">{v}</span>'
        for i, v in enumerate(values))
    desc = t(f"{which}_desc", m=len(SHORT), x=len(LONG) - len(SHORT))
    return (f'<div class="journey"><h3>{html.escape(t(f"name_{position}"))}</h3>'
            f'<p>{html.escape(desc)}</p><div class="mins">{cells}</div></div>')


def _options(condition: str) -> tuple[str, str]:
    return ("short", "long") if condition == "short_first" else ("long", "short")


def form_html(condition: str, t=t) -> str:
    # Names follow the position on the page (A first); the stored answer is "short" or "long".
    first, second = _options(condition)
    return (f'<p class="scene">{html.escape(t("scene"))}</p>' + _journey(first, 0, t) + _journey(second, 1, t)
            + _base.radio_group("repeat", t("question"), [(first, t("name_0")), (second, t("name_1"))]))


def parse(form: dict, condition: str, t=t) -> dict:
    return {"order": condition, "repeat": one_of(form, "repeat", ("short", "long"), t("err_choice"))}


def summarise(answers: list[dict], t=t) -> Summary:
    n = len(answers)
    k = sum(1 for a in answers if a["repeat"] == "long")
    share = k / n if n else float("nan")
    lo, hi = stats.wilson(k, n)
    s = Summary(n=n, headline=t("headline"), estimate=share, low=lo, high=hi, method=t("method"),
                axis=(0, 1), axis_label=t("axis"), percent=True)
    pub = _base.published(PUBLISHED_KEYS, t("published_label"), percent=True)
    s.published = [pub]
    s.lines.append(t("count", k=k, n=n))
    s.bars.append({"label": t("bar"), "value": share, "low": lo, "high": hi, "n": n})
    if not pub.missing:
        s.markers.append({"label": t("pub_tick"), "value": pub.value, "bar": 0})
    s.markers.append({"label": t("chance"), "value": 0.5, "bar": None})
    s.lines.append(t("caveat"))
    s.lines.append(t("debrief"))
    return s
