"""The Chinese edition's foundation: gettext catalogues, per-key fallback, glossary, CJK plots."""

from __future__ import annotations

import gettext
import json
import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import servicepsych.strings as S
from servicepsych.i18n import catalog, fonts, glossary

FIXTURES = Path(__file__).parent / "fixtures" / "i18n"


@pytest.fixture
def zh(monkeypatch):
    monkeypatch.setattr(S, "_language", None)
    monkeypatch.setenv("SERVICEPSYCH_LANG", "zh")
    yield
    catalog.lookup_cache_clear()


@pytest.fixture
def locale_copy(tmp_path):
    root = tmp_path / "locale"
    shutil.copytree(catalog.LOCALE_DIR, root)
    return root


def _edit_po(root, domain, key, *, string=None, fuzzy=False):
    from babel.messages.pofile import write_po

    path = root / "zh" / "LC_MESSAGES" / f"{domain}.po"
    cat = catalog.read_catalog(path, locale="zh_CN")
    m = next(m for m in cat if m.context == key)
    if string is not None:
        m.string = string
    if fuzzy:
        m.flags.add("fuzzy")
    with open(path, "wb") as fh:
        write_po(fh, cat)


# ----------------------------------------------------------------------------- catalogues
def test_templates_are_up_to_date_with_the_english():
    assert catalog.check_templates() == [], \
        "English strings changed: run .venv/bin/python scripts/i18n.py extract && .venv/bin/python scripts/i18n.py update"


def test_a_key_missing_from_the_template_fails(monkeypatch, locale_copy):
    monkeypatch.setitem(S.import_module("servicepsych.strings.common").EN, "new_key", "A new sentence.")
    problems = catalog.check_templates(locale_copy)
    assert "common.new_key: English text missing from common.pot: 'A new sentence.'" in problems
    # and, common being declared complete, its catalogue must get the key too
    assert "common.new_key: missing from common.po (run scripts/i18n.py update)" in \
        catalog.check_translations("zh", locale_copy)


def test_changed_english_is_caught_in_template_and_complete_catalogue(monkeypatch, locale_copy):
    monkeypatch.setitem(S.import_module("servicepsych.strings.common").EN, "check_hint", "Tip: {hint}")
    assert any("common.check_hint: English text missing" in p for p in catalog.check_templates(locale_copy))
    assert "common.check_hint: translated from older English" in catalog.check_translations("zh", locale_copy)
    # and the stale translation is not shown: the learner gets the new English
    assert catalog.lookup("zh", "common", "check_hint", "Tip: {hint}", locale_copy) is None


def test_catalogues_are_clean():
    assert catalog.check_translations("zh") == []


def test_declared_complete_domains():
    complete = catalog.complete_domains("zh")
    assert {"common", "feedback", "workshop"} <= set(complete)
    for domain in complete:
        en = {k: v for k, v in catalog.english(domain).items() if v}
        done = [k for k, v in en.items() if catalog.lookup("zh", domain, k, v)]
        assert len(done) == len(en), domain


def test_placeholder_mismatch_fails(locale_copy):
    _edit_po(locale_copy, "common", "check_failed", string="{question}：有 {fail} 项没通过。")
    problems = catalog.check_translations("zh", locale_copy)
    assert len(problems) == 1 and problems[0].startswith("common.check_failed: placeholders")
    # a conversion counts too: {question} is not {question!r}
    _edit_po(locale_copy, "common", "check_failed", string="{question!r}：{total} 项中 {failed} 项没通过。")
    assert catalog.check_translations("zh", locale_copy)[0].startswith("common.check_failed: placeholders")


def test_placeholder_mismatch_fails_outside_complete_domains(locale_copy):
    _edit_po(locale_copy, "framing", "percent_wording", string="{share}% 的人{labels}")
    assert [p.split(":")[0] for p in catalog.check_translations("zh", locale_copy)] == ["framing.percent_wording"]


@pytest.mark.parametrize("edit, expected", [
    ({"string": ""}, "common.check_hint: untranslated"),
    ({"fuzzy": True}, "common.check_hint: fuzzy (review it and clear the flag)"),
])
def test_untranslated_or_fuzzy_fails_in_a_complete_domain(locale_copy, edit, expected):
    _edit_po(locale_copy, "common", "check_hint", **edit)
    assert catalog.check_translations("zh", locale_copy) == [expected]


