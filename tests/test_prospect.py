"""The prospect-theory model against the published estimates of Tversky & Kahneman (1992).

Sources: Tversky, A., & Kahneman, D. (1992). Advances in prospect theory: Cumulative
representation of uncertainty. Journal of Risk and Uncertainty, 5(4), 297-323
(doi:10.1007/BF00122574): alpha = beta = 0.88, lambda = 2.25, gamma = 0.61, delta = 0.69 (medians).
Expected numbers are worked out from those published formulas and estimates with plain
math in each test, never by calling the function under test twice.
"""

import numpy as np
import pytest

from servicepsych import findings, prospect
from servicepsych.prospect import (
    accepts,
    certainty_equivalent,
    compensation_for_loss,
    decision_weights,
    edited_value,
    editing_prediction,
    integrated_value,
    prospect_value,
    segregated_value,
    value,
    weight,
)

TK92 = {key: findings.get(key).value for key in
        ("tk92_alpha", "tk92_beta", "tk92_loss_aversion_lambda", "tk92_gamma", "tk92_delta")}


def w(p, c):
    """TK92 equation (weighting function), written out independently."""
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


def test_defaults_are_the_published_tk92_medians():
    assert (prospect.ALPHA, prospect.BETA, prospect.LAMBDA, prospect.GAMMA, prospect.DELTA) == (
        TK92["tk92_alpha"], TK92["tk92_beta"], TK92["tk92_loss_aversion_lambda"],
        TK92["tk92_gamma"], TK92["tk92_delta"])


def test_value_of_plus_and_minus_100_under_tk92():
    # TK92: v(x) = x^0.88 for gains, -2.25 (-x)^0.88 for losses -> 57.5 and -129.5
    assert value(100) == pytest.approx(100**0.88)
    assert round(value(100), 1) == 57.5
    assert round(value(-100), 1) == -129.5
    assert value(0) == 0.0


def test_a_loss_looms_lambda_times_larger_than_an_equal_gain():
    for x in (1, 37.5, 1000):
        assert -value(-x) / value(x) == pytest.approx(2.25)


def test_scalars_give_floats_and_arrays_give_arrays():
    assert type(value(10)) is float
    assert type(value(np.float64(10))) is float
    assert type(weight(0.3, 0.61)) is float
    out = value([-100, 0, 50, 100])
    assert isinstance(out, np.ndarray) and out.shape == (4,)
    np.testing.assert_allclose(out, [-2.25 * 100**0.88, 0, 50**0.88, 100**0.88])
    grid = value(np.array([[1.0, -1.0], [2.0, -2.0]]))
    assert grid.shape == (2, 2)
    np.testing.assert_allclose(grid[:, 1], -2.25 * grid[:, 0])


def test_value_is_concave_for_gains_and_convex_for_losses():
    x = np.linspace(1, 500, 50)
    assert np.all(np.diff(value(x), 2) < 0)
    assert np.all(np.diff(value(-x), 2) > 0)


def test_weight_half_with_tk92_gamma():
    # w+(0.5) with gamma = 0.61: 0.5^.61 / (2 * 0.5^.61)^(1/.61) = 0.421
    assert weight(0.5, 0.61) == pytest.approx(w(0.5, 0.61))
    assert round(weight(0.5, 0.61), 3) == 0.421
    assert round(weight(0.5, 0.69), 3) == 0.454


def test_weight_is_inverse_s():
    assert weight(0.0, 0.61) == 0.0 and weight(1.0, 0.61) == 1.0
    assert weight(0.01, 0.61) > 0.01  # small probabilities overweighted
    assert weight(0.9, 0.61) < 0.9  # large ones underweighted
    np.testing.assert_allclose(weight([0.2, 0.7], 1.0), [0.2, 0.7])  # c = 1 is no distortion


def test_certainty_equivalent_of_a_50_50_chance_of_100():
    expected = (w(0.5, 0.61) * 100**0.88) ** (1 / 0.88)
    ce = certainty_equivalent([100, 0], [0.5, 0.5])
    assert ce == pytest.approx(expected)
    assert round(ce, 1) == 37.4
    assert ce < 50  # risk aversion for a moderate-probability gain (TK92 fourfold pattern)


def test_certainty_equivalent_of_a_loss_shows_risk_seeking():
    ce = certainty_equivalent([-100, 0], [0.5, 0.5])
    assert ce == pytest.approx(-((w(0.5, 0.69) * 2.25 * 100**0.88) / 2.25) ** (1 / 0.88))
    # the gamble (expected loss 50) is preferred to a sure loss of 50: risk seeking for losses (TK92)
    assert ce > -50
    assert prospect_value([-100, 0], [0.5, 0.5]) > value(-50)


