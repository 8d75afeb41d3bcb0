"""Widgets of the hard-and-soft-service lesson (10).

* :func:`kano_table`: pick one respondent's two answers; see the cell of the
  Kano evaluation table it lands in and what the category means.
* :func:`kano_survey`: set how many respondents fell into each category for one
  attribute; see the shares, Berger et al.'s better and worse, and where the
  attribute sits on the better–worse plot.
* :func:`servqual_gaps`: move residents' perceptions of a property office on
  the five SERVQUAL dimensions; see the gaps, weighted or not, and the largest
  shortfall.

Examples
--------
>>> t = kano_table("like", "neutral")
>>> t.result["category"]
'attractive'
>>> s = kano_survey()
>>> s.result["better"], s.result["worse"]
(0.5, -0.3)
>>> g = servqual_gaps()
>>> g.result["first_fix"]
'reliability'
>>> g.controls["weights"].value = "equal"
>>> g.result["first_fix"]
'responsiveness'
"""

from __future__ import annotations

import html as _html

from .. import kano as kn
from .. import servqual as sq
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

__all__ = ["OFFICE_EXPECTATIONS", "OFFICE_PERCEPTIONS", "OFFICE_WEIGHTS", "kano_survey", "kano_table",
           "servqual_gaps"]

_COLOURS = {"attractive": "#1b7f3b", "one-dimensional": "#1f5fa8", "must-be": "#b3261e",
            "indifferent": "#8a8a8a", "reverse": "#8a6d00", "questionable": "#7b4fa0"}

#: Maple Court's property office (ratings on 1-7 invented for the exercise).
OFFICE_EXPECTATIONS = {"tangibles": 5.0, "reliability": 6.5, "responsiveness": 6.2, "assurance": 6.0,
                       "empathy": 5.6}
OFFICE_PERCEPTIONS = {"tangibles": 5.6, "reliability": 5.1, "responsiveness": 4.3, "assurance": 5.5,
                      "empathy": 4.6}
#: Importance points out of 100 the residents gave each dimension (invented for the exercise).
OFFICE_WEIGHTS = {"tangibles": 10, "reliability": 40, "responsiveness": 20, "assurance": 15, "empathy": 15}

#: The lesson's follow-up call after a repair: respondents per category (invented for the exercise).
FOLLOWUP_COUNTS = {"attractive": 12, "one-dimensional": 8, "must-be": 4, "indifferent": 16, "reverse": 2,
                   "questionable": 1}


def _t(key: str, **fields) -> str:
    return text("kano", key, **fields)


def kano_table(functional: str = "like", dysfunctional: str = "neutral") -> Explorer:
    """The 5 x 5 Kano evaluation table with one respondent's answer pair highlighted.

    Parameters
    ----------
    functional, dysfunctional : str
        Starting answers (one of :data:`servicepsych.kano.ANSWERS`).

    Returns
    -------
    Explorer
        ``result`` holds ``functional``, ``dysfunctional`` and ``category``;
        ``views[0]`` is the table (HTML).
    """
    options = [(_t(f"ans_{a}"), a) for a in kn.ANSWERS]
    controls = {
        "functional": choice(_t("table_functional"), options, functional),
        "dysfunctional": choice(_t("table_dysfunctional"), options, dysfunctional),
    }

    def compute(functional, dysfunctional):
        return {"functional": functional, "dysfunctional": dysfunctional,
                "category": kn.classify(functional, dysfunctional)}

    def render(r):
        head = "".join(f"<th style='padding:4px 8px'>{_html.escape(_t('ans_' + d))}</th>" for d in kn.ANSWERS)
        rows = [f"<tr><th style='padding:4px 8px'>{_html.escape(_t('table_corner'))}</th>{head}</tr>"]
        for f in kn.ANSWERS:
            cells = []
            for d in kn.ANSWERS:
                cat = kn.EVALUATION_TABLE[(f, d)]
                chosen = (f, d) == (r["functional"], r["dysfunctional"])
                style = (f"padding:4px 8px;text-align:center;color:{_COLOURS[cat]};"
                         + ("border:3px solid #000;font-weight:bold;background:#fff6cc" if chosen
                            else "border:1px solid #ccc"))
                cells.append(f"<td style='{style}'>{_html.escape(_t('cat_' + cat))}</td>")
            rows.append(f"<tr><th style='padding:4px 8px;text-align:left'>{_html.escape(_t('ans_' + f))}</th>"
                        f"{''.join(cells)}</tr>")
        table = f"<table style='border-collapse:collapse;font-size:90%'>{''.join(rows)}</table>"
        cat = r["category"]
        result = _t("table_result", category=_html.escape(_t("cat_" + cat)), explain=_html.escape(
            _t("explain_" + cat)))
        return [f"{table}<p style='max-width:680px'>{result}</p>"
                f"<p style='max-width:680px;font-size:90%'>{_t('table_source')}</p>"]

    return Explorer(controls, compute, render, title=_t("table_title"))


