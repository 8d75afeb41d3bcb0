"""Emotional labor live: four hard moments, what you would feel and what you would show.

Each participant reads four service moments whose display rule is "calm and
friendly" and says, for each, what they would feel and what they would show. A
moment where the rule is shown but not felt is **surface acting** (Grandey, 2000;
:func:`servicepsych.emotional_labor.classify_acting`). A participant's surface-acting
share is the fraction of the four moments they would act on the surface.

An optional, anonymous second part asks the six client-related items of the
Copenhagen Burnout Inventory (Kristensen et al., 2005; free to use, wording from
:mod:`servicepsych.strings.emotional_labor`), any of which may be skipped. The
class's result is the mean surface-acting share (Student t 95% interval) and, among
those with a client-burnout score, its Pearson correlation with that score (Fisher z
95% interval), beside the meta-analytic correlation of surface acting with impaired
well-being (Hülsheger & Schewe, 2011). The Maslach Burnout Inventory is copyrighted
and is not used.
"""

from __future__ import annotations

import html
import math
import sys

from . import _base
from ._base import Summary, fmt, one_of, radio_group
from .. import stats

NAME = "emotional_labor"
CONDITIONS = ("scenes",)
SCENES = ("gate", "chat", "resident", "late_desk")
FEELINGS = ("as_rule", "irritated", "anxious", "hurt")
SHOWS = ("as_rule", "real")
CBI_OPTIONS = (100, 75, 50, 25, 0)
FIELDS = (*(f"{s}_{q}" for s in SCENES for q in ("feel", "show", "strategy")), "surface_share",
          *(f"cbi_c{i}" for i in range(1, 7)), "cbi_client")
#: The export leaves out the nickname, the time and the participant's number (see the privacy notice
#: and :func:`servicepsych.workshop.export.to_csv`).
ANONYMOUS = True

EN = {
    "title": "The smile you are paid to wear",
    "short": "Emotional labor",
    "privacy": ("Anonymous. The trainer's screen shows only class totals, and the trainer's download of the "
                "answers carries neither your nickname nor anything linking these answers to your other ones. "
                "The second part is optional: skip any question you prefer not to answer."),
    "skip": "(skip)",
    "rule": "In each moment, the job asks you to come across as calm and friendly.",
    "scene_gate": ("Airport gate, a three-hour delay you did not cause. A passenger leans over the desk and "
                   "shouts that you are all liars."),
    "scene_chat": ("E-commerce chat. A customer writes in capitals that the blender arrived broken and that you "
                   "are useless, before you have typed a word."),
    "scene_resident": ("Property-management office. A resident complains for the third time this week about a "
                       "neighbour's noise that you have already reported twice."),
    "scene_late_desk": ("Hotel front desk at 11 p.m., the end of a double shift. A guest demands a different room "
                        "'right now' although the hotel is full."),
    "feel": "What would you feel?",
    "show": "What would you show?",
    "feel_as_rule": "Calm, friendly",
    "feel_irritated": "Irritated or angry",
    "feel_anxious": "Stressed or anxious",
    "feel_hurt": "Hurt or sad",
    "show_as_rule": "Calm and friendly",
    "show_real": "Some of what I really feel",
    "cbi_intro": ("Optional: the client-related scale of the Copenhagen Burnout Inventory (Kristensen et al., "
                  "2005). 'Clients' means the customers you serve."),
    "cbi_missing": "The burnout questions are not available in this version of the kit.",
    "err_scene": "Please answer both questions for every moment (missing: {scene}).",
    "err_cbi": "That is not one of the answer options; please choose again.",
    "headline": "mean surface-acting share (moments shown calm but not felt)",
    "method": ("Student t interval of the participants' shares; the correlation's interval is Fisher's z "
               "interval"),
    "counts": "{n} participants; {k} would act on the surface at least once",
    "strategies": "moments: {genuine} genuine, {surface} surface acting, {off} off the display rule",
    "corr": ("surface acting and client-related burnout (CBI), {m} participants with a score: r = {r} "
             "(95% CI {lo} to {hi})"),
    "corr_few": "correlation with client-related burnout: needs at least 4 scores (have {m})",
    "axis": "share acting on the surface",
    "bar_gate": "gate",
    "bar_chat": "chat",
    "bar_resident": "resident",
    "bar_late_desk": "late desk",
    "pub_low": ("correlation of surface acting with impaired well-being, meta-analysis, lower end "
                "(Hülsheger & Schewe, 2011)"),
    "pub_high": "the same, upper end of the reported range (Hülsheger & Schewe, 2011)",
    "debrief": ("Every 'calm and friendly' shown over a different feeling is emotional labor. Across 95 studies "
                "it went with exhaustion; changing the feeling itself (deep acting) did much less harm."),
}
t = _base.Texts(sys.modules[__name__])


def _cbi_items():
    """The CBI client items as (key, text, options) from the emotional-labor module, or None."""
    try:
        from ... import emotional_labor as el
        return el.cbi_items("client")
    except Exception:  # another module's API changed: the optional part is left out, with a note
        return None


