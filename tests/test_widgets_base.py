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
