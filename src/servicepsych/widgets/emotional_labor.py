"""Widgets of the emotional-labor lesson.

* :func:`cbi_self_check`: answer the Copenhagen Burnout Inventory items, see the score and its band.
* :func:`acting_simulator`: move a team's surface and deep acting, see its exhaustion distribution.
* :func:`apology_explorer`: which apology a display rule calls for (对不起 or 不好意思).

Examples
--------
>>> ex = cbi_self_check()
>>> ex.controls["item_1"].value = 75
>>> ex.result["answered"]
1
"""

from __future__ import annotations

import html

import ipywidgets as W

from .. import emotional_labor as el
from ..strings import text
from ._base import Explorer, figure, html_table

__all__ = ["acting_simulator", "apology_explorer", "cbi_self_check"]


def _t(key: str, **fields) -> str:
    return text("emotional_labor", key, **fields)


def cbi_self_check(scale: str = "work") -> Explorer:
    """A private self-check on one CBI scale: one dropdown per item, the score and band below.

    Parameters
    ----------
    scale : {"personal", "work", "client"}

    Returns
    -------
    Explorer
        Controls ``item_1`` ... ``item_n`` (value: the option's points, or None
        for "(skip)"); ``result`` is a dict with ``score`` (float or None),
        ``band``, ``answered`` and ``needed``; ``views[0]`` is an HTML table.
    """
    items = el.cbi_items(scale)
    controls = {}
    for i, item in enumerate(items, start=1):
        options = [(_t("opt_skip"), None)] + list(zip(item["options"], el.CBI_POINTS))
        controls[f"item_{i}"] = W.Dropdown(options=options, value=None, description=f"{i}.",
                                           layout=W.Layout(width="320px"))

    def compute(**values):
        answers = [values[f"item_{i}"] for i in range(1, len(items) + 1)]
        answered = sum(a is not None for a in answers)
        needed = el.CBI_MIN_ANSWERED[scale]
        score = band = None
        if answered >= needed:
            score = el.score_cbi(answers, scale=scale)
            band = el.cbi_band(score)
        return {"answers": answers, "answered": answered, "needed": needed, "score": score, "band": band}

    def render(result):
        rows = []
        for item, answer in zip(items, result["answers"]):
            label = "" if answer is None else item["options"][el.CBI_POINTS.index(answer)]
            points = "" if answer is None else f"{el.score_item(answer, reverse=item['reverse']):.0f}"
            question = item["text"] + (" " + _t("cbi_reversed") if item["reverse"] else "")
            rows.append((question, label, points))
        table = html_table(rows, [_t("cbi_item_col"), _t("cbi_answer_col"), _t("cbi_points_col")])
        if result["score"] is None:
            summary = _t("cbi_too_few", needed=result["needed"], total=len(items), answered=result["answered"])
        else:
            summary = _t("cbi_score", scale=_t(f"cbi_scale_{scale}"), score=result["score"],
                         band=_t(f"band_{result['band']}"))
        return (f"<p><strong>{html.escape(summary)}</strong></p>{table}"
                f"<p><em>{html.escape(_t('cbi_private'))}</em></p>")

    return Explorer(controls, compute, render, title=_t("cbi_title", scale=_t(f"cbi_scale_{scale}")))


def acting_simulator(n: int = 400, seed: int = 2011) -> Explorer:
    """Compare a team's modelled exhaustion with a reference team as its acting strategy changes.

    Both teams are drawn with :func:`servicepsych.emotional_labor.simulate_agents`
    from the same seed; the learner's team does ``surface`` SDs more surface acting
    and ``deep`` SDs more deep acting than the reference team.

    Returns
    -------
    Explorer
        Controls ``surface``, ``deep``, ``rho`` (Hülsheger & Schewe's range .39 to .48)
        and ``n``; ``result`` holds ``mean``, ``share_above_60`` and ``ref_share_above_60``;
        ``views[0]`` is the histogram, ``views[1]`` the summary (HTML).
    """
    controls = {
        "surface": W.FloatSlider(value=0.0, min=-2.0, max=2.0, step=0.25, description=_t("sim_surface"),
                                 style={"description_width": "initial"}),
        "deep": W.FloatSlider(value=0.0, min=-2.0, max=2.0, step=0.25, description=_t("sim_deep"),
                              style={"description_width": "initial"}),
        "rho": W.FloatSlider(value=el.RHO_SURFACE_EXHAUSTION, min=0.39, max=0.48, step=0.01,
                             description=_t("sim_rho"), style={"description_width": "initial"}),
        "n": W.IntSlider(value=n, min=50, max=2000, step=50, description=_t("sim_n")),
    }

    def compute(surface, deep, rho, n):
        ref = el.simulate_agents(n, seed=seed, rho_surface=rho)["exhaustion"].to_numpy()
        team = el.simulate_agents(n, seed=seed, rho_surface=rho, surface_shift=surface,
                                  deep_shift=deep)["exhaustion"].to_numpy()
        return {"reference": ref, "team": team, "mean": float(team.mean()),
                "share_above_60": float((team > 60).mean()), "ref_share_above_60": float((ref > 60).mean())}

    def render(result):
        fig, ax = figure(6.4, 3.2)
        bins = [20 + 2.5 * i for i in range(25)]
        ax.hist(result["reference"], bins=bins, alpha=0.45, label=_t("sim_reference"), color="#7a7a7a")
        ax.hist(result["team"], bins=bins, alpha=0.6, label=_t("sim_your_team"), color="#1f6fb2")
        ax.axvline(60, color="#b3261e", linestyle=":", linewidth=1)
        ax.set_xlabel(_t("sim_xlabel"))
        ax.set_ylabel(_t("sim_ylabel"))
        ax.legend(loc="upper left", frameon=False)
        summary = _t("sim_summary", mean=result["mean"], share=result["share_above_60"],
                     ref_share=result["ref_share_above_60"])
        return [fig, f"<p>{html.escape(summary)}</p>"]

    return Explorer(controls, compute, render, title=_t("sim_title"))


def apology_explorer() -> Explorer:
    """Which apology fits: toggle who caused the problem and how upset the customer is.

    Returns
    -------
    Explorer
        Controls ``company_at_fault`` (Checkbox) and ``upset`` (0 to 1); ``result``
        is ``"real_apology"`` or ``"light_apology"``; ``views[0]`` the advice (HTML).
    """
    controls = {
        "company_at_fault": W.Checkbox(value=False, description=_t("apo_fault"), indent=False),
        "upset": W.FloatSlider(value=0.2, min=0.0, max=1.0, step=0.1, description=_t("apo_upset"),
                               style={"description_width": "initial"}, layout=W.Layout(width="460px")),
    }

    def compute(company_at_fault, upset):
        return el.recommend_apology(bool(company_at_fault), upset)

    def render(result):
        colour = "#b3261e" if result == "real_apology" else "#1b7f3b"
        return f"<p style='border-left:4px solid {colour};padding:4px 10px'>{html.escape(_t('apo_' + result))}</p>"

    return Explorer(controls, compute, render, title=_t("apo_title"))
