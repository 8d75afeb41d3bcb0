"""Questions of the loss-aversion module: ``check("loss_aversion.<name>")``.

Practice questions of the lesson (``practice_*``) and the visible tests of the
graded assignment (the others). The numbers each question uses are module
constants, so the lesson, the assignment and the tests share one copy. Expected
answers come from :mod:`servicepsych.prospect` with the Tversky & Kahneman
(1992) estimates (findings ``tk92_*``).

Examples
--------
>>> from servicepsych.check import check
>>> from servicepsych.prospect import value
>>> check("loss_aversion.practice_felt_loss", namespace={"felt_loss": value(-PHONE_REPAIR)}).passed
True
>>> check("loss_aversion.practice_felt_loss", namespace={"felt_loss": ...}).passed
False
"""

from __future__ import annotations

from .. import prospect
from ._base import Question, expect_bool, expect_choice, expect_number, register
from ..strings import text

_C = "loss_aversion"

# ---------------------------------------------------------------- the numbers of each scene
#: Lesson: the repair a customer must pay for a device damaged in delivery.
PHONE_REPAIR = 200
#: Lesson: the meal a delayed passenger misses, felt as a loss.
MISSED_MEAL = 30
#: Lesson: goodwill budget, as one voucher or two half vouchers.
GESTURE_BUDGET = 60
#: Lesson: a loyalty "double or nothing" game: outcomes (points) and probabilities.
LOYALTY_GAME = ([80, -50], [0.5, 0.5])
OPENINGS = ("a", "b", "c")
BEST_OPENING = "b"

#: Assignment: the sea-view room the guest booked is gone (worth 150 to her).
ROOM_LOSS = 150
#: Assignment: the visible cases of ``gesture_needed(loss, lam=2.25)``.
GESTURE_CASES = [((150,), {}), ((40,), {}), ((100,), {"lam": 1.0})]
#: Assignment: a credit of 100 as one or two gestures; two surcharges of 15 and 25.
HOTEL_CREDIT = (50, 50)
HOTEL_FEES = (-15, -25)
PLANS = ("segregate", "integrate")
#: Assignment: a late-checkout game: 50 % a free night (120), 50 % a late fee (60).
LATE_CHECKOUT = ([120, -60], [0.5, 0.5])
#: Assignment: the data set of the last part.
RECOVERY_DATASET = "service_recovery_cases"


def _plain_float(ns, name, expected, tol=1e-6):
    actual = ns[name]
    if type(actual) is not float:
        raise AssertionError(text(_C, "msg_plain_float", name=name, kind=type(actual).__name__))
    return expect_number(ns, name, expected, tol=tol)


# ---------------------------------------------------------------- lesson practice

def _practice_felt_loss(ns):
    actual = ns["felt_loss"]
    if type(actual) in (int, float) and actual > 0:
        raise AssertionError(text(_C, "msg_wrong_sign", name="felt_loss", actual=actual))
    expect_number(ns, "felt_loss", prospect.value(-PHONE_REPAIR), tol=0.01)


def _practice_voucher(ns):
    actual = ns["voucher_needed"]
    if type(actual) in (int, float) and abs(actual - MISSED_MEAL) < 1e-9:
        raise AssertionError(text(_C, "msg_gain_scale", name="voucher_needed", actual=actual))
    expect_number(ns, "voucher_needed", prospect.compensation_for_loss(MISSED_MEAL), tol=0.01)


def _expected_plan(amounts) -> str:
    seg, integ = prospect.segregated_value(amounts), prospect.integrated_value(amounts)
    return "segregate" if seg > integ else "integrate"


def _practice_gestures(ns):
    half = GESTURE_BUDGET / 2
    expected = "two" if _expected_plan([half, half]) == "segregate" else "one"
    actual = expect_choice(ns, "better_plan", ("one", "two"))
    if actual != expected:
        raise AssertionError(text(_C, "msg_plan_wrong", name="better_plan", actual=ns["better_plan"]))


def _practice_coin_flip(ns):
    expect_bool(ns, "customer_accepts")
    if ns["customer_accepts"] is not prospect.accepts(*LOYALTY_GAME):
        raise AssertionError(text(_C, "msg_expected_value", name="customer_accepts", actual=ns["customer_accepts"]))


def _practice_opening(ns):
    actual = expect_choice(ns, "best_opening", OPENINGS)
    if actual != BEST_OPENING:
        raise AssertionError(text(_C, "msg_opening_wrong", name="best_opening", actual=ns["best_opening"]))


# ---------------------------------------------------------------- assignment (visible tests)

def _room_loss(ns):
    actual = ns["felt_loss_room"]
    if type(actual) is float and actual > 0:
        raise AssertionError(text(_C, "msg_wrong_sign", name="felt_loss_room", actual=actual))
    _plain_float(ns, "felt_loss_room", prospect.value(-ROOM_LOSS), tol=1e-6)


