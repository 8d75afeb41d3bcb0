"""The common frame of every lesson widget."""

from __future__ import annotations

import html as _html
import math
import unicodedata
from functools import lru_cache
from typing import Any, Callable, Mapping

import ipywidgets as W

from ._drawing import _ACTIVE_FIGURES, _Figures, _Painter, figure, figure_png, panels

__all__ = ["Explorer", "choice", "figure", "figure_png", "fit_control", "html_table", "panels", "slider",
           "text_px"]


# ---------------------------------------------------------------- legible controls
# Why tracks vanish and labels get cut in real JupyterLab (seen in the DOM in Chromium): an
# ipywidgets slider is a flex row of three parts inside a box of fixed width (300 px by default,
# `--jp-widgets-inline-width`): the description label (a fixed `description_width`, 80 px by
# default, with `overflow: hidden; text-overflow: ellipsis`), the track (`.slider-container`,
# `flex: 1 1 148px`, free to shrink to nothing) and the read-out (72 px). A long label in that box
# leaves the track a few px wide (04's peak-weight slider: 4 px), and a label longer than its
# `description_width` ends in "…" (02's "λ (loss av…"). A drop-down's <select> gets what is left of
# the box, so its text is cut too. The cure: the label as wide as its own words
# (`description_width: initial`), and a box wide enough for label, a usable track and the read-out
# (measured from the label's text with the metrics of DejaVu Sans, the widest common UI font and the
# one headless Chromium uses here), at least :data:`CONTROL_PX`. :func:`fit_control` does that;
# :func:`slider` and :func:`choice` use it, and :class:`Explorer` applies it to every control it is
# given, so a control built by hand gets it too.

FONT_PX = 13  #: ipywidgets' font size (`--jp-widgets-font-size`)
CONTROL_PX = 620  #: the usual width of a control: fits a 1280 px projector beside JupyterLab's file browser
TRACK_PX = 280  #: the least slider track a control keeps, however long its label
READOUT_PX = 72  #: the slider's number (`--jp-widgets-inline-width-tiny`)
_GAP_PX = 8  #: `--jp-widgets-inline-margin` between the parts
_LABEL_SLACK_PX = 14  #: label padding plus a margin for fonts a little wider than DejaVu Sans


