"""When a widget's new picture can reuse a constrained layout computed for an earlier one.

matplotlib's constrained layout measures everything that sticks out of each
Axes (tick labels, axis labels, titles, legends and texts outside the frame)
and places the Axes to make room. A lesson widget redraws on every slider step,
mostly with the same decorations, so :class:`~servicepsych.widgets._drawing._Painter`
keeps the Axes positions a layout produced and reuses them when

* the figure's :func:`signature` is the same: everything the layout reads
  *outside* the Axes frames, words and looks (font, size, rotation, pads, tick
  lengths and directions, label and tick sides, spines' positions, aspect, the
  engine's pads, the limits the end tick labels sit at), and
* :func:`fits`: everything else the layout would count (texts, legends,
  unclipped artists, inset Axes) lies inside its Axes' frame at those
  positions, where it changes nothing.

A layout is kept only when it made room for nothing inside the frames, so the
positions are the ones a new figure would get (``tests/test_widgets_base.py``
and ``tests/test_widgets_redraw_exact.py`` compare pixels with plain matplotlib).
Figures with a suptitle or super-labels (which the layout also places) are
always laid out.
"""

from __future__ import annotations

__all__ = ["fits", "signature"]


def _font(fp) -> tuple:
    return (tuple(fp.get_family()), fp.get_style(), fp.get_variant(), fp.get_weight(), fp.get_stretch(),
            fp.get_size_in_points(), fp.get_file(), fp.get_math_fontfamily())


def _text(t) -> tuple:
    """A text's words and everything about it that changes the room it takes."""
    patch = t.get_bbox_patch()
    return (t.get_text(), t.get_visible(), t.get_in_layout(), _font(t.get_fontproperties()), t.get_rotation(),
            t.get_rotation_mode(), t.get_horizontalalignment(), t.get_verticalalignment(), t._linespacing,
            t.get_wrap(), t.get_usetex(), t.get_parse_math(),
            None if patch is None else (repr(patch.get_boxstyle()), patch.get_mutation_scale(), patch.get_linewidth()))


def _tick(tick) -> tuple:
    """A major tick's looks (its label text comes from the formatter, compared separately)."""
    return (tick.get_visible(), tick._size, tick._width, tick._base_pad, tick._labelrotation,
            getattr(tick, "_tickdir", None),
            tuple((lab.get_visible(), _font(lab.get_fontproperties()), lab.get_rotation(), lab.get_rotation_mode(),
                   lab.get_horizontalalignment(), lab.get_verticalalignment(), lab.get_in_layout())
                  for lab in (tick.label1, tick.label2)),
            tuple((line.get_visible(), line.get_markersize(), str(line.get_marker()), line.get_markeredgewidth())
                  for line in (tick.tick1line, tick.tick2line)))


def _axis(axis) -> tuple:
    formatter = axis.get_major_formatter()
    locs = list(axis.get_majorticklocs())
    labels = tuple(formatter.format_ticks(locs))  # the tick labels a draw will show (fixed ones too)
    offset = formatter.get_offset() if hasattr(formatter, "get_offset") else ""
    ticks = tuple(_tick(t) for t in axis.get_major_ticks(len(locs)))
    return (axis.get_visible(), labels, offset, ticks, _text(axis.label), axis.labelpad, axis.get_label_position(),
            axis._autolabelpos, None if axis._autolabelpos else tuple(axis.label.get_position()),
            _text(axis.offsetText)[1:], axis.get_ticks_position(), axis.get_scale(),
            tuple(sorted((k, repr(v)) for k, v in axis._major_tick_kw.items())),
            tuple(sorted((k, repr(v)) for k, v in axis._minor_tick_kw.items())),
            len(axis.get_minorticklocs()))


def _axes(ax) -> tuple:
    spec = ax.get_subplotspec()
    # (spine._position, not get_position(): that sets a default position, which resets the ticks)
    spines = tuple((name, spine.get_visible(), repr(spine._position), spine.get_linewidth(), spine._bounds)
                   for name, spine in ax.spines.items())
    return (type(ax).__name__, spec.get_geometry() if spec else None, ax.get_in_layout(), ax.axison,
            ax.get_frame_on(), repr(ax.get_aspect()), ax.get_adjustable(), ax.get_box_aspect(), str(ax.get_anchor()),
            tuple(_text(t) for t in (ax.title, ax._left_title, ax._right_title)), ax._autotitlepos,
            tuple(ax.titleOffsetTrans.get_matrix().ravel()),
            _axis(ax.xaxis), _axis(ax.yaxis), spines,
            # where the tick labels sit along the axes (a label at an end can stick out)
            tuple(ax.get_xlim()), tuple(ax.get_ylim()), len(ax.child_axes))


def _legend(legend) -> tuple:
    return (tuple(_text(t) for t in legend.get_texts()), _text(legend.get_title()), repr(legend._loc),
            repr(getattr(legend, "_outside_loc", None)), legend._ncols, _font(legend.prop), legend.borderpad,
            legend.labelspacing, legend.handlelength, legend.handletextpad, legend.borderaxespad,
            legend.columnspacing, legend.get_frame_on(), legend.get_visible(), legend.get_in_layout())


def signature(fig):
    """What a constrained layout of ``fig`` depends on outside the Axes frames; ``None``: always lay it out."""
    try:
        if any(getattr(fig, name, None) is not None for name in ("_suptitle", "_supxlabel", "_supylabel")):
            return None  # placed by the layout engine itself
        if fig.subfigs:
            return None
        engine = fig.get_layout_engine()
        pads = tuple(sorted((k, repr(v)) for k, v in engine.get().items())) if engine is not None else None
        return (tuple(fig.get_size_inches()), fig.dpi, pads, tuple(_axes(ax) for ax in fig.axes),
                tuple(_text(t) for t in fig.texts), tuple(_legend(legend) for legend in fig.legends),
                len(fig.artists), len(fig.images), len(fig.lines), len(fig.patches))
    except Exception:  # an unusual figure: always lay it out
        return None


def fits(fig, positions, renderer) -> bool:
    """Whether, with its Axes at ``positions``, all the layout would count inside each Axes lies within its frame.

    That is what the Axes' tight box gathers besides its axes, spines and titles
    (which :func:`signature` covers): texts, legends, artists not clipped to the
    Axes, inset Axes. Within the frame they change nothing, wherever they are
    and whatever they say. The Axes are put back where they were.
    """
    kept = [(ax.get_position(original=True).frozen(), ax.get_position(original=False).frozen()) for ax in fig.axes]
    for ax, pos in zip(fig.axes, positions):
        ax._set_position(pos, which="both")
    try:
        for ax in fig.axes:
            frame = ax.get_window_extent(renderer)
            spines = set(ax.spines.values())
            for artist in ax.get_default_bbox_extra_artists():
                if artist in spines:
                    continue  # on the frame (with its ticks): in the signature
                box = artist.get_tightbbox(renderer)
                if box is None or not box._is_finite() or (box.width == 0 and box.height == 0):
                    continue  # nothing the layout would count
                if box.x0 < frame.x0 or box.x1 > frame.x1 or box.y0 < frame.y0 or box.y1 > frame.y1:
                    return False
        return True
    except Exception:  # an unusual artist: lay the figure out
        return False
    finally:
        for ax, (original, active) in zip(fig.axes, kept):
            ax._set_position(original, which="original")
            ax._set_position(active, which="active")
