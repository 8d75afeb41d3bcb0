"""Each framing question passes the answer key's values and fails wrong ones.

Expected values here are recomputed with plain Python (the formulas of
Tversky & Kahneman, 1992, with their median parameters), independently of the
package, so a bug in the question bank cannot hide behind the model.
"""

from __future__ import annotations

import pytest

from servicepsych.check import check, list_questions
from servicepsych.datasets import read_dataset


def v(x, a=0.88, b=0.88, lam=2.25):
    return float(x) ** a if x >= 0 else -lam * float(-x) ** b


def w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


class AlwaysEqual:
    """A trick answer: equal to everything."""

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


def _key_refund_gap(paid, refunded):
    return v(refunded) - v(refunded - paid)


def _ab_rates():
    df = read_dataset("delay_sms_ab")
    gain = df.loc[df["frame"] == "gain", "complained"]
    loss = df.loc[df["frame"] == "loss", "complained"]
    g, l = sum(gain) / len(gain), sum(loss) / len(loss)
    return float(g), float(l)


g_rate, l_rate = _ab_rates()

KEYS = {
    "refund_values": {"gain_value": v(80), "loss_value": v(-20)},
    "asian_loss": {"sure_value_loss": v(-400), "risky_value_loss": w(2 / 3, 0.69) * v(-600),
                   "predicted_option": "risky"},
    "frame_labels": {"message_frames": ["gain", "loss", "loss", "gain"]},
    "courier_values": {"sure_value": v(-600), "risky_value": w(2 / 3, 0.69) * v(-900)},
    "courier_choice": {"courier_choice": "risky", "reverses_gain_frame": True},
    "hotel_frames": {"hotel_frames": ["gain", "loss", "gain", "loss", "gain"]},
    "refund_gap": {"refund_gap": _key_refund_gap},
    "sms_ab": {"complaint_rate_gain": g_rate, "complaint_rate_loss": l_rate, "rate_difference": l_rate - g_rate},
}

# For each question: one variable and a plausible wrong value of the right type.
WRONG = {
    "refund_values": ("loss_value", v(-20, lam=1.0)),            # forgot loss aversion
    "asian_loss": ("predicted_option", "sure"),
    "frame_labels": ("message_frames", ["gain", "gain", "loss", "gain"]),
    "courier_values": ("risky_value", (2 / 3) * v(-900)),          # forgot probability weighting
    "courier_choice": ("courier_choice", "sure"),
    "hotel_frames": ("hotel_frames", ["gain", "loss", "gain"]),   # too few labels
    "refund_gap": ("refund_gap", lambda paid, refunded: v(refunded) - v(paid - refunded)),  # sign slip
    "sms_ab": ("rate_difference", g_rate - l_rate),
}

# A wrong type for the same variable.
WRONG_TYPE = {
    "refund_values": ("gain_value", "47.28"),
    "asian_loss": ("sure_value_loss", [v(-400)]),
    "frame_labels": ("message_frames", "gain, loss, loss, gain"),
    "courier_values": ("sure_value", None),
    "courier_choice": ("reverses_gain_frame", "True"),
    "hotel_frames": ("hotel_frames", ["gain", "loss", "gain", "loss", 1]),
    "refund_gap": ("refund_gap", 12.0),
    "sms_ab": ("complaint_rate_gain", str(g_rate)),
}


def test_every_question_has_a_case():
    assert set(list_questions("framing")) == {f"framing.{q}" for q in KEYS}


@pytest.mark.parametrize("question", sorted(KEYS))
def test_answer_key_passes(question):
    result = check(f"framing.{question}", namespace=dict(KEYS[question]))
    assert result.passed, result.messages()
    check(f"framing.{question}", namespace=dict(KEYS[question]), strict=True)


@pytest.mark.parametrize("question", sorted(KEYS))
def test_wrong_value_fails(question):
    name, bad = WRONG[question]
    ns = {**KEYS[question], name: bad}
    result = check(f"framing.{question}", namespace=ns)
    assert not result.passed and result.messages()
    with pytest.raises(AssertionError):
        check(f"framing.{question}", namespace=ns, strict=True)


@pytest.mark.parametrize("question", sorted(KEYS))
def test_wrong_type_fails(question):
    name, bad = WRONG_TYPE[question]
    result = check(f"framing.{question}", namespace={**KEYS[question], name: bad})
    assert not result.passed
    assert name in " ".join(result.messages())


@pytest.mark.parametrize("question", sorted(KEYS))
def test_always_equal_object_fails(question):
    ns = {name: AlwaysEqual() for name in KEYS[question]}
    assert not check(f"framing.{question}", namespace=ns).passed


def test_function_returning_a_trick_object_fails():
    ns = {"refund_gap": lambda paid, refunded: AlwaysEqual()}
    assert not check("framing.refund_gap", namespace=ns).passed


def test_hard_coded_function_fails():
    ns = {"refund_gap": lambda paid, refunded: _key_refund_gap(100, 80)}
    assert not check("framing.refund_gap", namespace=ns).passed


@pytest.mark.parametrize("question", sorted(KEYS))
def test_placeholder_is_explained_not_raised(question):
    ns = {name: ... for name in KEYS[question]}
    result = check(f"framing.{question}", namespace=ns)
    assert not result.passed
    assert "placeholder" in result.messages()[0]


def test_labels_are_case_and_space_tolerant():
    ns = {"message_frames": [" Gain", "LOSS", "loss ", "gain"]}
    assert check("framing.frame_labels", namespace=ns).passed
