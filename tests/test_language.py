"""The service-language phrase checker: English and Chinese rules, context, input checks, findings.

Sources: the phrase rules are practice wisdom from source document 002 (property-management courseware:
avoid 我不能 / 我不会做 / 这不是我应该做的 / 我想我做不了 / 但是; give a reason with 因为) and 003 (对不起
versus 不好意思). The reason figures are Langer, Blank & Chanowitz (1978), J. Personality and Social
Psychology 36(6), 635-642, Experiment 1: small request 60% (no reason), 93% (placebic), 94% (real); large
request 24%, 24%, 42% (read from secondary sources reproducing the paper's table, as the findings say).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from servicepsych import findings, language
from servicepsych.language import check_phrase, gives_reason, load_rules, missing_facts, offers_help, review

REPO = Path(__file__).resolve().parents[1]
ASSIGNMENT = REPO / "course" / "source" / "06_service_language" / "06_service_language.ipynb"


def rules_of(text, lang="en", **kw):
    return [f.rule for f in check_phrase(text, lang, **kw)]


# ------------------------------------------------------------------ English
@pytest.mark.parametrize("text, expected", [
    ("I can't do that.", ["cant"]),
    ("We cannot refund this order.", ["cant"]),
    ("I’m unable to change it.", ["cant"]),  # a typographic apostrophe
    ("There's nothing we can do.", ["cant"]),
    ("I won't be able to.", ["wont"]),
    ("That's not my job.", ["not_my_job"]),
    ("Lifts are not my department.", ["not_my_job"]),
    ("I don't think I can help.", ["dont_think"]),
    ("Sorry, but the shop is closed.", ["but_after_kind"]),
    ("Thanks for waiting. But the parcel is lost.", ["but_after_kind"]),  # the kind word in the sentence before
    ("I'd love to, however we are fully booked.", ["but_after_kind"]),
    ("Sorry, but I can't refund you.", ["but_after_kind", "cant"]),
])
def test_english_phrases_are_flagged(text, expected):
    assert rules_of(text) == expected


@pytest.mark.parametrize("text", [
    "I can help",  # named in the issue
    "I can't wait to help",  # named in the issue
    "I can't thank you enough for your patience.",
    "I can help you with that today.",
    "The parcel left on Monday but the courier lost it.",  # 'but' with no kind word before it
    "Not only is delivery free, but also fast.",
    "I won't charge you for the second visit.",
    "It was anything but easy. Thank you for your patience.",
    "",
])
def test_english_sentences_that_must_not_be_flagged(text):
    assert check_phrase(text) == []


def test_a_flag_names_the_phrase_why_and_what_instead():
    flag = check_phrase("Sorry, that's not my department.")[0]
    assert flag.phrase == "not my department"
    assert "Sorry, that's not my department."[flag.start:flag.end] == flag.phrase
    assert flag.reason and flag.suggestion and flag.reason != flag.suggestion
    assert flag.kind == "practice" and flag.source == "practice_language_not_my_job"


def test_the_longer_phrase_wins_where_rules_overlap():
    # "there's nothing i can do" contains "nothing i can do": one flag, the longer phrase.
    flags = check_phrase("There's nothing I can do.")
    assert [f.phrase for f in flags] == ["There's nothing I can do"]


# ------------------------------------------------------------------ Chinese (segmented by jieba)
@pytest.mark.parametrize("text, expected", [
    ("我们不能退款。", ["cant"]),
    ("这个不行。", ["flat_no"]),
    ("这不归我管。", ["not_my_job"]),
    ("这个问题不归我们管，您去找快递吧。", ["not_my_job"]),
    ("这不是我的工作。", ["not_my_job"]),
    ("这不归我们部门管，您找快递吧。", ["not_my_job"]),  # jieba reads it as 这 / 不归我们部门管
    ("这个不归我们部门负责。", ["not_my_job"]),
    ("这不是我们部门的事。", ["not_my_job"]),
    ("我想我做不了。", ["dont_think"]),  # one flag: the longer phrase, not also 做不了
    ("我们不可以这样做。", ["cant"]),
    ("谢谢您的耐心，但是我们今天不能退款。", ["but_after_kind", "cant"]),
    ("感谢您，不过我们今天没办法。", ["but_after_kind", "cant"]),
])
def test_chinese_phrases_are_flagged(text, expected):
    assert rules_of(text, "zh") == expected


@pytest.mark.parametrize("text", [
    "不但便宜，而且送货快。",  # 不但…而且: named in the issue
    "我们不但退运费，而且今天就给您补发。",
    "但愿您满意。",  # 但愿: named in the issue
    "您好，但愿一切顺利。",
    "如果周四不行的话，我们可以改到周五。",  # a condition, not a refusal
    "这只不过是小事，我马上为您处理。",
    "对不起，是我们的失误，我马上为您补发。",
])
def test_chinese_sentences_that_must_not_be_flagged(text):
    assert check_phrase(text, lang="zh") == []


def test_chinese_uses_words_not_substrings():
    # A substring search for 但 / 不过 would flag all of these (each after a kind word, 谢谢 or 满意 aside);
    # the segmenter reads 不但, 但愿 and 只不过 as words of their own.
    for text, letters in (("谢谢，不但便宜，而且送货快。", "但"), ("谢谢，但愿您满意。", "但"), ("谢谢，只不过是小事。", "不过")):
        assert letters in text and check_phrase(text, lang="zh") == []
    assert rules_of("谢谢您，但我们今天不能退款。", "zh") == ["but_after_kind", "cant"]  # 但 as a word is flagged


# ------------------------------------------------------------------ context decides
def test_light_apology_is_a_polite_opener_for_a_calm_customer():
    assert check_phrase("不好意思，让您久等了。", lang="zh") == []
    assert check_phrase("不好意思，让您久等了。", lang="zh", context="calm") == []


def test_light_apology_is_flagged_when_it_is_the_only_apology_to_an_upset_customer():
    assert rules_of("不好意思，我们再帮您检查一次。", "zh", context="upset") == ["light_apology"]
    # with a real apology in the reply it is no longer the only one
    assert check_phrase("对不起，是我们的失误。不好意思，我们再帮您检查一次。", lang="zh", context="upset") == []
    assert check_phrase("非常抱歉，不好意思，我们再帮您检查一次。", lang="zh", context="upset") == []


def test_a_real_apology_counts_inside_a_longer_word():
    # jieba reads 真对不起 as one word; it is still 对不起, so 不好意思 is not the only apology
    assert "真对不起" in [w for w, *_ in language._words("真对不起", "zh")]
    assert check_phrase("不好意思，让您久等了，真对不起。", lang="zh", context="upset") == []
    assert check_phrase("王女士，真对不起！不好意思，我们再帮您检查一次。", lang="zh", context="upset") == []
    assert check_phrase("我们深表歉意。不好意思，我们再帮您检查一次。", lang="zh", context="upset") == []


@pytest.mark.parametrize("text, phrase", [
    ("给您带来不便，敬请谅解。", "给您带来不便"),
    ("非常抱歉给您带来的不便。", "给您带来的不便"),  # beside a real apology too, as "I'm so sorry for the inconvenience"
    ("对不起，给您造成不便了。", "造成不便"),
    ("是我们给您添麻烦了，对不起。", "给您添麻烦"),
    ("周末仓库不发货，敬请谅解。", "敬请谅解"),
])
def test_chinese_stock_apology_is_flagged_only_for_an_upset_customer(text, phrase):
    assert check_phrase(text, lang="zh") == []
    flags = check_phrase(text, lang="zh", context="upset")
    assert [f.rule for f in flags][:1] == ["light_apology"] and flags[0].phrase == phrase
    # its reason is the English stock-apology rule's, not the one about 不好意思
    english = next(r for r in load_rules("en") if r["id"] == "light_apology")
    assert flags[0].reason == english["reason"] and "不好意思" not in flags[0].reason


def test_chinese_words_with_bu_bian_that_are_no_apology_are_not_flagged():
    for text in ("这位行动不便的老人由我们送货上门。", "小区交通不便，我们上门取件。"):
        assert check_phrase(text, lang="zh", context="upset") == []


def test_english_stock_apology_depends_on_context_too():
    assert check_phrase("Sorry for any inconvenience.") == []
    assert rules_of("Sorry for any inconvenience.", context="upset") == ["light_apology"]


def test_context_changes_only_the_light_apology_rule():
    for text, lang in [("Sorry, but I can't.", "en"), ("不好意思，这不归我管。", "zh")]:
        calm = set(rules_of(text, lang, context="calm"))
        upset = set(rules_of(text, lang, context="upset"))
        assert upset - calm <= {"light_apology"} and calm <= upset


# ------------------------------------------------------------------ the other checks of a reply
def test_offers_help_reason_and_facts():
    assert offers_help("I can send a new jug today.") and not offers_help("I can't send a new jug today.")
    assert not offers_help("We will not refund it.")
    assert offers_help("我们马上为您补发。", lang="zh") and not offers_help("我们不能补发。", lang="zh")
    assert gives_reason("It is closed because the floor is wet.") and not gives_reason("It is closed.")
    assert gives_reason("因为电梯在维修，我们先帮您搬。", lang="zh")
    assert missing_facts("Order 58213-A, ¥499, arrives 15 June.", ["58213-A", "¥499", "15 June"]) == []
    assert missing_facts("Order 58213-A arrives soon.", ["58213-A", "15 June"]) == ["15 June"]
    r = review("I can refund ¥1,280 today because the parcel was lost.", facts=["¥1280"])
    assert r.flags == [] and r.offers_help and r.gives_reason and r.missing_facts == []


# ------------------------------------------------------------------ input checks and rule tables
def test_bad_input_gives_clear_errors():
    with pytest.raises(TypeError, match="must be a str"):
        check_phrase(None)
    with pytest.raises(ValueError, match="lang must be one of"):
        check_phrase("hi", lang="fr")
    with pytest.raises(ValueError, match="context must be one of"):
        check_phrase("hi", context="angry")
    with pytest.raises(ValueError, match="phrases must be"):
        check_phrase("hi", rules=[{"id": "x", "kind": "practice", "match": "phrase", "phrases": []}])
    with pytest.raises(ValueError, match="has no reason"):
        check_phrase("hi", rules=[{"id": "x", "kind": "practice", "match": "phrase", "phrases": ["hi"]}])
    with pytest.raises(TypeError, match="list of str"):
        missing_facts("text", "58213-A")


def test_a_trainer_can_add_a_rule_without_editing_the_package():
    rules = load_rules("en") + [{"id": "policy", "kind": "practice", "match": "phrase", "phrases": ["our policy"],
                                 "reason": "Hides the real reason.", "suggestion": "Give the real reason."}]
    flags = check_phrase("That is our policy.", rules=rules)
    assert [(f.rule, f.reason) for f in flags] == [("policy", "Hides the real reason.")]
    assert check_phrase("That is our policy.") == []  # the built-in table is unchanged


@pytest.mark.parametrize("lang", language.LANGUAGES)
def test_every_rule_has_reason_suggestion_kind_and_a_findings_row(lang):
    for rule in load_rules(lang):
        assert rule["reason"] and rule["suggestion"]
        assert rule["kind"] in ("research", "practice")
        assert findings.get(rule["source"]).kind == rule["kind"]  # the row it rests on says the same
    table = json.loads((REPO / "src" / "servicepsych" / "language_rules" / f"{lang}.json").read_text("utf-8"))
    assert table["lang"] == lang and {r["id"] for r in table["rules"]} == {r["id"] for r in load_rules(lang)}


def test_import_stays_fast_and_loads_no_segmenter():
    code = "import sys, servicepsych.language; print('jieba' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# ------------------------------------------------------------------ findings: Langer, Blank & Chanowitz (1978)
def test_langer_figures_as_published():
    small = [findings.get(f"lbc78_small_request_{w}").value for w in ("no_reason", "placebic_reason", "real_reason")]
    large = [findings.get(f"lbc78_large_request_{w}").value for w in ("no_reason", "placebic_reason", "real_reason")]
    assert small == [60, 93, 94] and large == [24, 24, 42]
    # the pattern the lesson teaches: an empty reason helps only the small request
    assert small[1] - small[0] > 30 and large[1] == large[0] and large[2] > large[0]
    for key in ("lbc78_large_request_no_reason", "lbc78_large_request_real_reason"):
        row = findings.get(key)
        assert row.doi == "10.1037/0022-3514.36.6.635" and "secondary" in row.note and row.population


def test_language_findings_are_cited_and_practice_rows_say_so():
    rows = [f for f in findings.all_findings() if f.concept == "language"]
    assert len(rows) >= 10
    for row in rows:
        assert row.citation and row.population
        if row.kind == "practice":
            assert math.isnan(row.value) and "Source document" in row.citation
    assert "abstract" in findings.get("rk13_apology_empathy_strongest").note
    assert findings.get("lpl16_participants").value == 755


# ------------------------------------------------------------------ the assignment's hidden rewrite tests
def _hidden(grade_id: str) -> str:
    nb = nbformat.read(ASSIGNMENT, as_version=4)
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    return cell.source


def _passes(grade_id: str, reply: str) -> bool:
    try:
        exec(compile(_hidden(grade_id), grade_id, "exec"), {"rewrite_reply": reply})
    except AssertionError:
        return False
    return True


#: Neutral words (no offer, no flagged phrase, no fact) that bring a test reply over the 40-word minimum.
_PAD = (" The blender was packed in our warehouse in Chengdu and left there on Monday morning with the courier,"
        " and this chat stays saved in your account, so anyone in the team can read it later on.")
REPLIES = [
    "I'm so sorry your blender arrived with a cracked jug. I can send a replacement that arrives by 15 June, or "
    "refund the full ¥499 for order 58213-A." + _PAD,
    "Sorry for the inconvenience. I can send a replacement by 15 June or refund ¥499 for order 58213-A." + _PAD,
    "I'm sorry the jug is cracked, but a new one cannot come before Saturday. I can refund ¥499." + _PAD,
    "I understand how annoying this is. However, the replacement for order 58213-A comes on 15 June." + _PAD,
    "That's not my department; the courier handles damage for order 58213-A, ¥499, until 15 June." + _PAD,
    "Your order 58213-A for ¥499: I can't wait to help. A replacement arrives by 15 June." + _PAD,
    "I won't charge you anything: a replacement for order 58213-A arrives by 15 June, or a refund of ¥499." + _PAD,
    "We are unable to deliver before Saturday. Replacement by 15 June, refund ¥499, order 58213-A." + _PAD,
    "I won't be able to deliver before Saturday. I can send a replacement by 15 June for order 58213-A." + _PAD,
    "I won't keep you waiting: I can send a replacement by 15 June for order 58213-A, or refund ¥499." + _PAD,
    "I can not wait to fix this. I can send a replacement by 15 June for order 58213-A, or refund ¥499." + _PAD,
    "I'm so sorry... but the jug for order 58213-A comes on 15 June. I can refund ¥499 instead." + _PAD,
    "I'm so sorry. Here is the plan. But first: order 58213-A gets a replacement by 15 June or ¥499 back." + _PAD,
    "Thank you for telling us.\n\nHowever, the replacement for order 58213-A arrives on 15 June." + _PAD,
    "It was anything but careful packing, and I'm sorry. I'll send a replacement by 15 June for 58213-A." + _PAD,
]


@pytest.mark.parametrize("reply", REPLIES)
def test_hidden_no_flag_test_agrees_with_the_checker(reply):
    """Part 5a's literal re-implementation flags exactly the replies the checker flags (upset customer)."""
    assert _passes("test_rewrite_no_flags", reply) == (check_phrase(reply, context="upset") == [])