def kano_survey(counts: dict | None = None, top: int = 40) -> Explorer:
    """Answer counts of one attribute: category shares, Berger et al.'s better and worse, the better–worse plot.

    Parameters
    ----------
    counts : dict, optional
        Starting ``{category: respondents}``; default :data:`FOLLOWUP_COUNTS`.
    top : int
        The sliders' maximum count.

    Returns
    -------
    Explorer
        ``result`` holds ``counts``, ``shares``, ``better``, ``worse`` (None when they
        cannot be computed) and ``mode``; ``views`` are the share bars, the plot and a summary.
    """
    start = dict(FOLLOWUP_COUNTS if counts is None else counts)
    controls = {c: slider(_t("survey_count", category=_t(f"cat_{c}")), int(start.get(c, 0)), 0, int(top), 1)
                for c in kn.CATEGORIES}

    def compute(**counts):
        total = sum(counts.values())
        counted = sum(counts[c] for c in ("attractive", "one-dimensional", "must-be", "indifferent"))
        better = worse = None
        if counted:
            better, worse = kn.coefficients_from_counts(counts)
        share = kn.shares(counts) if total else {c: 0.0 for c in kn.CATEGORIES}
        mode = max(kn.CATEGORIES, key=lambda c: counts[c]) if total else None
        return {"counts": dict(counts), "shares": share, "better": better, "worse": worse, "mode": mode,
                "total": total, "counted": counted}

    def render(r):
        fig, ax = figure(6.8, 2.6)
        labels = [_t(f"cat_{c}") for c in kn.CATEGORIES]
        values = [r["shares"][c] for c in kn.CATEGORIES]
        ax.barh(labels[::-1], values[::-1], color=[_COLOURS[c] for c in kn.CATEGORIES][::-1])
        for y, v in enumerate(values[::-1]):
            ax.text(v + 0.01, y, f"{v:.0%}", va="center", fontsize=9)
        ax.set_xlim(0, 1.1)
        ax.set_xlabel(_t("survey_axis_share"))
        plot, bx = figure(4.8, 3.4)
        bx.axhline(0.5, color="#999999", linewidth=1, linestyle="--")
        bx.axvline(0.5, color="#999999", linewidth=1, linestyle="--")
        for x, y, key in ((0.25, 0.95, "A"), (0.75, 0.95, "O"), (0.75, 0.05, "M"), (0.25, 0.05, "I")):
            bx.text(x, y, _t(f"survey_quadrant_{key}"), ha="center", va="center", fontsize=10, color="#555555")
        if r["better"] is not None:
            colour = _COLOURS[r["mode"]] if r["mode"] else "#000000"
            bx.scatter([-r["worse"]], [r["better"]], s=120, color=colour, edgecolor="#000000", zorder=3)
            bx.annotate(f"({r['better']:.2f}, {r['worse']:.2f})", (-r["worse"], r["better"]),
                        textcoords="offset points", xytext=(8, 8), fontsize=9)
        bx.set_xlim(0, 1)
        bx.set_ylim(0, 1)
        bx.set_xlabel(_t("survey_plot_x"))
        bx.set_ylabel(_t("survey_plot_y"))
        if r["better"] is None:
            summary = _t("survey_summary_none")
        else:
            summary = _t("survey_summary", better=r["better"], worse=r["worse"], n=r["counted"], total=r["total"],
                         mode=_html.escape(_t(f"cat_{r['mode']}")))
        return [fig, plot, f"<p style='max-width:680px'>{summary}</p>"
                           f"<p style='max-width:680px;font-size:90%'>{_t('survey_note')}</p>"]

    return Explorer(controls, compute, render, title=_t("survey_title"))


