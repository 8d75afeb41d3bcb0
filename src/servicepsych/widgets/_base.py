"""The common frame of every lesson widget."""

from __future__ import annotations

import html as _html
import io
import math
import unicodedata
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, Callable, Mapping

import ipywidgets as W

__all__ = ["Explorer", "choice", "figure", "figure_png", "fit_control", "html_table", "slider", "text_px"]


def figure(width: float = 6.4, height: float = 3.6):
    """A matplotlib Figure with one Axes, outside pyplot's global state.

    Called while an :class:`Explorer` redraws, it hands back the Figure and Axes
    this Explorer's render drew into last time (the same call in the same
    order), emptied and reset to how a new one starts out, so a slider step
    skips building the figure, its axes and their ticks again; the picture is
    the same as from a new Figure. Anywhere else it makes a new Figure.

    Returns
    -------
    (Figure, Axes)
    """
    from ..i18n import configure_matplotlib

    configure_matplotlib()  # a CJK font behind the default one when the language is zh (no-op in English)
    figures = _ACTIVE_FIGURES.get()
    if figures is not None:
        return figures.figure(float(width), float(height))
    return _new_figure(float(width), float(height))


def _new_figure(width: float, height: float):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


#: The :class:`_Figures` of the Explorer whose render is running (``None`` outside a redraw).
_ACTIVE_FIGURES: ContextVar["_Figures | None"] = ContextVar("servicepsych_active_figures", default=None)


def _tick_state(tick) -> tuple:
    """Everything about a Tick's looks that a draw does not set afresh (not its position or label text)."""
    texts = tuple((t.get_visible(), hash(t.get_fontproperties()), str(t.get_color()), t.get_rotation(),
                   t.get_ha(), t.get_va(), t.get_alpha(), t.get_rotation_mode(), t.get_zorder())
                  for t in (tick.label1, tick.label2))
    lines = tuple((l.get_visible(), str(l.get_color()), l.get_linewidth(), l.get_linestyle(), str(l.get_marker()),
                   l.get_markersize(), l.get_markeredgewidth(), str(l.get_markeredgecolor()), l.get_alpha(),
                   l.get_zorder())
                  for l in (tick.tick1line, tick.tick2line, tick.gridline))
    return texts, lines, (tick.get_visible(), tick._size, tick._width, tick._base_pad, tick._labelrotation,
                          tick._zorder, getattr(tick, "_tickdir", None))


def _look(ax) -> tuple:
    """The parts of an Axes' and its Figure's state that ``Axes.clear()`` keeps (compared with a new one)."""
    fig = ax.get_figure(root=False)
    spines = tuple((name, spine.get_visible(), str(spine.get_edgecolor()), spine.get_linewidth(),
                    spine.get_linestyle(), spine._bounds, spine.get_zorder()) for name, spine in ax.spines.items())
    axes = tuple((axis.get_visible(), axis.get_zorder()) for axis in ax._axis_map.values())
    return (tuple(fig.get_size_inches()), fig.dpi, str(fig.patch.get_facecolor()), fig.patch.get_visible(),
            str(ax._facecolor), ax.get_aspect(), ax.get_adjustable(), str(ax.get_anchor()), ax.get_box_aspect(),
            ax.get_axisbelow(), ax.get_frame_on(), ax.get_visible(), ax.get_zorder(), ax.name, spines, axes)


class _Slot:
    """One figure an Explorer's render asks for, kept for the next redraw."""

    def __init__(self, width: float, height: float, rc: dict):
        self.size, self.rc = (width, height), rc
        self.fig, self.ax = _new_figure(width, height)
        ax = self.ax
        self.look = _look(ax)
        self.tick_kw = {name: (dict(axis._major_tick_kw), dict(axis._minor_tick_kw))
                        for name, axis in ax._axis_map.items()}
        # what a new tick looks like on this axes (a throw-away tick made like the first one a draw makes)
        self.fresh_tick = {name: (_tick_state(axis._get_tick(major=True)), _tick_state(axis._get_tick(major=False)))
                           for name, axis in ax._axis_map.items()}
        self.spec = ax.get_subplotspec()
        self.reused = 0

    def reusable(self, width: float, height: float, rc: dict) -> bool:
        fig, ax = self.fig, self.ax
        return ((width, height) == self.size and rc == self.rc and fig.axes == [ax] and not fig.subfigs
                and not ax.child_axes and ax._sharex is None and ax._sharey is None
                and ax.get_subplotspec() is self.spec and _look(ax) == self.look)

    def reset(self):
        """Empty the figure and bring its Axes back to how a new one starts; keep ticks that look new."""
        fig, ax = self.fig, self.ax
        kept = {}
        for name, axis in ax._axis_map.items():
            ticks = []
            for which, key in ((0, "majorTicks"), (1, "minorTicks")):
                old = axis.__dict__.get(key)  # None while the lazy list was never made
                fresh = self.fresh_tick[name][which]
                ticks.append(old if old and all(_tick_state(t) == fresh for t in old) else None)
            kept[name] = ticks
            if ticks[0] is not None and ticks[1] is not None:
                # clear() and the spines' reset re-make the lazy tick lists several times over, a new tick
                # each time; hand them the kept first ticks instead (replaced by the kept lists below)
                axis._get_tick = (lambda major, _ticks=ticks: _ticks[0][0] if major else _ticks[1][0])
        try:
            ax.clear()
        finally:
            for axis in ax._axis_map.values():
                axis.__dict__.pop("_get_tick", None)
        for name, axis in ax._axis_map.items():
            major_kw, minor_kw = self.tick_kw[name]
            axis._major_tick_kw, axis._minor_tick_kw = dict(major_kw), dict(minor_kw)
            major, minor = kept[name]
            if major is not None:
                axis.majorTicks = major
            if minor is not None:
                axis.minorTicks = minor
            # (the kept ticks' grid lines still clip to the old background patch: the same unit
            # rectangle in this Axes' coordinates as the new one, so they clip the same)
        for spine in ax.spines.values():
            spine.set_visible(True)
        fig.artists, fig.lines, fig.patches, fig.texts, fig.images, fig.legends = [], [], [], [], [], []
        fig._suptitle = fig._supxlabel = fig._supylabel = None
        fig.set_layout_engine("constrained")  # a new engine: the pads a new figure has
        ax._set_position(self.spec.get_position(fig), which="both")
        ax.set_in_layout(True)  # a reused layout placed it by hand, which takes an Axes out of the layout
        fig.stale = True
        self.reused += 1


