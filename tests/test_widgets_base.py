"""The Explorer frame every lesson widget uses, driven headless."""

import io

import ipywidgets as W
import pytest
from PIL import Image

from servicepsych.widgets import Explorer, figure
from servicepsych.widgets._base import html_table


def make():
    def compute(a, label):
        if a < 0:
            raise ValueError("a cannot be negative")
        return {"double": 2 * a, "label": label}

    def render(result):
        fig, ax = figure()
        ax.bar([result["label"]], [result["double"]])
        return [fig, html_table([[result["label"], result["double"]]], ["label", "double"])]

    return Explorer({"a": W.FloatSlider(value=1, min=-5, max=5), "label": W.Text(value="x")},
                    compute, render, title="Demo")


def test_initial_render():
    e = make()
    assert e.result == {"double": 2.0, "label": "x"}
    assert e.updates == 1
    assert e.views[0].value[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<td style='padding:2px 8px'>2.0</td>" in e.views[1].value


def test_changing_a_control_recomputes_and_redraws():
    e = make()
    png = e.views[0].value
    e.controls["a"].value = 3
    assert e.result["double"] == 6 and e.updates == 2
    assert e.views[0].value != png
    e.controls["label"].value = "<b>"
    assert "&lt;b&gt;" in e.views[1].value  # escaped


def test_bad_values_show_a_message_not_a_traceback():
    e = make()
    e.controls["a"].value = -1
    assert "cannot be negative" in e.error
    assert e.result["double"] == 2.0  # last good result kept
    e.controls["a"].value = 2
    assert e.error == "" and e.result["double"] == 4


# ---------------------------------------------------------------- legible controls
from servicepsych.widgets._base import (  # noqa: E402
    CONTROL_PX,
    READOUT_PX,
    TRACK_PX,
    _Painter,
    choice,
    figure_png,
    fit_control,
    label_px,
    slider,
    text_px,
)


def _px(value: str) -> int:
    assert value.endswith("px"), value
    return int(value[:-2])


def test_text_width_grows_with_the_text_and_counts_wide_characters():
    assert text_px("λ (loss aversion)") > text_px("λ (loss av") > 0
    assert text_px("损失厌恶") == 4 * 13


def test_slider_label_is_shown_in_full_and_the_track_keeps_its_width():
    short = slider("Greeting", 5, 0, 10)
    assert short.style.description_width == "initial"  # the label as wide as its words: never "…"
    assert short.layout.width == f"{CONTROL_PX}px"
    s = slider("λ (loss aversion), how much more a loss weighs than an equal gain", 2.25, 1.0, 4.0, 0.05)
    assert s.style.description_width == "initial"
    assert _px(s.layout.width) - label_px(s) - READOUT_PX >= TRACK_PX  # a long label cannot eat the track
    assert s.layout.flex == "0 0 auto"  # a row of controls cannot squeeze it


def test_dropdown_is_wide_enough_for_its_longest_option():
    long = "Peak-end average of the worst moment and the last three minutes"
    d = choice("Rule", [(long, "pe"), ("Total", "t")])
    assert _px(d.layout.width) - label_px(d) >= text_px(long)
    assert choice("Call", ["A", "B"]).layout.width == f"{CONTROL_PX}px"


def test_toggle_buttons_size_to_their_labels():
    t = choice("Style", ["in 10", "per cent, rounded"], buttons=True)
    assert t.style.button_width == "initial"


def test_explorer_fits_controls_built_by_hand():
    """A control not made by slider()/choice() (04's 300 px box with a 200 px label) gets the kit layout too."""
    raw = W.FloatSlider(value=0.5, min=0, max=1, description="Weight of the peak",
                        style={"description_width": "200px"}, layout=W.Layout(width="300px"))
    e = Explorer({"w": raw, "n": slider("n", 5, 1, 10)}, lambda w, n: w * n, lambda r: f"<p>{r}</p>")
    assert raw.style.description_width == "initial" and raw.layout.width == f"{CONTROL_PX}px"
    assert e.views[0].value == "<p>2.5</p>"


def test_fit_control_leaves_other_widgets_usable():
    box = fit_control(W.Checkbox(description="Show the average"))
    assert box.description == "Show the average"
    assert fit_control(W.HTML("x")).value == "x"


# ---------------------------------------------------------------- faster redraws, same pictures
def _line_figure(y_top: float, label: str = "ratings", ylabel: str = "pain (0-10)", note: tuple | None = None):
    fig, ax = figure()
    ax.plot([0, 1, 2], [0, y_top, 1], label=label)
    ax.set_ylim(0, 10)
    ax.set_xlabel("minute")
    ax.set_ylabel(ylabel)
    ax.legend()
    if note is not None:
        ax.text(*note, "a note in the data's coordinates")
    return fig


def _plain_pixels(fig) -> bytes:
    """``fig`` drawn by plain matplotlib (a new Agg canvas, none of the kit's caches)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return bytes(canvas.buffer_rgba())


def _laid_out_afresh(fig) -> bool:
    return "Constrained" in type(fig.get_layout_engine()).__name__


def test_painter_gives_the_same_pixels_as_a_fresh_layout():
    painter = _Painter()
    painter.png(_line_figure(5))
    again = _line_figure(7)
    assert _pixels(painter.png(again)) == _plain_pixels(_line_figure(7))
    assert not _laid_out_afresh(again)  # the layout was reused


def test_painter_lays_out_again_when_labels_change():
    painter = _Painter()
    painter.png(_line_figure(5))
    fig = _line_figure(5, ylabel="a much longer label\nover two lines")
    assert _pixels(painter.png(fig)) == _plain_pixels(_line_figure(5, ylabel="a much longer label\nover two lines"))
    assert _laid_out_afresh(fig)


def test_painter_keeps_the_layout_when_texts_and_legends_stay_inside_the_axes():
    painter = _Painter()
    painter.png(_line_figure(5, note=(0.2, 8)))
    fig = _line_figure(5, label="a much longer legend entry than before", note=(0.5, 3))
    png = painter.png(fig)
    assert not _laid_out_afresh(fig)
    assert _pixels(png) == _plain_pixels(_line_figure(5, label="a much longer legend entry than before",
                                                      note=(0.5, 3)))


def test_painter_lays_out_again_when_a_text_sticks_out_of_the_axes():
    painter = _Painter()
    painter.png(_line_figure(5, note=(0.2, 8)))
    fig = _line_figure(5, note=(1.8, 8))  # runs past the right edge of the Axes: the layout makes room
    png = painter.png(fig)
    assert _laid_out_afresh(fig)
    assert _pixels(png) == _plain_pixels(_line_figure(5, note=(1.8, 8)))
    again = _line_figure(5, note=(0.2, 8))  # back inside: the first layout is reused, the pixels still match
    assert _pixels(painter.png(again)) == _plain_pixels(_line_figure(5, note=(0.2, 8)))


def test_text_layouts_are_reused_and_matplotlib_is_left_as_it_was():
    from matplotlib.text import Text

    before = Text.__dict__["_get_layout"]
    painter = _Painter()
    painter.png(_line_figure(5))
    painter.png(_line_figure(6))
    assert painter._layout.hits > 0 and Text.__dict__["_get_layout"] is before
    with pytest.raises(ZeroDivisionError):
        with painter._layout.active(painter._renderer):
            1 / 0
    assert Text.__dict__["_get_layout"] is before


@pytest.mark.parametrize("opaque", [True, False])
def test_png_encoder_is_lossless(opaque):
    import numpy as np

    from servicepsych.widgets import _png

    rng = np.random.default_rng(3)
    pixels = rng.integers(0, 256, size=(37, 53, 4), dtype=np.uint8)
    if opaque:
        pixels[..., 3] = 255
    image = Image.open(io.BytesIO(_png.encode(pixels)))
    assert image.mode == ("RGB" if opaque else "RGBA") and image.size == (53, 37)
    assert np.array_equal(np.asarray(image.convert("RGBA")), pixels)
    with pytest.raises(ValueError, match="uint8"):
        _png.encode(pixels.astype(np.float32))


def test_explorer_png_is_a_png():
    e = make()
    assert e.views[0].value[:8] == b"\x89PNG\r\n\x1a\n" and len(e._painters) == 1


# ---------------------------------------------------------------- one figure per Explorer, updated in place

import matplotlib as mpl  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402


def _pixels(png: bytes) -> bytes:
    return Image.open(io.BytesIO(png)).convert("RGBA").tobytes()


def _fresh_pixels(e):
    """What the Explorer's render draws for its current result on new figures, laid out from scratch and
    drawn by plain matplotlib (a new Agg canvas, none of the kit's caches): RGBA bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    parts = e._render(e.result)  # outside a redraw: figure() makes new figures
    parts = parts if isinstance(parts, (list, tuple)) else [parts]
    out = []
    for p in parts:
        if not isinstance(p, str):
            canvas = FigureCanvasAgg(p)
            canvas.draw()
            out.append(bytes(canvas.buffer_rgba()))
    return out


def _shown_pngs(e):
    return [v.value for v in e.views if isinstance(v, W.Image)]


def _assert_same_as_fresh(e):
    shown, fresh = _shown_pngs(e), _fresh_pixels(e)
    assert len(shown) == len(fresh)
    for a, b in zip(shown, fresh):
        assert _pixels(a) == b


def _styled_explorer():
    """A render whose look depends on the value: ticks, spines, limits, legend and texts come and go."""
    def render(r):
        fig, ax = figure(5.0, 3.0)
        n = r["n"]
        ax.plot(range(n + 2), [(i * 7) % 5 for i in range(n + 2)], marker="o", label=f"series {n}")
        if n % 2:
            ax.tick_params(axis="y", labelsize=6, colors="#b3261e")
            ax.set_xticks(range(n + 2), [f"m{i}" for i in range(n + 2)], fontsize=7, rotation=30)
            ax.spines[["top", "right"]].set_visible(False)
            ax.set_title("odd: styled ticks, no top spine", fontsize=9)
            ax.invert_yaxis()
        else:
            ax.set_ylim(-1, 6 + n)
            ax.grid(True, axis="y")  # grid lines of kept ticks clip to the Axes as on a new figure
            ax.text(0.5, 0.5, f"n = {n}", transform=ax.transAxes)
            fig.legend(loc="outside lower center", fontsize=8)
        ax.set_xlabel("moment")
        if n % 3 == 0:
            ax.legend(loc="upper right")
        return fig

    return Explorer({"n": slider("n", 2, 1, 12)}, lambda n: {"n": n}, render)


def test_a_redraw_updates_the_same_image_widget_in_place():
    e = _styled_explorer()
    view, png = e.views[0], e.views[0].value
    box_children = e._view_box.children
    e.controls["n"].value = 3
    assert e.views[0] is view and e._view_box.children == box_children  # no new widget, no re-created output
    assert view.value != png and view.value[:8] == b"\x89PNG\r\n\x1a\n"  # the moved value is shown
    assert e.updates == 2


def test_a_redraw_reuses_the_explorers_figure():
    e = _styled_explorer()
    fig = e._figures.slots[0].fig
    for n in (4, 6, 8):  # even values: styled the same way, so the figure is emptied and drawn into again
        e.controls["n"].value = n
    assert e._figures.slots[0].fig is fig and e._figures.slots[0].reused >= 3


def test_a_reused_figure_draws_what_a_new_one_would():
    """Styling one redraw applied (tick params, fixed tick labels, hidden spines, a figure legend, inverted axis,
    limits) never leaks into the next one: every step is pixel for pixel the picture of a new figure."""
    e = _styled_explorer()
    _assert_same_as_fresh(e)
    for n in (3, 4, 5, 6, 9, 12, 1, 2, 7, 8):
        e.controls["n"].value = n
        _assert_same_as_fresh(e)


def test_figures_do_not_pile_up_over_many_redraws():
    import gc

    from matplotlib.figure import Figure

    before = plt.get_fignums()
    e = _styled_explorer()
    for i in range(50):
        e.controls["n"].value = 1 + i % 12
    assert plt.get_fignums() == before  # nothing in pyplot's registry
    assert len(e._figures.slots) == 1 and len(e._painters) == 1
    gc.collect()
    alive = sum(isinstance(o, Figure) for o in gc.get_objects())
    for i in range(20):
        e.controls["n"].value = 1 + i % 12
    gc.collect()
    assert sum(isinstance(o, Figure) for o in gc.get_objects()) <= alive + 1


def test_figure_outside_a_redraw_is_always_new():
    (f1, a1), (f2, a2) = figure(), figure()
    assert f1 is not f2 and a1 is not a2 and f1.axes == [a1]


def test_two_figures_in_one_render_each_keep_their_own():
    def render(r):
        fig, ax = figure(4.0, 2.0)
        ax.bar(["a", "b"], [r, 1])
        other, bx = figure(3.0, 2.0)
        bx.plot([0, r], [0, 1])
        return [fig, "<p>between</p>", other]

    e = Explorer({"r": slider("r", 2, 1, 5)}, lambda r: r, render)
    first = [s.fig for s in e._figures.slots]
    e.controls["r"].value = 4
    assert [s.fig for s in e._figures.slots] == first and len(first) == 2
    assert isinstance(e.views[1], W.HTML)
    _assert_same_as_fresh(e)


def test_a_changed_matplotlib_setting_gets_a_new_figure():
    e = _styled_explorer()
    fig = e._figures.slots[0].fig
    with mpl.rc_context({"font.size": 14}):
        e.controls["n"].value = 4
        assert e._figures.slots[0].fig is not fig  # ticks made with the old font size are not reused
        _assert_same_as_fresh(e)


def test_an_unusual_figure_is_not_reused():
    def render(r):
        fig, ax = figure(4.0, 2.0)
        ax.plot([0, 1], [0, r])
        ax.twinx().plot([0, 1], [1, 0])  # a second Axes: the figure is made afresh next time
        return fig

    e = Explorer({"r": slider("r", 2, 1, 5)}, lambda r: r, render)
    fig = e._figures.slots[0].fig
    e.controls["r"].value = 3
    assert e._figures.slots[0].fig is not fig
    _assert_same_as_fresh(e)


def test_png_of_an_opaque_figure_has_no_alpha_channel():
    fig, ax = figure()
    ax.plot([0, 1])
    assert Image.open(io.BytesIO(figure_png(fig))).mode == "RGB"
    fig.patch.set_alpha(0.0)
    assert Image.open(io.BytesIO(figure_png(fig))).mode == "RGBA"  # see-through stays see-through


def _lesson_builders():
    import importlib
    import pkgutil

    from servicepsych import widgets

    for info in pkgutil.iter_modules(widgets.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"servicepsych.widgets.{info.name}")
        for name in getattr(module, "__all__", ()):
            yield f"{info.name}.{name}"


@pytest.mark.parametrize("path", list(_lesson_builders()))
def test_lesson_widgets_draw_the_same_pictures_as_new_figures(path):
    """Each lesson widget, one step of every enabled control: the shown picture is that of a new figure."""
    import importlib

    module, name = path.split(".")
    try:
        e = getattr(importlib.import_module(f"servicepsych.widgets.{module}"), name)()
    except TypeError:  # needs arguments: not a lesson-ready builder
        pytest.skip("builder needs arguments")
    if not isinstance(e, Explorer) or not _shown_pngs(e):
        pytest.skip("no picture")
    for control in e.controls.values():
        if control.disabled:
            continue
        if isinstance(control, (W.IntSlider, W.FloatSlider)):
            control.value = control.value + control.step if control.value + control.step <= control.max \
                else control.value - control.step
        elif getattr(control, "options", None) and len(control.options) > 1:
            options = [o[1] if isinstance(o, tuple) else o for o in control.options]
            control.value = options[(options.index(control.value) + 1) % len(options)]
        else:
            continue
        _assert_same_as_fresh(e)


def test_side_by_side_panels_are_reused_and_match_new_ones():
    from servicepsych.widgets._base import panels

    def render(r):
        fig, (ax, bx) = panels(6.0, 2.5, [1.5, 1.0])
        ax.scatter(range(r), [i % 3 for i in range(r)], s=9)
        bx.bar([0, 1], [r / 10, 0.5])
        bx.set_xticks([0, 1], ["low", "high"])
        bx.set_title(f"r = {r}", fontsize=10)
        return fig

    e = Explorer({"r": slider("r", 5, 2, 9)}, lambda r: r, render)
    fig = e._figures.slots[0].fig
    for r in (6, 7, 3):
        e.controls["r"].value = r
        _assert_same_as_fresh(e)
    assert e._figures.slots[0].fig is fig and len(fig.axes) == 2


def test_texts_drawn_again_reuse_their_glyphs_with_the_current_colour():
    """The second redraw composites kept glyph images; a label that changes colour (not text) still does."""
    def render(r):
        fig, ax = figure(4.0, 2.5)
        ax.plot([0, 1, 2], [0, r, 1], label="calls")
        ax.set_xlabel("minute", color="#b3261e" if r % 2 else "#1f5fa8")
        ax.set_ylim(0, 10)
        ax.legend(loc="upper left")
        return fig

    e = Explorer({"r": slider("r", 2, 1, 9)}, lambda r: r, render)
    texts = e._painters[0]._texts
    assert texts.hits == 0 and len(texts.entries) > 5
    e.controls["r"].value = 3
    assert texts.hits >= 5  # tick labels, axis label and legend text came from the cache
    _assert_same_as_fresh(e)
    e.controls["r"].value = 4
    _assert_same_as_fresh(e)
