"""The loss-aversion question bank: lesson questions give full feedback, assignment questions check form only.

Lesson keys are computed here with plain math from the Tversky & Kahneman (1992) medians
(alpha = beta = 0.88, lambda = 2.25, gamma = 0.61, delta = 0.69). Assignment questions must
accept *every* allowed label (so they cannot reveal the key) and reject wrong types and labels
outside the allowed set.
"""

import numpy as np
import pytest

from conftest import trick_values
from servicepsych.check import check, list_questions
from servicepsych.datasets import read_dataset
from servicepsych.questions import loss_aversion as Q

A, LAM, G, D = 0.88, 2.25, 0.61, 0.69


def v(x, lam=LAM):
    return x**A if x >= 0 else -lam * (-x) ** A


def w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


# ---------------------------------------------------------------- lesson practice

LESSON_KEY = {
    "practice_felt_loss": {"felt_loss": v(-200)},
    "practice_voucher": {"voucher_needed": (LAM * 30**A) ** (1 / A)},
    "practice_opening": {"best_opening": "b"},
    "practice_gestures": {"better_plan": "two"},
    "practice_silver_lining": {"coupon_tk92": "bundle", "coupon_no_loss_aversion": "separate"},
    "practice_coin_flip": {"customer_accepts": False},
    "practice_records": {"biggest_gap": "speed"},
}

LESSON_WRONG = {
    "practice_felt_loss": [{"felt_loss": -200}, {"felt_loss": v(200)}, {"felt_loss": "-129.5"}],
    "practice_voucher": [{"voucher_needed": 30}, {"voucher_needed": 30 * 2.25}, {"voucher_needed": [75.5]}],
    "practice_opening": [{"best_opening": "a"}, {"best_opening": "c"}, {"best_opening": 2}],
    "practice_gestures": [{"better_plan": "one"}, {"better_plan": 2}, {"better_plan": "both"}],
    "practice_silver_lining": [{"coupon_tk92": "separate"}, {"coupon_no_loss_aversion": "bundle"},
                               {"coupon_tk92": True}],
    "practice_coin_flip": [{"customer_accepts": True}, {"customer_accepts": 0}, {"customer_accepts": "no"}],
    "practice_records": [{"biggest_gap": "gestures"}, {"biggest_gap": "acknowledged"}, {"biggest_gap": 1}],
}

# ---------------------------------------------------------------- assignment: every allowed label per item

ASSIGNMENT = {
    "complaint_first_sentence": ("first_sentence", Q.SENTENCES),
    "complaint_offer": ("goodwill_offer", Q.OFFERS),
    "news_refund_and_shipping": ("refund_and_shipping", Q.PACKAGING),
    "news_refund_minus_postage": ("refund_minus_postage", Q.PACKAGING),
    "news_delay_and_missing_part": ("delay_and_missing_part", Q.PACKAGING),
    "news_unconfirmed": ("unconfirmed_rule", Q.NEWS_ITEMS),
    "price_frame": ("shipping_frame", Q.FRAMES),
    "price_reference": ("loyal_customer_codes", Q.CODINGS),
    "package_best": ("best_package", Q.PACKAGES),
    "package_worst": ("worst_package", Q.PACKAGES),
}


def test_every_question_is_covered():
    names = {q.split(".", 1)[1] for q in list_questions("loss_aversion")}
    assert names == set(LESSON_KEY) | set(ASSIGNMENT)
    assert set(LESSON_KEY) == set(LESSON_WRONG)


@pytest.mark.parametrize("name", sorted(LESSON_KEY))
def test_lesson_key_passes(name):
    result = check(f"loss_aversion.{name}", namespace=dict(LESSON_KEY[name]))
    assert result.passed, result.messages()


@pytest.mark.parametrize("name, answer", [(n, a) for n, answers in LESSON_WRONG.items() for a in answers])
def test_lesson_wrong_answers_fail_with_a_message(name, answer):
    ns = {**LESSON_KEY[name], **answer}
    result = check(f"loss_aversion.{name}", namespace=ns)
    assert not result.passed
    assert all(m and "Traceback" not in m for m in result.messages())