def _gesture_function(ns):
    fn = ns["gesture_needed"]
    if not callable(fn) or isinstance(fn, type):
        raise AssertionError(text(_C, "msg_not_callable", name="gesture_needed", kind=type(fn).__name__))
    for args, kwargs in GESTURE_CASES:
        shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        got = fn(*args, **kwargs)
        if type(got) is not float:
            raise AssertionError(text(_C, "msg_function_type", name="gesture_needed", args=shown,
                                      kind=type(got).__name__))
        expected = prospect.compensation_for_loss(args[0], lam=kwargs.get("lam", prospect.LAMBDA))
        if abs(got - expected) > 1e-6:
            raise AssertionError(text(_C, "msg_function_value", name="gesture_needed", args=shown, actual=got))


def _plans(ns):
    for name, amounts in (("credit_plan", HOTEL_CREDIT), ("fees_plan", HOTEL_FEES)):
        actual = expect_choice(ns, name, PLANS)
        if actual != _expected_plan(list(amounts)):
            raise AssertionError(text(_C, "msg_plan_wrong", name=name, actual=ns[name]))


def break_even_prize(loss: float, p_gain: float = 0.5) -> float:
    """The prize G that makes a two-outcome offer (G with ``p_gain``, -``loss`` otherwise) neutral under TK92."""
    wp = prospect.weight(p_gain, prospect.GAMMA)
    wm = prospect.weight(1 - p_gain, prospect.DELTA)
    return float((wm * prospect.LAMBDA * loss**prospect.BETA / wp) ** (1 / prospect.ALPHA))


def _late_checkout(ns):
    expect_bool(ns, "guest_accepts")
    if ns["guest_accepts"] is not prospect.accepts(*LATE_CHECKOUT):
        raise AssertionError(text(_C, "msg_expected_value", name="guest_accepts", actual=ns["guest_accepts"]))
    _plain_float(ns, "break_even_prize", break_even_prize(-LATE_CHECKOUT[0][1]), tol=0.01)


def made_whole(loss, compensation, gestures, lam: float = prospect.LAMBDA):
    """Boolean array: does the customer's net feeling reach 0 when each gesture is felt separately?"""
    import numpy as np

    loss, compensation, gestures = (np.asarray(a, dtype=float) for a in (loss, compensation, gestures))
    net = prospect.value(-loss, lam=lam) + gestures * prospect.value(compensation / gestures)
    return net >= 0


def _recovery_shares(ns):
    from ..datasets import read_dataset

    df = read_dataset(RECOVERY_DATASET)
    share = float(made_whole(df["loss"], df["compensation"], df["gestures"]).mean())
    split = float(made_whole(df["loss"], df["compensation"], 2).mean())
    for name, expected in (("share_made_whole", share), ("share_if_split_in_two", split)):
        actual = ns[name]
        if type(actual) is float and not 0 <= actual <= 1:
            raise AssertionError(text(_C, "msg_share_range", name=name, actual=actual))
        _plain_float(ns, name, expected, tol=1e-9)


# ---------------------------------------------------------------- the bank

QUESTIONS = register("loss_aversion", {
    "practice_felt_loss": Question(("felt_loss",), [("felt loss of the repair", _practice_felt_loss)],
                                   text(_C, "q_felt_loss_hint")),
    "practice_voucher": Question(("voucher_needed",), [("voucher that offsets the meal", _practice_voucher)],
                                 text(_C, "q_voucher_hint")),
    "practice_gestures": Question(("better_plan",), [("one or two gestures", _practice_gestures)],
                                  text(_C, "q_gestures_hint")),
    "practice_coin_flip": Question(("customer_accepts",), [("accepts the game?", _practice_coin_flip)],
                                   text(_C, "q_coin_flip_hint")),
    "practice_opening": Question(("best_opening",), [("opening that acknowledges the loss", _practice_opening)],
                                 text(_C, "q_opening_hint")),
    "room_loss": Question(("felt_loss_room",), [("felt loss of the sea view", _room_loss)],
                          text(_C, "q_room_hint")),
    "gesture_function": Question(("gesture_needed",), [("gesture_needed on the example losses", _gesture_function)],
                                 text(_C, "q_gesture_fn_hint")),
    "hotel_plans": Question(("credit_plan", "fees_plan"), [("segregate or integrate", _plans)],
                            text(_C, "q_plans_hint")),
    "late_checkout": Question(("guest_accepts", "break_even_prize"), [("the late-checkout game", _late_checkout)],
                              text(_C, "q_late_checkout_hint")),
    "recovery_shares": Question(("share_made_whole", "share_if_split_in_two"),
                                [("shares of customers made whole", _recovery_shares)],
                                text(_C, "q_recovery_hint")),
})