def test_hidden_rewrite_tests_reject_the_draft_and_accept_the_key():
    draft = ("Sorry for the inconvenience, but I can't send a new one before Saturday. That's not my department, "
             "you need to contact the courier about the damage.") + _PAD
    for gid in ("test_rewrite_no_flags", "test_rewrite_offer", "test_rewrite_facts"):
        assert not _passes(gid, draft), gid
    nb = nbformat.read(ASSIGNMENT, as_version=4)
    ns: dict = {}
    key = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "rewrite_answer").source
    exec(key, ns)
    assert check_phrase(ns["rewrite_reply"], context="upset") == []
    for gid in ("test_rewrite_no_flags", "test_rewrite_offer", "test_rewrite_facts"):
        assert _passes(gid, ns["rewrite_reply"]), gid


def test_hidden_offer_and_facts_tests_check_one_quality_each():
    no_offer = "I'm sorry the jug arrived cracked. A replacement for order 58213-A arrives by 15 June; ¥499." + _PAD
    assert not _passes("test_rewrite_offer", no_offer) and _passes("test_rewrite_facts", no_offer)
    offer_no_facts = "I'm sorry the jug arrived cracked. I can send a replacement this week, or refund you." + _PAD
    assert _passes("test_rewrite_offer", offer_no_facts) and not _passes("test_rewrite_facts", offer_no_facts)
    assert not _passes("test_rewrite_facts", "58213-A 499 15 June")  # too short: the form check fails first
