"""A red team's attempts to make a reused figure, layout, text layout or glyph image show other pixels than a
new figure drawn by plain matplotlib. Each case redraws an Explorer over two or more steps and compares every
step with a new figure: layouts reused after a change of looks only, texts placed by the layout engine itself,
artists that stick out of the Axes, state that ``Axes.clear()`` leaves behind, font settings, transparency."""

import io

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.offsetbox import AnnotationBbox, TextArea
from matplotlib.text import Text
from PIL import Image

from servicepsych.widgets import Explorer
from servicepsych.widgets._base import slider
from servicepsych.widgets._drawing import figure, figure_png, panels


def _fresh(render, step):
    parts = render(step)
    parts = parts if isinstance(parts, (list, tuple)) else [parts]
    out = []
    for part in parts:
        canvas = FigureCanvasAgg(part)
        canvas.draw()
        out.append(np.asarray(canvas.buffer_rgba()).copy())
    return out


def _assert_every_step_is_new(render, steps):
    layout = Text.__dict__["_get_layout"]
    e = Explorer({"i": slider("i", 0, 0, len(steps) - 1)}, lambda i: steps[i], render)
    for k in range(len(steps)):
        if k:
            e.controls["i"].value = k
        assert not e.error
        shown = [np.asarray(Image.open(io.BytesIO(v.value)).convert("RGBA")) for v in e.views]
        fresh = _fresh(render, steps[k])
        assert len(shown) == len(fresh)
        for a, b in zip(shown, fresh):
            assert a.shape == b.shape and np.array_equal(a, b), f"step {k} ({steps[k]!r}) differs from a new figure"
    assert Text.__dict__["_get_layout"] is layout


def _styled(style):
    def render(s):
        fig, ax = figure(5, 3)
        ax.plot([0, 1], [0, 1])
        ax.set_xticks([0, .5, 1])
        ax.set_yticks([0, .5, 1])
        ax.set_xlabel("minute")
        ax.set_ylabel("pain")
        ax.set_title("Title")
        style(fig, ax, s)
        return fig
    return render


def _offset_text(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [1e6, 1e6 + 1])
    ax.set_ylim(1e6, 1e6 + 1)
    ax.yaxis.get_offset_text().set_fontsize(s)
    return fig


# a change of looks only (same words, same limits): the layout must not be reused
LOOKS = {
    "xlabel_fontsize": (_styled(lambda f, a, s: a.xaxis.label.set_fontsize(s)), [8, 20]),
    "title_fontsize": (_styled(lambda f, a, s: a.title.set_fontsize(s)), [8, 24]),
    "ylabel_family": (_styled(lambda f, a, s: a.yaxis.label.set_family(s)), ["DejaVu Sans", "DejaVu Serif"]),
    "tick_labelsize": (_styled(lambda f, a, s: a.tick_params(labelsize=s)), [6, 16]),
    "tick_rotation": (_styled(lambda f, a, s: a.tick_params(axis="x", labelrotation=s)), [0, 90]),
    "tick_direction": (_styled(lambda f, a, s: a.tick_params(direction=s, length=10)), ["out", "in"]),
    "ylabel_pad": (_styled(lambda f, a, s: setattr(a.yaxis, "labelpad", s)), [4, 40]),
    "title_pad": (_styled(lambda f, a, s: a.set_title("Title", pad=s)), [6, 30]),
    "xlabel_visible": (_styled(lambda f, a, s: a.xaxis.label.set_visible(s)), [True, False]),
    "xlabel_top": (_styled(lambda f, a, s: a.xaxis.set_label_position(s)), ["bottom", "top"]),
    "yticks_right": (_styled(lambda f, a, s: a.yaxis.tick_right() if s else None), [False, True]),
    "axis_off": (_styled(lambda f, a, s: a.set_axis_off() if s else None), [False, True]),
    "spine_outward": (_styled(lambda f, a, s: a.spines["left"].set_position(("outward", s))), [0, 30]),
    "aspect_equal": (_styled(lambda f, a, s: a.set_aspect("equal") if s else None), [False, True]),
    "box_aspect": (_styled(lambda f, a, s: a.set_box_aspect(s)), [None, 0.3]),
    "engine_pads": (_styled(lambda f, a, s: f.get_layout_engine().set(w_pad=s, h_pad=s)), [0.04, 0.5]),
    "suptitle_fontsize": (_styled(lambda f, a, s: f.suptitle("Sup", fontsize=s)), [8, 24]),
    "figlegend_fontsize": (_styled(lambda f, a, s: (a.lines[0].set_label("a"),
                                                    f.legend(loc="outside lower center", fontsize=s))), [6, 16]),
    "offset_text_size": (_offset_text, [8, 24]),
}


