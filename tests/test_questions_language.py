"""The service-language question bank: lesson questions give full feedback; assignment questions check form only.

The lesson's expected values are literals in the bank; here they are compared with what the phrase checker
and the findings say, so bank, checker and lesson cannot drift apart. Assignment questions must accept a
well-formed *wrong* answer (so the visible check never reveals the key) and reject wrong types and labels.
"""

from __future__ import annotations

import pytest
from conftest import trick_values

from servicepsych import findings
from servicepsych.check import check, list_questions
from servicepsych.language import check_phrase
from servicepsych.questions.language import (
    ASSIGNMENT_CHOICES,
    LESSON_FLAG_COUNTS,
    LESSON_PHRASE_LABELS,
    REWRITE_WORDS,
)

LESSON_KEYS = {
    "flag_counts": {"flag_counts": [2, 0, 2, 0]},
    "phrase_labels": {"phrase_labels": ["fine", "risky", "fine", "risky", "risky"]},
    "context_rule": {"flag_calm": False, "flag_upset": True},
    "reason_share": {"large_empty_share": 24, "empty_reason_enough": "small"},
    "best_apology": {"best_apology": "c"},
}
LESSON_WRONG = {
    "flag_counts": ("flag_counts", [1, 0, 2, 0]),
    "phrase_labels": ("phrase_labels", ["fine", "fine", "fine", "risky", "risky"]),
    "context_rule": ("flag_calm", True),
    "reason_share": ("empty_reason_enough", "both"),
    "best_apology": ("best_apology", "a"),
}
LESSON_WRONG_TYPE = {
    "flag_counts": ("flag_counts", "2, 0, 2, 0"),
    "phrase_labels": ("phrase_labels", "fine"),
    "context_rule": ("flag_upset", "True"),
    "reason_share": ("large_empty_share", "24"),
    "best_apology": ("best_apology", 3),
}
#: The replies and phrases the lesson shows (notebooks/06_service_language.ipynb, practices 1-3).
PRACTICE_1 = [("I'm sorry, but that's not my department.", "en"), ("I can't wait to help you pick a new plan!", "en"),
              ("谢谢您的耐心，但是我们今天不能退款。", "zh"), ("不但免运费，而且明天就到。", "zh")]
PRACTICE_2 = [("Let me see what we can do for you.", "en"), ("I don't think I can change the date.", "en"),
              ("但愿明天天气好，航班能准时。", "zh"), ("Thanks for calling, however the shop is closed on Sundays.", "en"),
              ("这不是我的工作。", "zh")]
ASSIGNMENT = sorted([*ASSIGNMENT_CHOICES, "rewrite_reply"])
GOOD_REPLY = " ".join(["word"] * 60)


def test_every_question_has_a_case():
    assert set(list_questions("language")) == {f"language.{q}" for q in [*LESSON_KEYS, *ASSIGNMENT]}


# ------------------------------------------------------------------ lesson literals agree with the model
def test_practice_literals_agree_with_the_checker_and_findings():
    assert tuple(len(check_phrase(t, lang)) for t, lang in PRACTICE_1) == LESSON_FLAG_COUNTS
    assert tuple("risky" if check_phrase(t, lang) else "fine" for t, lang in PRACTICE_2) == LESSON_PHRASE_LABELS
    sentence = "不好意思，我们再帮您检查一次。"
    assert (bool(check_phrase(sentence, "zh", context="calm")), bool(check_phrase(sentence, "zh", context="upset"))) \
        == (LESSON_KEYS["context_rule"]["flag_calm"], LESSON_KEYS["context_rule"]["flag_upset"])
    assert findings.get("lbc78_large_request_placebic_reason").value == LESSON_KEYS["reason_share"]["large_empty_share"]


# ------------------------------------------------------------------ lesson questions (full feedback)
@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_key_passes(question):
    result = check(f"language.{question}", namespace=dict(LESSON_KEYS[question]))
    assert result.passed, result.messages()
    check(f"language.{question}", namespace=dict(LESSON_KEYS[question]), strict=True)


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_wrong_value_fails(question):
    name, bad = LESSON_WRONG[question]
    ns = {**LESSON_KEYS[question], name: bad}
    assert not check(f"language.{question}", namespace=ns).passed
    with pytest.raises(AssertionError):
        check(f"language.{question}", namespace=ns, strict=True)


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_wrong_type_fails_and_names_the_variable(question):
    name, bad = LESSON_WRONG_TYPE[question]
    result = check(f"language.{question}", namespace={**LESSON_KEYS[question], name: bad})
    assert not result.passed
    assert name in " ".join(result.messages())


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_lesson_rejects_trick_objects(question, trick):
    for name in LESSON_KEYS[question]:
        ns = {**LESSON_KEYS[question], name: trick_values()[trick]}
        assert not check(f"language.{question}", namespace=ns).passed, (question, name)


def test_lesson_placeholder_is_pending_not_failed():
    result = check("language.flag_counts", namespace={"flag_counts": ...})
    assert not result.passed and "placeholder" in " ".join(result.messages())


def test_lesson_flag_counts_reject_bools_and_floats():
    for bad in ([True, False, True, False], [2.0, 0.0, 2.0, 0.0], [2, 0, 2]):
        assert not check("language.flag_counts", namespace={"flag_counts": bad}).passed


# ------------------------------------------------------------------ assignment questions (form only)
@pytest.mark.parametrize("question", sorted(ASSIGNMENT_CHOICES))
def test_assignment_accepts_every_allowed_label(question):
    """Right or wrong, a well-formed answer passes the visible check: it cannot reveal the key."""
    for label in ASSIGNMENT_CHOICES[question]:
        result = check(f"language.{question}", namespace={question: label})
        assert result.passed, (question, label, result.messages())


@pytest.mark.parametrize("question", sorted(ASSIGNMENT_CHOICES))
def test_assignment_rejects_bad_form(question):
    for bad in ("z", 1, None, ["a"]):
        assert not check(f"language.{question}", namespace={question: bad}).passed


@pytest.mark.parametrize("question", sorted(ASSIGNMENT_CHOICES))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_assignment_rejects_trick_objects(question, trick):
    assert not check(f"language.{question}", namespace={question: trick_values()[trick]}).passed


def test_rewrite_form_checks_only_type_and_length():
    lo, hi = REWRITE_WORDS
    # a reply full of flagged phrases is still *well formed*: the visible check says nothing about quality
    flagged = " ".join(["Sorry, but I can't."] * 12)
    assert check("language.rewrite_reply", namespace={"rewrite_reply": flagged}).passed
    assert check("language.rewrite_reply", namespace={"rewrite_reply": GOOD_REPLY}).passed
    for bad in (" ".join(["w"] * (lo - 1)), " ".join(["w"] * (hi + 1)), 42, ["a reply"], None):
        result = check("language.rewrite_reply", namespace={"rewrite_reply": bad})
        assert not result.passed and "rewrite_reply" in " ".join(result.messages())
    for trick in trick_values():
        assert not check("language.rewrite_reply", namespace={"rewrite_reply": trick}).passed
