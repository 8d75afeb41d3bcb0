"""nbgrader's feedback page in the learner's language.

nbgrader renders feedback with its own nbconvert template (``feedback``: the score list at the
top, "Test cell", "(Score: 1.0 / 2.0)", "Student's answer" …), in English. For another language
this module writes, into a temporary folder, a copy of *that* template whose fixed words are
replaced by the ``feedback`` catalogue's (``tpl_*`` keys) and whose ``<html>`` says its language,
and points nbconvert at it. Only the template's own text changes; the learner's work is rendered
by the same template code as in English. A course that sets its own ``HTMLExporter.template_name``
keeps it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

__all__ = ["localized_template"]

_HTML_LANG = {"zh": "zh-CN"}


def _nbgrader_templates() -> Path:
    import nbgrader

    return Path(nbgrader.__file__).resolve().parent / "server_extensions" / "formgrader" / "templates"


def _localize(source: str, lang: str) -> str:
    from ...strings import text, using_language

    with using_language(lang):
        t = {k: text("feedback", k) for k in ("tpl_test_cell", "tpl_coding", "tpl_written", "tpl_task",
                                              "tpl_comment", "tpl_comments", "tpl_late", "tpl_top",
                                              "tpl_answer", "tpl_student_task")}
        paren = text("feedback", "tpl_score_paren", score="\x00")
        plain = text("feedback", "tpl_score", score="\x00")
    out = source.replace("<html>", f'<html lang="{_HTML_LANG.get(lang, lang)}">', 1)
    for english, key, pattern in (("Test cell", "tpl_test_cell", ">{}<"), ("Coding free-response", "tpl_coding", ">{}<"),
                                  ("Written response", "tpl_written", ">{}<"), ("Task", "tpl_task", ">{}<"),
                                  ("Comment", "tpl_comment", ">{}<"), ("Comments:", "tpl_comments", "<b>{}</b>"),
                                  ("Late submission penalty", "tpl_late", "{}"), ("(Top)", "tpl_top", "{}"),
                                  ("Student's answer", "tpl_answer", "{}"), ("Student's task", "tpl_student_task", "{}")):
        out = out.replace(pattern.format(english), pattern.format(t[key]))
    before, after = paren.split("\x00")
    out = re.sub(r"\(Score: (.*?\}\})\)", lambda m: f"{before}{m.group(1)}{after}", out)
    before, after = plain.split("\x00")
    out = re.sub(r"(?<![(\w])Score: (\{\{.*?\}\} / \{\{.*?\}\})", lambda m: f"{before}{m.group(1)}{after}", out)
    return out


def localized_template(lang: str, workdir: Path) -> tuple[str, list[str]] | None:
    """``(template name, extra template base folders)`` for feedback pages in ``lang``, written
    under ``workdir``; ``None`` for English (nbgrader's own template as it is)."""
    if lang == "en":
        return None
    base = _nbgrader_templates()
    name = f"feedback_{lang}"
    dest = Path(workdir) / name
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(base / "feedback" / "conf.json", dest / "conf.json")
    source = (base / "feedback" / "index.html.j2").read_text(encoding="utf-8")
    (dest / "index.html.j2").write_text(_localize(source, lang), encoding="utf-8")
    return name, [str(Path(workdir)), str(base)]