def _suptitle(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [0, s])
    ax.set_ylim(0, 1)
    fig.suptitle("Sup")
    return fig


def _super_labels(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [0, s])
    ax.set_ylim(0, 1)
    fig.supxlabel("supx")
    fig.supylabel("supy")
    return fig


def _unclipped_line(s):
    fig, ax = figure(5, 3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.plot([0, s], [0.5, 0.5], clip_on=False, lw=3)
    return fig


def _annotation_box(s):
    fig, ax = figure(5, 3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.add_artist(AnnotationBbox(TextArea("boxed"), (s, 0.5), annotation_clip=False))
    return fig


def _inset(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [0, 1])
    inset = ax.inset_axes([s, 0.5, 0.3, 0.3])
    inset.plot([0, 1], [1, 0])
    return fig


def _text_moves_out(s):
    fig, ax = figure(5, 3)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.text(s, 0.5, "a note that moves", rotation=20)
    ax.plot([0, 1], [0, 1], label="line")
    ax.legend(loc="best")
    return fig


PLACED = {
    "suptitle": (_suptitle, [0.2, 0.5]),
    "super_labels": (_super_labels, [0.2, 0.5]),
    "unclipped_line": (_unclipped_line, [0.5, 1.3, 0.5]),
    "annotation_box": (_annotation_box, [0.5, 1.1, 0.5]),
    "inset_axes": (_inset, [0.1, 0.9, 0.1]),
    "text_moves_out_and_back": (_text_moves_out, [0.2, 0.95, 0.3]),
}


def _xlabel_alpha(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [0, 1])
    ax.set_xlabel("minute", **({"alpha": 0.2, "bbox": dict(fc="yellow")} if s else {}))
    return fig


def _label_coords(s):
    fig, (ax, bx) = panels(6, 3, [1, 1])
    ax.plot([0, 1], [0, 1])
    ax.set_ylabel("why")
    if s:
        ax.yaxis.set_label_coords(-0.05, 0.2)
    return fig


def _aligned(s):
    fig, (ax, bx) = panels(6, 3, [1, 1])
    ax.plot([0, 1], [0, 1])
    bx.plot([0, 1], [0, 1])
    ax.set_xlabel("a")
    bx.set_xlabel("b")
    bx.tick_params(axis="x", labelrotation=90)
    if s:
        fig.align_xlabels()
    return fig


def _patch_edge(s):
    fig, ax = figure(5, 3)
    ax.plot([0, 1], [0, 1])
    if s:
        fig.patch.set_edgecolor("red")
        fig.patch.set_linewidth(8)
    return fig


def _patch_width(s):
    fig, ax = figure(4, 3)
    ax.plot([0, 1], [0, 1])
    if s:
        fig.patch.set_width(0.5)
    return fig


LEFT_BEHIND = {
    "xlabel_alpha_and_box": (_xlabel_alpha, [True, False]),
    "label_coords": (_label_coords, [True, False]),
    "aligned_labels": (_aligned, [True, False]),
    "figure_border": (_patch_edge, [True, False]),
    "figure_background_width": (_patch_width, [True, False]),
}

CASES = {**LOOKS, **PLACED, **LEFT_BEHIND}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_redraw_is_the_picture_of_a_new_figure(name):
    render, steps = CASES[name]
    _assert_every_step_is_new(render, steps)


def test_a_font_setting_change_is_not_hidden_by_kept_glyphs():
    kept = list(mpl.rcParams["font.cursive"])

    def render(family):
        mpl.rcParams["font.cursive"] = [family]
        fig, (ax, bx) = panels(5, 3, [1, 1])
        fig.text(0.1, 0.5, "Hello cursive", family="cursive", ha="left", va="baseline", fontsize=20)
        return fig

    try:
        _assert_every_step_is_new(render, ["Liberation Sans", "DejaVu Serif"])
    finally:
        mpl.rcParams["font.cursive"] = kept


def test_see_through_pixels_stay_see_through():
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3), dpi=100)
    fig.patch.set_width(0.5)  # an opaque background over half the canvas only
    image = Image.open(io.BytesIO(figure_png(fig)))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    assert image.mode == "RGBA"
    assert np.array_equal(np.asarray(image), np.asarray(canvas.buffer_rgba()))


def test_panels_with_one_axes():
    fig, axes = panels(5, 3, [1])
    assert len(axes) == 1 and fig.axes == axes
