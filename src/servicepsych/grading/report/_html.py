"""Render a :class:`CohortReport` as one self-contained HTML page (matplotlib Figure API, no pyplot)."""

from __future__ import annotations

import base64
import html
import io

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;
max-width:1100px;padding:0 1rem;color:#1d2733}
h1{margin-bottom:.2rem} .meta{color:#5b6675;margin-top:0}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.9rem}
th,td{border-bottom:1px solid #dde2e8;padding:.25rem .6rem;text-align:left}
th{background:#f2f4f7} td.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0} figcaption{color:#5b6675;font-size:.9rem} img{max-width:100%}
.cards{display:flex;gap:1rem;flex-wrap:wrap} .card{border:1px solid #dde2e8;border-radius:6px;padding:.6rem 1rem}
.card b{display:block;font-size:1.4rem} .empty{color:#5b6675;font-style:italic}
"""


def _png(fig) -> str:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _figure(width=6.4, height=3.4):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _img(fig, alt: str, caption: str) -> str:
    return (f"<figure><img alt='{html.escape(alt)}' src='data:image/png;base64,{_png(fig)}'>"
            f"<figcaption>{html.escape(caption)}</figcaption></figure>")


def _fmt(value, column: str) -> tuple[str, bool]:
    if isinstance(value, float):
        if value != value:
            return "", True
        if column in {"difficulty", "discrimination", "mean", "median"} or column.startswith(("share", "mastery")):
            return f"{value:.2f}", True
        return (f"{value:.2f}".rstrip("0").rstrip(".") if not value.is_integer() else f"{value:.0f}"), True
    if isinstance(value, (int,)) and not isinstance(value, bool):
        return str(value), True
    return str(value), False


def table(frame, empty: str, index: bool = False, cls: str = "") -> str:
    """An escaped HTML table of a DataFrame (``empty`` shown when it has no rows)."""
    if frame is None or len(frame) == 0:
        return f"<p class='empty'>{html.escape(empty)}</p>"
    frame = frame.reset_index() if index else frame
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for col, value in zip(frame.columns, row):
            text, numeric = _fmt(value.item() if hasattr(value, "item") else value, str(col))
            cells.append(f"<td{' class=num' if numeric else ''}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def distribution_figure(report):
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    fig, ax = _figure()
    pct = report.scores["percent"].dropna().to_numpy()
    ax.hist(pct, bins=np.linspace(0, 100, 11), color="#3b6ea8", edgecolor="white")
    if pct.size:
        ax.axvline(float(np.mean(pct)), color="#c0392b", linestyle="--", label=f"mean {np.mean(pct):.0f}%")
        ax.legend(frameon=False)
    ax.set_xlabel("score (% of available points)")
    ax.set_ylabel("students")
    ax.set_xlim(0, 100)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return fig


def mastery_figure(report):
    fig, ax = _figure(6.4, 0.6 + 0.45 * max(1, len(report.mastery_cohort)))
    cohort = report.mastery_cohort
    names = [str(c) for c in cohort.index]
    ax.barh(names, cohort["mean"].to_numpy(), color="#2e8b57")
    ax.axvline(report.mastery_threshold, color="#5b6675", linestyle=":",
               label=f"mastery threshold {report.mastery_threshold:.0%}")
    ax.set_xlim(0, 1)
    ax.invert_yaxis()
    ax.set_xlabel("mean share of the concept's points earned")
    ax.legend(frameon=False, loc="lower right")
    return fig


def items_figure(report):
    fig, ax = _figure(6.4, 4.2)
    items = report.items
    t = report.thresholds
    ax.axvspan(0, t["hard"], color="#f6d5d1", alpha=.6, lw=0)
    ax.axvspan(t["easy"], 1.0, color="#f6d5d1", alpha=.6, lw=0)
    ax.axhspan(-1, t["low_discrimination"], color="#fbeecb", alpha=.6, lw=0)
    ok = items["discrimination"].notna()
    ax.scatter(items.loc[ok, "difficulty"], items.loc[ok, "discrimination"], color="#3b6ea8", zorder=3)
    for item in items[ok].itertuples(index=False):
        ax.annotate(item.grade_id, (item.difficulty, item.discrimination), fontsize=7,
                    xytext=(4, 3), textcoords="offset points")
    ax.set_xlim(0, 1)
    ax.set_ylim(-1, 1)
    ax.set_xlabel("difficulty (mean share of points earned)")
    ax.set_ylabel("discrimination (corrected item-total r)")
    return fig


def render(report, generated) -> str:
    scores = report.scores
    n = len(scores)
    mean = scores["percent"].mean() if n else float("nan")
    median = scores["percent"].median() if n else float("nan")
    cards = "".join(f"<div class='card'>{html.escape(label)}<b>{html.escape(value)}</b></div>" for label, value in (
        ("students", str(n)), ("assignments", str(len(report.assignments))), ("items", str(len(report.items))),
        ("mean score", f"{mean:.0f}%" if mean == mean else "-"),
        ("median score", f"{median:.0f}%" if median == median else "-"),
        ("items to review", str(len(report.review))), ("flagged submissions", str(len(report.flagged)))))
    t = report.thresholds
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Cohort report: {html.escape(', '.join(report.assignments))}</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Cohort report</h1><p class='meta'>{html.escape(', '.join(report.assignments))} &middot; course "
        f"{html.escape(str(report.course))} &middot; generated {generated:%Y-%m-%d %H:%M} UTC</p>",
        f"<div class='cards'>{cards}</div>",
        "<h2 id='distribution'>Score distribution</h2>",
        _img(distribution_figure(report), "histogram of total scores",
             "Total score of each student as a share of the points available to them."),
        "<h2 id='mastery'>Mastery per concept</h2>",
        _img(mastery_figure(report), "mean mastery per concept",
             "Mean share of each concept's points earned across the cohort."),
        table(report.mastery_cohort, "No concepts.", index=True, cls="mastery-cohort"),
        "<h2 id='items'>Items: difficulty and discrimination</h2>",
        _img(items_figure(report), "difficulty against discrimination of each item",
             f"Shaded: too hard (< {t['hard']:.0%}), too easy (> {t['easy']:.0%}) or low discrimination "
             f"(< {t['low_discrimination']:.2f}). Items without a correlation (no variation, fewer than "
             "three graded submissions) are not drawn."),
        "<h2 id='review'>Items to review</h2>",
        table(report.review, "No item needs review.", cls="review"),
        "<h2 id='flagged'>Submissions flagged for integrity</h2>",
        table(report.flagged, "No submission was flagged.", cls="flagged"),
        "<h2 id='errors'>Submissions that could not be graded</h2>",
        table(report.errors, "Every submission was graded.", cls="errors"),
        "<h2 id='all-items'>All items</h2>",
        table(report.items, "No items.", cls="items"),
        "<h2 id='students'>Students</h2>",
        table(report.scores.join(report.mastery.add_prefix("mastery: ")), "No students.", index=True,
              cls="students"),
        "</body></html>",
    ]
    return "\n".join(parts)
