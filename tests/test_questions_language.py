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
    REWRITE_CHARS,
    REWRITE_CJK_SHARE,
    REWRITE_WORDS,
    rewrite_measure,
)
from servicepsych.strings import set_language

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


# ------------------------------------------------------------------ the rewrite's length follows its script
#: A Chinese reply of 100 汉字 (with full-width punctuation and the order number in Latin letters).
ZH_REPLY = "非常抱歉，您订单58213-A的杯体到货就裂了。" + "我们马上为您补发新的杯体，请您放心。" * 5


def _messages(value):
    result = check("language.rewrite_reply", namespace={"rewrite_reply": value})
    return result.passed, " ".join(result.messages())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_mostly_chinese_rewrite_is_measured_in_characters_whatever_the_language(lang):
    set_language(lang)
    try:
        lo, hi = REWRITE_CHARS
        assert rewrite_measure(ZH_REPLY) == "chars" and _messages(ZH_REPLY) == (True, "")
        # 80 and 300 characters pass, 79 and 301 fail, with a message that says it counted characters
        assert _messages("好" * lo)[0] and _messages("好" * hi)[0]
        for bad in ("好" * (lo - 1), "好" * (hi + 1), "抱歉，" * 20):
            passed, text = _messages(bad)
            assert not passed and "rewrite_reply" in text
            assert ("Chinese characters" in text) if lang == "en" else ("按汉字计算" in text and "字" in text)
        # spaces and punctuation are not counted as characters: 79 汉字 spread out still fail
        assert not _messages(" ".join("好" * (lo - 1)) + "。！？")[0]
        # an English reply is still measured in words, and the message says so
        passed, text = _messages(" ".join(["word"] * (REWRITE_WORDS[0] - 1)))
        assert not passed and (("words" in text) if lang == "en" else ("按词数计算" in text))
        assert _messages(GOOD_REPLY) == (True, "")
    finally:
        set_language("en")


def test_the_script_threshold_is_the_share_of_cjk_among_non_space_characters():
    assert REWRITE_CJK_SHARE == 0.3
    # 3 CJK of 10 non-space characters: mostly Chinese by the rule; 2 of 10: words
    assert rewrite_measure("好好好abcdefg") == "chars"
    assert rewrite_measure("好好abcdefgh") == "words"
    assert rewrite_measure("好 好 好 a b c d e f g") == "chars"  # spaces do not count
    assert rewrite_measure("") == "words" and rewrite_measure("   ") == "words"
    # an English reply that quotes a Chinese word is still an English reply
    english = "I'm so sorry the jug arrived cracked; our team calls this 服务补救 and I'll send a new one today."
    assert rewrite_measure(english) == "words"


def test_the_english_rewrite_rule_is_unchanged():
    assert REWRITE_WORDS == (40, 150)
    lo, hi = REWRITE_WORDS
    assert _messages(" ".join(["w"] * lo))[0] and _messages(" ".join(["w"] * hi))[0]
    assert _messages(" ".join(["w"] * (lo - 1))) == (False, f"rewrite_reply has {lo - 1} words; write a reply of "
                                                            f"{lo}–{hi} words.")


def test_flag_counts_of_the_wrong_form_get_a_message_that_translates():
    for lang, expected in (("en", "flag_counts should be a list of 4 whole numbers (int), one count per reply."),
                           ("zh", "flag_counts 应该是由 4 个整数（int）组成的 list，每句回复一个数。")):
        set_language(lang)
        try:
            result = check("language.flag_counts", namespace={"flag_counts": [2, 0, 2]})
            assert not result.passed and expected in result.messages()
            assert "some" not in " ".join(result.messages())
        finally:
            set_language("en")
