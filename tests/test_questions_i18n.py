"""The checks' test descriptions and form messages come from the string catalogues, in both editions.

A bank reads its strings when it is imported, so each language is tested on a freshly imported bank
(and the English banks are restored afterwards for the other tests).
"""

from __future__ import annotations

import importlib
import re

import pytest

from servicepsych.check import check
from servicepsych.questions import _base
from servicepsych.strings import using_language

#: Banks whose descriptions were English literals (``language`` has its own tests).
CONCEPTS = ("anchoring", "customer_emotion", "emotional_labor", "framing", "kano", "loss_aversion", "peak_end",
            "recovery", "social_influence")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _fresh_bank(concept: str, lang: str) -> dict:
    with using_language(lang):
        importlib.reload(importlib.import_module(f"servicepsych.questions.{concept}"))
        return _base.get_bank(concept)


@pytest.fixture
def restore_banks():
    yield
    for concept in CONCEPTS:
        _fresh_bank(concept, "en")


@pytest.mark.parametrize("concept", CONCEPTS)
def test_every_description_is_chinese_under_zh_and_english_under_en(concept, restore_banks):
    zh = {name: [d for d, _ in q.tests] for name, q in _fresh_bank(concept, "zh").items()}
    en = {name: [d for d, _ in q.tests] for name, q in _fresh_bank(concept, "en").items()}
    assert zh.keys() == en.keys()
    for name in zh:
        for zh_desc, en_desc in zip(zh[name], en[name]):
            assert _CJK.search(zh_desc), f"{concept}.{name}: {zh_desc!r} is not Chinese"
            assert not _CJK.search(en_desc) and re.search(r"[a-z]{3,} [a-z]{2,}", en_desc), (concept, name, en_desc)


def test_the_english_descriptions_are_unchanged(restore_banks):
    bank = _fresh_bank("social_influence", "en")
    assert bank["practice_card"].tests[0][0] == "best_card is the card with the highest reported rate"
    assert bank["tip_points"].tests[0][0] == "tip_points is a number of percentage points"
    kano = _fresh_bank("kano", "en")
    assert kano["practice_lift"].tests[0][0] == "lift_category is the Kano category of the answer pair"
    assert kano["cat_wifi"].tests[0][0] == "cat_wifi is one of the six Kano categories"
    assert _fresh_bank("loss_aversion", "en")["package_best"].tests[0][0] == "best_package is one of the allowed labels"


def test_a_test_without_a_message_falls_back_to_the_translated_description(restore_banks):
    def silent(ns):
        raise AssertionError()

    for lang, want in (("zh", "best_card 是报告的重复使用率最高的那张卡"),
                       ("en", "best_card is the card with the highest reported rate")):
        q = _fresh_bank("social_influence", lang)["practice_card"]
        q = _base.Question(names=q.names, tests=[(q.tests[0][0], silent)], hint=q.hint)
        with using_language(lang):
            assert check(q, namespace={"best_card": "x"}).messages() == [want]


def test_the_points_form_message_names_the_types_in_the_edition_language(restore_banks):
    for lang, want in (("zh", "`tip_points` 应该是一个 int 或 float，现在却是 str。"),
                       ("en", "`tip_points` should be an int or a float, but it is a str.")):
        _fresh_bank("social_influence", lang)
        with using_language(lang):
            result = check("social_influence.tip_points", namespace={"tip_points": "5"})
        assert result.messages() == [want]
        with using_language(lang):  # form only: a well-formed wrong value passes the visible check
            assert check("social_influence.tip_points", namespace={"tip_points": 99}).passed
