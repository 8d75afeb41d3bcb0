"""The Explorer frame every lesson widget uses, driven headless."""

import ipywidgets as W

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
def _line_figure(y_top: float, label: str = "ratings"):
    fig, ax = figure()
    ax.plot([0, 1, 2], [0, y_top, 1], label=label)
    ax.set_ylim(0, 10)
    ax.set_xlabel("minute")
    ax.set_ylabel("pain (0-10)")
    ax.legend()
    return fig


def test_painter_gives_the_same_pixels_as_a_fresh_layout():
    painter = _Painter()
    painter.png(_line_figure(5))
    again = _line_figure(7)
    assert painter.png(again) == figure_png(_line_figure(7))
    assert again.get_layout_engine() is None or "PlaceHolder" in type(again.get_layout_engine()).__name__  # reused


def test_painter_lays_out_again_when_labels_change():
    painter = _Painter()
    painter.png(_line_figure(5))
    fig = _line_figure(5, label="a much longer legend entry than before")
    painter.png(fig)
    assert "Constrained" in type(fig.get_layout_engine()).__name__  # laid out afresh, not frozen


def test_explorer_png_is_a_png():
    e = make()
    assert e.views[0].value[:8] == b"\x89PNG\r\n\x1a\n" and len(e._painters) == 1