def test_untranslated_is_fine_outside_complete_domains(locale_copy):
    (locale_copy / "zh" / "COMPLETE").write_text("common\n", encoding="utf-8")
    _edit_po(locale_copy, "workshop", "join", string="")
    assert catalog.check_translations("zh", locale_copy) == []


def test_update_keeps_translations_and_marks_changed_english_fuzzy(monkeypatch, locale_copy):
    en = S.import_module("servicepsych.strings.common").EN
    monkeypatch.setitem(en, "check_hint", "Hint, try this: {hint}")
    catalog.extract(locale_copy)
    catalog.update("zh", locale_copy)
    entries = {m.context: m for m in catalog.read_catalog(locale_copy / "zh/LC_MESSAGES/common.po") if m.id}
    assert entries["check_passed"].string == "{question}：全部检查通过。" and not entries["check_passed"].fuzzy
    hint = entries["check_hint"]
    assert hint.id == "Hint, try this: {hint}" and hint.fuzzy and hint.string == "提示：{hint}"
    assert catalog.lookup("zh", "common", "check_hint", en["check_hint"], locale_copy) is None


def test_compiled_catalogue_works_with_plain_gettext(tmp_path):
    built = catalog.compile_catalogs("zh", out=tmp_path)
    assert {p.stem for p in built} == set(catalog.domains())
    t = gettext.translation("common", localedir=tmp_path, languages=["zh"])
    english = catalog.english("common")["check_hint"]
    assert t.pgettext("check_hint", english) == "提示：{hint}"
    assert t.pgettext("anchoring_missing", "Not in the catalogue") == "Not in the catalogue"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_gnu_msgfmt_accepts_every_catalogue():
    """What Poedit and Weblate run: syntax, header, and python-brace-format placeholders."""
    for po in sorted((catalog.LOCALE_DIR / "zh" / "LC_MESSAGES").glob("*.po")):
        out = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0 and not out.stderr, f"{po.name}: {out.stderr}"


def test_script_runs(tmp_path):
    out = subprocess.run([sys.executable, "scripts/i18n.py", "status"], capture_output=True, text=True,
                         cwd=Path(__file__).parents[1], timeout=60)
    assert out.returncode == 0, out.stderr
    assert "common" in out.stdout and "(declared complete)" in out.stdout


# ----------------------------------------------------------------------------- switching
def test_text_uses_chinese_and_falls_back_per_key(zh, monkeypatch):
    assert S.text("common", "check_passed", question="anchoring.q1") == "anchoring.q1：全部检查通过。"
    en = S.import_module("servicepsych.strings.anchoring").EN
    translated = next(k for k, v in en.items() if v and "{" not in v and catalog.lookup("zh", "anchoring", k, v))
    assert S.text("anchoring", translated) == catalog.lookup("zh", "anchoring", translated, en[translated])
    monkeypatch.setitem(en, "zz_new_sentence", "A sentence added after the translation.")
    assert S.text("anchoring", "zz_new_sentence") == "A sentence added after the translation."  # English, key by key
    S.set_language("en")
    assert S.text("common", "check_passed", question="q") == "All checks passed for q."


def test_fuzzy_translation_falls_back_to_english(locale_copy):
    _edit_po(locale_copy, "common", "check_hint", fuzzy=True)
    english = catalog.english("common")["check_hint"]
    assert catalog.lookup("zh", "common", "check_hint", english, locale_copy) is None
    assert catalog.lookup("zh", "common", "check_passed", catalog.english("common")["check_passed"],
                          locale_copy) == "{question}：全部检查通过。"


def test_check_feedback_is_chinese(zh):
    from servicepsych.check import _resolve, check, list_questions

    question = list_questions("anchoring")[0]
    name = _resolve(question).names[0]
    result = check(question, namespace={})
    assert result.pending and f"还没有定义 `{name}`" in result.outcomes[0][2]
    with pytest.raises(AssertionError, match="还是占位内容"):
        check(question, namespace={name: ...}, strict=True)
    assert S.text("common", "expect_in_range", name="wait", actual=90, lo=0, hi=60) == \
        "`wait` 是 90：请填一个 0 到 60 之间的数。"


def test_workshop_pages_translate_through_the_hook():
    from servicepsych.workshop import texts

    assert catalog.translate(texts, "join", "zh") == "加入"
    assert catalog.translate(texts, "joined_as", "zh").format(name="小王") == "你已用“小王”加入。"
    assert catalog.translate(texts, "join", "en") is None


