"""Drawing the lesson widgets' pictures fast: figures kept from one redraw to the next, PNGs made cheaply.

:func:`figure` and :func:`panels` hand a render the figure it drew into last
time (emptied, reset to how a new one starts, its ticks kept) while an
:class:`~servicepsych.widgets._base.Explorer` redraws; :class:`_Painter` draws a
figure once on a reused Agg renderer, skips the layout engine when the layout is
one it has already computed, and encodes the pixels with :mod:`._png` (fast, lossless). The
pictures are the same, pixel for pixel, as those of new figures laid out afresh
(``tests/test_widgets_base.py`` checks that for every lesson widget).
"""

from __future__ import annotations

from contextvars import ContextVar

from . import _layout, _png
from ._text import LayoutCache, TextCache

__all__ = ["figure", "figure_png", "panels"]


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


def panels(width: float, height: float, width_ratios, *, left=0.08, right=0.98, bottom=0.16, top=0.9,
           wspace=0.22):
    """A Figure with Axes side by side in a fixed layout (``Figure.subplots_adjust`` fractions).

    Like :func:`figure`, it hands back the kept figure, emptied, while an
    :class:`Explorer` redraws.

    Returns
    -------
    (Figure, list of Axes)

    Examples
    --------
    >>> fig, (ax, bx) = panels(8.0, 3.0, [1.6, 1.0])
    >>> len(fig.axes), round(float(bx.get_position().x1), 2)
    (2, 0.98)
    """
    from ..i18n import configure_matplotlib

    configure_matplotlib()
    key = ("panels", float(width), float(height), tuple(float(r) for r in width_ratios),
           (left, right, bottom, top, wspace))
    figures = _ACTIVE_FIGURES.get()
    if figures is not None:
        fig, axes = figures.take(key, lambda: _new_panels(*key[1:]))
        return fig, list(axes)
    fig, axes = _new_panels(*key[1:])
    return fig, list(axes)


def _new_panels(width, height, width_ratios, adjust):
    from matplotlib.figure import Figure

    left, right, bottom, top, wspace = adjust
    fig = Figure(figsize=(width, height), dpi=100)
    fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top, wspace=wspace)
    axes = fig.subplots(1, len(width_ratios), width_ratios=list(width_ratios), squeeze=False)[0]
    return fig, tuple(axes)


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
    axes = tuple((axis.get_visible(), axis.get_zorder(), axis._autolabelpos, axis.get_label_position(),
                  # what clear() leaves on the axis label and the offset text: alpha, box, clipping, ...
                  tuple((t.get_alpha(), t.get_bbox_patch() is None, t.get_zorder(), t.get_clip_on(),
                         t.get_in_layout(), t.get_visible(), t.get_path_effects() == [], t.get_sketch_params())
                        for t in (axis.label, axis.offsetText)))
                 for axis in ax._axis_map.values())
    patch = fig.patch
    groups = tuple(len(list(g)) for g in getattr(fig, "_align_label_groups", {}).values())  # fig.align_labels()
    return (tuple(fig.get_size_inches()), fig.dpi, str(patch.get_facecolor()), patch.get_visible(),
            str(patch.get_edgecolor()), patch.get_linewidth(), str(patch.get_linestyle()), patch.get_hatch(),
            tuple(patch.get_bbox().bounds), groups,
            str(ax._facecolor), ax.get_aspect(), ax.get_adjustable(), str(ax.get_anchor()), ax.get_box_aspect(),
            ax.get_axisbelow(), ax.get_frame_on(), ax.get_visible(), ax.get_zorder(), ax.name, spines, axes)


class _Slot:
    """One figure an Explorer's render asks for, kept for the next redraw."""

    def __init__(self, key, rc: dict, make):
        self.key, self.rc = key, rc
        self.fig, made = make()
        self.axes = list(made) if isinstance(made, (list, tuple)) else [made]
        self.made = made
        self.constrained = self.fig.get_layout_engine() is not None
        self.look = [_look(ax) for ax in self.axes]
        self.tick_kw = [{name: (dict(axis._major_tick_kw), dict(axis._minor_tick_kw))
                         for name, axis in ax._axis_map.items()} for ax in self.axes]
        # what a new tick looks like on each Axes (a throw-away tick made like the first one a draw makes)
        self.fresh_tick = [{name: (_tick_state(axis._get_tick(major=True)), _tick_state(axis._get_tick(major=False)))
                            for name, axis in ax._axis_map.items()} for ax in self.axes]
        self.specs = [ax.get_subplotspec() for ax in self.axes]
        self.subplotpars = vars(self.fig.subplotpars).copy()
        self.reused = 0

    @property
    def ax(self):
        return self.axes[0]

    def reusable(self, key, rc: dict) -> bool:
        fig = self.fig
        return (key == self.key and rc == self.rc and fig.axes == self.axes and not fig.subfigs
                and vars(fig.subplotpars) == self.subplotpars
                and all(not ax.child_axes and ax._sharex is None and ax._sharey is None
                        and ax.get_subplotspec() is spec and _look(ax) == look
                        for ax, spec, look in zip(self.axes, self.specs, self.look)))

    def reset(self):
        """Empty the figure and bring its Axes back to how new ones start; keep ticks that look new."""
        fig = self.fig
        for ax, tick_kw, fresh_tick, spec in zip(self.axes, self.tick_kw, self.fresh_tick, self.specs):
            self._reset_axes(ax, tick_kw, fresh_tick)
            ax._set_position(spec.get_position(fig), which="both")
            ax.set_in_layout(True)  # a reused layout placed it by hand, which takes an Axes out of the layout
        fig.artists, fig.lines, fig.patches, fig.texts, fig.images, fig.legends = [], [], [], [], [], []
        fig._suptitle = fig._supxlabel = fig._supylabel = None
        if self.constrained:
            fig.set_layout_engine("constrained")  # a new engine: the pads a new figure has
        fig.stale = True
        self.reused += 1

    @staticmethod
    def _reset_axes(ax, tick_kw, fresh_tick):
        kept = {}
        for name, axis in ax._axis_map.items():
            ticks = []
            for which, key in ((0, "majorTicks"), (1, "minorTicks")):
                old = axis.__dict__.get(key)  # None while the lazy list was never made
                fresh = fresh_tick[name][which]
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
            major_kw, minor_kw = tick_kw[name]
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


