"""The Chinese edition (中文版) of the lessons and assignments, kept in step with the English.

Every English lesson and assignment has a Chinese one, generated from it and its catalogue
(``locale/zh/<domain>.po``, see :mod:`servicepsych.i18n.notebooks`):

* the committed Chinese notebooks are what ``scripts/i18n.py nb-build`` makes now (so a change
  to the English or a translation cannot be left unbuilt), every translatable cell is translated
  from the *current* English, and no English prose is left;
* a translated code cell changes only comments and prose strings (tokens compared);
* each notebook uses the glossary's terms (``docs/glossary.tsv``) for the terms its English uses;
* the Chinese assignments are nbgrader assignments in their own right: the course ``course_zh``
  round-trips through the real nbgrader CLI (key: full marks, release: zero, check messages in
  Chinese) and grades through ``servicepsych grade`` with Chinese check messages.

The lessons are executed by nbval like the English ones (``notebooks/zh`` is under pytest's
``testpaths``) and opened in real JupyterLab by ``tests/test_lab_browser.py``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from conftest import REPO, nbgrader, servicepsych
from servicepsych.i18n import notebooks as N
from servicepsych.i18n.catalog import _babel_locale, read_catalog
from servicepsych.i18n.glossary import check_terms

SOURCES = N.sources("zh")
IDS = [s.domain for s in SOURCES]
COURSE_ZH = REPO / "course_zh"
CJK = re.compile(r"[\u4e00-\u9fff]")
_REFERENCE = re.compile(r"\(\d{4}[a-z]?\)\.|doi\.org/")
#: Concept names the glossary uses for each module (``concepts`` column).
CONCEPT = {"service_language": "language", "service_recovery": "recovery", "hard_soft_service": "kano"}


def _prose_words(markdown: str) -> int:
    """English words of 3+ letters outside code, maths, links' targets, HTML tags, citations and
    reference-list entries (a paper's title stays in its language, glossed in Chinese)."""
    items, kept = [], []
    for line in markdown.splitlines():  # a list item with its indented continuation lines
        if items and line.startswith((" ", "\t")) and line.strip():
            items[-1].append(line)
        else:
            items.append([line])
    for item in items:
        if not _REFERENCE.search(" ".join(item)):
            kept += item
    markdown = "\n".join(kept)
    text = re.sub(r"```.*?```|`[^`]*`|\$\$.*?\$\$|\$[^$]*\$|\]\([^)]*\)|<[^>]+>|https?://\S+", " ", markdown, flags=re.S)
    text = re.sub(r"\b[A-Z][a-z]+(?: (?:&|and|et al\.)? ?[A-Z][a-z]+)*,? (?:\(?\d{4}\)?)", " ", text)
    return len(re.findall(r"[A-Za-z]{3,}", text))


def test_the_catalogues_cover_every_notebook():
    assert len(SOURCES) >= 20, "expected a lesson and an assignment per module"
    for src in SOURCES:
        assert (REPO / "locale" / "templates" / f"{src.domain}.pot").exists(), f"run scripts/i18n.py nb-update ({src.domain})"
        assert (REPO / "locale" / "zh" / f"{src.domain}.po").exists(), f"run scripts/i18n.py nb-update ({src.domain})"


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_template_is_up_to_date(src):
    """The .pot holds the current English of every translatable cell (else: scripts/i18n.py nb-update)."""
    from servicepsych.i18n.catalog import _messages

    pot = REPO / "locale" / "templates" / f"{src.domain}.pot"
    assert _messages(read_catalog(pot)) == _messages(N._template(src)), \
        f"{pot.name} is older than {src.english.name}: run scripts/i18n.py nb-update and translate what changed"


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_chinese_edition_exists_is_complete_and_built(src):
    text, missing = N.build("zh", only=src.module, write=False)[src]
    assert not missing, (f"{src.domain}: {len(missing)} cell(s) have no current Chinese translation "
                         f"(new or changed English, or untranslated): {missing[:10]}")
    assert src.target.exists(), f"{src.target} is missing: run scripts/i18n.py nb-build --only {src.module}"
    assert src.target.read_text(encoding="utf-8") == text, \
        f"{src.target.relative_to(REPO)} is not what nb-build makes now: run scripts/i18n.py nb-build --only {src.module}"


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_no_english_left_and_no_stale_or_fuzzy_translation(src):
    po = read_catalog(REPO / "locale" / "zh" / f"{src.domain}.po", locale=_babel_locale("zh"))
    problems = []
    for m in po:
        if not m.id or not m.string:
            continue
        if m.fuzzy:
            problems.append(f"{m.context}: fuzzy (review it and clear the flag)")
        is_code = any("code cell" in c for c in m.auto_comments)
        if not is_code and _prose_words(m.id) >= 4 and (m.string == m.id or not CJK.search(m.string)):
            problems.append(f"{m.context}: left in English")
        if not is_code and _prose_words(m.string) > max(12, _prose_words(m.id) // 3):
            problems.append(f"{m.context}: {_prose_words(m.string)} English words left in the Chinese")
    assert not problems, f"{src.domain}: " + "; ".join(problems[:8])


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_translated_code_cells_keep_their_code(src):
    """Only comments and prose strings of a code cell may change: the two editions run one code."""
    code = {c.id for c in nbformat.read(src.english, as_version=4).cells if c.cell_type == "code"}
    adapted = N.adapted_cells(src.domain)  # changed on purpose, with the reason in the catalogue
    assert set(adapted) <= code, f"only code cells can be adapted: {sorted(set(adapted) - code)}"
    problems = [f"{cell_id}: {p}" for (cell_id, english), chinese in N.read_translations(src.domain).items()
                if cell_id in code and cell_id not in adapted for p in N.code_differences(english, chinese)]
    assert not problems, f"{src.domain}: " + "; ".join(problems[:6])


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_the_chinese_notebook_speaks_chinese_and_keeps_its_structure(src):
    if not src.target.exists():
        pytest.fail(f"{src.target} is missing")
    en, zh = (nbformat.read(p, as_version=4) for p in (src.english, src.target))
    assert [(c.cell_type, c.id, c.metadata.get("nbgrader")) for c in en.cells] == \
           [(c.cell_type, c.id, c.metadata.get("nbgrader")) for c in zh.cells]
    first = next(c for c in zh.cells if c.cell_type == "code")
    assert first.source.startswith(N.LANG_LINE.format(lang="zh", note=N._LANG_NOTE["zh"]))
    if src.kind == "lesson":
        headings = [ln.strip() for c in zh.cells if c.cell_type == "markdown" for ln in c.source.splitlines()]
        assert "## 周一上班就用" in headings, "the take-away section must be headed exactly ## 周一上班就用"
        assert "## 我们有多确定？" in headings, "the evidence section must be headed exactly ## 我们有多确定？"


@pytest.mark.parametrize("src", SOURCES, ids=IDS)
def test_glossary_terms_are_used_consistently(src):
    if not src.target.exists():
        pytest.fail(f"{src.target} is missing")
    en, zh = (nbformat.read(p, as_version=4) for p in (src.english, src.target))
    english = "\n".join(c.source for c in en.cells if c.cell_type == "markdown")
    chinese = "\n".join(c.source for c in zh.cells if c.cell_type == "markdown")
    problems = check_terms(english, chinese, CONCEPT.get(src.concept, src.concept))
    assert not problems, f"{src.target.relative_to(REPO)}: " + "; ".join(problems)


# ---------------------------------------------------------------- the Chinese course through nbgrader
ASSIGNMENTS = [s.module for s in SOURCES if s.kind == "assignment"]


def _course_zh(tmp_path: Path) -> Path:
    dest = tmp_path / "course_zh"
    shutil.copytree(COURSE_ZH / "source", dest / "source")
    shutil.copy(COURSE_ZH / "nbgrader_config.py", dest / "nbgrader_config.py")
    return dest


def _submit(course: Path, assignment: str) -> list[Path]:
    released = sorted((course / "release" / assignment).glob("*.ipynb"))
    assert released, f"generate_assignment released nothing for {assignment}"
    for student, folder in (("key", course / "source" / assignment), ("blank", course / "release" / assignment)):
        dest = course / "submitted" / student / assignment
        dest.mkdir(parents=True)
        for nb in released:
            shutil.copy(folder / nb.name, dest / nb.name)
    return released


def _scores(course: Path, assignment: str, released) -> dict:
    from nbgrader.api import Gradebook

    out = {}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gb:
        for student in ("key", "blank"):
            for nb in released:
                sub = gb.find_submission_notebook(nb.stem, assignment, student)
                auto = [g for g in sub.grades if g.auto_score is not None]
                out[student] = (sum(g.auto_score for g in auto), sum(g.max_score for g in auto))
    return out


def _test_outputs(course: Path, assignment: str, student: str) -> str:
    texts = []
    for nb in (course / "autograded" / student / assignment).glob("*.ipynb"):
        for cell in nbformat.read(nb, as_version=4).cells:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("grade"):
                for out in cell.get("outputs", []):
                    texts.append(out.get("text", "") + out.get("evalue", "") + str(out.get("data", {}).get("text/plain", "")))
    return "\n".join(texts)


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_chinese_assignment_round_trip_through_nbgrader_and_servicepsych_grade(tmp_path, assignment):
    course = _course_zh(tmp_path)
    nbgrader(course, "generate_assignment", assignment, "--force")
    released = _submit(course, assignment)
    for nb in released:
        text = nb.read_text(encoding="utf-8")
        assert "BEGIN HIDDEN TESTS" not in text and "BEGIN SOLUTION" not in text and "BEGIN MARK SCHEME" not in text
        assert "在这里写你的答案" in text, "the Chinese course's stubs replace the solutions"
    nbgrader(course, "autograde", assignment, "--force")
    scores = _scores(course, assignment, released)
    assert scores["key"][0] == pytest.approx(scores["key"][1]) and scores["key"][1] > 0, \
        f"{assignment} (zh): the answer key earns {scores['key']} under nbgrader autograde"
    assert scores["blank"][0] == 0, f"{assignment} (zh): the blank release earns {scores['blank']}"
    blank_out = _test_outputs(course, assignment, "blank")
    assert CJK.search(blank_out), f"{assignment} (zh): nbgrader's test output is not in Chinese: {blank_out[:300]}"

    # the same submissions through servicepsych grade (tests in their own sandbox, which runs no learner cell)
    servicepsych(course, "grade", assignment, "--force", "--no-progress", "--workers", "1")
    assert _scores(course, assignment, released) == scores, f"{assignment} (zh): servicepsych grade differs"
    blank_out = _test_outputs(course, assignment, "blank")
    assert CJK.search(blank_out), f"{assignment} (zh): servicepsych grade's check messages are not in Chinese"

    # feedback pages in Chinese by the course's configuration (nbgrader's page words too), English on request
    servicepsych(course, "feedback", assignment)
    page = (course / "feedback" / "blank" / assignment / f"{assignment}.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "你的成绩" in page and "测试单元格" in page and "得分" in page
    assert ">Test cell<" not in page and "(Score:" not in page and "BEGIN HIDDEN TESTS" not in page
    servicepsych(course, "feedback", assignment, "--lang", "en")
    page = (course / "feedback" / "blank" / assignment / f"{assignment}.html").read_text(encoding="utf-8")
    assert "Your results" in page and ">Test cell<" in page


def test_the_chinese_course_is_configured_as_its_own_course():
    from servicepsych.grading._nbconfig import load

    config = load(COURSE_ZH)
    assert config.language == "zh"
    assert load(REPO / "course").language == "en"
    text = (COURSE_ZH / "nbgrader_config.py").read_text(encoding="utf-8")
    assert 'course_id = "servicepsych_zh"' in text
    assert sorted(p.name for p in (COURSE_ZH / "source").iterdir() if p.is_dir()) == \
        sorted(p.name for p in (REPO / "course" / "source").iterdir() if p.is_dir())


def test_the_english_detector_sees_english_and_spares_references():
    assert _prose_words("This sentence was left in English by mistake.") >= 6
    assert _prose_words("这一句是中文，只提到 `check()` 和 $x^2$。") == 0
    assert _prose_words("* Kahneman, D. (2011). *Thinking, fast and slow*\n  (chapter 11). New York.") == 0
