"""The loss-aversion widgets, driven headless: move each control, check the model result and the view."""

import ipywidgets as W
import pytest

from servicepsych.prospect import compensation_for_loss, segregated_value, value, weight
from servicepsych.widgets import Explorer
from servicepsych.widgets.loss_aversion import compensation_planner, value_curve, weighting_curve

PNG = b"\x89PNG\r\n\x1a\n"


def test_value_curve_initial_state_and_views():
    e = value_curve(loss=100)
    assert isinstance(e, Explorer)
    assert e.result["felt_loss"] == pytest.approx(-2.25 * 100**0.88)
    assert e.result["felt_gain"] == pytest.approx(100**0.88)
    assert e.result["compensation"] == pytest.approx(2.25 ** (1 / 0.88) * 100)
    assert e.views[0].value[:8] == PNG
    assert "251" in e.views[1].value  # the gesture needed is written out for the learner
    assert isinstance(e.controls["lam"], W.FloatSlider)


def test_value_curve_follows_every_control():
    e = value_curve(loss=100)
    png, html = e.views[0].value, e.views[1].value
    e.controls["lam"].value = 1.0
    assert e.result["felt_loss"] == pytest.approx(-(100**0.88))
    assert e.result["compensation"] == pytest.approx(100)
    assert e.views[0].value != png and e.views[1].value != html
    e.controls["loss"].value = 300
    assert e.result["felt_loss"] == pytest.approx(-(300**0.88))
    e.controls["alpha"].value = 0.5
    e.controls["beta"].value = 0.5
    assert e.result["felt_gain"] == pytest.approx(300**0.5)
    assert e.result["compensation"] == pytest.approx(compensation_for_loss(300, 0.5, 0.5, 1.0))
    assert e.updates == 5


def test_value_curve_marks_offscale_gestures():
    e = value_curve(loss=100)
    e.controls["alpha"].value = 0.3  # gains flatten fast: the gesture needed explodes
    assert e.result["offscale"] is True
    assert "off the chart" in e.views[1].value


def test_value_curve_zero_loss_is_not_an_error():
    e = value_curve(loss=100)
    e.controls["loss"].value = 0
    assert e.error == ""
    assert e.result["felt_loss"] == 0.0 and e.result["compensation"] == 0.0


def test_planner_net_feeling_and_verdict():
    e = compensation_planner(loss=200, goodwill=300, gestures=1)
    assert e.result["net"] == pytest.approx(300**0.88 - 2.25 * 200**0.88)
    assert e.result["net_positive"] is False
    assert "worse off" in e.views[0].value
    e.controls["goodwill"].value = 600
    assert e.result["net"] == pytest.approx(600**0.88 - 2.25 * 200**0.88)
    assert e.result["net_positive"] is True
    assert "better off" in e.views[0].value


def test_planner_splitting_the_same_budget_raises_felt_goodwill():
    e = compensation_planner(loss=100, goodwill=240, gestures=1)
    one = e.result["felt_goodwill"]
    e.controls["gestures"].value = 2
    assert e.result["felt_goodwill"] == pytest.approx(2 * 120**0.88)
    assert e.result["felt_goodwill"] > one
    assert e.result["net_positive"] is True
    nets = [row["net"] for row in e.result["by_gestures"]]
    assert nets == sorted(nets)  # more gestures, same budget: better (segregating gains)
    assert [row["gestures"] for row in e.result["by_gestures"]] == [1, 2, 3, 4]
    assert "<table>" in e.views[2].value


def test_planner_lambda_and_loss_controls():
    e = compensation_planner(loss=100, goodwill=100, gestures=1)
    assert e.result["needed_single"] == pytest.approx(compensation_for_loss(100))
    e.controls["lam"].value = 1.0
    assert e.result["net"] == pytest.approx(0.0, abs=1e-9)
    assert "exactly even" in e.views[0].value
    e.controls["loss"].value = 0
    assert e.result["net"] == pytest.approx(segregated_value([100], lam=1.0))
    # a refund netted against the loss: v(goodwill - loss)
    assert e.result["refund_net"] == pytest.approx(value(100 - 0, lam=1.0))


def test_weighting_curve_follows_gamma_and_delta():
    e = weighting_curve()
    assert e.result["w50"] == pytest.approx(weight(0.5, 0.61))
    png = e.views[0].value
    e.controls["gamma"].value = 1.0
    assert e.result["w50"] == pytest.approx(0.5)
    assert e.result["w01"] == pytest.approx(0.01)
    assert e.views[0].value != png
    e.controls["delta"].value = 0.5
    assert e.result["w_loss"][100] == pytest.approx(weight(0.5, 0.5))
    assert "50.0%" in e.views[1].value
