"""The framing model against published figures and its input checks.

Sources: Tversky & Kahneman (1981), Science 211, 453-458 (Asian disease problem:
72% of N = 152 chose the sure option in the gain frame; 78% of N = 155 chose the
gamble in the loss frame). Tversky & Kahneman (1992), J. Risk Uncertainty 5,
297-323 (median parameters). Levin & Gaeth (1988), J. Consumer Research 15,
374-378 ("75% lean" versus "25% fat" ground beef).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from servicepsych import findings, framing, prospect
from servicepsych.framing import (
    FramedChoice,
    asian_disease,
    attribute_frame,
    is_reversal,
    predict_choice,
    preference_margin,
    reframe,
    reframe_refund,
)


def _v(x, a=0.88, b=0.88, lam=2.25):
    return x**a if x >= 0 else -lam * (-x) ** b


def _w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


# ------------------------------------------------------------------ the classic problem

def test_asian_disease_published_majorities_are_recorded():
    # Tversky & Kahneman (1981): 72% sure in the gain frame, 78% risky in the loss frame.
    assert findings.get("tk81_gain_frame_sure").value == 72
    assert findings.get("tk81_gain_frame_n").value == 152
    assert findings.get("tk81_loss_frame_risky").value == 78
    assert findings.get("tk81_loss_frame_n").value == 155


def test_asian_disease_reversal_matches_the_published_majorities():
    """TK92 medians predict the majority choice of both frames of TK81."""
    gain = predict_choice(asian_disease("gain"))
    loss = predict_choice(asian_disease("loss"))
    majority_gain = "sure" if findings.get("tk81_gain_frame_sure").value > 50 else "risky"
    majority_loss = "risky" if findings.get("tk81_loss_frame_risky").value > 50 else "sure"
    assert gain.choice == majority_gain == "sure"
    assert loss.choice == majority_loss == "risky"
    assert is_reversal(asian_disease("gain"), asian_disease("loss"))


def test_asian_disease_values_recomputed_by_hand():
    gain = predict_choice(asian_disease("gain"))
    assert gain.sure_value == pytest.approx(_v(200))
    assert gain.risky_value == pytest.approx(_w(1 / 3, 0.61) * _v(600))
    loss = predict_choice(asian_disease("loss"))
    assert loss.sure_value == pytest.approx(_v(-400))
    assert loss.risky_value == pytest.approx(_w(2 / 3, 0.69) * _v(-600))
    assert gain.margin == pytest.approx(gain.sure_value - gain.risky_value)


def test_the_two_frames_describe_the_same_final_states():
    gain, loss = asian_disease("gain"), asian_disease("loss")
    assert gain.sure == loss.sure == 200
    assert gain.risky_outcomes == loss.risky_outcomes
    assert gain.expected_risky == pytest.approx(gain.sure)  # the options have equal expected lives saved
    assert loss.coded_sure == -400 and loss.coded_risky == (0, -600)


def test_lambda_does_not_drive_the_reversal_curvature_does():
    # Pure gains or pure losses: lambda scales both options alike, so the choice cannot change.
    lams = np.linspace(0.5, 5, 10)
    margins = preference_margin(asian_disease("loss"), lam=lams)
    assert isinstance(margins, np.ndarray) and margins.shape == (10,)
    assert np.all(margins < 0)
    np.testing.assert_allclose(margins / lams, margins[0] / lams[0])
    # Linear value (alpha = beta = 1) removes risk aversion: no reversal.
    assert not is_reversal(asian_disease("gain"), asian_disease("loss"), alpha=1.0, beta=1.0)


def test_no_distortion_means_indifference_between_equal_expected_values():
    c = FramedChoice(sure=50, risky_outcomes=(100, 0), risky_probs=(0.5, 0.5))
    assert predict_choice(c, alpha=1, beta=1, gamma=1, delta=1).choice == "indifferent"


def test_uses_the_prospect_module():
    c = FramedChoice(sure=-30, risky_outcomes=(-100, 20), risky_probs=(0.25, 0.75))
    assert predict_choice(c).risky_value == pytest.approx(prospect.prospect_value([-100, 20], [0.25, 0.75]))


def test_scalar_in_float_out():
    assert type(preference_margin(asian_disease("gain"))) is float
    assert type(predict_choice(asian_disease("gain")).sure_value) is float


# ------------------------------------------------------------------ attribute framing and messages

def test_levin_gaeth_beef_labels():
    share = findings.get("lg88_lean_label").value / 100
    w = attribute_frame(share, "lean", "fat")
    assert (w.positive, w.negative) == ("75% lean", "25% fat")


def test_in_n_wording_counts_add_up():
    for share in (0.0, 0.3, 0.87, 1.0):
        w = attribute_frame(share, "arrive on time", "arrive late", style="in_n", n=10)
        good = int(w.positive.split()[0])
        bad = int(w.negative.split()[0])
        assert good + bad == 10 and good == round(share * 10)


def test_refund_gain_wording_feels_better():
    m = reframe_refund(250, 200)
    assert m.gain_value == pytest.approx(_v(200))
    assert m.loss_value == pytest.approx(_v(-50))
    assert m.better == "gain"
    assert "¥200" in m.gain_text and "¥50" in m.loss_text


def test_reframe_arrays_in_arrays_out():
    g, l = reframe(np.array([0.0, 50.0, 100.0]), 0, 100)
    assert g.shape == l.shape == (3,)
    assert l[-1] == 0 and g[0] == 0
    assert np.all(np.diff(g) > 0) and np.all(np.diff(l) > 0)
    gs, ls = reframe(50, 0, 100)
    assert type(gs) is float and type(ls) is float


# ------------------------------------------------------------------ bad input gets a clear error

@pytest.mark.parametrize(
    "call, error, match",
    [
        (lambda: asian_disease("neutral"), ValueError, "gain' or 'loss"),
        (lambda: asian_disease("gain", saved_for_sure=700), ValueError, "between 0 and at_risk"),
        (lambda: asian_disease("gain", p_all_saved=33), ValueError, "between 0 and 1"),
        (lambda: FramedChoice(1, (2, 0), (0.5,)), ValueError, "one probability per outcome"),
        (lambda: FramedChoice("1", (2, 0), (0.5, 0.5)), TypeError, "sure must be a real number"),
        (lambda: FramedChoice(1, (2, math.nan), (0.5, 0.5)), ValueError, "finite"),
        (lambda: predict_choice("gain"), TypeError, "FramedChoice"),
        (lambda: predict_choice(asian_disease("gain"), lam=-1), ValueError, "lam must be greater than 0"),
        (lambda: predict_choice(asian_disease("gain"), lamda=2), TypeError, "unknown"),
        (lambda: attribute_frame(1.5, "a", "b"), ValueError, "between 0 and 1"),
        (lambda: attribute_frame(0.5, "", "b"), TypeError, "non-empty str"),
        (lambda: attribute_frame(0.5, "a", "b", style="ratio"), ValueError, "style"),
        (lambda: attribute_frame(0.5, "a", "b", style="in_n", n=0), ValueError, "at least 1"),
        (lambda: reframe_refund(0, 0), ValueError, "paid must be greater than 0"),
        (lambda: reframe_refund(100, -5), ValueError, "between 0 and paid"),
        (lambda: reframe("80", 0, 100), TypeError, "numbers, not text"),
    ],
)
def test_bad_input(call, error, match):
    with pytest.raises(error, match=match):
        call()


def test_framed_choice_is_frozen():
    c = asian_disease("gain")
    with pytest.raises(AttributeError):
        c.sure = 300  # type: ignore[misc]
    assert framing.FRAMES == ("gain", "loss")
