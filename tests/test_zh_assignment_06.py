"""The Chinese assignment 06 (服务语言), Part 5: a reply written in Chinese, graded per item.

The Chinese edition's three hidden tests of Part 5 are adapted (the English ones read English phrase
lists and count words by spaces). Here they are taken from the built Chinese course notebook — the part
between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS`` — and run, each in a fresh namespace
with only ``rewrite_reply`` bound, against replies whose verdicts are known, so each item scores on its
own: the model answer passes all three, the agent's bad draft fails all three, a good reply without the
date fails only 5c, a polite "但是" after "抱歉" fails only 5a, so does a stock "非常抱歉给您带来的不便", an honest reply in other
words passes all.
5a re-implements the Chinese phrase rules (``language_rules/zh.json``) with literals; it is compared
with the package's own checker on every reply here.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from conftest import REPO
from servicepsych.check import check
from servicepsych.language import check_phrase

NOTEBOOK = REPO / "course_zh" / "source" / "06_service_language" / "06_service_language.ipynb"
ITEMS = {"5a": "test_rewrite_no_flags", "5b": "test_rewrite_offer", "5c": "test_rewrite_facts"}


def _cells() -> dict:
    return {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nbformat.read(NOTEBOOK, as_version=4).cells}


def _hidden(grade_id: str) -> str:
    source = _cells()[grade_id].source
    m = re.search(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", source, re.S)
    assert m, f"{grade_id} has no hidden tests"
    return m.group(1)


HIDDEN = {item: _hidden(grade_id) for item, grade_id in ITEMS.items()}


def _model_answer() -> str:
    source = _cells()["rewrite_answer"].source
    solution = source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0]
    ns: dict = {}
    exec(solution, ns)  # the answer key's own cell: a plain assignment
    return ns["rewrite_reply"]


def verdicts(reply) -> dict[str, str | None]:
    """``{item: None if it passes, else the assertion message}`` of the three hidden tests."""
    out = {}
    for item, code in HIDDEN.items():
        try:
            exec(code, {"rewrite_reply": reply})
            out[item] = None
        except AssertionError as exc:
            out[item] = str(exc)
    return out


def _failing(reply) -> set[str]:
    return {item for item, message in verdicts(reply).items() if message is not None}


MODEL = _model_answer()
#: The Chinese of the agent's first draft (as the brief gives it, and as the Chinese prompt shows it).
BAD_DRAFT = "不好意思给您带来不便，但是周六前我没办法给您发新的。这不归我们部门管，损坏的事您得找快递。"
PROMPT_DRAFT = "不好意思，给您带来不便了，但是周六之前我不能给您寄新的。这不是我们部门的事，货损的事您得去找快递。"
#: Good in every way the tests read, but the date is missing.
NO_DATE = ("王女士，非常对不起，订单 58213-A 的破壁机杯体一到货就裂了，还正赶上您女儿的派对，换作是我也会着急。"
           "这是我们包装没做好。我马上为您补发一个新杯体。仓库在成都，快递要三天，所以周六前送不到您手上，"
           "这一点我想先跟您说清楚。如果您不想等，我可以为您全额退还 499 元，快递员取走机器后三个工作日内到账。"
           "您看选哪种？我随时为您安排。")
#: A kind word, then 但是 in the same sentence: flagged by the rules, however polite it sounds.
POLITE_BUT = ("王女士，非常抱歉您订单 58213-A 的破壁机杯体裂了，但是请您放心，我马上为您补发新杯体，6 月 15 日前送到，"
              "快递员送货时会顺便取走坏的。您也可以选全额退款 ¥499，快递员取件后三个工作日内到账。因为仓库在成都，"
              "快递要三天，新杯体赶不上周六的派对，这一点要先跟您说清楚。您看哪种方式更好？")
#: Honest and good, in other words: 换新 as the remedy, 我来 as the offer, 6/15 and 499元 as the facts.
OTHER_HONEST = ("王女士您好，看到杯体裂开的照片，我特别理解您现在的心情，派对就在周六，换谁都会着急，真对不起！"
                "订单58213-A的问题出在我们的包装上，跟您没有关系。有两个办法由您来选：一是今天从成都仓库给您换新，"
                "快递要走三天，6/15 前送到，周六前确实赶不及；快递员上门时把坏杯体一起带走。二是全额退款499元，"
                "快递员取件后三个工作日内原路退回。您定下来告诉我，我来马上处理。")
#: Good in every other way, but the apology is the stock 给您带来的不便 (beside 非常抱歉): fails only 5a, as
#: "I'm so sorry for the inconvenience" fails the English 5a.
STOCK_SORRY = ("王女士，非常抱歉给您带来的不便。订单 58213-A 的破壁机杯体到货就裂了，是我们包装没做好。我马上为您补发新杯体，"
               "因为仓库在成都，快递要三天，6 月 15 日前送到，赶不上周六的派对，这一点先跟您说清楚。"
               "您也可以选全额退款 ¥499，快递员取件后三个工作日内到账。您看哪种方式更好？")
REPLIES = {"model": MODEL, "bad_draft": BAD_DRAFT, "prompt_draft": PROMPT_DRAFT, "no_date": NO_DATE,
           "polite_but": POLITE_BUT, "other_honest": OTHER_HONEST, "stock_sorry": STOCK_SORRY}
EXPECTED_FAILS = {"model": set(), "bad_draft": {"5a", "5b", "5c"}, "prompt_draft": {"5a", "5b", "5c"},
                  "no_date": {"5c"}, "polite_but": {"5a"}, "other_honest": set(), "stock_sorry": {"5a"}}


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_each_item_scores_on_its_own(name):
    assert _failing(REPLIES[name]) == EXPECTED_FAILS[name], verdicts(REPLIES[name])


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_every_reply_here_is_well_formed_so_only_the_hidden_tests_decide(name):
    """The visible check (form only) passes every reply of the right length, good or bad."""
    reply = REPLIES[name]
    if name in ("bad_draft", "prompt_draft"):  # the draft is too short to hand in: 80-300 字
        assert not check("language.rewrite_reply", namespace={"rewrite_reply": reply}).passed
    else:
        assert check("language.rewrite_reply", namespace={"rewrite_reply": reply}).passed, name


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_5a_agrees_with_the_chinese_phrase_checker(name):
    """The literal lists of 5a are the rules of language_rules/zh.json (upset customer)."""
    flagged = bool(check_phrase(REPLIES[name], "zh", context="upset"))
    assert ("5a" in _failing(REPLIES[name])) == flagged


@pytest.mark.parametrize("reply, flagged", [
    ("谢谢您的耐心。不过新杯体要 6 月 15 日才能到。", True),       # kind word in the previous sentence
    ("不但免运费，而且明天就到。", False),                          # 不但 is not a 但
    ("但愿新杯体能早点到。", False),
    ("新杯体今天就发出，只不过路上要三天。", False),                  # 只不过 is one word
    ("您着急的话，我们不行的话也会想别的办法。", False),              # 不行的话 is not a refusal
    ("这个真不行。", True),
    ("不好意思，让您久等了。", True),                                # a light apology to an upset customer
    ("不好意思，让您久等了，实在对不起。", False),                    # with a real apology it is fine
    ("这不归我们管，您找快递吧。", True),
    ("我来帮您处理，您放心。", False),
    # the Chinese phrases of the lesson's practices (notebooks/06_service_language.ipynb)
    ("谢谢您的耐心，但是我们今天不能退款。", True),
    ("这不是我的工作。", True),
    ("理解您的心情，可是仓库周末不发货。", True),
    ("仓库周末不发货，可是我们会先为您登记。", False),             # no kind word before it
    ("这件事我恐怕做不了主。", True),
    ("感谢您告诉我们。", False),
    # refusals by department (不归我们部门管) and the stock apology, as English flags "not our department" and
    # "sorry for the inconvenience" for an upset customer
    ("这不归我们部门管，您找快递吧。", True),
    ("这个不归我们部门负责。", True),
    ("这不是我们部门的事。", True),
    ("这事不属于我们部门，也不是我的责任。", True),
    ("给您带来不便，敬请谅解。", True),
    ("非常抱歉给您带来的不便。", True),                               # a stock apology, even beside 抱歉
    ("对不起，给您造成不便了。", True),
    ("周末仓库不发货，敬请谅解。", True),
    ("是我们给您添麻烦了，对不起。", True),
    ("对不起，是我们包装没做好，您的杯体才会裂开。", False),          # the problem named: a real apology
    ("这位行动不便的老人由我们送货上门。", False),                  # 不便 alone is not an apology
    # jieba reads 真对不起 as one word: it is still a real apology, so 不好意思 beside it is fine
    ("不好意思，让您久等了，真对不起。", False),
    ("王女士，真对不起！不好意思，我们再帮您检查一次。", False),
    ("我们深表歉意。不好意思，我们再帮您检查一次。", False),
])
def test_5a_follows_the_rules_on_the_cases_they_define(reply, flagged):
    reply_long = reply + "我们马上为您补发新杯体。" * 8  # long enough and Chinese; adds no flagged phrase
    assert ("5a" in _failing(reply_long)) == flagged == bool(check_phrase(reply_long, "zh", context="upset"))


@pytest.mark.parametrize("date, ok", [("6月15日", True), ("6 月 15 日", True), ("6/15", True), ("6-15", True),
                                      ("06-15", True), ("6月15号", True), ("2026-06-15", True), ("六月十五日", True),
                                      ("６月１５日", True), ("6／15", True),
                                      ("6月16日", False), ("16/15", False), ("6月1日", False), ("15日", False)])
def test_5c_accepts_the_usual_chinese_ways_to_write_the_date(date, ok):
    reply = f"订单 58213-A 的 499 元，新杯体 {date} 前送到。" + "我们马上为您补发新杯体。" * 8
    assert ("5c" not in _failing(reply)) == ok, verdicts(reply)


@pytest.mark.parametrize("amount, ok", [("¥499", True), ("499 元", True), ("499元", True), ("￥499", True), ("￥４９９", True), ("499.00 元", True),
                                        ("4990 元", False), ("49.9 元", False), ("1499 元", False)])
def test_5c_accepts_the_amount_with_or_without_the_yuan_sign(amount, ok):
    reply = f"订单 58213-A 的 {amount}，新杯体 6月15日 前送到。" + "我们马上为您补发新杯体。" * 8
    assert ("5c" not in _failing(reply)) == ok, verdicts(reply)


@pytest.mark.parametrize("reply, said", [
    ("我可以为您补发新杯体。", True), ("我们会为您退款。", True), ("我来为您换新。", True), ("马上为您补发。", True),
    ("我们不能为您补发新杯体。", False), ("我没有为您安排补发。", False), ("补发新杯体要三天。", False),
])
def test_5b_needs_an_offer_said_as_what_the_agent_will_do(reply, said):
    text = reply + "订单 58213-A，¥499，6月15日。" + "谢谢您耐心等待，真对不起。" * 8
    assert ("5b" not in _failing(text)) == said, verdicts(text)


def test_5c_accepts_the_order_number_typed_with_a_chinese_input_method():
    for order in ("58213-A", "58213-a", "58213 - A", "５８２１３－Ａ", "58213—A"):
        reply = f"订单 {order}，¥499，6月15日前送到。" + "我们马上为您补发新杯体。" * 8
        assert "5c" not in _failing(reply), order
    assert "订单号 58213-A" in verdicts("订单 58213，¥499，6月15日前送到。" + "我们马上为您补发新杯体。" * 8)["5c"]


def test_the_hidden_tests_check_the_type_first_and_want_a_chinese_reply():
    for bad in (None, 42, ["王女士"], b"bytes"):
        messages = verdicts(bad)
        assert all(m and "str" in m for m in messages.values()), messages
    english = ("I'm so sorry your jug arrived cracked. I can send a replacement for order 58213-A by 15 June, "
               "or refund the full 499 yuan. Which would you prefer?")
    assert all(m == "这段回复要用中文写。" for m in verdicts(english).values())


def test_failure_messages_are_short_and_chinese():
    for name, reply in REPLIES.items():
        for item, message in verdicts(reply).items():
            if message is not None:
                assert re.search(r"[\u4e00-\u9fff]", message) and len(message) < 120, (name, item, message)
    assert "日期 6 月 15 日" in verdicts(NO_DATE)["5c"] and "订单号" not in verdicts(NO_DATE)["5c"]
    assert "但是" in verdicts(POLITE_BUT)["5a"]
    assert "给您带来的不便" in verdicts(STOCK_SORRY)["5a"] and "套话" in verdicts(STOCK_SORRY)["5a"]


def test_the_hidden_tests_are_self_contained_plain_python():
    for item, code in HIDDEN.items():
        assert "servicepsych" not in code and "globals(" not in code and "eval(" not in code, item
        assert code.lstrip().startswith("#") and "assert type(rewrite_reply) is str" in code, item
        imports = set(re.findall(r"^\s*(?:import|from)\s+(\w+)", code, re.M))
        assert imports <= {"re", "unicodedata"}, (item, imports)  # the standard library only


def test_the_model_answer_is_natural_chinese_of_the_right_length():
    chars = len(re.findall(r"[\u4e00-\u9fff]", MODEL))
    assert 80 <= chars <= 300 and "58213-A" in MODEL and not check_phrase(MODEL, "zh", context="upset")

