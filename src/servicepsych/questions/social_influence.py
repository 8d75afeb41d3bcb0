"""Questions of the social-influence module (09): ``check("social_influence.<name>")``.

* **lesson practice** (``practice_*``): full instant feedback; expected values are literals.
* **assignment** (every other question, one per graded item): *form* tests only (names, types, allowed
  labels, ranges). They never say which answer is right; the hidden tests in the nbgrader cells do.
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_in_range, expect_number, expect_type, register
from ..strings import text

#: Written out (not imported from the model) so a learner who replaces the package's constants cannot
#: change what is allowed.
REFERENCE_GROUPS = ("none", "hotel_guests", "same_room", "citizens", "gender")
VERDICTS = ("honest", "manipulation")
LETTERS_3 = ("a", "b", "c")
LETTERS_4 = ("a", "b", "c", "d")


def _t(key, **fields):
    return text("social_influence", key, **fields)


# ---------------------------------------------------------------- lesson practice (full feedback)
def _practice_card(ns):
    actual = expect_choice(ns, "best_card", REFERENCE_GROUPS)
    if actual != "same_room":
        raise AssertionError(_t("msg_wrong_card", name="best_card", actual=actual, why=_t("why_card")))


def _practice_gap(ns):
    value = ns["sweet_gap"]
    try:
        expect_number(ns, "sweet_gap", 2.7, tol=0.051)
    except AssertionError as exc:
        if type(value) in (int, float):
            raise AssertionError(_t("msg_wrong_gap", name="sweet_gap", actual=value)) from None
        raise exc


def _practice_sequence(ns):
    actual = expect_choice(ns, "office_sequence", LETTERS_3)
    if actual != "b":
        raise AssertionError(_t("msg_wrong_sequence", name="office_sequence", actual=actual, why=_t("why_sequence")))


def _practice_tactic(ns):
    actual = expect_choice(ns, "banner_verdict", VERDICTS)
    if actual != "manipulation":
        raise AssertionError(_t("msg_wrong_tactic", name="banner_verdict", actual=actual))


# ---------------------------------------------------------------- assignment (form only)
def _choice_question(name, options, hint_key):
    def test(ns):
        expect_choice(ns, name, options)
    return Question(names=(name,), tests=[(_t("desc_form_label", name=name), test)],
                    hint=_t(hint_key, options=", ".join(map(repr, options))))


def _line_question(name):
    def test(ns):
        value = ns[name]
        if type(value) is not int:
            raise AssertionError(_t("msg_int", name=name, kind=type(value).__name__))
        expect_in_range(ns, name, 1, 5)
    return Question(names=(name,), tests=[(_t("desc_form_line", name=name), test)],
                    hint=_t("hint_form_line"))


def _points_question(name):
    def test(ns):
        expect_type(ns, name, (int, float), what=_t("what_int_or_float"))
        expect_in_range(ns, name, 0, 100)
    return Question(names=(name,), tests=[(_t("desc_form_points", name=name), test)],
                    hint=_t("hint_form_points"))


_ASSIGNMENT = {
    "checkout_message": _choice_question("checkout_message", LETTERS_4, "hint_form_letter"),
    "notice_message": _choice_question("notice_message", LETTERS_3, "hint_form_letter"),
    **{f"tactic_{i}": _choice_question(f"tactic_{i}", VERDICTS, "hint_form_tactic") for i in "abcd"},
    "sequence_choice": _choice_question("sequence_choice", LETTERS_4, "hint_form_letter"),
    "sequence_expectation": _choice_question("sequence_expectation", LETTERS_3, "hint_form_letter"),
    "scarcity_line": _line_question("scarcity_line"),
    "scarcity_fix": _choice_question("scarcity_fix", LETTERS_3, "hint_form_letter"),
    "tip_points": _points_question("tip_points"),
    "tip_claim": _choice_question("tip_claim", LETTERS_3, "hint_form_letter"),
}

QUESTIONS = register("social_influence", {
    "practice_card": Question(names=("best_card",),
                              tests=[(_t("desc_practice_card"), _practice_card)],
                              hint=_t("hint_practice_card")),
    "practice_gap": Question(names=("sweet_gap",),
                             tests=[(_t("desc_practice_gap"), _practice_gap)],
                             hint=_t("hint_practice_gap")),
    "practice_sequence": Question(names=("office_sequence",),
                                  tests=[(_t("desc_practice_sequence"), _practice_sequence)],
                                  hint=_t("hint_practice_sequence")),
    "practice_tactic": Question(names=("banner_verdict",),
                                tests=[(_t("desc_practice_tactic"), _practice_tactic)],
                                hint=_t("hint_practice_tactic")),
    **_ASSIGNMENT,
})
