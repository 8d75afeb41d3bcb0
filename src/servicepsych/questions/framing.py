"""Questions of the framing module: lesson practice and the assignment's visible tests.

Lesson (``notebooks/02_framing.ipynb``): ``refund_values``, ``asian_loss``,
``frame_labels``. Assignment (``course/source/02_framing``): ``courier_values``,
``courier_choice``, ``hotel_frames``, ``refund_gap``, ``sms_ab``.

The expected values are recomputed from the model each time, never stored.

Examples
--------
>>> from servicepsych.check import check
>>> from servicepsych import prospect
>>> ns = {"gain_value": prospect.value(80), "loss_value": prospect.value(-20)}
>>> check("framing.refund_values", namespace=ns).passed
True
>>> check("framing.refund_values", namespace={"gain_value": 80.0, "loss_value": -20.0}).passed
False
"""

from __future__ import annotations

from ._base import Question, expect_bool, expect_choice, expect_number, register
from ..strings import text

__all__ = ["LESSON_FRAMES", "QUESTIONS"]

_OPTIONS = ("sure", "risky")

#: Answer key of the lesson's classification practice (four messages shown in the lesson).
LESSON_FRAMES = ("gain", "loss", "loss", "gain")

#: The number of hotel messages the assignment asks to classify.
N_HOTEL_MESSAGES = 5


def _t(key: str, **fields) -> str:
    return text("framing", key, **fields)


# ---------------------------------------------------------------- expected values (from the model)

def _refund_expected():
    from ..prospect import value

    return value(80), value(80 - 100)


def _asian_loss_expected():
    from ..framing import asian_disease, predict_choice

    return predict_choice(asian_disease("loss"))


def _courier_expected():
    # 900 parcels stuck before a sale; wording: parcels that MISS the sale (loss frame).
    from ..framing import FramedChoice, predict_choice

    return predict_choice(FramedChoice(sure=300, risky_outcomes=(900, 0), risky_probs=(1 / 3, 2 / 3),
                                       reference=900, frame="loss"))


def _refund_gap_reference(paid, refunded):
    from ..prospect import value

    return value(refunded) - value(refunded - paid)


# ---------------------------------------------------------------- tests

def _test_refund_values(ns):
    gain, loss = _refund_expected()
    expect_number(ns, "gain_value", gain, tol=1e-6)
    expect_number(ns, "loss_value", loss, tol=1e-6)


def _test_asian_loss_values(ns):
    pred = _asian_loss_expected()
    expect_number(ns, "sure_value_loss", pred.sure_value, tol=1e-6)
    expect_number(ns, "risky_value_loss", pred.risky_value, tol=1e-6)


def _test_asian_loss_choice(ns):
    expect_choice(ns, "predicted_option", _OPTIONS, _asian_loss_expected().choice)


def _check_label_list(ns, name: str, n: int) -> list:
    labels = ns[name]
    if type(labels) not in (list, tuple):
        raise AssertionError(_t("wrong_length", name=name, n=n, actual=f"a {type(labels).__name__}"))
    if len(labels) != n:
        raise AssertionError(_t("wrong_length", name=name, n=n, actual=len(labels)))
    for i, item in enumerate(labels):
        if type(item) is not str or item.strip().lower() not in ("gain", "loss"):
            raise AssertionError(_t("wrong_item_type", index=i, name=name, kind=f"{type(item).__name__} {item!r}"))
    return [item.strip().lower() for item in labels]


def _test_frame_labels(ns):
    got = _check_label_list(ns, "message_frames", len(LESSON_FRAMES))
    wrong = sum(g != e for g, e in zip(got, LESSON_FRAMES))
    if wrong:
        raise AssertionError(_t("wrong_labels", wrong=wrong, n=len(LESSON_FRAMES), name="message_frames"))


def _test_courier_values(ns):
    pred = _courier_expected()
    expect_number(ns, "sure_value", pred.sure_value, tol=1e-6)
    expect_number(ns, "risky_value", pred.risky_value, tol=1e-6)


def _test_courier_choice(ns):
    expect_choice(ns, "courier_choice", _OPTIONS, _courier_expected().choice)
    expect_bool(ns, "reverses_gain_frame", True)


def _test_hotel_frames_format(ns):
    # The visible test checks the form only; which label is right is for the hidden tests.
    _check_label_list(ns, "hotel_frames", N_HOTEL_MESSAGES)


def _test_refund_gap(ns):
    fn = ns["refund_gap"]
    if not callable(fn):
        raise AssertionError(_t("not_callable", name="refund_gap", kind=type(fn).__name__))
    for paid, refunded in ((100, 80), (250, 200), (60, 60)):
        got = fn(paid, refunded)
        if type(got) is not float:
            raise AssertionError(_t("wrong_return_type", name="refund_gap", args=f"{paid}, {refunded}",
                                    want="a float", kind=type(got).__name__))
        expected = _refund_gap_reference(paid, refunded)
        if abs(got - expected) > 1e-6:
            raise AssertionError(_t("wrong_return", name="refund_gap", args=f"{paid}, {refunded}",
                                    actual=got, expected=round(expected, 4)))


def _test_sms_ab(ns):
    from ..datasets import read_dataset

    df = read_dataset("delay_sms_ab")
    rates = df.groupby("frame")["complained"].mean()
    expect_number(ns, "complaint_rate_gain", float(rates["gain"]), tol=1e-9)
    expect_number(ns, "complaint_rate_loss", float(rates["loss"]), tol=1e-9)
    expect_number(ns, "rate_difference", float(rates["loss"] - rates["gain"]), tol=1e-9)


QUESTIONS = register("framing", {
    "refund_values": Question(
        names=("gain_value", "loss_value"),
        tests=[("felt values of the two refund wordings", _test_refund_values)],
        hint=_t("hint_refund_values"),
    ),
    "asian_loss": Question(
        names=("sure_value_loss", "risky_value_loss", "predicted_option"),
        tests=[("prospect values of programmes C and D", _test_asian_loss_values),
               ("the predicted option", _test_asian_loss_choice)],
        hint=_t("hint_asian_loss"),
    ),
    "frame_labels": Question(
        names=("message_frames",),
        tests=[("each message labelled gain or loss", _test_frame_labels)],
        hint=_t("hint_frame_labels"),
    ),
    "courier_values": Question(
        names=("sure_value", "risky_value"),
        tests=[("prospect values of the two courier plans", _test_courier_values)],
        hint=_t("hint_courier_values"),
    ),
    "courier_choice": Question(
        names=("courier_choice", "reverses_gain_frame"),
        tests=[("the predicted plan and the reversal", _test_courier_choice)],
        hint=_t("hint_courier_values"),
    ),
    "hotel_frames": Question(
        names=("hotel_frames",),
        tests=[("five labels, each 'gain' or 'loss'", _test_hotel_frames_format)],
        hint=_t("hint_frame_labels"),
    ),
    "refund_gap": Question(
        names=("refund_gap",),
        tests=[("refund_gap(paid, refunded) returns the felt gap as a float", _test_refund_gap)],
        hint=_t("hint_refund_gap"),
    ),
    "sms_ab": Question(
        names=("complaint_rate_gain", "complaint_rate_loss", "rate_difference"),
        tests=[("complaint rates of the two SMS wordings", _test_sms_ab)],
        hint=_t("hint_ab_test"),
    ),
})