def test_import_stays_light():
    code = ("import sys, servicepsych, servicepsych.strings as S; S.text('common', 'check_hint', hint='x');"
            "print(sorted(m for m in ('babel', 'matplotlib') if m in sys.modules))")
    for lang, loaded in [("en", "[]"), ("zh", "['babel']")]:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                             env={"SERVICEPSYCH_LANG": lang, "PATH": "/usr/bin:/bin"})
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == loaded, lang


# ----------------------------------------------------------------------------- glossary
def test_glossary_is_well_formed():
    terms = glossary.load_glossary()
    assert len(terms) >= 30
    english = [v.lower() for t in terms for v in t.en]
    assert len(english) == len(set(english)), "an English term appears twice"
    by_en = {t.en[0]: t.zh for t in terms}
    for en, zh_term in [("anchoring", "锚定效应"), ("framing", "框架效应"), ("loss aversion", "损失厌恶"),
                        ("peak-end rule", "峰终定律"), ("emotional labor", "情绪劳动"),
                        ("service recovery", "服务补救"), ("surface acting", "表层扮演"),
                        ("deep acting", "深层扮演"), ("social proof", "社会认同"), ("reciprocity", "互惠"),
                        ("Kano model", "卡诺模型")]:
        assert by_en[en] == zh_term
    for t in terms:
        assert t.zh not in t.avoid


@pytest.mark.parametrize("domain", ["common", "feedback", "workshop"])
def test_complete_translations_use_the_glossary(domain):
    problems = []
    for key, english in catalog.english(domain).items():
        chinese = catalog.lookup("zh", domain, key, english)
        if chinese:
            problems += [f"{domain}.{key}: {p}" for p in glossary.check_terms(english, chinese, domain)]
    assert problems == []


def test_glossary_check_on_a_lesson_fixture():
    sample = json.loads((FIXTURES / "glossary_sample.json").read_text(encoding="utf-8"))
    assert glossary.check_terms(sample["english"], sample["good"], sample["concept"]) == []
    bad = glossary.check_terms(sample["english"], sample["bad"], sample["concept"])
    assert len(bad) == sample["bad_problems"]
    assert "'loss aversion' should be 损失厌恶 (found 损失规避 instead)" in bad
    # terms of other modules are not required ("anchor" is anchoring's)
    assert glossary.check_terms("Set the anchor.", "设定数字。", "recovery") == []
    assert glossary.check_terms("Set the anchor.", "设定数字。", "anchoring") == ["'anchor' should be 锚点"]


# ----------------------------------------------------------------------------- pictures
ZH_SAMPLE = "峰终定律：客户记住的是高峰和结尾 — 等待 30 分钟，满意度 −0.4"


