"""Drive every framing widget headless: move each control, check that result and views follow."""

from __future__ import annotations

import ipywidgets as W
import pytest

from servicepsych import framing, prospect
from servicepsych.widgets._base import Explorer
from servicepsych.widgets.framing import asian_disease_explorer, message_ab, refund_wording

PNG = b"\x89PNG"


def _html(ex: Explorer) -> str:
    return " ".join(v.value for v in ex.views if isinstance(v, W.HTML))


def _png(ex: Explorer) -> bytes:
    return bytes(next(v.value for v in ex.views if isinstance(v, W.Image)))


def _snapshot(ex: Explorer):
    return _html(ex), _png(ex)


def test_every_control_uses_the_kit_layout():
    for ex in (message_ab(), refund_wording(), asian_disease_explorer()):
        for name, control in ex.controls.items():
            assert control.style.description_width == "initial", name  # labels never cut off
            if isinstance(control, (W.FloatSlider, W.IntSlider)):
                assert control.continuous_update is False, name
                assert control.layout.width == "620px", name


# ------------------------------------------------------------------ message A/B

def test_message_ab_both_wordings_share_one_model_and_one_start():
    ex = message_ab(0.9, expected=0.9, pull=0.5)
    assert ex.result["positive"] == "9 in 10 parcels arrive on time"
    assert ex.result["negative"] == "1 in 10 parcels arrive late"
    # same expectation (90%), each wording pulls halfway to its own anchor (0% and 100%)
    assert ex.result["gain_value"] == pytest.approx(prospect.value(90 - 45))
    assert ex.result["loss_value"] == pytest.approx(prospect.value(90 - 95))
    ex.controls["pull"].value = 0.0
    assert ex.result["better"] == "same" and ex.result["gap"] == 0
    assert "does not matter" in _html(ex)
    assert ex.result["gain_curve"][0] == ex.result["loss_curve"][0]


@pytest.mark.parametrize("control, value", [("share", 0.6), ("expected", 0.3), ("pull", 0.9),
                                            ("style", "percent"), ("scene", "repairs")])
def test_message_ab_every_control_changes_what_is_shown(control, value):
    ex = message_ab(0.9)
    before, updates = _snapshot(ex), ex.updates
    ex.controls[control].value = value
    assert ex.updates == updates + 1
    assert _snapshot(ex) != before


def test_message_ab_texts_follow_the_controls():
    ex = message_ab(0.9)
    ex.controls["scene"].value = "calls"
    ex.controls["share"].value = 0.7
    assert "7 in 10 calls are answered within a minute" in _html(ex)
    ex.controls["style"].value = "percent"
    assert ex.result["negative"] == "30% of callers wait longer than a minute"


def test_message_ab_rejects_an_unknown_scene():
    with pytest.raises(ValueError, match="scene"):
        message_ab(scene="hotel")


# ------------------------------------------------------------------ refund wording

@pytest.mark.parametrize("control, value", [("paid", 300.0), ("refunded", 150.0), ("expected", "nothing"),
                                            ("pull", 0.8), ("lam", 1.0)])
def test_refund_every_control_changes_what_is_shown(control, value):
    ex = refund_wording(250, 200)
    before = _snapshot(ex)
    ex.controls[control].value = value
    assert _snapshot(ex) != before


def test_refund_values_follow_the_model():
    ex = refund_wording(250, 200, expected="full", pull=0.5)
    m = ex.result["message"]
    assert m.gain_value == pytest.approx(prospect.value(200 - 125))
    assert m.loss_value == pytest.approx(prospect.value(200 - 250))
    assert "¥200" in _html(ex) and "¥50" in _html(ex)
    ex.controls["expected"].value = "nothing"
    m2 = ex.result["message"]
    assert m2.gain_value == pytest.approx(prospect.value(200))
    assert m2.loss_value == pytest.approx(prospect.value(200 - 125))
    assert m.gap > m2.gap > 0              # the wording matters more for the customer who expected it all
    ex.controls["pull"].value = 0.0
    assert ex.result["message"].better == "same"


def test_refund_loss_aversion_matters_only_when_a_wording_lands_in_the_loss_region():
    # expected half back, pull 0.5: references 62.5 and 187.5, both below 200, so both wordings feel
    # like gains and lambda changes nothing
    ex = refund_wording(250, 200, expected="half")
    gap = ex.result["message"].gap
    ex.controls["lam"].value = 1.0
    assert ex.result["message"].gap == pytest.approx(gap)
    # expected the full price: the loss wording's reference (250) is above 200, so lambda widens the gap
    ex.controls["expected"].value = "full"
    gap_neutral = ex.result["message"].gap
    ex.controls["lam"].value = 2.25
    assert ex.result["message"].gap > gap_neutral > 0
    ex.controls["pull"].value = 0.0
    assert ex.result["message"].gap == 0


def test_refund_above_price_shows_a_message_and_keeps_the_last_result():
    ex = refund_wording(250, 200)
    before = ex.result
    ex.controls["refunded"].value = 400.0
    assert "cannot be more than the price paid" in ex.error
    assert ex.result is before


# ------------------------------------------------------------------ Asian disease explorer

def test_asian_explorer_defaults_reproduce_the_reversal():
    ex = asian_disease_explorer()
    assert ex.result["gain"]["prediction"].choice == "sure"
    assert ex.result["loss"]["prediction"].choice == "risky"
    assert ex.result["reversal"] is True
    assert "preference reversal" in _html(ex)
    assert "72%" in _html(ex) and "22%" in _html(ex) and "78%" in _html(ex)


def test_asian_explorer_lambda_rescales_but_never_flips():
    ex = asian_disease_explorer()
    before_html = _html(ex)
    before = ex.result["loss"]["prediction"].sure_value
    ex.controls["lam"].value = 1.0
    assert ex.result["loss"]["prediction"].sure_value == pytest.approx(before / 2.25)
    assert ex.result["reversal"] is True
    assert _html(ex) != before_html        # the values shown change


def test_asian_explorer_linear_value_removes_the_reversal():
    ex = asian_disease_explorer()
    png = _png(ex)
    ex.controls["alpha"].value = 1.0
    assert ex.result["reversal"] is False
    assert "No reversal" in _html(ex)
    assert _png(ex) != png


def test_asian_explorer_probability_slider():
    ex = asian_disease_explorer()
    before = _snapshot(ex)
    ex.controls["p"].value = 0.9
    pred = ex.result["gain"]["prediction"]
    expected = framing.predict_choice(framing.asian_disease("gain", p_all_saved=0.9))
    assert pred.risky_value == pytest.approx(expected.risky_value)
    assert pred.choice == "risky"
    assert _snapshot(ex) != before
    assert _png(ex).startswith(PNG)