def test_sure_outcome_has_value_v():
    assert prospect_value([250], [1.0]) == pytest.approx(value(250))
    assert certainty_equivalent([-40], [1]) == pytest.approx(-40)


def test_mixed_50_50_gamble_of_plus_minus_100_is_rejected():
    expected = w(0.5, 0.61) * 100**0.88 - w(0.5, 0.69) * 2.25 * 100**0.88
    assert prospect_value([100, -100], [0.5, 0.5]) == pytest.approx(expected)
    assert accepts([100, -100], [0.5, 0.5]) is False
    assert accepts([-100, 100], [0.5, 0.5]) is False  # order of outcomes does not matter


def test_mixed_gamble_needs_a_large_gain_to_be_accepted():
    # gain G makes w+(.5) G^.88 = w-(.5) 2.25 100^.88 : the break-even gain
    g = (w(0.5, 0.69) * 2.25 * 100**0.88 / w(0.5, 0.61)) ** (1 / 0.88)
    assert 250 < g < 300
    assert accepts([g + 1, -100], [0.5, 0.5]) is True
    assert accepts([g - 1, -100], [0.5, 0.5]) is False


def test_cumulative_weights_three_gains():
    x, p = [300, 200, 100], [0.2, 0.3, 0.5]
    expected = [w(0.2, 0.61), w(0.5, 0.61) - w(0.2, 0.61), 1 - w(0.5, 0.61)]
    np.testing.assert_allclose(decision_weights(x, p), expected)
    np.testing.assert_allclose(decision_weights(x[::-1], p[::-1]), expected[::-1])
    v = sum(pi * xi**0.88 for pi, xi in zip(expected, x))
    assert prospect_value(x, p) == pytest.approx(v)


def test_cumulative_weights_mixed_prospect():
    x, p = [-50, -10, 0, 40], [0.1, 0.4, 0.2, 0.3]
    expected = [w(0.1, 0.69), w(0.5, 0.69) - w(0.1, 0.69), 0.0, w(0.3, 0.61)]
    np.testing.assert_allclose(decision_weights(x, p), expected)
    v = expected[0] * -2.25 * 50**0.88 + expected[1] * -2.25 * 10**0.88 + expected[3] * 40**0.88
    assert prospect_value(x, p) == pytest.approx(v)


def test_repeated_outcomes_are_merged():
    assert prospect_value([100, 100, 0], [0.25, 0.25, 0.5]) == pytest.approx(prospect_value([100, 0], [0.5, 0.5]))
    assert decision_weights([100, 100], [0.25, 0.75]).sum() == pytest.approx(1.0)


def test_without_distortion_the_model_is_expected_value():
    kw = dict(alpha=1, beta=1, lam=1, gamma=1, delta=1)
    assert prospect_value([100, -40, 10], [0.2, 0.5, 0.3], **kw) == pytest.approx(20 - 20 + 3)


def test_compensation_for_loss_under_tk92():
    # v(g) = -v(-100): g = (2.25 * 100^0.88)^(1/0.88) = 2.25^(1/0.88) * 100
    assert compensation_for_loss(100) == pytest.approx(2.25 ** (1 / 0.88) * 100)
    assert value(compensation_for_loss(80)) == pytest.approx(-value(-80))
    np.testing.assert_allclose(compensation_for_loss([0, 100], lam=1, alpha=1, beta=1), [0, 100])


def test_hedonic_editing_segregate_gains_integrate_losses():
    # Thaler (1985): two gains of 50 please more than one of 100; two losses of 50 hurt more than one of 100
    assert segregated_value([50, 50]) == pytest.approx(2 * 50**0.88)
    assert integrated_value([50, 50]) == pytest.approx(100**0.88)
    assert segregated_value([50, 50]) > integrated_value([50, 50])
    assert segregated_value([-50, -50]) < integrated_value([-50, -50])
    # a small loss netted against a bigger gain is better integrated (cancellation)
    assert integrated_value([100, -20]) > segregated_value([100, -20])


def test_compensation_is_a_model_prediction_that_depends_on_lambda():
    # the practice rule "2.5 x the loss" is kind="practice"; the model gives 2.25^(1/0.88) = 2.51 under TK92,
    # 1.955^(1/0.88) = 2.14 under Brown et al. (2024)'s mean, 1.31^(1/0.88) = 1.36 under Walasek et al. (2024)
    rule = findings.get("practice_voucher_multiple")
    assert rule.kind == "practice"
    assert compensation_for_loss(100) / 100 == pytest.approx(2.25 ** (1 / 0.88))
    assert round(compensation_for_loss(100) / 100, 2) == 2.51
    lam_brown = findings.get("brown24_lambda_mean").value
    lam_wms = findings.get("wms24_lambda_risky").value
    assert round(compensation_for_loss(100, lam=lam_brown) / 100, 2) == 2.14
    assert round(compensation_for_loss(100, lam=lam_wms) / 100, 2) == 1.36


