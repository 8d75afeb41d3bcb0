"""The common frame of every lesson widget."""

from __future__ import annotations

import html as _html
import io
from typing import Any, Callable, Mapping

import ipywidgets as W

__all__ = ["Explorer", "choice", "figure", "figure_png", "html_table", "slider"]


def figure(width: float = 6.4, height: float = 3.6):
    """A new matplotlib Figure with one Axes, outside pyplot's global state.

    Returns
    -------
    (Figure, Axes)
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


#: Layout every lesson control shares, so labels and tracks stay legible on a 1280 px projector.
_CONTROL_STYLE = {"description_width": "initial"}
_CONTROL_WIDTH = "620px"


def slider(label: str, value, lo, hi, step=1, *, continuous: bool = True, readout_format: str | None = None):
    """A labelled slider with the kit's projector-friendly layout.

    Integers give an ``IntSlider``, anything else a ``FloatSlider``. Pass
    ``continuous=False`` when a recompute is heavy (it then updates on release).
    """
    integer = all(isinstance(v, int) and not isinstance(v, bool) for v in (value, lo, hi, step))
    cls = W.IntSlider if integer else W.FloatSlider
    kwargs = dict(value=value, min=lo, max=hi, step=step, description=label, continuous_update=continuous,
                  style=dict(_CONTROL_STYLE), layout=W.Layout(width=_CONTROL_WIDTH))
    if readout_format:
        kwargs["readout_format"] = readout_format
    return cls(**kwargs)


def choice(label: str, options, value=None, *, buttons: bool = False):
    """A labelled drop-down (or, with ``buttons=True``, toggle buttons) in the kit's layout.

    ``options`` is a list of values or of ``(label, value)`` pairs.
    """
    cls = W.ToggleButtons if buttons else W.Dropdown
    kwargs = dict(options=options, description=label, style=dict(_CONTROL_STYLE))
    if not buttons:
        kwargs["layout"] = W.Layout(width=_CONTROL_WIDTH)
    if value is not None:
        kwargs["value"] = value
    return cls(**kwargs)


def figure_png(fig) -> bytes:
    """Render a matplotlib Figure to PNG bytes."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def html_table(rows, columns, *, caption: str = "") -> str:
    """A small, escaped HTML table (``rows`` is a list of sequences)."""
    head = "".join(f"<th style='text-align:left;padding:2px 8px'>{_html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 8px'>{_html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    cap = f"<caption style='text-align:left'>{_html.escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class Explorer(W.VBox):
    """Controls plus a view that is recomputed and redrawn whenever a control changes.

    Parameters
    ----------
    controls : mapping of str to widget
        Named input widgets; their ``value`` is passed to ``compute`` under that name.
    compute : callable
        ``compute(**values) -> result``: calls the models, no drawing.
    render : callable
        ``render(result) -> part or list of parts``, each part a matplotlib
        Figure (shown as a PNG) or a str of HTML.
    title : str, optional
        A heading shown above the controls (already translated).

    Attributes
    ----------
    controls : dict
    result : object
        What ``compute`` returned for the current values.
    views : list of ipywidgets.Image or ipywidgets.HTML
        What is displayed; ``views[i].value`` holds PNG bytes or HTML.
    updates : int
        How many times the view was redrawn (useful in tests).
    """

    def __init__(self, controls: Mapping[str, W.Widget], compute: Callable[..., Any],
                 render: Callable[[Any], Any], *, title: str = "", layout_controls: str = "vertical"):
        self.controls = dict(controls)
        self._compute = compute
        self._render = render
        self.result = None
        self.error = ""
        self.updates = 0
        self.views: list[W.Widget] = []
        self._view_box = W.VBox()
        self._message = W.HTML()
        box = W.VBox if layout_controls == "vertical" else W.HBox
        parts = []
        if title:
            parts.append(W.HTML(f"<h4 style='margin:4px 0'>{_html.escape(title)}</h4>"))
        parts += [box(list(self.controls.values())), self._message, self._view_box]
        super().__init__(parts)
        for widget in self.controls.values():
            widget.observe(self._on_change, names="value")
        self.refresh()

    def values(self) -> dict:
        """The current value of every control."""
        return {name: w.value for name, w in self.controls.items()}

    def _on_change(self, _change=None):
        self.refresh()

    def refresh(self) -> None:
        """Recompute with the current values and redraw. Bad combinations show a message, not a traceback."""
        try:
            self.result = self._compute(**self.values())
        except (ValueError, TypeError) as exc:
            self.error = str(exc)
            self._message.value = f"<p style='color:#b3261e'>{_html.escape(self.error)}</p>"
            return
        self.error = ""
        self._message.value = ""
        parts = self._render(self.result)
        if not isinstance(parts, (list, tuple)):
            parts = [parts]
        self._show(parts)
        self.updates += 1

    def _show(self, parts) -> None:
        views = []
        for i, part in enumerate(parts):
            if isinstance(part, str):
                kind, value = W.HTML, part
            else:  # a matplotlib Figure
                kind, value = W.Image, figure_png(part)
            if i < len(self.views) and isinstance(self.views[i], kind):
                self.views[i].value = value  # update in place: no flicker
                views.append(self.views[i])
            else:
                views.append(kind(value=value, format="png") if kind is W.Image else kind(value=value))
        if views != self.views:
            self.views = views
            self._view_box.children = tuple(views)
