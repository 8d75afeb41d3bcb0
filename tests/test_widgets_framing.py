"""Drive every framing widget headless: move controls, check result and views follow."""

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


# ------------------------------------------------------------------ message A/B

def test_message_ab_follows_the_share_slider():
    ex = message_ab(0.9)
    assert isinstance(ex, Explorer)
    assert ex.result["positive"] == "9 in 10 parcels arrive on time"
    assert ex.result["negative"] == "1 in 10 parcels arrive late"
    png_before, updates = _png(ex), ex.updates
    assert png_before.startswith(PNG)
    ex.controls["share"].value = 0.7
    assert ex.updates == updates + 1
    assert ex.result["positive"] == "7 in 10 parcels arrive on time"
    assert "3 in 10 parcels arrive late" in _html(ex)
    assert _png(ex) != png_before
    # felt values follow the model: good side a gain from 0, bad side a loss from 100%
    assert ex.result["gain_value"] == pytest.approx(prospect.value(70))
    assert ex.result["loss_value"] == pytest.approx(prospect.value(-30))


def test_message_ab_frame_toggle_changes_what_is_shown():
    ex = message_ab(0.9)
    assert ex.result["shown"] == ex.result["positive"]
    ex.controls["frame"].value = "loss"
    assert ex.result["shown"] == ex.result["negative"] == "1 in 10 parcels arrive late"


def test_message_ab_style_and_labels():
    ex = message_ab(0.75, good_label="lean", bad_label="fat")
    ex.controls["style"].value = "percent"
    assert (ex.result["positive"], ex.result["negative"]) == ("75% lean", "25% fat")
    ex.controls["bad_label"].value = "late"
    assert ex.result["negative"] == "25% late"
    assert "25% late" in _html(ex)


def test_message_ab_better_frame_follows_the_model():
    # Which wording feels better depends on the share: compare with the model at each share.
    ex = message_ab(0.9)
    for share in (0.1, 0.5, 0.9):
        ex.controls["share"].value = share
        g, l = framing.reframe(100 * share, 0, 100)
        assert ex.result["better"] == ("gain" if g >= l else "loss")


def test_message_ab_empty_label_shows_a_message_not_a_traceback():
    ex = message_ab()
    ex.controls["good_label"].value = ""
    assert "non-empty" in ex.error


# ------------------------------------------------------------------ refund wording

def test_refund_wording_follows_sliders():
    ex = refund_wording(250, 200)
    assert ex.result.gain_value == pytest.approx(prospect.value(200))
    assert ex.result.loss_value == pytest.approx(prospect.value(-50))
    assert "¥200" in _html(ex) and "¥50" in _html(ex)
    ex.controls["lam"].value = 1.0
    assert ex.result.loss_value == pytest.approx(prospect.value(-50, lam=1.0))
    ex.controls["refunded"].value = 100
    assert ex.result.gain_value == pytest.approx(prospect.value(100))
    assert "¥150" in _html(ex)


def test_refund_wording_refuses_refund_above_price():
    ex = refund_wording(250, 200)
    before = ex.result
    ex.controls["refunded"].value = 400
    assert "cannot be more than paid" in ex.error
    assert ex.result is before  # the last good result stays on screen


# ------------------------------------------------------------------ Asian disease explorer

def test_asian_explorer_defaults_reproduce_the_reversal():
    ex = asian_disease_explorer()
    assert ex.result["gain"]["prediction"].choice == "sure"
    assert ex.result["loss"]["prediction"].choice == "risky"
    assert ex.result["reversal"] is True
    assert "preference reversal" in _html(ex)
    assert "72%" in _html(ex) and "78%" in _html(ex)


def test_asian_explorer_lambda_rescales_but_never_flips():
    ex = asian_disease_explorer()
    before = ex.result["loss"]["prediction"].sure_value
    ex.controls["lam"].value = 1.0
    after = ex.result["loss"]["prediction"].sure_value
    assert after == pytest.approx(before / 2.25)
    assert ex.result["reversal"] is True


def test_asian_explorer_linear_value_removes_the_reversal():
    ex = asian_disease_explorer()
    png = _png(ex)
    ex.controls["alpha"].value = 1.0
    assert ex.result["reversal"] is False
    assert "No reversal" in _html(ex)
    assert _png(ex) != png


def test_asian_explorer_probability_slider():
    ex = asian_disease_explorer()
    ex.controls["p"].value = 0.9  # the gamble now almost surely saves everyone
    pred = ex.result["gain"]["prediction"]
    expected = framing.predict_choice(framing.asian_disease("gain", p_all_saved=0.9))
    assert pred.risky_value == pytest.approx(expected.risky_value)
    assert pred.choice == "risky"


def test_message_ab_rejects_an_unknown_frame():
    with pytest.raises(ValueError, match="'gain' or 'loss'"):
        message_ab(frame="neutral")