def test_editing_prediction_gives_thalers_four_principles_as_model_predictions():
    # Thaler (1985): segregate gains, integrate losses, cancel a small loss against a larger gain
    assert editing_prediction([40, 15]) == "separate"
    assert editing_prediction([-30, -20]) == "bundle"
    assert editing_prediction([200, -10]) == "bundle"
    # the silver lining (principle 4): separate g from L when g^a > lam (L^b - (L - g)^b)
    for loss, gain, lam in ((150, 10, 2.25), (150, 10, 1.0), (1000, 2, 2.25), (1000, 10, 2.25)):
        separate = gain**0.88 - lam * loss**0.88
        bundled = -lam * (loss - gain) ** 0.88
        assert editing_prediction([-loss, gain], lam=lam) == ("separate" if separate > bundled else "bundle")
    assert editing_prediction([-1000, 2]) == "separate"  # under TK92 only tiny gains are silver linings
    assert editing_prediction([-150, 10]) == "bundle"
    assert editing_prediction([-150, 10], lam=1.0) == "separate"


def test_edited_value_modes():
    amounts = [-200, 150, 150]
    assert edited_value(amounts, "separate") == pytest.approx(-2.25 * 200**0.88 + 2 * 150**0.88)
    assert edited_value(amounts, "net") == pytest.approx(100**0.88)
    assert edited_value(amounts, "best") == pytest.approx(max(-2.25 * 200**0.88 + 2 * 150**0.88, 100**0.88))
    with pytest.raises(ValueError, match="editing must be one of"):
        edited_value(amounts, "both")


def test_the_evidence_rows_say_losses_are_not_integrated():
    # Thaler & Johnson (1990), as summarised by Thaler (1999): the one principle people's editing did not follow
    tj = findings.get("tj90_losses_not_integrated")
    assert tj.value == 1 and "integrat" in tj.figure and "Secondary source" in tj.note
    assert findings.get("thaler85_hedonic_principles").value == 4
    assert "silver-lining" in findings.get("thaler85_silver_lining").figure


def test_how_sure_rows_carry_population_and_source_notes():
    for key in ("tk92_loss_aversion_lambda", "gr18_review_conclusion", "mjgh20_total_n",
                "brown24_lambda_mean", "wms24_lambda_risky"):
        f = findings.get(key)
        assert f.population, key
        assert f.doi, key
    for key in ("gr18_review_conclusion", "mjgh20_total_n", "brown24_lambda_mean", "wms24_lambda_risky"):
        assert "Abstract only" in findings.get(key).note
    # Walasek, Mullett & Stewart (2024) abstract: lambda = 1.31 [1.10, 1.53]; 1.955 is Brown et al. (2024)
    assert findings.get("wms24_lambda_risky").value == 1.31
    assert findings.get("brown24_lambda_mean").value == 1.955
    assert findings.get("mjgh20_total_n").value == 17720


@pytest.mark.parametrize("probs, match", [
    ([0.5, 0.6], "sum to 1"),
    ([1.5, -0.5], "between 0 and 1"),
    ([1.0], "one probability per outcome"),
])
def test_bad_probabilities_raise_clear_errors(probs, match):
    with pytest.raises(ValueError, match=match):
        prospect_value([100, 0], probs)


def test_bad_inputs_raise_clear_errors():
    with pytest.raises(ValueError, match="between 0 and 1"):
        weight(1.2, 0.61)
    with pytest.raises(ValueError, match="not percentages"):
        weight([50, 20], 0.61)
    with pytest.raises(ValueError, match="c must be greater than 0"):
        weight(0.5, 0)
    with pytest.raises(ValueError, match="lam must be greater than 0"):
        value(10, lam=-1)
    with pytest.raises(TypeError, match="text"):
        value("100")
    with pytest.raises(TypeError, match="lam must be a real number"):
        value(10, lam=None)
    with pytest.raises(ValueError, match="finite"):
        value(float("nan"))
    with pytest.raises(ValueError, match="empty"):
        prospect_value([], [])
    with pytest.raises(ValueError, match="positive size"):
        compensation_for_loss(-100)


def test_module_imports_neither_pandas_nor_matplotlib():
    import subprocess
    import sys

    code = ("import sys, servicepsych.prospect; "
            "print(any(m in sys.modules for m in ('pandas', 'matplotlib', 'ipywidgets')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
