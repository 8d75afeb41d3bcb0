"""Widgets of the emotional-labor lesson.

* :func:`cbi_self_check`: answer the Copenhagen Burnout Inventory items, see the score and its band.
* :func:`association_explorer`: what a correlation of the published size looks like in a team of
  simulated agents (a scatter, and the share above a cut-off in the upper and lower half).
* :func:`apology_explorer`: which apology a display rule calls for (对不起 or 不好意思).

Examples
--------
>>> ex = cbi_self_check()
>>> ex.controls["item_1"].value = 75
>>> ex.result["answered"]
1
>>> ex = association_explorer(n=200)
>>> ex.controls["rho"].value = 0.0
>>> round(ex.result["expected"][0], 2)
0.25
"""

from __future__ import annotations

import html

from .. import emotional_labor as el
from ..strings import text
from ._base import Explorer, choice, html_table, panels, slider

__all__ = ["apology_explorer", "association_explorer", "cbi_self_check"]


def _t(key: str, **fields) -> str:
    return text("emotional_labor", key, **fields)


def cbi_self_check(scale: str = "work") -> Explorer:
    """A private self-check on one CBI scale: one drop-down per item, the score and band below.

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
        controls[f"item_{i}"] = choice(f"{i}.", options)

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


#: Published range of each relation the explorer offers (findings rows in ``findings/_emotional_labor.py``).
_RELATIONS = {"surface": el.RHO_DISSONANCE_SURFACE_WELLBEING, "deep": el.RHO_DEEP_PERFORMANCE}


def association_explorer(n: int = 400, seed: int = 2011) -> Explorer:
    """Show what a correlation of a chosen size looks like in a team of simulated agents.

    The team is drawn with :func:`servicepsych.emotional_labor.simulate_association`;
    the summary compares the share of agents above an outcome cut-off in the upper
    and the lower half of the predictor, in this team and (exactly) in a very large
    one (:func:`servicepsych.emotional_labor.share_above_cutoff`). Nothing is
    "shifted": a correlation between people is not a slope one agent can move along.

    Parameters
    ----------
    n : int
        Agents in the team at the start.
    seed : int
        Seed of the simulated team.

    Returns
    -------
    Explorer
        Controls ``relation`` ("surface": emotion-rule dissonance and surface acting with
        exhaustion; "deep": deep acting with customer-rated performance), ``rho``, ``cutoff``
        (top % on the outcome) and ``n``; ``result`` holds ``observed`` and ``expected``
        (share above the cut-off in the upper and the lower half), ``inside`` (rho within the
        published range); ``views[0]`` is the picture, ``views[1]`` the summary (HTML).
    """
    controls = {
        "relation": choice(_t("assoc_relation"), [(_t("assoc_rel_surface"), "surface"),
                                                   (_t("assoc_rel_deep"), "deep")]),
        "rho": slider(_t("assoc_rho"), 0.39, 0.0, 0.6, 0.01, continuous=False),
        "cutoff": slider(_t("assoc_cutoff"), 25, 10, 50, 5, continuous=False),
        "n": slider(_t("assoc_n"), int(n), 100, 2000, 100, continuous=False),
    }

    def compute(relation, rho, cutoff, n):
        import numpy as np

        df = el.simulate_association(rho, n=int(n), seed=seed)
        x, y = df["predictor"].to_numpy(), df["outcome"].to_numpy()
        top = cutoff / 100.0
        cut = float(np.quantile(y, 1.0 - top))
        upper = x > np.median(x)
        observed = (float((y[upper] > cut).mean()), float((y[~upper] > cut).mean()))
        lo, hi = _RELATIONS[relation]
        return {"relation": relation, "rho": float(rho), "top": top, "x": x, "y": y, "cut": cut,
                "upper": upper, "observed": observed, "expected": el.share_above_cutoff(rho, top),
                "inside": lo <= rho <= hi, "range": (lo, hi), "n": int(n)}

    def render(r):
        rel = r["relation"]
        # two panels in a fixed layout; panels() sets the CJK font under zh and, in a redraw, reuses the figure
        fig, (ax, bar) = panels(8.4, 3.3, [1.6, 1.0], left=0.08, right=0.98, bottom=0.16, top=0.9, wspace=0.22)
        above = r["y"] > r["cut"]
        ax.scatter(r["x"][~above], r["y"][~above], s=9, color="#9aa5b1", alpha=0.7, linewidths=0)
        ax.scatter(r["x"][above], r["y"][above], s=9, color="#b3261e", alpha=0.8, linewidths=0)
        ax.axhline(r["cut"], color="#b3261e", linestyle=":", linewidth=1)
        ax.axvline(float(sorted(r["x"])[len(r["x"]) // 2]), color="#1f6fb2", linestyle="--", linewidth=1)
        ax.set_xlabel(_t(f"assoc_x_{rel}"))
        ax.set_ylabel(_t(f"assoc_y_{rel}"))
        labels = [_t("assoc_low_half"), _t("assoc_high_half")]
        team = [r["observed"][1], r["observed"][0]]
        large = [r["expected"][1], r["expected"][0]]
        bar.bar([0, 1], team, width=0.55, color=["#9aa5b1", "#b3261e"], label=_t("assoc_this_team"))
        bar.scatter([0, 1], large, marker="_", s=900, color="black", label=_t("assoc_large_team"), zorder=3)
        bar.set_xticks([0, 1], labels)
        bar.set_ylim(0, 1)
        bar.set_title(_t("assoc_bar_title"), fontsize=10)
        bar.legend(loc="upper left", frameon=False, fontsize=8)
        x_name = _t(f"assoc_x_{rel}").split(" (")[0].lower()
        y_name = _t(f"assoc_y_{rel}").split(" (")[0].lower()
        summary = _t("assoc_summary", n=r["n"], high=r["observed"][0], low=r["observed"][1], x=x_name, y=y_name,
                     top=r["top"], exp_high=r["expected"][0], exp_low=r["expected"][1], rho=r["rho"],
                     share=el.variance_explained(r["rho"]))
        lo, hi = r["range"]
        published = _t("assoc_published", lo=lo, hi=hi, what=_t(f"assoc_what_{rel}"),
                       where=_t("assoc_inside" if r["inside"] else "assoc_outside"))
        notes = "".join(f"<p style='margin:2px 0'>{html.escape(p)}</p>" for p in (
            summary, published, _t("assoc_caution")))
        return [fig, notes + f"<p style='margin:2px 0'><em>{html.escape(_t('assoc_no_deep_wellbeing'))}</em></p>"]

    return Explorer(controls, compute, render, title=_t("assoc_title"))


def apology_explorer() -> Explorer:
    """Which apology fits: who caused the problem, and how upset the customer is.

    Returns
    -------
    Explorer
        Controls ``company_at_fault`` (toggle buttons, True/False) and ``upset`` (0 to 1);
        ``result`` is ``"real_apology"`` or ``"light_apology"``; ``views[0]`` the advice (HTML), with a
        gauge of how upset the customer is against the rule's threshold.
    """
    controls = {
        "company_at_fault": choice(_t("apo_fault"), [(_t("apo_fault_nobody"), False),
                                                     (_t("apo_fault_company"), True)], buttons=True),
        "upset": slider(_t("apo_upset"), 0.2, 0.0, 1.0, 0.1),
    }

    def compute(company_at_fault, upset):
        return el.recommend_apology(bool(company_at_fault), upset)

    def render(result):
        colour = "#b3261e" if result == "real_apology" else "#1b7f3b"
        upset, fault = float(controls["upset"].value), bool(controls["company_at_fault"].value)
        # how upset, against the rule's line: every step of the slider shows, not only the one that flips the advice
        gauge = (f"<div style='position:relative;width:320px;height:10px;background:#e6e6e6;border-radius:5px;"
                 f"margin:8px 0 4px 14px'><div style='width:{100 * upset:.0f}%;height:100%;background:{colour};"
                 f"border-radius:5px'></div><div style='position:absolute;left:{100 * el.UPSET_THRESHOLD:.0f}%;"
                 f"top:-3px;width:2px;height:16px;background:#333'></div></div>")
        level = _t("apo_level_fault" if fault else "apo_level", upset=upset, threshold=el.UPSET_THRESHOLD)
        return (f"<p style='border-left:4px solid {colour};padding:4px 10px'>{html.escape(_t('apo_' + result))}</p>"
                f"{gauge}<p style='margin:2px 0 0 14px;font-size:90%;color:#444'>{html.escape(level)}</p>")

    return Explorer(controls, compute, render, title=_t("apo_title"))
