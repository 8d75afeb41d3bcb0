"""SVG plots of a class's result: bars with 95% intervals and the published figure as a tick.

Pure string building (no matplotlib), so the trainer's page redraws in microseconds;
every label is escaped.
"""

from __future__ import annotations

import html
import math

__all__ = ["bar_chart"]


def _ok(x) -> bool:
    return x is not None and not (isinstance(x, float) and math.isnan(x))


def bar_chart(bars, markers=(), *, axis=(0.0, 1.0), axis_label: str = "", percent: bool = False,
              width: int = 420, height: int = 260) -> str:
    """An SVG bar chart.

    Parameters
    ----------
    bars : list of dict
        ``label``, ``value``, optional ``low``/``high`` (the 95% interval, drawn as a
        whisker) and ``n`` (printed under the label).
    markers : list of dict
        ``label``, ``value``, ``bar`` (index of the bar the tick belongs to, or None for a
        dashed line across the chart) and optional ``colour``: the published figure, a
        reference level. Ticks are explained in a key under the chart.
    axis : (float, float)
        The value axis range.

    Examples
    --------
    >>> svg = bar_chart([{"label": "gain <frame>", "value": 0.7, "low": 0.5, "high": 0.85, "n": 20}])
    >>> svg.startswith("<svg") and "gain &lt;frame&gt;" in svg
    True
    """
    lo_ax, hi_ax = axis
    left, right, top, bottom = 48, 12, 14, 56
    pw, ph = width - left - right, height - top - bottom

    def y(v: float) -> float:
        v = min(max(v, lo_ax), hi_ax)
        return top + ph * (1 - (v - lo_ax) / (hi_ax - lo_ax))

    def label(v: float) -> str:
        return f"{100 * v:.0f}%" if percent else f"{v:g}"

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
           f'class="plot" aria-label="{html.escape(axis_label)}">',
           '<rect x="0" y="0" width="100%" height="100%" fill="#fff"/>']
    for i in range(5):
        v = lo_ax + (hi_ax - lo_ax) * i / 4
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e3e6ea"/>'
                   f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="12" fill="#555">'
                   f'{html.escape(label(round(v, 6)))}</text>')
    out.append(f'<text x="12" y="{top + ph / 2:.1f}" font-size="11" fill="#333" text-anchor="middle" '
               f'transform="rotate(-90 12 {top + ph / 2:.1f})">{html.escape(axis_label)}</text>')
    k = max(len(bars), 1)
    slot = pw / k
    bw = min(slot * 0.55, 90)
    for i, b in enumerate(bars):
        cx = left + slot * (i + 0.5)
        v = b.get("value")
        if _ok(v):
            out.append(f'<rect class="bar" x="{cx - bw / 2:.1f}" y="{y(v):.1f}" width="{bw:.1f}" '
                       f'height="{max(y(lo_ax) - y(v), 0):.1f}" fill="#3b6ea5"/>')
            out.append(f'<text x="{cx - bw / 2 + 4:.1f}" y="{y(v) - 6:.1f}" text-anchor="start" font-size="13" '
                       f'font-weight="bold" fill="#1d3557">{html.escape(label(round(v, 2)))}</text>')
        lo, hi = b.get("low"), b.get("high")
        if _ok(lo) and _ok(hi):
            out.append(f'<path class="ci" d="M{cx:.1f} {y(lo):.1f}V{y(hi):.1f}M{cx - 8:.1f} {y(lo):.1f}h16'
                       f'M{cx - 8:.1f} {y(hi):.1f}h16" stroke="#111" stroke-width="2" fill="none"/>')
        name = html.escape(str(b.get("label", "")))
        out.append(f'<text x="{cx:.1f}" y="{top + ph + 18}" text-anchor="middle" font-size="13" fill="#222">'
                   f'{name}</text>')
        if "n" in b:
            out.append(f'<text x="{cx:.1f}" y="{top + ph + 34}" text-anchor="middle" font-size="11" '
                       f'fill="#666">n = {int(b["n"])}</text>')
    legend: dict[str, str] = {}
    for m in markers:
        v = m.get("value")
        colour = html.escape(str(m.get("colour", "#e07a1f")))
        if not _ok(v):
            continue
        text = html.escape(str(m.get("label", "")))
        if m.get("bar") is None:
            out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#888" '
                       f'stroke-dasharray="5 4"/><text x="{left + pw - 2}" y="{y(v) - 4:.1f}" text-anchor="end" '
                       f'font-size="11" fill="#666">{text}</text>')
        else:
            cx = left + slot * (int(m["bar"]) + 0.5)
            out.append(f'<line class="published" x1="{cx - bw / 2 - 10:.1f}" x2="{cx + bw / 2 + 10:.1f}" '
                       f'y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="{colour}" stroke-width="4"><title>{text}</title>'
                       f'</line>')
            legend.setdefault(text, colour)
    x = left
    for name, colour in legend.items():  # a key for the ticks, under the chart
        out.append(f'<line x1="{x}" x2="{x + 22}" y1="{height - 6}" y2="{height - 6}" stroke="{colour}" '
                   f'stroke-width="4"/><text x="{x + 28}" y="{height - 2}" font-size="11" fill="#333">'
                   f'{name}</text>')
        x += 40 + 6 * len(name)
    out.append("</svg>")
    return "".join(out)
