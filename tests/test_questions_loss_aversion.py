"""Each loss-aversion question passes the answer key and refuses wrong answers, wrong types and tricks.

Key values are computed here with plain math from the Tversky & Kahneman (1992) estimates
(alpha = beta = 0.88, lambda = 2.25, gamma = 0.61, delta = 0.69).
"""

import numpy as np
import pytest

from servicepsych.check import check, list_questions
from servicepsych.datasets import read_dataset
from servicepsych.questions import loss_aversion as Q

A, LAM, G, D = 0.88, 2.25, 0.61, 0.69


def v(x, lam=LAM):
    return x**A if x >= 0 else -lam * (-x) ** A


def w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


def gesture(loss, lam=LAM):
    return float((lam * loss**A) ** (1 / A))


class AlwaysEqual(float):
    """A float-like trick object that claims to equal everything."""

    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


class AlwaysEqualStr(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


break_even = float((w(0.5, D) * LAM * 60**A / w(0.5, G)) ** (1 / A))
_df = read_dataset("service_recovery_cases")


def _share(gestures):
    nets = [v(-l) + g * v(c / g) for l, c, g in zip(_df["loss"], _df["compensation"], gestures)]
    return float(np.mean(np.array(nets) >= 0))


KEY = {
    "practice_felt_loss": {"felt_loss": v(-200)},
    "practice_voucher": {"voucher_needed": gesture(30)},
    "practice_gestures": {"better_plan": "two"},
    "practice_coin_flip": {"customer_accepts": False},
    "practice_opening": {"best_opening": "b"},
    "room_loss": {"felt_loss_room": v(-150)},
    "gesture_function": {"gesture_needed": gesture},
    "hotel_plans": {"credit_plan": "segregate", "fees_plan": "integrate"},
    "late_checkout": {"guest_accepts": False, "break_even_prize": break_even},
    "recovery_shares": {"share_made_whole": _share(_df["gestures"]),
                        "share_if_split_in_two": _share([2] * len(_df))},
}

WRONG = {
    "practice_felt_loss": [{"felt_loss": -200}, {"felt_loss": v(200)}, {"felt_loss": "-129.5"}],
    "practice_voucher": [{"voucher_needed": 30}, {"voucher_needed": 30 * 2.25}, {"voucher_needed": [75.5]}],
    "practice_gestures": [{"better_plan": "one"}, {"better_plan": 2}, {"better_plan": "both"}],
    "practice_coin_flip": [{"customer_accepts": True}, {"customer_accepts": 0}, {"customer_accepts": "no"}],
    "practice_opening": [{"best_opening": "a"}, {"best_opening": "c"}, {"best_opening": 2}],
    "room_loss": [{"felt_loss_room": -150.0}, {"felt_loss_room": -v(-150)}, {"felt_loss_room": np.float64(v(-150))},
                  {"felt_loss_room": round(v(-150))}],
    "gesture_function": [{"gesture_needed": lambda loss, lam=LAM: 2.25 * loss},
                         {"gesture_needed": lambda loss, lam=LAM: np.float64(gesture(loss, lam))},
                         {"gesture_needed": lambda loss, lam=LAM: gesture(loss)},  # ignores lam
                         {"gesture_needed": 251.3}],
    "hotel_plans": [{"credit_plan": "integrate", "fees_plan": "integrate"},
                    {"credit_plan": "segregate", "fees_plan": "segregate"},
                    {"credit_plan": True, "fees_plan": "integrate"}],
    "late_checkout": [{"guest_accepts": True, "break_even_prize": break_even},
                      {"guest_accepts": False, "break_even_prize": 60.0},
                      {"guest_accepts": False, "break_even_prize": np.float64(break_even)},
                      {"guest_accepts": "False", "break_even_prize": break_even}],
    "recovery_shares": [{"share_made_whole": 31.3, "share_if_split_in_two": 34.7},
                        {"share_made_whole": np.float64(KEY["recovery_shares"]["share_made_whole"]),
                         "share_if_split_in_two": KEY["recovery_shares"]["share_if_split_in_two"]},
                        {"share_made_whole": KEY["recovery_shares"]["share_if_split_in_two"],
                         "share_if_split_in_two": KEY["recovery_shares"]["share_made_whole"]}],
}


def test_every_question_has_a_key_and_wrong_answers():
    names = {q.split(".", 1)[1] for q in list_questions("loss_aversion")}
    assert names == set(KEY) == set(WRONG)


@pytest.mark.parametrize("name", sorted(KEY))
def test_answer_key_passes(name):
    result = check(f"loss_aversion.{name}", namespace=dict(KEY[name]))
    assert result.passed, result.messages()
    check(f"loss_aversion.{name}", namespace=dict(KEY[name]), strict=True)


@pytest.mark.parametrize("name, answer", [(n, a) for n, answers in WRONG.items() for a in answers])
def test_wrong_answers_fail_with_a_message(name, answer):
    ns = {**KEY[name], **answer}
    result = check(f"loss_aversion.{name}", namespace=ns)
    assert not result.passed
    assert all(m and "Traceback" not in m for m in result.messages())
    with pytest.raises(AssertionError):
        check(f"loss_aversion.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(KEY))
def test_always_equal_objects_do_not_pass(name):
    ns = dict(KEY[name])
    for var, val in ns.items():
        if isinstance(val, str):
            ns[var] = AlwaysEqualStr(val)
        elif callable(val):
            ns[var] = lambda *a, **k: AlwaysEqual(0.0)
        else:
            ns[var] = AlwaysEqual(0.0)
    assert not check(f"loss_aversion.{name}", namespace=ns).passed


@pytest.mark.parametrize("name", sorted(KEY))
def test_placeholders_are_explained_not_raised(name):
    ns = {var: ... for var in KEY[name]}
    result = check(f"loss_aversion.{name}", namespace=ns)
    assert not result.passed and "placeholder" in result.messages()[0]
    assert "placeholder" not in repr(check(f"loss_aversion.{name}", namespace=dict(KEY[name])))


def test_replaced_helper_does_not_fool_the_check():
    # the learner redefines value() in the notebook; the check still uses the real model
    fake_value = lambda x: -1.0  # noqa: E731
    assert not check("loss_aversion.practice_felt_loss", namespace={"value": fake_value,
                                                                    "felt_loss": fake_value(-200)}).passed


def test_a_function_that_raises_is_reported():
    def broken(loss, lam=LAM):
        raise ZeroDivisionError("oops")

    result = check("loss_aversion.gesture_function", namespace={"gesture_needed": broken})
    assert not result.passed and "ZeroDivisionError" in result.messages()[0]
