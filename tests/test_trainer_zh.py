"""The Chinese trainer's materials: facilitator guides and rubrics in step with the English, and built.

Every English guide (``trainer/guides/NN_slug.md``) and rubric (``grading/rubrics/NN_slug.md``) has a
Chinese translation (``…/zh/NN_slug.md``) whose first line names the English file's sha256, so a change
to the English fails here until the translation is updated. A translation keeps the English structure
(headings per level, tables), every year and every cited author, and leaves no English prose behind.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import unicodedata
from pathlib import Path

import nbformat
import pytest

from servicepsych.trainer import build as b
from servicepsych.trainer.guides import problems, render_guide
from servicepsych.trainer.lesson import APPLY_HEADINGS, find_lesson, headings, read_lesson

from conftest import REPO

KINDS = {"guide": Path("trainer/guides"), "rubric": Path("grading/rubrics")}
ENGLISH = [(kind, p.relative_to(REPO)) for kind, folder in KINDS.items()
           for p in sorted((REPO / folder).glob("[0-9][0-9]_*.md"))]


def zh_path(rel: Path) -> Path:
    return rel.parent / "zh" / rel.name


TRANSLATED = [(kind, rel) for kind, rel in ENGLISH if (REPO / zh_path(rel)).exists()]
IDS = [f"{kind}-{rel.stem}" for kind, rel in TRANSLATED]
NOTE = re.compile(r"\A<!-- translation-of: (\S+) sha256:([0-9a-f]{16}) -->\n")


def _read(rel: Path) -> str:
    return (REPO / rel).read_text(encoding="utf-8")


def _outside_fences(text: str) -> str:
    out, fenced = [], False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if not fenced:
            out.append(line)
    return "\n".join(out)


def _tables(text: str) -> int:
    """Markdown tables: their header separator rows (``|---|---|``)."""
    return len(re.findall(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", _outside_fences(text), flags=re.M))


_NAME = r"[A-Z][\w'’\-]+"
_CITE = re.compile(rf"((?:{_NAME}(?:, | & | and ))*{_NAME})(?: et al\.)?(?:'s)?,? \(?(\d{{4}})")
_NOT_NAMES = {"and", "In", "The", "See", "Labs", "Many"}


def cited_surnames(text: str) -> set[str]:
    """Surnames of the author-year citations in English text ("Shanks, Barbieri-Hermitte & Vadillo (2020)")."""
    names = set()
    for group, _year in _CITE.findall(_outside_fences(text)):
        for name in re.findall(_NAME, group):
            name = re.sub(r"['’]s$", "", name)
            if name not in _NOT_NAMES:
                names.add(name)
    return names


def years(text: str) -> set[str]:
    return set(re.findall(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d])", text))


_REFERENCE = re.compile(r"^[-*] .*\(\d{4}[a-z]?\)\.")


def _without_reference_entries(text: str) -> str:
    """Drop the entries of a reference list (``- Author, A. (1978). Title. *Journal* …``, with their
    indented continuation lines): a paper's title stays in its own language."""
    out, in_ref = [], False
    for line in text.splitlines():
        if _REFERENCE.match(line):
            in_ref = True
            continue
        if in_ref and line.startswith((" ", "\t")) and line.strip():
            continue
        in_ref = False
        out.append(line)
    return "\n".join(out)


def english_runs(text: str, n: int = 8) -> list[str]:
    """Runs of ``n`` or more English words left in prose (code, URLs, DOIs, placeholders, journals and
    reference-list entries removed)."""
    text = _without_reference_entries(_outside_fences(text))
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", " ", text)
    text = re.sub(r"\{\{[^}]*\}\}", " ", text)
    text = re.sub(r"https?://\S+|doi:\S+|\b10\.\d{4,}/\S+", " ", text)
    text = re.sub(r"\*[^*\n]+\*(?=,? \d)", " ", text)  # a journal's name before its volume: part of a citation
    word = r"[A-Za-z][A-Za-z'’\-]*"
    sep = r"[ \t,;:.()&/\"“”'*!?\-–]+"
    return [m.group(0) for m in re.finditer(rf"(?:{word}{sep}){{{n - 1},}}{word}", text)]


