"""Text drawn again on every slider step, drawn cheaply: laid-out texts and their glyph images kept.

Most texts of a widget's picture (tick labels, axis labels, legend entries,
titles) come back unchanged on every redraw. matplotlib lays each one out
several times per draw (for the layout engine, the axis label's position and
the draw itself), looking its font up and reading the font's tables each time,
and Agg renders its glyphs afresh. :class:`LayoutCache` keeps the layouts
(which do not depend on where the text goes) and :class:`TextCache` the glyph
images of a text drawn at the same spot. The pixels are the same either way
(``tests/test_widgets_base.py`` compares every lesson widget's pictures).
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict

__all__ = ["LayoutCache", "TextCache"]


def _rc_key() -> tuple:
    """The settings, beyond a text's own properties, that a text's layout and glyphs depend on."""
    import matplotlib as mpl

    rc = mpl.rcParams
    return tuple((k, str(rc[k])) for k in sorted(rc) if k.startswith(("font.", "mathtext.", "text.")))


class LayoutCache:
    """``Text._get_layout`` results, kept across the draws of one picture.

    A text's layout (its box and the offsets of its lines, relative to its
    anchor) depends on its string, font, size, alignment, rotation, line spacing,
    the dpi, the renderer and the font settings, never on where it is drawn, so
    a layout computed once is reused whenever those match. Wrapped texts (whose
    lines depend on their position) are laid out afresh.
    """

    _SIZE = 4096

    def __init__(self):
        self.entries: OrderedDict = OrderedDict()
        self.hits = 0

    @contextlib.contextmanager
    def active(self, renderer):
        """While the block runs, every ``Text`` laid out on ``renderer`` goes through this cache."""
        from matplotlib.text import Text

        original = Text.__dict__["_get_layout"]
        if getattr(original, "_servicepsych_cached", False):  # already inside a cached draw
            yield self
            return
        rc, entries, limit = _rc_key(), self.entries, self._SIZE
        cache = self

        def _get_layout(text, r):
            if r is not renderer or text.get_wrap() or type(text)._get_layout is not _get_layout:
                return original(text, r)
            fp = text.get_fontproperties()
            key = (text.get_text(), tuple(fp.get_family()), fp.get_style(), fp.get_variant(), fp.get_weight(),
                   fp.get_stretch(), fp.get_size_in_points(), fp.get_file(), fp.get_math_fontfamily(),
                   text.get_usetex(), text.get_parse_math(),
                   text._linespacing, text._get_multialignment(), text.get_horizontalalignment(),
                   text.get_verticalalignment(), text.get_rotation(), text.get_rotation_mode(),
                   text.get_figure(root=True).dpi, rc)
            try:
                hit = entries.get(key)
            except TypeError:  # something unhashable: lay it out as usual
                return original(text, r)
            if hit is None:
                hit = original(text, r)
                entries[key] = hit
                if len(entries) > limit:
                    entries.popitem(last=False)
            else:
                entries.move_to_end(key)
                cache.hits += 1
            bbox, lines, corner = hit
            return bbox.frozen(), list(lines), corner

        _get_layout._servicepsych_cached = True
        Text._get_layout = _get_layout
        try:
            yield self
        finally:
            Text._get_layout = original


class TextCache:
    """Glyph images of the texts a renderer drew, replayed when the same text is drawn at the same spot.

    Agg lays each text out and renders its glyphs afresh every time. This wraps
    one renderer's ``draw_text``: the first time a text (string, font, size,
    angle, exact position, antialiasing, font settings) is drawn it records the
    glyph images Agg composites, and later draws of the same text composite the
    recorded images with the current colour and clipping. The pixels are the
    same; texts whose drawing does anything but composite glyph images (math
    text, boxes) are never recorded.
    """

    _SIZE = 4096

    def __init__(self, renderer):
        from collections import OrderedDict

        self.renderer, self.entries, self.rc = renderer, OrderedDict(), None
        self.hits = 0
        self._draw_text = renderer.draw_text  # the class's method, bound
        renderer.draw_text = self.draw_text  # on this renderer only

    def start(self):
        self.rc = _rc_key()  # every font.*, text.* and mathtext.* setting

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:
            return self._draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        key = (s, tuple(prop.get_family()), prop.get_style(), prop.get_variant(), prop.get_weight(),
               prop.get_stretch(), prop.get_size_in_points(), prop.get_file(), angle, x, y,
               gc.get_antialiased(), getattr(mtext, "get_fontfeatures", lambda: None)(),
               getattr(mtext, "get_language", lambda: None)(), self.renderer.dpi, self.renderer.height, self.rc)
        try:
            glyphs = self.entries.get(key)
        except TypeError:  # something unhashable (a feature list): draw as usual
            return self._draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        if glyphs is not None:
            self.entries.move_to_end(key)
            self.hits += 1
            agg = self.renderer._renderer
            for image, left, top, rotation in glyphs:
                agg.draw_text_image(image, left, top, rotation, gc)
            return None
        recorder = _GlyphRecorder(self.renderer._renderer)
        self.renderer._renderer = recorder
        try:
            self._draw_text(gc, x, y, s, prop, angle, ismath=ismath, mtext=mtext)
        finally:
            self.renderer._renderer = recorder.target
        if recorder.ok:
            self.entries[key] = recorder.glyphs
            if len(self.entries) > self._SIZE:
                self.entries.popitem(last=False)
        return None


class _GlyphRecorder:
    """Stands in for Agg's C++ renderer while a text is drawn: passes every call on, keeps the glyph images."""

    def __init__(self, target):
        self.target, self.glyphs, self.ok = target, [], True

    def draw_text_image(self, image, left, top, rotation, gc):
        import numpy as np

        if isinstance(image, np.ndarray):
            self.glyphs.append((image.copy(), left, top, rotation))
        else:  # an older Agg that hands over a font object: nothing to keep
            self.ok = False
        return self.target.draw_text_image(image, left, top, rotation, gc)

    def __getattr__(self, name):  # anything else (boxes, paths): drawn, but the text is not recorded
        self.ok = False
        return getattr(self.target, name)

