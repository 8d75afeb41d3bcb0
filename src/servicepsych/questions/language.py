"""Questions of the service-language module: ``check("language.<name>")``.

Lesson (``notebooks/06_service_language.ipynb``), with full feedback:
``flag_counts``, ``phrase_labels``, ``context_rule``, ``reason_share``,
``best_apology``. Their expected values are literals here, never calls into
the package (a learner could replace those); ``tests/test_questions_language.py``
shows the phrase checker agrees with them.

Assignment (``course/source/06_service_language``), form only: ``best_reply``,
``phrase_1`` … ``phrase_5``, ``reason_pick``, ``opener_1``, ``opener_2``,
``rewrite_reply``. They check names, types, allowed labels and the length of
the rewrite, and never say which label is right or whether the rewrite meets
the criteria: that is the hidden tests' job.

The length of the rewrite depends on its script, not on the language setting:
a reply that is mostly Chinese (at least :data:`REWRITE_CJK_SHARE` of its
non-space characters are CJK characters) is measured in Chinese characters
(:data:`REWRITE_CHARS`, 字), any other reply in words (:data:`REWRITE_WORDS`).

Examples
--------
>>> from servicepsych.check import check
>>> check("language.phrase_1", namespace={"phrase_1": "fine"}).passed    # well formed, maybe wrong
True
>>> check("language.phrase_1", namespace={"phrase_1": "bad"}).passed
False
>>> check("language.rewrite_reply", namespace={"rewrite_reply": "Too short."}).passed
False
>>> check("language.rewrite_reply", namespace={"rewrite_reply": "非常抱歉。" * 20}).passed  # 80 字
True
>>> rewrite_measure("非常抱歉，杯体裂了。"), rewrite_measure("So sorry about the jug.")
('chars', 'words')
"""

from __future__ import annotations

import re

from ._base import Question, expect_bool, expect_choice, expect_labels, expect_number, expect_type, register
from ..strings import text

__all__ = ["ASSIGNMENT_CHOICES", "LESSON_FLAG_COUNTS", "LESSON_PHRASE_LABELS", "QUESTIONS", "REWRITE_CHARS",
           "REWRITE_CJK_SHARE", "REWRITE_WORDS", "rewrite_measure"]

#: Lesson practice 1: flags the checker finds in the four replies shown (literals, see the lesson).
LESSON_FLAG_COUNTS = (2, 0, 2, 0)
#: Lesson practice 2: the five phrases shown, labelled by the lesson's rules.
LESSON_PHRASE_LABELS = ("fine", "risky", "fine", "risky", "risky")
PHRASE_LABELS = ("risky", "fine")
#: Lesson practice 3: "不好意思，我们再帮您检查一次。" is flagged only for an upset customer.
LESSON_CONTEXT = {"flag_calm": False, "flag_upset": True}
#: Lesson practice 4: Langer, Blank & Chanowitz (1978), large request, empty reason (finding
#: lbc78_large_request_placebic_reason); an empty reason worked only for the small request.
LESSON_LARGE_EMPTY_SHARE = 24
LESSON_EMPTY_ENOUGH = "small"
EMPTY_ENOUGH_OPTIONS = ("small", "large", "both", "neither")
#: Lesson practice 5: the reply that names the problem, offers repair and gives a real reason.
LESSON_BEST_APOLOGY = "c"
#: Words of a well-formed rewrite in the assignment (a reply that is not mostly Chinese).
REWRITE_WORDS = (40, 150)
#: Chinese characters (字) of a well-formed rewrite that is mostly Chinese.
REWRITE_CHARS = (80, 300)
#: A reply is "mostly Chinese" when at least this share of its non-space characters are CJK characters.
REWRITE_CJK_SHARE = 0.3
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: Allowed labels of each assignment answer (the form the visible tests check).
ASSIGNMENT_CHOICES = {
    "best_reply": ("a", "b", "c"),
    "phrase_1": PHRASE_LABELS,
    "phrase_2": PHRASE_LABELS,
    "phrase_3": PHRASE_LABELS,
    "phrase_4": PHRASE_LABELS,
    "phrase_5": PHRASE_LABELS,
    "reason_pick": ("a", "b", "c"),
    "opener_1": ("keep", "replace"),
    "opener_2": ("keep", "replace"),
}


def _t(key: str, **fields) -> str:
    return text("language", key, **fields)


# ---------------------------------------------------------------- lesson: expected values are literals

def _count_wrong(got, key) -> int:
    return sum(g != e for g, e in zip(got, key))