def form_html(condition: str, t=t) -> str:
    parts = [f'<p class="notice">{html.escape(t("privacy"))}</p>', f'<p class="scene">{html.escape(t("rule"))}</p>']
    for s in SCENES:
        parts.append(f'<div class="card"><p class="scene">{html.escape(t("scene_" + s))}</p>'
                     + radio_group(f"{s}_feel", t("feel"), [(f, t("feel_" + f)) for f in FEELINGS])
                     + radio_group(f"{s}_show", t("show"), [(v, t("show_" + v)) for v in SHOWS]) + "</div>")
    items = _cbi_items()
    if items is None:
        parts.append(f'<p class="notice">{html.escape(t("cbi_missing"))}</p>')
    else:
        parts.append(f'<div class="card"><p class="scene">{html.escape(t("cbi_intro"))}</p>')
        for i, item in enumerate(items, 1):
            opts = "".join(
                f'<label class="opt small"><input type="radio" name="cbi_c{i}" value="{p}">'
                f'<span>{html.escape(label)}</span></label>' for p, label in zip(CBI_OPTIONS, item["options"]))
            opts += (f'<label class="opt small"><input type="radio" name="cbi_c{i}" value="" checked>'
                     f'<span>{html.escape(t("skip"))}</span></label>')
            parts.append(f'<fieldset><legend>{html.escape(item["text"])}</legend>{opts}</fieldset>')
        parts.append("</div>")
    return "".join(parts)


def classify(feel: str, show: str) -> str:
    """``genuine``, ``surface`` or ``off_rule`` for one moment (deep acting is not asked about)."""
    from ... import emotional_labor as el

    return el.classify_acting(feels_required=feel == "as_rule", shows_required=show == "as_rule")


def parse(form: dict, condition: str, t=t) -> dict:
    out = {}
    for s in SCENES:
        msg = t("err_scene", scene=t("bar_" + s))
        feel = one_of(form, f"{s}_feel", FEELINGS, msg)
        show = one_of(form, f"{s}_show", SHOWS, msg)
        out.update({f"{s}_feel": feel, f"{s}_show": show, f"{s}_strategy": classify(feel, show)})
    out["surface_share"] = sum(out[f"{s}_strategy"] == "surface" for s in SCENES) / len(SCENES)
    points = []
    for i in range(1, 7):
        values = form.get(f"cbi_c{i}") or []
        if not values or values == [""]:
            points.append(None)
            continue
        v = one_of(form, f"cbi_c{i}", tuple(str(p) for p in CBI_OPTIONS), t("err_cbi"))
        points.append(int(v))
    out.update({f"cbi_c{i}": p for i, p in enumerate(points, 1)})
    answered = [p for p in points if p is not None]
    # Kristensen et al. (2005): the scale score is the mean of the answered items, given at least 3 of 6.
    out["cbi_client"] = sum(answered) / len(answered) if len(answered) >= 3 else None
    return out


def summarise(answers: list[dict], t=t) -> Summary:
    shares = [a["surface_share"] for a in answers]
    m, lo, hi = stats.mean_ci(shares)
    s = Summary(n=len(answers), headline=t("headline"), estimate=m, low=lo, high=hi, method=t("method"),
                axis=(0, 1), axis_label=t("axis"), percent=True)
    pairs = [(a["surface_share"], a["cbi_client"]) for a in answers if a.get("cbi_client") is not None]
    if len(pairs) >= 4:
        r = stats.pearson_r([p[0] for p in pairs], [p[1] for p in pairs])
        rlo, rhi = stats.fisher_r_ci(r, len(pairs))
        s.lines.append(t("corr", m=len(pairs), r=fmt(r), lo=fmt(rlo), hi=fmt(rhi)))
    else:
        s.lines.append(t("corr_few", m=len(pairs)))
    s.lines.append(t("counts", n=len(answers), k=sum(1 for x in shares if x > 0)))
    strat = [a[f"{sc}_strategy"] for a in answers for sc in SCENES]
    s.lines.append(t("strategies", genuine=strat.count("genuine"), surface=strat.count("surface"),
                     off=strat.count("off_rule")))
    s.published = [_base.published(["hs11_erd_surface_wellbeing_rho_low", "hs11_surface_wellbeing_rho_low"],
                                   t("pub_low")),
                   _base.published(["hs11_erd_surface_wellbeing_rho_high", "hs11_surface_wellbeing_rho_high"],
                                   t("pub_high"))]
    for sc in SCENES:
        k = sum(1 for a in answers if a[f"{sc}_strategy"] == "surface")
        n = len(answers)
        wlo, whi = stats.wilson(k, n)
        s.bars.append({"label": t("bar_" + sc), "value": k / n if n else math.nan, "low": wlo, "high": whi, "n": n})
    s.lines.append(t("debrief"))
    return s