class _Figures:
    """The figures of one Explorer: the n-th figure a redraw asks for gets the n-th kept one."""

    def __init__(self):
        self.slots: list[_Slot] = []
        self._next = 0

    def start(self):
        self._next = 0

    def figure(self, width: float, height: float):
        fig, ax = self.take(("figure", width, height), lambda: _new_figure(width, height))
        return fig, ax

    def take(self, key, make):
        import matplotlib as mpl

        i, self._next = self._next, self._next + 1
        rc = dict.copy(mpl.rcParams)  # a font or size setting changed since: start afresh
        if i < len(self.slots) and self.slots[i].reusable(key, rc):
            self.slots[i].reset()
        else:
            slot = _Slot(key, rc, make)
            if i < len(self.slots):
                self.slots[i] = slot
            else:
                self.slots.append(slot)
        return self.slots[i].fig, self.slots[i].made


def figure_png(fig, painter: "_Painter | None" = None) -> bytes:
    """Render a matplotlib Figure to PNG bytes: one draw, fast compression.

    ``fig.savefig`` draws a figure with a layout engine twice and compresses
    hard; a lesson widget redraws on every slider step, so this draws once on an
    Agg canvas and encodes the pixels unfiltered at zlib level 1 (:mod:`._png`:
    a fraction of the time, about the same bytes; they never leave the machine).
    ``painter`` (what :class:`Explorer` keeps per picture) makes redraws of the
    same kind of figure cheaper still.
    """
    return (painter or _Painter()).png(fig)


class _Painter:
    """Draws successive figures of one widget view as cheaply as it can.

    Costs of a matplotlib redraw that repeat needlessly when a slider moves:

    * the constrained layout, which measures every text to place the axes. When
      the new figure has the same *layout signature* as one laid out before
      (the words and looks of everything outside the Axes frames) and all else
      the layout would count stays inside the frames, the axes are put where
      that layout put them and the layout engine is skipped (:mod:`._layout`);
    * laying out texts and rendering their glyphs again (:mod:`._text`);
    * the Agg renderer and its per-renderer text-metrics cache, rebuilt for
      every new canvas. One renderer is kept and reused while the pixel size
      stays the same (the pixels are identical);
    * Pillow's PNG filters (:mod:`._png`).
    """

    def __init__(self):
        self._renderer = None
        self._key = None
        self._texts: TextCache | None = None
        self._layout = LayoutCache()
        self._layouts: dict = {}

    def png(self, fig) -> bytes:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.layout_engine import ConstrainedLayoutEngine

        canvas = fig.canvas if type(fig.canvas) is FigureCanvasAgg else FigureCanvasAgg(fig)
        if self._renderer is not None:
            canvas.renderer, canvas._lastKey = self._renderer, self._key  # reused only if the size matches
        renderer = canvas.get_renderer()  # the kept one, or a new one when the pixel size changed
        if renderer is not self._renderer:
            self._texts, self._layout = TextCache(renderer), LayoutCache()
        self._texts.start()
        with self._layout.active(renderer):
            signature = None
            if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
                signature = _layout.signature(fig)
                # the layouts made before for this signature (none of them made room for a text or legend)
                for positions in self._layouts.get(signature, ()) if signature is not None else ():
                    if _layout.fits(fig, positions, renderer):
                        fig.set_layout_engine("none")
                        for ax, pos in zip(fig.axes, positions):
                            ax.set_position(pos, which="both")
                        signature = None  # nothing new to remember
                        break
            canvas.draw()
        self._renderer, self._key = canvas.renderer, canvas._lastKey
        positions = [ax.get_position(original=False).frozen() for ax in fig.axes]
        # a layout that made room for a text or legend sticking out of an Axes is kept for no other figure
        if signature is not None and _layout.fits(fig, positions, renderer):
            known = self._layouts.setdefault(signature, [])
            known.insert(0, positions)
            del known[4:]
            if len(self._layouts) > 64:
                self._layouts.pop(next(iter(self._layouts)))
        return _png.encode(canvas.buffer_rgba())  # RGB (a quarter fewer bytes) when every pixel is opaque