def _test_flag_counts(ns):
    got = expect_type(ns, "flag_counts", (list, tuple), what="a list of 4 whole numbers")
    if len(got) != len(LESSON_FLAG_COUNTS) or not all(type(x) is int for x in got):
        raise AssertionError(_t("form_flag_counts", n=len(LESSON_FLAG_COUNTS), name="flag_counts"))
    wrong = _count_wrong(got, LESSON_FLAG_COUNTS)
    if wrong:
        raise AssertionError(_t("wrong_flag_counts", wrong=wrong, n=len(LESSON_FLAG_COUNTS), name="flag_counts"))


def _test_phrase_labels(ns):
    got = expect_labels(ns, "phrase_labels", PHRASE_LABELS, length=len(LESSON_PHRASE_LABELS))
    wrong = _count_wrong(got, LESSON_PHRASE_LABELS)
    if wrong:
        raise AssertionError(_t("wrong_phrase_labels", wrong=wrong, n=len(LESSON_PHRASE_LABELS), name="phrase_labels"))


def _test_context_rule(ns):
    for name, expected in LESSON_CONTEXT.items():
        actual = expect_bool(ns, name)
        if actual is not expected:
            raise AssertionError(_t("wrong_context_rule"))


def _test_reason_share(ns):
    expect_number(ns, "large_empty_share", LESSON_LARGE_EMPTY_SHARE, tol=0.5)
    if expect_choice(ns, "empty_reason_enough", EMPTY_ENOUGH_OPTIONS) != LESSON_EMPTY_ENOUGH:
        raise AssertionError(_t("wrong_reason_share"))


def _test_best_apology(ns):
    if expect_choice(ns, "best_apology", ("a", "b", "c")) != LESSON_BEST_APOLOGY:
        raise AssertionError(_t("wrong_best_reply"))


# ---------------------------------------------------------------- assignment: form only

def _choice_question(name: str, choices: tuple) -> Question:
    """A form-only question: ``name`` must be one of ``choices`` (which one is right is not said)."""
    def test(ns):
        expect_choice(ns, name, choices)

    return Question(names=(name,), tests=[(_t("form_one_of", name=name, choices=", ".join(map(repr, choices))),
                                           test)], hint=_t("hint_form"))


def rewrite_measure(reply: str) -> str:
    """How a rewrite's length is measured: ``"chars"`` (Chinese characters) or ``"words"``.

    By the script of the reply itself, whatever the language setting: ``"chars"`` when at least
    :data:`REWRITE_CJK_SHARE` of its non-space characters are CJK characters.
    """
    visible = re.sub(r"\s+", "", reply)
    return "chars" if visible and len(_CJK.findall(visible)) >= REWRITE_CJK_SHARE * len(visible) else "words"


def _test_rewrite_form(ns):
    reply = ns["rewrite_reply"]
    if type(reply) is not str:
        raise AssertionError(_t("form_reply_type", name="rewrite_reply", kind=type(reply).__name__))
    if rewrite_measure(reply) == "chars":
        lo, hi = REWRITE_CHARS
        chars = len(_CJK.findall(reply))
        if not lo <= chars <= hi:
            raise AssertionError(_t("form_reply_length_chars", name="rewrite_reply", chars=chars, lo=lo, hi=hi))
        return
    lo, hi = REWRITE_WORDS
    words = len(re.findall(r"\S+", reply))
    if not lo <= words <= hi:
        raise AssertionError(_t("form_reply_length", name="rewrite_reply", words=words, lo=lo, hi=hi))


QUESTIONS = register("language", {
    # lesson practice (full feedback)
    "flag_counts": Question(names=("flag_counts",),
                            tests=[("flags in each of the four replies", _test_flag_counts)],
                            hint=_t("hint_rewrite_flags")),
    "phrase_labels": Question(names=("phrase_labels",),
                              tests=[("each phrase labelled risky or fine", _test_phrase_labels)],
                              hint=_t("hint_phrase_labels")),
    "context_rule": Question(names=tuple(LESSON_CONTEXT),
                             tests=[("flagged for a calm customer, for an upset one", _test_context_rule)],
                             hint=_t("hint_context_rule")),
    "reason_share": Question(names=("large_empty_share", "empty_reason_enough"),
                             tests=[("the large request's empty-reason share, and when an empty reason worked",
                                     _test_reason_share)],
                             hint=_t("hint_reason_share")),
    "best_apology": Question(names=("best_apology",), tests=[("the reply to send", _test_best_apology)],
                             hint=_t("hint_best_reply")),
    # assignment (form only)
    **{name: _choice_question(name, choices) for name, choices in ASSIGNMENT_CHOICES.items()},
    "rewrite_reply": Question(names=("rewrite_reply",),
                              tests=[(_t("form_reply", name="rewrite_reply", lo=REWRITE_WORDS[0], hi=REWRITE_WORDS[1],
                                         chars_lo=REWRITE_CHARS[0], chars_hi=REWRITE_CHARS[1]),
                                      _test_rewrite_form)],
                              hint=_t("hint_reply")),
})
