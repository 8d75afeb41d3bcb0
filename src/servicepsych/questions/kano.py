"""Questions of the hard-and-soft-service module: ``check("kano.<name>")``.

Practice questions of the lesson (``practice_*``) give full feedback: their
expected answers come from literals here, worked out with plain arithmetic
(the evaluation table is written out again below as plain strings), never with
a function a learner could have replaced. The assignment's questions (the
others) check the *form* of an answer only (names, types, allowed labels) and
never say which answer is right: the hidden tests in the nbgrader test cells do
that.
"""

from __future__ import annotations

from ._base import Question, expect_bool, expect_choice, expect_in_range, register
from ..strings import text

CATEGORIES = ("attractive", "one-dimensional", "must-be", "indifferent", "reverse", "questionable")
DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")
VERDICTS = ("a", "b", "c")

# ---------------------------------------------------------------- lesson data (literals)
#: The lesson's follow-up call after a repair: respondents per category.
FOLLOWUP = {"attractive": 12, "one-dimensional": 8, "must-be": 4, "indifferent": 16, "reverse": 2,
            "questionable": 1}
#: Maple Court's office: expectation, perception (1-7) and importance points per dimension.
OFFICE = {"tangibles": (5.0, 5.6, 10), "reliability": (6.5, 5.1, 40), "responsiveness": (6.2, 4.3, 20),
          "assurance": (6.0, 5.5, 15), "empathy": (5.6, 4.6, 15)}

# ---------------------------------------------------------------- assignment data (form only)
HOTEL_ITEMS = ("cat_wifi", "cat_welcome_note", "cat_fast_checkin", "cat_robot", "cat_wakeup_upsell")
SHOP_ATTRIBUTES = ("order_tracking", "video_chat", "free_returns", "ar_preview")
INVEST_ITEMS = ("invest_prevent", "invest_delight", "invest_skip")
FIX_ITEMS = ("first_fix_office", "first_fix_chat")
CLAIMS = ("claim_lifts", "claim_shuttle", "claim_decay", "claim_followup")


def _t(key: str, **fields) -> str:
    return text("kano", key, **fields)


def _followup_coefficients():
    a, o, m, i = (FOLLOWUP[c] for c in ("attractive", "one-dimensional", "must-be", "indifferent"))
    return (a + o) / (a + o + m + i), -(o + m) / (a + o + m + i)      # 20/40 = 0.5, -12/40 = -0.3


def _office_first_fix() -> str:
    total = sum(w for _, _, w in OFFICE.values())
    weighted = {d: (p - e) * w / total for d, (e, p, w) in OFFICE.items()}
    return min(weighted, key=weighted.get)                              # reliability: -1.4 x 0.40 = -0.56


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_locker(ns):
    actual = expect_choice(ns, "locker_category", CATEGORIES)
    if actual != "attractive":                   # row "like", column "neutral"
        raise AssertionError(_t("msg_wrong_category", name="locker_category", actual=actual))


def _practice_lift(ns):
    actual = expect_choice(ns, "lift_category", CATEGORIES)
    if actual != "must-be":                      # row "must-be", column "dislike"
        raise AssertionError(_t("msg_wrong_category", name="lift_category", actual=actual))


def _practice_better(ns):
    better, _ = _followup_coefficients()
    value = expect_in_range(ns, "better_followup", 0.0, 1.0)
    if abs(value - better) > 0.006:
        raise AssertionError(_t("msg_wrong_better", name="better_followup", actual=ns["better_followup"]))


def _practice_worse(ns):
    _, worse = _followup_coefficients()
    value = expect_in_range(ns, "worse_followup", -1.0, 1.0)
    if abs(value - worse) > 0.006:
        raise AssertionError(_t("msg_wrong_worse", name="worse_followup", actual=ns["worse_followup"]))


def _practice_first_fix(ns):
    actual = expect_choice(ns, "first_fix", DIMENSIONS)
    if actual != _office_first_fix():
        raise AssertionError(_t("msg_wrong_first_fix", name="first_fix", actual=actual))


def _practice_verdict(ns):
    actual = expect_choice(ns, "delight_verdict", VERDICTS)
    if actual != "b":                            # practice wisdom consistent with Kano; to be tested, and it fades
        raise AssertionError(_t("msg_wrong_verdict", name="delight_verdict", actual=actual))


# ---------------------------------------------------------------- assignment (form only)

def _form_choice(name, options):
    return lambda ns: expect_choice(ns, name, options)


def _form_bool(name):
    return lambda ns: expect_bool(ns, name)


_PRACTICE = {
    "practice_locker": Question(
        names=("locker_category",),
        tests=[(_t("desc_practice_category", name="locker_category"), _practice_locker)],
        hint=_t("hint_practice_locker")),
    "practice_lift": Question(
        names=("lift_category",),
        tests=[(_t("desc_practice_category", name="lift_category"), _practice_lift)],
        hint=_t("hint_practice_lift")),
    "practice_coefficients": Question(
        names=("better_followup", "worse_followup"),
        tests=[(_t("desc_practice_better"), _practice_better),
               (_t("desc_practice_worse"), _practice_worse)],
        hint=_t("hint_practice_coefficients")),
    "practice_first_fix": Question(
        names=("first_fix",),
        tests=[(_t("desc_practice_first_fix"), _practice_first_fix)],
        hint=_t("hint_practice_first_fix")),
    "practice_verdict": Question(
        names=("delight_verdict",),
        tests=[(_t("desc_practice_verdict"), _practice_verdict)],
        hint=_t("hint_practice_verdict")),
}

_ASSIGNMENT = {
    **{name: Question(names=(name,), tests=[(_t("desc_form_category", name=name),
                                             _form_choice(name, CATEGORIES))],
                      hint=_t("hint_form_category")) for name in HOTEL_ITEMS},
    **{name: Question(names=(name,), tests=[(_t("desc_form_attribute", name=name),
                                             _form_choice(name, SHOP_ATTRIBUTES))],
                      hint=_t("hint_form_attribute")) for name in INVEST_ITEMS},
    **{name: Question(names=(name,), tests=[(_t("desc_form_dimension", name=name),
                                             _form_choice(name, DIMENSIONS))],
                      hint=_t("hint_form_dimension")) for name in FIX_ITEMS},
    **{name: Question(names=(name,), tests=[(_t("desc_form_bool", name=name), _form_bool(name))],
                      hint=_t("hint_form_claim")) for name in CLAIMS},
}

QUESTIONS = register("kano", {**_PRACTICE, **_ASSIGNMENT})