def test_every_english_guide_and_rubric_has_a_chinese_translation():
    """Fails, listing them, while any English guide or rubric has no ``zh/`` translation."""
    missing = [str(zh_path(rel)) for _, rel in ENGLISH if not (REPO / zh_path(rel)).exists()]
    assert not missing, f"{len(missing)} of {len(ENGLISH)} have no Chinese translation yet: {', '.join(missing)}"


def test_the_checks_find_what_they_look_for():
    en = _read(Path("grading/rubrics/01_anchoring.md"))
    assert {"Tversky", "Kahneman", "Shanks", "Barbieri-Hermitte", "Vadillo", "Klein", "Oliver"} <= cited_surnames(en)
    assert {"1974", "1995", "2014", "2020", "1980"} <= years(en)
    assert _tables(en) == 2
    assert english_runs("这是中文，`a code span with many many english words inside it` 没问题。") == []
    assert english_runs("Tversky & Kahneman (1974), *Science* 185(4157), doi:10.1126/science.185.4157.1124") == []
    assert english_runs("中文 and then this sentence was simply left in English by mistake.") != []
    ref = ("- Levin, I. P., & Gaeth, G. J. (1988). How consumers are affected by the framing of attribute\n"
           "  information before and after consuming the product. *Journal of Consumer Research, 15*(3).\n"
           "这一行之后 the prose is checked again and this English sentence is caught.")
    assert english_runs(ref) == ["the prose is checked again and this English sentence is caught"]


@pytest.mark.parametrize("kind,rel", TRANSLATED, ids=IDS)
def test_translation_is_of_the_current_english(kind, rel):
    zh = _read(zh_path(rel))
    m = NOTE.match(zh)
    assert m, f"{zh_path(rel)}: the first line must be <!-- translation-of: {rel} sha256:<16 hex> -->"
    assert m.group(1) == str(rel), f"{zh_path(rel)} says it translates {m.group(1)}"
    now = hashlib.sha256((REPO / rel).read_bytes()).hexdigest()[:16]
    assert m.group(2) == now, (f"{rel} changed since {zh_path(rel)} was translated (sha256 {m.group(2)} -> {now}): "
                               "translate the changed parts and update the hash")


@pytest.mark.parametrize("kind,rel", TRANSLATED, ids=IDS)
def test_translation_keeps_structure_years_and_citations(kind, rel):
    en, zh = _read(rel), _read(zh_path(rel))
    for level in range(1, 7):
        n_en = sum(1 for lv, _ in headings(en) if lv == level)
        n_zh = sum(1 for lv, _ in headings(zh) if lv == level)
        assert n_en == n_zh, f"{zh_path(rel)}: {n_zh} level-{level} headings, the English has {n_en}"
    assert _tables(zh) == _tables(en), f"{zh_path(rel)}: {_tables(zh)} tables, the English has {_tables(en)}"
    missing_years = sorted(years(en) - years(zh))
    assert not missing_years, f"{zh_path(rel)} lacks the English's years {missing_years}"
    missing_names = sorted(n for n in cited_surnames(en) if n not in zh)
    assert not missing_names, f"{zh_path(rel)} lacks the cited authors {missing_names}"
    for token in set(re.findall(r"\{\{[^}]+\}\}", en)):
        assert token in zh, f"{zh_path(rel)} lacks the placeholder {token}"
    if kind == "rubric":
        for grade_id in set(re.findall(r"`(test_\w+)`", en)):
            assert grade_id in zh, f"{zh_path(rel)} lacks the grade_id {grade_id}"
        assert "course/source/" not in zh.replace(f"course_zh/source/", ""), "the rubric points at the Chinese course"
        assert f"course_zh/source/{rel.stem}" in zh


@pytest.mark.parametrize("kind,rel", TRANSLATED, ids=IDS)
def test_translation_leaves_no_english_prose(kind, rel):
    runs = english_runs(_read(zh_path(rel)))
    assert not runs, f"{zh_path(rel)} has English left in its prose: {runs[:3]}"


GUIDES = [rel.stem for kind, rel in TRANSLATED if kind == "guide"]


