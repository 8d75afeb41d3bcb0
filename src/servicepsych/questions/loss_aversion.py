"""Questions of the loss-aversion module: ``check("loss_aversion.<name>")``.

Two kinds live here:

* **lesson practice** (``practice_*``): full instant feedback. Expected answers
  are worked out in this module with plain Python from the literals below and
  the Tversky & Kahneman (1992) medians (findings ``tk92_*``), never with
  functions a learner could have replaced in the notebook.
* **assignment** questions (the others): *form only*. They check names, types
  and allowed labels and never say which label is right; the nbgrader test
  cell's hidden tests do that.

Examples
--------
>>> from servicepsych.check import check
>>> check("loss_aversion.practice_felt_loss", namespace={"felt_loss": -2.25 * 200 ** 0.88}).passed
True
>>> check("loss_aversion.practice_felt_loss", namespace={"felt_loss": ...}).passed
False
>>> check("loss_aversion.package_best", namespace={"best_package": "cash"}).passed   # form only
True
"""

from __future__ import annotations

from ..strings import text
from ._base import Question, expect_bool, expect_choice, expect_number, register

_C = "loss_aversion"

# Tversky & Kahneman (1992) medians, as literals (findings tk92_*).
_A, _B, _LAM, _G, _D = 0.88, 0.88, 2.25, 0.61, 0.69


def _v(x: float, lam: float = _LAM) -> float:
    """The value function in plain Python (TK92)."""
    return x**_A if x >= 0 else -lam * (-x) ** _B


def _w(p: float, c: float) -> float:
    """The TK92 weighting function in plain Python."""
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


# ---------------------------------------------------------------- the numbers of each lesson scene
#: Lesson: the repair a customer must pay for a device damaged in delivery.
PHONE_REPAIR = 200
#: Lesson: the meal a delayed passenger misses, felt as a loss.
MISSED_MEAL = 30
#: Lesson: goodwill budget, as one voucher or two half vouchers.
GESTURE_BUDGET = 60
#: Lesson: a cancelled booking (loss) and a small coupon (gain): the silver-lining question.
SILVER_LINING = (-150, 10)
#: Lesson: a loyalty "double or nothing" game: outcomes (points) and probabilities.
LOYALTY_GAME = ([80, -50], [0.5, 0.5])
OPENINGS = ("a", "b", "c")
BEST_OPENING = "b"
#: Lesson: the splits of the simulated complaint records, and the one with the largest gap in the
#: 90-day return rate at the data set's default seed (checked in tests/test_questions_loss_aversion.py).
RECORD_SPLITS = ("gestures", "speed", "acknowledged")
RECORDS_BIGGEST_GAP = "speed"

# ---------------------------------------------------------------- the labels of each assignment item
SENTENCES = ("a", "b", "c")
OFFERS = ("repair_only", "one_credit", "two_gestures", "new_laptop")
PACKAGING = ("bundle", "separate")
NEWS_ITEMS = ("refund_and_shipping", "refund_minus_postage", "delay_and_missing_part")
FRAMES = ("discount", "surcharge")
CODINGS = ("gain", "loss", "no_change")
PACKAGES = ("cash", "two_gestures", "three_gestures", "upgrade_draw")


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_felt_loss(ns):
    actual = ns["felt_loss"]
    if type(actual) in (int, float) and actual > 0:
        raise AssertionError(text(_C, "msg_wrong_sign", name="felt_loss", actual=actual))
    expect_number(ns, "felt_loss", _v(-PHONE_REPAIR), tol=0.01)


def _practice_voucher(ns):
    actual = ns["voucher_needed"]
    if type(actual) in (int, float) and abs(actual - MISSED_MEAL) < 1e-9:
        raise AssertionError(text(_C, "msg_gain_scale", name="voucher_needed", actual=actual))
    expect_number(ns, "voucher_needed", (_LAM * MISSED_MEAL**_B) ** (1 / _A), tol=0.01)


def _practice_gestures(ns):
    half = GESTURE_BUDGET / 2
    expected = "two" if 2 * _v(half) > _v(GESTURE_BUDGET) else "one"
    actual = expect_choice(ns, "better_plan", ("one", "two"))
    if actual != expected:
        raise AssertionError(text(_C, "msg_plan_wrong", name="better_plan", actual=ns["better_plan"]))


