"""Questions of the framing module: lesson practice and the assignment's visible (form-only) tests.

Lesson (``notebooks/02_framing.ipynb``), with full feedback: ``asian_loss``,
``refund_pull``, ``frame_labels``, ``frame_kinds``. Their expected values are
literals or plain Python here, never calls into the package (a learner could
replace those).

Assignment (``course/source/02_framing``), form only: ``delay_message``,
``card_reply``, ``kind_1`` … ``kind_4``, ``standby_pick``, ``rebook_wording``,
``repair_wording``, ``regular_client``, ``short_delay_wording``,
``long_delay_wording``, ``budget_choice``. They check names, types and allowed
labels, and never say which label is right: that is the hidden tests' job.

Examples
--------
>>> from servicepsych.check import check
>>> check("framing.frame_kinds", namespace={"message_kinds": ["attribute", "goal", "risky_choice"]}).passed
True
>>> check("framing.delay_message", namespace={"delay_message": "a"}).passed      # well formed, maybe wrong
True
>>> check("framing.delay_message", namespace={"delay_message": "d"}).passed
False
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_labels, expect_number, register
from ..strings import text

__all__ = ["FRAME_KINDS", "LESSON_FRAMES", "LESSON_KINDS", "QUESTIONS"]

#: The three kinds of framing effect (Levin, Schneider & Gaeth, 1998).
FRAME_KINDS = ("attribute", "risky_choice", "goal")

#: Answer key of the lesson's gain/loss practice (four messages shown in the lesson).
LESSON_FRAMES = ("gain", "loss", "loss", "gain")

#: Answer key of the lesson's kind-of-frame practice (three messages shown in the lesson).
LESSON_KINDS = ("attribute", "goal", "risky_choice")


def _t(key: str, **fields) -> str:
    return text("framing", key, **fields)


# ---------------------------------------------------------------- lesson: expected values in plain Python

def _v(x: float, alpha: float = 0.88, beta: float = 0.88, lam: float = 2.25) -> float:
    """Tversky & Kahneman (1992) value function with their median parameters."""
    return x ** alpha if x >= 0 else -lam * (-x) ** beta


def _w(p: float, c: float) -> float:
    """Tversky & Kahneman (1992) weighting function."""
    return p ** c / (p ** c + (1 - p) ** c) ** (1 / c)


#: Programme C (400 die for sure) and D (1/3 nobody dies, 2/3 all 600 die), delta = 0.69 for losses.
_ASIAN_LOSS_SURE = _v(-400)
_ASIAN_LOSS_RISKY = _w(2 / 3, 0.69) * _v(-600)


def _test_asian_loss_values(ns):
    expect_number(ns, "sure_value_loss", _ASIAN_LOSS_SURE, tol=1e-6)
    expect_number(ns, "risky_value_loss", _ASIAN_LOSS_RISKY, tol=1e-6)


def _test_asian_loss_choice(ns):
    expect_choice(ns, "predicted_option", ("sure", "risky"),
                  "sure" if _ASIAN_LOSS_SURE > _ASIAN_LOSS_RISKY else "risky")


def _test_refund_pull(ns):
    # With pull 0 both wordings keep the customer's own reference point: the same felt value.
    expect_number(ns, "gap_without_pull", 0.0, tol=1e-6)
    # Paid 250, refunded 200, pull 0.5 (the lesson's widget defaults): the gap for each expectation,
    # by the same model for both wordings (reference = expected + pull * (anchor - expected)).
    gap_full = _v(200 - (250 + 0.5 * (0 - 250))) - _v(200 - 250)
    gap_nothing = _v(200 - 0) - _v(200 - (0 + 0.5 * (250 - 0)))
    expect_choice(ns, "matters_more_for", ("expected_nothing", "expected_full"),
                  "expected_full" if gap_full > gap_nothing else "expected_nothing")


def _check_labels(ns, name: str, key: tuple, choices: tuple, wrong_key: str) -> None:
    got = expect_labels(ns, name, choices, length=len(key))
    wrong = sum(g != e for g, e in zip(got, key))
    if wrong:
        raise AssertionError(_t(wrong_key, wrong=wrong, n=len(key), name=name))


def _test_frame_labels(ns):
    _check_labels(ns, "message_frames", LESSON_FRAMES, ("gain", "loss"), "wrong_labels")


def _test_frame_kinds(ns):
    _check_labels(ns, "message_kinds", LESSON_KINDS, FRAME_KINDS, "wrong_kinds")


# ---------------------------------------------------------------- assignment: form only

def _choice_question(name: str, choices: tuple, hint_key: str) -> Question:
    """A form-only question: ``name`` must be one of ``choices`` (which one is right is not said)."""
    def test(ns):
        expect_choice(ns, name, choices)

    return Question(names=(name,), tests=[(_t("form_one_of", name=name, choices=", ".join(map(repr, choices))),
                                           test)], hint=_t(hint_key))


#: Allowed labels of each assignment answer (the form the visible tests check).
ASSIGNMENT_CHOICES = {
    "delay_message": ("a", "b", "c"),
    "card_reply": ("a", "b", "c"),
    "kind_1": FRAME_KINDS,
    "kind_2": FRAME_KINDS,
    "kind_3": FRAME_KINDS,
    "kind_4": FRAME_KINDS,
    "standby_pick": ("rebook", "standby"),
    "rebook_wording": ("gain", "loss"),
    "repair_wording": ("gain", "loss"),
    "regular_client": ("larger", "smaller", "same"),
    "short_delay_wording": ("gain", "loss", "either"),
    "long_delay_wording": ("gain", "loss", "either"),
    "budget_choice": ("gain_wording", "two_days_faster"),
}

_HINTS = {
    "delay_message": "hint_pick_letter", "card_reply": "hint_pick_letter",
    "kind_1": "hint_kind", "kind_2": "hint_kind", "kind_3": "hint_kind", "kind_4": "hint_kind",
    "standby_pick": "hint_form", "rebook_wording": "hint_form", "repair_wording": "hint_form",
    "regular_client": "hint_form", "short_delay_wording": "hint_form", "long_delay_wording": "hint_form",
    "budget_choice": "hint_form",
}

QUESTIONS = register("framing", {
    # lesson practice (full feedback)
    "asian_loss": Question(
        names=("sure_value_loss", "risky_value_loss", "predicted_option"),
        tests=[(_t("desc_asian_loss_values"), _test_asian_loss_values),
               (_t("desc_asian_loss_choice"), _test_asian_loss_choice)],
        hint=_t("hint_asian_loss"),
    ),
    "refund_pull": Question(
        names=("gap_without_pull", "matters_more_for"),
        tests=[(_t("desc_refund_pull"), _test_refund_pull)],
        hint=_t("hint_refund_pull"),
    ),
    "frame_labels": Question(
        names=("message_frames",),
        tests=[(_t("desc_frame_labels"), _test_frame_labels)],
        hint=_t("hint_frame_labels"),
    ),
    "frame_kinds": Question(
        names=("message_kinds",),
        tests=[(_t("desc_frame_kinds"), _test_frame_kinds)],
        hint=_t("hint_kind"),
    ),
    # assignment (form only)
    **{name: _choice_question(name, choices, _HINTS[name]) for name, choices in ASSIGNMENT_CHOICES.items()},
})