@pytest.mark.parametrize("name", GUIDES)
def test_chinese_guide_is_complete_under_its_chinese_headings(name):
    english = read_lesson(find_lesson(name, REPO))
    lesson = b.translated_lesson(english, "zh") or english
    text = _read(Path("trainer/guides/zh") / f"{name}.md")
    assert problems(text, lesson, "zh") == []
    html = render_guide(text, lesson, "zh")
    assert '<html lang="zh-CN">' in html and "Noto Sans CJK SC" in html
    assert "{{" not in html and "translation-of" not in html
    assert "实践经验" in text, "the guide says which claims are practice wisdom (实践经验)"


def test_chinese_widget_page_speaks_chinese(tmp_path):
    english = read_lesson(find_lesson("01", REPO))
    zh = b.translated_lesson(english, "zh")
    if zh is None:
        pytest.skip("notebooks/zh/01_anchoring.ipynb is not generated yet")
    nb = nbformat.read(b.build_widgets(zh, tmp_path), as_version=4)
    assert 'set_language("zh")' in nb.cells[1].source
    assert "notebooks/zh/01_anchoring.ipynb" in nb.cells[0].source
    assert [w.builder for w in zh.widgets] == [w.builder for w in english.widgets], "same widget cells as the English"


def _chromium():
    if not shutil.which("chromium"):
        pytest.skip("Chromium is not installed (./kit setup installs it)")


def test_chinese_build_skips_a_lesson_not_generated_yet(tmp_path, monkeypatch):
    if not (REPO / "trainer/guides/zh/01_anchoring.md").exists():
        pytest.skip("trainer/guides/zh/01_anchoring.md is not written yet")
    monkeypatch.setattr(b, "translated_lesson", lambda lesson, lang, root=None: None)
    said = []
    errors = b.build(["01"], tmp_path, pdf=False, lang="zh", log=said.append)
    assert errors == []
    assert (tmp_path / "zh" / "guides" / "01_anchoring.html").exists()
    assert not (tmp_path / "zh" / "cards").exists()
    assert any("no Chinese lesson notebooks/zh/01_anchoring.ipynb yet" in s for s in said)
    assert any(s.startswith("skipped") and "01_anchoring card" in s for s in said)
    index = (tmp_path / "zh" / "index.html").read_text(encoding="utf-8")
    assert 'lang="zh-CN"' in index and "讲师手册" in index
    with pytest.raises(ValueError, match="unknown language"):
        b.build(["01"], tmp_path, pdf=False, lang="fr")


@pytest.mark.browser
def test_chinese_guide_and_card_print(tmp_path):
    if not (REPO / "trainer/guides/zh/01_anchoring.md").exists():
        pytest.skip("trainer/guides/zh/01_anchoring.md is not written yet")
    _chromium()
    from pypdf import PdfReader

    from servicepsych.trainer.pdf import pdf_pages

    english = read_lesson(find_lesson("01", REPO))
    zh = b.translated_lesson(english, "zh")
    files = b.build_guide(zh or english, tmp_path, lang="zh")
    assert 3 <= pdf_pages(files["pdf"]) <= 12
    # NFKC: pypdf reads some of Noto CJK's glyphs as their Kangxi-radical twins (⼿ for 手)
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(str(files["pdf"])).pages))
    for heading in ("学习目标", "40 分钟流程", "观察员清单", "复盘"):
        assert heading in text.replace("\n", "")
    # the page asks for Noto Sans CJK SC first, and that font can draw every character of the guide
    # (Chromium embeds it as Type 3 glyphs, so the PDF does not name it; the PNG check is in docs/trainer.md)
    from servicepsych.i18n.fonts import missing_glyphs

    assert "Noto Sans CJK SC" in files["html"].read_text(encoding="utf-8")
    prose = re.sub(r"\s", "", _read(Path("trainer/guides/zh/01_anchoring.md")))
    assert missing_glyphs(prose, ["Noto Sans CJK SC"]) == []
    if zh is None or not zh.apply_items:
        pytest.skip(f"notebooks/zh/01_anchoring.ipynb has no '## {APPLY_HEADINGS['zh']}' list yet: card not printed")
    card = b.build_card(zh, tmp_path)
    assert pdf_pages(card["pdf"]) == 1
    card_text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(str(card["pdf"])).pages))
    assert APPLY_HEADINGS["zh"] in card_text