@lru_cache(maxsize=4096)
def text_px(text: str, size: int = FONT_PX) -> int:
    """Width in px of ``text`` at ``size`` px in DejaVu Sans (East Asian wide characters: 1 em each).

    >>> text_px("") == 0 and text_px("Weight of the peak") > text_px("Peak")
    True
    """
    if not text:
        return 0
    wide = sum(unicodedata.east_asian_width(c) in "WF" for c in text)
    narrow = "".join(c for c in text if unicodedata.east_asian_width(c) not in "WF")
    px = wide * size
    if narrow:
        from matplotlib import font_manager
        from matplotlib.ft2font import FT2Font

        font = FT2Font(font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans")))
        font.set_size(size, 72)  # 72 dpi: points are px
        font.set_text(narrow, 0.0)
        px += font.get_width_height()[0] / 64
    return int(math.ceil(px))


def label_px(widget) -> int:
    """The description width ``widget``'s label needs to show in full (0 without a description)."""
    description = getattr(widget, "description", "") or ""
    return text_px(description) + _LABEL_SLACK_PX if description else 0


def _option_labels(widget) -> list[str]:
    return [str(label) for label in getattr(widget, "_options_labels", ())]


def fit_control(widget):
    """Give ``widget`` the kit's legible layout; return it.

    The label is shown in full (``description_width: initial``); a slider gets
    a box of at least :data:`CONTROL_PX` that always leaves :data:`TRACK_PX` of
    track beside label and read-out; a drop-down a box wide enough for its
    longest option; toggle buttons as wide as their labels. Other widgets only
    get their label shown in full.
    """
    if not hasattr(widget, "style") or not hasattr(widget, "layout"):
        return widget
    if hasattr(widget.style, "description_width") and not isinstance(widget, W.Checkbox):
        widget.style.description_width = "initial"
    label = label_px(widget)
    label_box = label + _GAP_PX if label else 0
    if isinstance(widget, (W.IntSlider, W.FloatSlider, W.IntRangeSlider, W.FloatRangeSlider,
                           W.SelectionSlider, W.SelectionRangeSlider)):
        readout = READOUT_PX
        if isinstance(widget, (W.SelectionSlider, W.SelectionRangeSlider)):
            readout = max(READOUT_PX, max((text_px(t) for t in _option_labels(widget)), default=0) + 12)
        need = label_box + TRACK_PX + _GAP_PX + readout + 2 * _GAP_PX
        widget.layout.width = f"{max(CONTROL_PX, need)}px"
        widget.layout.max_width = "100%"
        widget.layout.flex = "0 0 auto"
    elif isinstance(widget, (W.Dropdown, W.Select)):
        option = max((text_px(t) for t in _option_labels(widget)), default=0)
        need = label_box + max(option + 40, 160) + _GAP_PX
        widget.layout.width = f"{max(CONTROL_PX, need)}px"
        widget.layout.max_width = "100%"
        widget.layout.flex = "0 0 auto"
    elif isinstance(widget, W.ToggleButtons):
        widget.style.button_width = "initial"  # each button as wide as its label
        widget.layout.width = "auto"
        widget.layout.max_width = "100%"
        widget.layout.display = "flex"  # its root is a block: without this the label sits above the buttons
        widget.layout.align_items = "center"
    return widget


def slider(label: str, value, lo, hi, step=1, *, continuous: bool = True, readout_format: str | None = None):
    """A labelled slider with the kit's projector-friendly layout.

    Integers give an ``IntSlider``, anything else a ``FloatSlider``. Pass
    ``continuous=False`` when a recompute is heavy (it then updates on release).
    The label is shown in full and the track is :data:`TRACK_PX` wide.

    >>> s = slider("Weight of the peak", 0.5, 0.0, 1.0, 0.05)
    >>> type(s).__name__, s.style.description_width, s.layout.width
    ('FloatSlider', 'initial', '620px')
    """
    integer = all(isinstance(v, int) and not isinstance(v, bool) for v in (value, lo, hi, step))
    cls = W.IntSlider if integer else W.FloatSlider
    kwargs = dict(value=value, min=lo, max=hi, step=step, description=label, continuous_update=continuous)
    if readout_format:
        kwargs["readout_format"] = readout_format
    return fit_control(cls(**kwargs))


def choice(label: str, options, value=None, *, buttons: bool = False):
    """A labelled drop-down (or, with ``buttons=True``, toggle buttons) in the kit's layout.

    ``options`` is a list of values or of ``(label, value)`` pairs. The box is
    wide enough for the label and the longest option.
    """
    cls = W.ToggleButtons if buttons else W.Dropdown
    kwargs = dict(options=options, description=label)
    if value is not None:
        kwargs["value"] = value
    return fit_control(cls(**kwargs))


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
        self._painters: list[_Painter] = []
        self._figures = _Figures()
        vertical = layout_controls == "vertical"
        for widget in self.controls.values():  # every control legible, also ones built by hand
            fit_control(widget)
        box = W.VBox if vertical else W.HBox
        parts = []
        if title:
            parts.append(W.HTML(f"<h4 style='margin:4px 0'>{_html.escape(title)}</h4>"))
        control_box = box(list(self.controls.values()))
        if not vertical:
            control_box.layout.flex_flow = "row wrap"
        parts += [control_box, self._message, self._view_box]
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
        self._figures.start()
        token = _ACTIVE_FIGURES.set(self._figures)  # figure() hands back this Explorer's figures, emptied
        try:
            parts = self._render(self.result)
        finally:
            _ACTIVE_FIGURES.reset(token)
        if not isinstance(parts, (list, tuple)):
            parts = [parts]
        self._show(parts)
        self.updates += 1

    def _show(self, parts) -> None:
        # every picture is drawn before any view changes, so text and pictures change together
        values = []
        for i, part in enumerate(parts):
            if isinstance(part, str):
                values.append((W.HTML, part))
            else:  # a matplotlib Figure
                while len(self._painters) <= i:
                    self._painters.append(_Painter())
                values.append((W.Image, self._painters[i].png(part)))
        views = []
        for i, (kind, value) in enumerate(values):
            if i < len(self.views) and isinstance(self.views[i], kind):
                self.views[i].value = value  # update in place: no flicker
                views.append(self.views[i])
            else:
                views.append(kind(value=value, format="png") if kind is W.Image else kind(value=value))
        if views != self.views:
            self.views = views
            self._view_box.children = tuple(views)
