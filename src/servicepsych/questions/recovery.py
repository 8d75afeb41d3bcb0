"""Questions of the service-recovery module: ``check("recovery.<name>")``.

Practice questions of the lesson (``practice_*``) give full feedback: their
expected answers come from literals here, worked out with plain arithmetic,
never with a function a learner could have replaced. The assignment's
questions (the others) check the *form* of an answer only (names, types,
allowed labels, a complete ranking) and never say which answer is right: the
hidden tests in the nbgrader test cells do that.
"""

from __future__ import annotations

from ._base import Question, expect_bool, expect_choice, expect_ranking, register
from ..strings import text

DIMENSIONS = ("distributive", "procedural", "interactional")

# ---------------------------------------------------------------- lesson data
#: The delayed flight's packages per passenger (the lesson's budget widget shows the same ones):
#: (cost, compensation, hours to the remedy, voice, flexibility, apology, explanation, courtesy).
GATE_PACKAGES = {
    "voucher_now": (60, 60, 0.5, 0, 0, 1, 1, 1),
    "cash_later": (200, 200, 1008, 0, 0, 0, 0, 0),
    "wait_and_see": (0, 0, 4, 0, 0, 0, 1, 1),
    "lounge_rebook": (150, 150, 1, 1, 1, 1, 1, 1),
}
GATE_LOSS = 100
GATE_BUDGET = 100
SENTENCES = ("a", "b", "c")

# ---------------------------------------------------------------- assignment data (form only)
HOTEL_PACKAGES = ("refund_later", "words_only", "refund_and_care", "suite_upgrade")
PARCEL_PACKAGES = ("refund_after_return", "express_replacement", "coupon_now", "refund_plus_coupon")
ACTION_ITEMS = ("dim_credit", "dim_direct_line", "dim_cause", "dim_listen", "dim_name")
REPLIES = ("a", "b", "c", "d")
CLAIMS = ("claim_satisfaction", "claim_repurchase", "claim_word_of_mouth", "claim_second")


def _t(key: str, **fields) -> str:
    return text("recovery", key, **fields)


def _gate_index(package) -> float:
    """The lesson's index with rank weights 3:2:1, in plain arithmetic."""
    _, comp, hours, voice, flex, apology, explanation, courtesy = package
    distributive = min(comp / GATE_LOSS, 1.0)
    procedural = (24.0 / (24.0 + hours) + voice + flex) / 3
    interactional = (apology + explanation + courtesy) / 3
    return 3 / 6 * distributive + 2 / 6 * interactional + 1 / 6 * procedural


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_dimension(ns):
    actual = expect_choice(ns, "voucher_dimension", DIMENSIONS)
    if actual != "distributive":                     # a voucher is part of the outcome the passenger gets
        raise AssertionError(_t("msg_wrong_dimension", name="voucher_dimension", actual=actual))


def _practice_weakest(ns):
    actual = expect_choice(ns, "weakest_dimension", DIMENSIONS)
    # The scene: full refund of the lost meal (outcome 1.0); polite, with an apology and the reason
    # (treatment 1.0); but three hours late, nobody asked, no rule bent: process = (24/27 + 0 + 0) / 3.
    scores = {"distributive": 1.0, "interactional": 1.0, "procedural": (24 / 27) / 3}
    if actual != min(scores, key=scores.get):
        raise AssertionError(_t("msg_wrong_weakest", name="weakest_dimension", actual=actual))


def _practice_budget(ns):
    actual = expect_choice(ns, "gate_package", tuple(GATE_PACKAGES))
    fitting = {name: _gate_index(p) for name, p in GATE_PACKAGES.items() if p[0] <= GATE_BUDGET}
    if actual != max(fitting, key=fitting.get):
        raise AssertionError(_t("msg_wrong_budget", name="gate_package", actual=actual))


def _practice_sentence(ns):
    actual = expect_choice(ns, "refusal_sentence", SENTENCES)
    if actual != "c":                                # refusal, then the offer, with no "but" in between
        raise AssertionError(_t("msg_wrong_sentence", name="refusal_sentence", actual=actual))


def _practice_paradox(ns):
    actual = expect_bool(ns, "repurchase_backed")
    if actual is not False:                          # de Matos et al. (2007): no effect on repurchase intention
        raise AssertionError(_t("msg_wrong_paradox", name="repurchase_backed", actual=actual))


# ---------------------------------------------------------------- assignment (form only)

def _form_choice(name, options):
    return lambda ns: expect_choice(ns, name, options)


def _form_ranking(ns):
    expect_ranking(ns, "pm_ranking", REPLIES)


def _form_bool(name):
    return lambda ns: expect_bool(ns, name)


_PRACTICE = {
    "practice_dimension": Question(
        names=("voucher_dimension",),
        tests=[(_t("desc_practice_dimension"), _practice_dimension)],
        hint=_t("hint_practice_dimension")),
    "practice_weakest": Question(
        names=("weakest_dimension",),
        tests=[(_t("desc_practice_weakest"), _practice_weakest)],
        hint=_t("hint_practice_weakest")),
    "practice_budget": Question(
        names=("gate_package",),
        tests=[(_t("desc_practice_budget"), _practice_budget)],
        hint=_t("hint_practice_budget")),
    "practice_sentence": Question(
        names=("refusal_sentence",),
        tests=[(_t("desc_practice_sentence"), _practice_sentence)],
        hint=_t("hint_practice_sentence")),
    "practice_paradox": Question(
        names=("repurchase_backed",),
        tests=[(_t("desc_practice_paradox"), _practice_paradox)],
        hint=_t("hint_practice_paradox")),
}

_ASSIGNMENT = {
    "package_hotel": Question(
        names=("package_hotel",),
        tests=[(_t("desc_form_package_hotel"), _form_choice("package_hotel", HOTEL_PACKAGES))],
        hint=_t("hint_form_package")),
    "package_parcel": Question(
        names=("package_parcel",),
        tests=[(_t("desc_form_package_parcel"), _form_choice("package_parcel", PARCEL_PACKAGES))],
        hint=_t("hint_form_package")),
    **{name: Question(names=(name,), tests=[(_t("desc_form_dimension", name=name),
                                             _form_choice(name, DIMENSIONS))],
                      hint=_t("hint_form_dimension")) for name in ACTION_ITEMS},
    "pm_ranking": Question(
        names=("pm_ranking",),
        tests=[(_t("desc_form_ranking"), _form_ranking)],
        hint=_t("hint_form_ranking")),
    **{name: Question(names=(name,), tests=[(_t("desc_form_bool", name=name), _form_bool(name))],
                      hint=_t("hint_form_claim")) for name in CLAIMS},
}

QUESTIONS = register("recovery", {**_PRACTICE, **_ASSIGNMENT})