def _silver_expected(lam: float) -> str:
    loss, gain = SILVER_LINING
    separate = _v(loss, lam) + _v(gain, lam)
    bundled = _v(loss + gain, lam)
    return "separate" if separate > bundled else "bundle"


def _practice_silver(ns):
    for name, lam in (("coupon_tk92", _LAM), ("coupon_no_loss_aversion", 1.0)):
        actual = expect_choice(ns, name, PACKAGING)
        if actual != _silver_expected(lam):
            raise AssertionError(text(_C, "msg_silver_wrong", name=name, actual=ns[name]))


def _practice_coin_flip(ns):
    expect_bool(ns, "customer_accepts")
    (gain, loss), (p_gain, p_loss) = LOYALTY_GAME
    accepted = _w(p_gain, _G) * _v(gain) + _w(p_loss, _D) * _v(loss) > 0
    if ns["customer_accepts"] is not accepted:
        raise AssertionError(text(_C, "msg_expected_value", name="customer_accepts", actual=ns["customer_accepts"]))


def _practice_opening(ns):
    actual = expect_choice(ns, "best_opening", OPENINGS)
    if actual != BEST_OPENING:
        raise AssertionError(text(_C, "msg_opening_wrong", name="best_opening", actual=ns["best_opening"]))


def _practice_records(ns):
    actual = expect_choice(ns, "biggest_gap", RECORD_SPLITS)
    if actual != RECORDS_BIGGEST_GAP:
        raise AssertionError(text(_C, "msg_records_wrong", name="biggest_gap", actual=ns["biggest_gap"]))


# ---------------------------------------------------------------- assignment (form only)

def _form(name: str, choices) -> Question:
    """A form-only question: ``name`` must be one of ``choices`` (never says which is right)."""
    return Question((name,), [(text(_C, "desc_form_label", name=name), lambda ns: expect_choice(ns, name, choices))],
                    text(_C, "q_form_hint"))


# ---------------------------------------------------------------- the bank

QUESTIONS = register("loss_aversion", {
    # lesson practice
    "practice_felt_loss": Question(("felt_loss",), [(text(_C, "desc_felt_loss"), _practice_felt_loss)],
                                   text(_C, "q_felt_loss_hint")),
    "practice_voucher": Question(("voucher_needed",), [(text(_C, "desc_voucher"), _practice_voucher)],
                                 text(_C, "q_voucher_hint")),
    "practice_opening": Question(("best_opening",), [(text(_C, "desc_opening"), _practice_opening)],
                                 text(_C, "q_opening_hint")),
    "practice_gestures": Question(("better_plan",), [(text(_C, "desc_gestures"), _practice_gestures)],
                                  text(_C, "q_gestures_hint")),
    "practice_silver_lining": Question(("coupon_tk92", "coupon_no_loss_aversion"),
                                       [(text(_C, "desc_silver"), _practice_silver)],
                                       text(_C, "q_silver_hint")),
    "practice_coin_flip": Question(("customer_accepts",), [(text(_C, "desc_coin_flip"), _practice_coin_flip)],
                                   text(_C, "q_coin_flip_hint")),
    "practice_records": Question(("biggest_gap",), [(text(_C, "desc_records"), _practice_records)],
                                 text(_C, "q_records_hint")),
    # assignment: one question per item, form only
    "complaint_first_sentence": _form("first_sentence", SENTENCES),
    "complaint_offer": _form("goodwill_offer", OFFERS),
    "news_refund_and_shipping": _form("refund_and_shipping", PACKAGING),
    "news_refund_minus_postage": _form("refund_minus_postage", PACKAGING),
    "news_delay_and_missing_part": _form("delay_and_missing_part", PACKAGING),
    "news_unconfirmed": _form("unconfirmed_rule", NEWS_ITEMS),
    "price_frame": _form("shipping_frame", FRAMES),
    "price_reference": _form("loyal_customer_codes", CODINGS),
    "package_best": _form("best_package", PACKAGES),
    "package_worst": _form("worst_package", PACKAGES),
})