def test_cjk_font_renders_every_glyph(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if fonts.cjk_font() is None:
        pytest.skip("no CJK font installed: run ./kit setup (installs fonts-noto-cjk)")
    with matplotlib.rc_context():
        # without the CJK font the check has teeth: DejaVu Sans lacks the Chinese characters
        assert "峰" in fonts.missing_glyphs(ZH_SAMPLE, ["DejaVu Sans"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig, ax = plt.subplots()
            ax.set_title(ZH_SAMPLE)
            fig.savefig(tmp_path / "tofu.png")
            plt.close(fig)
        assert any("missing from font" in str(w.message) for w in caught)
        assert fonts.configure_matplotlib("zh") == fonts.cjk_font()  # Noto Sans CJK SC after ./kit setup
        assert fonts.missing_glyphs(ZH_SAMPLE) == []
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
            fig, ax = plt.subplots(figsize=(4, 3))
            ax.set_title(ZH_SAMPLE, fontsize=8)
            ax.set_xlabel("等待时间（分钟）")
            ax.bar(["对不起", "不好意思"], [3, 1])
            out = tmp_path / "zh.png"
            fig.savefig(out, dpi=80)
            plt.close(fig)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        # English text still comes from the English font
        from matplotlib import font_manager
        assert Path(font_manager.findfont(font_manager.FontProperties(family=matplotlib.rcParams[
            "font.family"][0]))).name.startswith("DejaVuSans")
    assert fonts.configure_matplotlib("en") is None


# ----------------------------------------------------------------------------- ./kit lab --lang zh
@pytest.mark.slow
@pytest.mark.browser
def test_kit_lab_in_chinese(tmp_path):
    """``./kit lab --lang zh``: JupyterLab's menus in Chinese, kernels with SERVICEPSYCH_LANG=zh."""
    import hashlib
    import os
    import time
    import urllib.request

    from conftest import REPO, lab_tools

    lab = lab_tools()
    if not Path(lab.CHROMIUM).exists():
        pytest.skip("Chromium is not installed (./kit test installs it)")
    if not Path("/proc/self/environ").exists():
        pytest.skip("reading the kernel's environment needs Linux /proc")
    stamp = REPO / ".venv" / ".servicepsych-stamp"
    want = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()[:16]
    if not stamp.exists() or stamp.read_text().strip() != want:
        pytest.skip("the environment is not set up for the current pyproject.toml (./kit setup)")
    port, runtime = lab._free_port(), tmp_path / "rt"
    env = dict(os.environ, JUPYTERLAB_WORKSPACES_DIR=str(tmp_path / "ws"),
               JUPYTERLAB_SETTINGS_DIR=str(tmp_path / "us"), JUPYTER_RUNTIME_DIR=str(runtime))
    env.pop("SERVICEPSYCH_LANG", None)
    proc = subprocess.Popen([str(REPO / "kit"), "lab", "--lang", "zh", "--no-browser", f"--port={port}",
                             "--ip=127.0.0.1", f"--ServerApp.token={lab.TOKEN}"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 90
        while True:
            try:
                urllib.request.urlopen(f"{url}/api/status?token={lab.TOKEN}", timeout=2)
                break
            except OSError:
                assert proc.poll() is None, "./kit lab --lang zh exited"
                assert time.time() < deadline, "./kit lab --lang zh did not start within 90 s"
                time.sleep(0.5)
        with lab.launch() as browser:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(f"{url}/lab?token={lab.TOKEN}")
            page.wait_for_selector(".jp-LabShell", timeout=60_000)
            page.wait_for_function("document.querySelector('#jp-top-panel').innerText.includes('文件')",
                                   timeout=30_000)
            menus = page.inner_text("#jp-top-panel")
            page.close()
        assert "文件" in menus and "帮助" in menus and "File" not in menus
        # a kernel the server starts has the Chinese package strings
        req = urllib.request.Request(f"{url}/api/kernels?token={lab.TOKEN}", data=b'{"name": "python3"}',
                                     headers={"Content-Type": "application/json"}, method="POST")
        kernel_id = json.load(urllib.request.urlopen(req, timeout=30))["id"]
        deadline, environ = time.time() + 60, None
        while environ is None:  # the kernel process's own environment, as the server launched it
            for pid in (p.name for p in Path("/proc").iterdir() if p.name.isdigit()):
                try:
                    if f"kernel-{kernel_id}.json".encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                        break
                except OSError:
                    continue
            else:
                assert time.time() < deadline, "the kernel process did not appear"
                time.sleep(0.5)
        assert b"SERVICEPSYCH_LANG=zh" in environ
    finally:
        os.killpg(proc.pid, 15)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
    # the Chinese interface was this server's only: a plain `jupyter lab` in .venv stays English
    shared = REPO / ".venv" / "share" / "jupyter" / "lab" / "settings" / "overrides.d"
    assert not any("translation-extension" in p.read_text() for p in shared.glob("*.json"))


def test_english_copied_into_a_complete_domain_fails(locale_copy):
    english = catalog.english("common")["check_not_answered"]
    _edit_po(locale_copy, "common", "check_not_answered", string=english)
    assert catalog.check_translations("zh", locale_copy) == ["common.check_not_answered: left in English"]


def test_every_domain_is_translated():
    """The Chinese edition is complete: every catalogue domain is declared complete (so each of its
    messages is checked: present, translated from the current English, not fuzzy, not left in English)."""
    assert sorted(set(catalog.domains()) - set(catalog.complete_domains("zh"))) == []


def test_findings_speak_the_current_language_and_keep_their_numbers():
    from servicepsych import findings

    english = findings.get("tk92_loss_aversion_lambda")
    with S.using_language("zh"):
        chinese = findings.get("tk92_loss_aversion_lambda")
        table = findings.table("loss_aversion")
    assert chinese.value == english.value and chinese.citation == english.citation and chinese.doi == english.doi
    assert chinese.figure != english.figure and re.search(r"[\u4e00-\u9fff]", chinese.figure)
    row = table.set_index("key").loc["tk92_loss_aversion_lambda"]
    assert row["figure"] == chinese.figure and row["value"] == english.value
    assert findings.get("tk92_loss_aversion_lambda").figure == english.figure  # back in English afterwards