def servqual_gaps(perceptions: dict | None = None, expectations: dict | None = None,
                  weights: str = "residents", importance: dict | None = None) -> Explorer:
    """SERVQUAL gap scores of a property office, weighted or not, with the largest shortfall framed.

    Parameters
    ----------
    perceptions, expectations : dict, optional
        Starting ratings per dimension (1-7); defaults :data:`OFFICE_PERCEPTIONS` and
        :data:`OFFICE_EXPECTATIONS`. Expectations stay fixed; perceptions have sliders.
    weights : {"residents", "equal"}
        Starting weighting.
    importance : dict, optional
        Importance points per dimension; default :data:`OFFICE_WEIGHTS`.

    Returns
    -------
    Explorer
        ``result`` is :func:`servicepsych.servqual.weighted_gaps`'s dict plus ``first_fix``
        and ``mode`` ("residents" or "equal").
    """
    expect = dict(OFFICE_EXPECTATIONS if expectations is None else expectations)
    start = dict(OFFICE_PERCEPTIONS if perceptions is None else perceptions)
    points = dict(OFFICE_WEIGHTS if importance is None else importance)
    controls = {d: slider(_t("servqual_perception", dimension=_t(f"dim_{d}")), float(start[d]), 1.0, 7.0, 0.1)
                for d in sq.DIMENSIONS}
    controls["weights"] = choice(_t("servqual_weights"), [(_t("servqual_weights_residents"), "residents"),
                                                          (_t("servqual_weights_equal"), "equal")], weights,
                                 buttons=True)

    def compute(weights, **perceived):
        w = points if weights == "residents" else None
        result = sq.weighted_gaps(perceived, expect, w)
        result["first_fix"] = sq.largest_shortfall(perceived, expect, w)
        result["mode"] = weights
        result["perceptions"] = dict(perceived)
        return result

    def render(r):
        fig, ax = figure(6.8, 2.8)
        key = "weighted" if r["mode"] == "residents" else "gaps"
        values = [r[key][d] for d in sq.DIMENSIONS]
        labels = [_t(f"dim_{d}") for d in sq.DIMENSIONS]
        bars = ax.bar(labels, values, color=["#1b7f3b" if v >= 0 else "#b3261e" for v in values])
        for bar, d, v in zip(bars, sq.DIMENSIONS, values):
            if d == r["first_fix"]:
                bar.set_edgecolor("#000000")
                bar.set_linewidth(2.5)
            ax.text(bar.get_x() + bar.get_width() / 2, v + (0.03 if v >= 0 else -0.03), f"{v:+.2f}",
                    ha="center", va="bottom" if v >= 0 else "top", fontsize=9)
        low = min(min(values), 0.0)
        high = max(max(values), 0.0)
        pad = 0.2 * max(high - low, 0.5)
        ax.set_ylim(low - pad, high + pad)
        ax.axhline(0, color="#444444", linewidth=1)
        ax.set_ylabel(_t("servqual_axis_weighted" if key == "weighted" else "servqual_axis_gap"))
        headline = (_t("servqual_first_fix", dimension=_html.escape(_t(f"dim_{r['first_fix']}")))
                    if r["first_fix"] else _t("servqual_no_fix"))
        rows = [[_t(f"dim_{d}"), f"{expect[d]:.1f}", f"{r['perceptions'][d]:.1f}", f"{r['gaps'][d]:+.2f}",
                 f"{r['weights'][d]:.2f}", f"{r['weighted'][d]:+.2f}"] for d in sq.DIMENSIONS]
        table = html_table(rows, [_t("servqual_col_dimension"), _t("servqual_col_expect"),
                                  _t("servqual_col_perceive"), _t("servqual_col_gap"), _t("servqual_col_weight"),
                                  _t("servqual_col_weighted")])
        return [fig, f"<p><b>{headline}</b></p>{table}"
                     f"<p style='max-width:680px;font-size:90%'>{_t('servqual_note')}</p>"]

    return Explorer(controls, compute, render, title=_t("servqual_title"))