@pytest.mark.parametrize("name", sorted(LESSON_KEY))
@pytest.mark.parametrize("trick", trick_values(), ids=lambda t: type(t).__name__)
def test_lesson_questions_reject_trick_objects(name, trick):
    for var in LESSON_KEY[name]:
        ns = {**LESSON_KEY[name], var: trick}
        assert not check(f"loss_aversion.{name}", namespace=ns).passed, (name, var)


def test_a_replaced_model_function_does_not_fool_a_lesson_check():
    # the learner redefines value() in the notebook; the check works from literals, not from it
    fake_value = lambda x: -1.0  # noqa: E731
    ns = {"value": fake_value, "felt_loss": fake_value(-200)}
    assert not check("loss_aversion.practice_felt_loss", namespace=ns).passed


def test_records_key_matches_the_data_set():
    """The lesson's literal answer is what the simulated records (default seed) really show."""
    df = read_dataset("service_recovery_cases")
    splits = {"gestures": df["gestures"] > 1, "speed": df["days_to_resolve"] <= 2,
              "acknowledged": df["acknowledged_first"]}
    gaps = {k: abs(df.loc[s, "returned_90d"].mean() - df.loc[~s, "returned_90d"].mean()) for k, s in splits.items()}
    assert max(gaps, key=gaps.get) == Q.RECORDS_BIGGEST_GAP


def test_coin_flip_key_is_the_cpt_decision():
    assert (w(0.5, G) * v(80) + w(0.5, D) * v(-50) > 0) is LESSON_KEY["practice_coin_flip"]["customer_accepts"]


@pytest.mark.parametrize("name", sorted(ASSIGNMENT))
def test_assignment_question_accepts_every_allowed_label(name):
    """Form only: a well-formed wrong answer passes the visible check, so it cannot reveal the key."""
    var, choices = ASSIGNMENT[name]
    assert Q.QUESTIONS[name].names == (var,)
    for label in choices:
        assert check(f"loss_aversion.{name}", namespace={var: label}).passed, (name, label)
        check(f"loss_aversion.{name}", namespace={var: label}, strict=True)


@pytest.mark.parametrize("name", sorted(ASSIGNMENT))
@pytest.mark.parametrize("bad", [1, None, ["a"], "not_a_label", b"a"], ids=repr)
def test_assignment_question_rejects_wrong_types_and_labels(name, bad):
    var, _ = ASSIGNMENT[name]
    result = check(f"loss_aversion.{name}", namespace={var: bad})
    assert not result.passed and result.messages()[0]
    with pytest.raises(AssertionError):
        check(f"loss_aversion.{name}", namespace={var: bad}, strict=True)


@pytest.mark.parametrize("name", sorted(ASSIGNMENT))
@pytest.mark.parametrize("trick", trick_values(), ids=lambda t: type(t).__name__)
def test_assignment_question_rejects_trick_objects(name, trick):
    var, _ = ASSIGNMENT[name]
    assert not check(f"loss_aversion.{name}", namespace={var: trick}).passed


@pytest.mark.parametrize("name", sorted(set(LESSON_KEY) | set(ASSIGNMENT)))
def test_placeholders_are_explained_not_raised(name):
    names = Q.QUESTIONS[name].names
    result = check(f"loss_aversion.{name}", namespace={n: ... for n in names})
    assert not result.passed and "placeholder" in result.messages()[0]


def test_missing_answer_is_named():
    result = check("loss_aversion.package_best", namespace={})
    assert not result.passed and "best_package" in result.messages()[0]


def test_hint_of_assignment_questions_does_not_name_a_label():
    for name, (var, choices) in ASSIGNMENT.items():
        hint = Q.QUESTIONS[name].hint
        assert not any(f"'{c}'" in hint or f'"{c}"' in hint for c in choices), name


def test_assignment_visible_check_gives_the_same_message_for_every_label():
    """No side channel: the outcome for a right and a wrong label is identical."""
    for name, (var, choices) in ASSIGNMENT.items():
        outcomes = {repr(check(f"loss_aversion.{name}", namespace={var: c}).outcomes) for c in choices}
        assert len(outcomes) == 1, name
        assert np.all([check(f"loss_aversion.{name}", namespace={var: c}).passed for c in choices])