class _Figures:
    """The figures of one Explorer: the n-th :func:`figure` call of a redraw gets the n-th kept one."""

    def __init__(self):
        self.slots: list[_Slot] = []
        self._next = 0

    def start(self):
        self._next = 0

    def figure(self, width: float, height: float):
        import matplotlib as mpl

        i, self._next = self._next, self._next + 1
        rc = dict.copy(mpl.rcParams)  # a font or size setting changed since: start afresh
        if i < len(self.slots) and self.slots[i].reusable(width, height, rc):
            self.slots[i].reset()
        else:
            slot = _Slot(width, height, rc)
            if i < len(self.slots):
                self.slots[i] = slot
            else:
                self.slots.append(slot)
        return self.slots[i].fig, self.slots[i].ax


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


def figure_png(fig, painter: "_Painter | None" = None) -> bytes:
    """Render a matplotlib Figure to PNG bytes: one draw, fast compression.

    ``fig.savefig`` draws a figure with a layout engine twice and compresses
    hard; a lesson widget redraws on every slider step, so this draws once on an
    Agg canvas and encodes the pixels with light compression (bigger bytes,
    a fraction of the time; the bytes never leave the machine in a lesson).
    ``painter`` (what :class:`Explorer` keeps per picture) makes redraws of the
    same kind of figure cheaper still.
    """
    return (painter or _Painter()).png(fig)


class _Painter:
    """Draws successive figures of one widget view as cheaply as it can.

    Two costs of a matplotlib redraw repeat needlessly when a slider moves:

    * the constrained layout, which measures every text to place the axes. When
      the new figure has the same axes, titles, labels, legends and tick-label
      lengths as one laid out before (its *layout signature*), the axes are
      put where that layout put them and the layout engine is skipped;
    * the Agg renderer and its per-renderer text-metrics cache, rebuilt for
      every new canvas. One renderer is kept and reused while the pixel size
      stays the same (the pixels are identical).
    """

    def __init__(self):
        self._renderer = None
        self._key = None
        self._layouts: dict = {}

    @staticmethod
    def _signature(fig):
        try:
            axes = []
            for ax in fig.axes:
                ticks = []
                for axis in (ax.xaxis, ax.yaxis):  # the tick labels a draw will show (fixed ones too)
                    ticks.append(tuple(axis.get_major_formatter().format_ticks(list(axis.get_majorticklocs()))))
                legend = ax.get_legend()
                spec = ax.get_subplotspec()
                axes.append((type(ax).__name__, spec.get_geometry() if spec else None, ax.get_title(),
                             ax.get_title("left"), ax.get_title("right"), ax.get_xlabel(), ax.get_ylabel(),
                             tuple(t.get_text() for t in legend.get_texts()) if legend else None, tuple(ticks),
                             tuple(t.get_text() for t in ax.texts), ax.get_xscale(), ax.get_yscale()))
            texts = tuple(t.get_text() for t in fig.texts)
            sup = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
            return (tuple(fig.get_size_inches()), fig.dpi, tuple(axes), texts, sup, len(fig.legends))
        except Exception:  # an unusual figure: always lay it out
            return None

    def png(self, fig) -> bytes:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.layout_engine import ConstrainedLayoutEngine
        from PIL import Image

        signature = None
        if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
            signature = self._signature(fig)
            positions = self._layouts.get(signature) if signature is not None else None
            if positions is not None:
                fig.set_layout_engine("none")
                for ax, pos in zip(fig.axes, positions):
                    ax.set_position(pos, which="both")
                signature = None  # nothing new to remember
        canvas = fig.canvas if type(fig.canvas) is FigureCanvasAgg else FigureCanvasAgg(fig)
        if self._renderer is not None:
            canvas.renderer, canvas._lastKey = self._renderer, self._key  # reused only if the size matches
        canvas.draw()
        self._renderer, self._key = canvas.renderer, canvas._lastKey
        if signature is not None:
            self._layouts[signature] = [ax.get_position(original=False).frozen() for ax in fig.axes]
            if len(self._layouts) > 64:
                self._layouts.pop(next(iter(self._layouts)))
        image = Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        if fig.patch.get_visible() and fig.patch.get_facecolor()[3] == 1.0:
            image = image.convert("RGB")  # an opaque background: every pixel opaque, a quarter fewer bytes
        buf = io.BytesIO()
        image.save(buf, format="png", compress_level=1)
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
        views = []
        for i, part in enumerate(parts):
            if isinstance(part, str):
                kind, value = W.HTML, part
            else:  # a matplotlib Figure
                while len(self._painters) <= i:
                    self._painters.append(_Painter())
                kind, value = W.Image, self._painters[i].png(part)
            if i < len(self.views) and isinstance(self.views[i], kind):
                self.views[i].value = value  # update in place: no flicker
                views.append(self.views[i])
            else:
                views.append(kind(value=value, format="png") if kind is W.Image else kind(value=value))
        if views != self.views:
            self.views = views
            self._view_box.children = tuple(views)
