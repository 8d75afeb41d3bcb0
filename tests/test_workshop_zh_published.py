"""The trainer page's published figures and labels in both editions: the finding's own (translated) words,
Chinese brackets and colons under zh, the English page unchanged under en."""

from __future__ import annotations

import re

from servicepsych import findings
from servicepsych.i18n.catalog import lookup
from servicepsych.strings import using_language
from servicepsych.workshop import experiments
from servicepsych.workshop.pages import summary_html

_CJK = re.compile(r"[\u4e00-\u9fff]")
KEY = "gcg08_exp2_standard"


def _panel(name="social_influence", answers=()):
    mod = experiments.get(name)
    s = mod.summarise(list(answers))
    return s, summary_html(name, mod.t("title"), s)


def test_published_labels_come_from_the_findings_in_chinese():
    with using_language("zh"):
        finding = findings.get(KEY)
        s, page = _panel()
    label = next(p.label for p in s.published if p.key == KEY)
    assert label == f"{finding.figure}（{finding.study}）"
    english = findings.get(KEY).figure
    if lookup("zh", "findings", f"{KEY}.figure", english):  # the findings catalogue has this figure
        assert _CJK.search(finding.figure) and english not in label
    assert "（0 份答案）" in page and "区间算法：" in page and "Interval" not in page


def test_the_chinese_effect_line_and_a_missing_figure(monkeypatch):
    answers = [{"condition": c, "estimate": e} for c, e in (("low", 20), ("high", 50), ("low", 25), ("high", 60))]
    with using_language("zh"):
        _, page = _panel("anchoring", answers)
    assert "锚定效应指数：95% 置信区间 " in page and "（4 份答案）" in page

    real = findings.get

    def without(key):
        if key == "tk92_loss_aversion_lambda":
            raise KeyError(key)
        return real(key)

    monkeypatch.setattr(findings, "get", without)
    with using_language("zh"):
        missing = experiments.get("loss_aversion").summarise([]).published[0].missing
    assert missing.startswith("暂无可显示的已发表数字") and "'tk92_loss_aversion_lambda'" in missing
    with using_language("en"):
        missing = experiments.get("loss_aversion").summarise([]).published[0].missing
    assert missing == ("published figure not available: none of the findings 'tk92_loss_aversion_lambda' "
                       "is in servicepsych.findings")


def test_the_english_page_is_unchanged():
    with using_language("en"):
        finding = findings.get(KEY)
        s, page = _panel()
        answers = [{"condition": c, "estimate": e} for c, e in (("low", 20), ("high", 50), ("low", 25), ("high", 60))]
        _, anchoring = _panel("anchoring", answers)
    assert next(p.label for p in s.published if p.key == KEY) == f"{finding.figure} ({finding.study})"
    assert "(0 answers)" in page and "<p class=\"small\">Interval: Wilson score interval" in page
    assert "anchoring index: 95% CI -0.04 to 1.22" in anchoring and "(4 answers)" in anchoring
