"""The loss-aversion widgets, driven headless: move each control, check the model result and the view.

Expected values are worked out with plain math from the Tversky & Kahneman (1992) medians.
"""

import ipywidgets as W
import pytest

from servicepsych.widgets import Explorer
from servicepsych.widgets.loss_aversion import recovery_comparison, value_curve, weighting_curve

PNG = b"\x89PNG\r\n\x1a\n"
A, LAM = 0.88, 2.25


def v(x, lam=LAM, a=A):
    return x**a if x >= 0 else -lam * (-x) ** a


def w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


# ---------------------------------------------------------------- value curve

def test_value_curve_initial_state_and_views():
    e = value_curve(loss=100)
    assert isinstance(e, Explorer)
    assert e.result["felt_loss"] == pytest.approx(-2.25 * 100**0.88)
    assert e.result["felt_gain"] == pytest.approx(100**0.88)
    assert e.result["compensation"] == pytest.approx(2.25 ** (1 / 0.88) * 100)
    assert e.views[0].value[:8] == PNG
    assert "251" in e.views[1].value and "prediction" in e.views[1].value  # a model prediction, said so
    assert isinstance(e.controls["lam"], W.FloatSlider)
    assert all(c.continuous_update is False for c in e.controls.values())


def test_value_curve_follows_every_control():
    e = value_curve(loss=100)
    png, html = e.views[0].value, e.views[1].value
    e.controls["lam"].value = 1.0
    assert e.result["felt_loss"] == pytest.approx(-(100**0.88))
    assert e.result["compensation"] == pytest.approx(100)
    assert e.views[0].value != png and e.views[1].value != html
    e.controls["loss"].value = 300
    assert e.result["felt_loss"] == pytest.approx(-(300**0.88))
    png = e.views[0].value
    e.controls["alpha"].value = 0.5
    assert e.result["felt_gain"] == pytest.approx(300**0.5)
    assert e.views[0].value != png
    png = e.views[0].value
    e.controls["beta"].value = 0.5
    assert e.result["felt_loss"] == pytest.approx(-(300**0.5))
    assert e.result["compensation"] == pytest.approx(300)
    assert e.views[0].value != png
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


# ---------------------------------------------------------------- recovery comparison

def test_both_options_start_from_the_same_reference_point():
    """Same amount, one piece each: the two options are identical under every way of booking them."""
    e = recovery_comparison(loss=200, refund=300, voucher=300, pieces=1)
    for a, b in e.result["by_mode"].values():
        assert a == pytest.approx(b)
    assert e.result["better"] == "tie"
    assert e.result["outcomes_a"][0] == e.result["outcomes_b"][0] == -200  # the same loss in both


def test_values_are_the_model_under_each_booking():
    e = recovery_comparison(loss=200, refund=300, voucher=300, pieces=2, editing="separate")
    sep_a = v(-200) + v(300)
    sep_b = v(-200) + 2 * v(150)
    assert e.result["value_a"] == pytest.approx(sep_a)
    assert e.result["value_b"] == pytest.approx(sep_b)
    assert e.result["better"] == "B"
    net_a, net_b = e.result["by_mode"]["net"]
    assert net_a == pytest.approx(v(100)) and net_b == pytest.approx(v(100))
    best_a, best_b = e.result["by_mode"]["best"]
    assert best_a == pytest.approx(max(sep_a, v(100))) and best_b == pytest.approx(max(sep_b, v(100)))


def test_the_refund_can_win_and_can_lose():
    """No option wins by construction: moving the controls flips the verdict both ways."""
    e = recovery_comparison(loss=200, refund=400, voucher=300, pieces=2, editing="separate")
    assert e.result["better"] == "A"  # a bigger refund beats smaller split vouchers
    e.controls["voucher"].value = 400
    assert e.result["better"] == "B"  # same total, split: the vouchers win when events are felt separately
    e.controls["editing"].value = "net"
    assert e.result["better"] == "tie"  # netted, only the total counts
    e.controls["refund"].value = 450
    assert e.result["better"] == "A"


def test_every_comparison_control_changes_the_view():
    e = recovery_comparison(loss=200, refund=300, voucher=320, pieces=2, editing="separate")
    moves = {"loss": 500.0, "refund": 350.0, "voucher": 500.0, "pieces": 3, "editing": "best", "lam": 1.5}
    for name, value in moves.items():
        before = (e.views[0].value, e.views[1].value, e.views[2].value)
        e.controls[name].value = value
        after = (e.views[0].value, e.views[1].value, e.views[2].value)
        assert before != after, f"moving {name} changed nothing"
    assert e.views[1].value[:8] == PNG
    assert "<table>" in e.views[2].value
    assert e.result["lam"] == 1.5


def test_lambda_changes_the_felt_loss_in_both_options_alike():
    e = recovery_comparison(loss=200, refund=300, voucher=300, pieces=3, editing="separate")
    a1, b1 = e.result["value_a"], e.result["value_b"]
    e.controls["lam"].value = 1.0
    a2, b2 = e.result["value_a"], e.result["value_b"]
    assert a2 - a1 == pytest.approx(b2 - b1)  # the loss is the same in both; only the remedies differ
    assert a2 - a1 == pytest.approx(v(-200, 1.0) - v(-200))


def test_comparison_controls_are_legible_and_not_continuous():
    e = recovery_comparison()
    assert isinstance(e.controls["editing"], W.ToggleButtons)
    sliders = [c for k, c in e.controls.items() if k != "editing"]
    assert all(c.continuous_update is False for c in sliders)
    assert all(len(c.description) <= 28 for c in e.controls.values())


# ---------------------------------------------------------------- weighting curve

def test_weighting_curve_follows_gamma_and_delta():
    e = weighting_curve()
    assert e.result["w50"] == pytest.approx(w(0.5, 0.61))
    png = e.views[0].value
    e.controls["gamma"].value = 1.0
    assert e.result["w50"] == pytest.approx(0.5)
    assert e.result["w01"] == pytest.approx(0.01)
    assert e.views[0].value != png
    png = e.views[0].value
    e.controls["delta"].value = 0.5
    assert e.result["w_loss"][100] == pytest.approx(w(0.5, 0.5))
    assert e.views[0].value != png
    assert "50.0%" in e.views[1].value
