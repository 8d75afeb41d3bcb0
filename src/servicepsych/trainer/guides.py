"""Facilitator guides: ``trainer/guides/NN_slug.md`` checked against the lesson and rendered to HTML.

A guide is plain markdown with three kinds of placeholder, filled in when it is rendered so that the
guide cannot drift from the lesson or the findings table:

``{{finding:KEY}}``
    the finding's value and unit in bold, then its study (``servicepsych.findings``); an unknown key
    is an error.
``{{value:KEY}}``
    the value and unit only (when the sentence already names the study).
``{{number:KEY}}``
    the bare number (when the sentence already names the unit).
``{{apply_list}}``
    the lesson's own "Apply it at work on Monday" list.
``{{lesson_title}}``
    the lesson's title.

The Chinese guides are ``trainer/guides/zh/NN_slug.md``: the same sections under their Chinese
headings (:data:`REQUIRED_SECTIONS_ZH`), the same placeholders (units and study notes of a finding
come out in Chinese, ``{{apply_list}}`` is the Chinese lesson's 周一上班就用 list).

:func:`problems` lists what a guide lacks (required sections, agenda minutes, prompts, role-play
parts, widgets that the lesson does not show); the build refuses a guide with problems.

Examples
--------
>>> from servicepsych.trainer.guides import agenda_minutes
>>> agenda_minutes("| Min | Activity |\\n|---|---|\\n| 5 | Open |\\n| 35 | Rest |\\n")
[5, 35]
"""

from __future__ import annotations

import re
from pathlib import Path

from .lesson import APPLY_HEADINGS, ROOT, Lesson, headings, section_text

GUIDES_DIR = ROOT / "trainer" / "guides"
#: where each language's guides are
GUIDES_DIRS = {"en": GUIDES_DIR, "zh": GUIDES_DIR / "zh"}

#: (heading prefix, what it is for): every guide has these level-2 sections, in this order.
REQUIRED_SECTIONS = (
    ("Learning objectives", "what participants can do afterwards"),
    ("Before the session", "set-up: lesson, workshop app, printouts"),
    ("40-minute agenda", "a table whose first column is minutes, adding up to 40"),
    ("90-minute variant", "a table whose first column is minutes, adding up to 90"),
    ("What to show when", "each widget and the live experiment, with the question to ask first"),
    ("Discussion prompts", "3 to 5 numbered prompts"),
    ("Common misconceptions", "what people get wrong and how to answer"),
    ("Role-play for pairs", "a scene from the source documents, the customer's script, an observer's checklist"),
    ("Debrief", "the class's live result beside the published one"),
    ("How sure are we", "what is research and what is practice wisdom, for the trainer"),
)
ROLE_PLAY_PARTS = ("The scene", "Customer's script", "Observer's checklist")
#: the Chinese guides' headings, section for section (the same order as :data:`REQUIRED_SECTIONS`)
REQUIRED_SECTIONS_ZH = tuple(zip(("学习目标", "课前准备", "40 分钟流程", "90 分钟版本", "何时展示什么", "讨论题",
                                  "常见误解", "两人角色扮演", "复盘", "我们有多确定"),
                                 (purpose for _, purpose in REQUIRED_SECTIONS)))
ROLE_PLAY_PARTS_ZH = ("场景", "顾客台词", "观察员清单")
_SECTIONS = {"en": (REQUIRED_SECTIONS, ROLE_PLAY_PARTS), "zh": (REQUIRED_SECTIONS_ZH, ROLE_PLAY_PARTS_ZH)}
_TOKEN = re.compile(r"\{\{\s*((?:finding|value|number):[A-Za-z0-9_]+|apply_list|lesson_title)\s*\}\}")
_BUILDER = re.compile(r"`([a-z_][a-z0-9_]*)\(")
_CITATION = re.compile(r"([A-Z][\w'\-]+)(?: et al\.| and [A-Z][\w'\-]+| & [A-Z][\w'\-]+| ?[和与] ?[A-Z][\w'\-]+| ?及其同事| ?等人?)?(?:,? \(?|，|（|\s?（)(\d{4})")


def citations(markdown: str) -> set[tuple[str, str]]:
    """``(first author, year)`` of the citations in ``markdown`` ("Klein et al., 2014", "Gross (1998)",
    "Roschk 和 Kaiser (2013)", "Min 及其同事（2020）")."""
    return set(_CITATION.findall(markdown))


def guide_path(lesson: Lesson, guides_dir: Path | None = None, lang: str = "en") -> Path:
    """Where the guide of ``lesson`` lives: ``trainer/guides/NN_slug.md`` (``trainer/guides/zh/…`` for zh)."""
    return Path(guides_dir or GUIDES_DIRS[lang]) / f"{lesson.name}.md"


def agenda_minutes(markdown: str) -> list[int]:
    """The minutes (first column) of the first markdown table in ``markdown``."""
    minutes = []
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.strip().startswith("|") and cells and cells[0].isdigit():
            minutes.append(int(cells[0]))
    return minutes


def _section(text: str, prefix: str) -> str | None:
    for level, heading in headings(text):
        if level == 2 and heading.startswith(prefix):
            return section_text([text], heading)
    return None


def named_builders(text: str) -> list[str]:
    """Builder names the guide shows, written as code calls such as `` `wait_promise()` ``."""
    return list(dict.fromkeys(_BUILDER.findall(text)))


def problems(text: str, lesson: Lesson, lang: str = "en") -> list[str]:
    """What the guide ``text`` (written in ``lang``) lacks for ``lesson``; an empty list when it is complete."""
    out = []
    sections, role_parts = _SECTIONS[lang]
    name = dict(zip((p for p, _ in REQUIRED_SECTIONS), (p for p, _ in sections)))
    level2 = [h for level, h in headings(text) if level == 2]
    for prefix, purpose in sections:
        if not any(h.startswith(prefix) for h in level2):
            out.append(f"no '## {prefix}…' section ({purpose})")
    for prefix, total in (("40-minute agenda", 40), ("90-minute variant", 90)):
        body = _section(text, name[prefix])
        if body is not None and sum(agenda_minutes(body)) != total:
            out.append(f"the {name[prefix]} adds up to {sum(agenda_minutes(body))} minutes, not {total}")
    prompts = _section(text, name["Discussion prompts"])
    if prompts is not None:
        n = len(re.findall(r"^\d+\.\s", prompts, flags=re.M))
        if not 3 <= n <= 5:
            out.append(f"{n} discussion prompts (give 3 to 5, as a numbered list)")
    role = _section(text, name["Role-play for pairs"])
    if role is not None:
        parts = [h for level, h in headings(role) if level == 3]
        for part in role_parts:
            if not any(h.startswith(part) for h in parts):
                out.append(f"the role-play has no '### {part}' part")
    show = _section(text, name["What to show when"]) or ""
    shown = named_builders(show)
    unknown = [b for b in shown if b not in lesson.builders]
    if unknown:
        out.append("the guide shows widgets the lesson does not import: " + ", ".join(unknown))
    in_lesson = [b for b in shown if b in lesson.widget_names]
    if len(in_lesson) < min(2, len(lesson.widget_names)):
        out.append("'What to show when' names fewer than two of the lesson's widgets ("
                   + ", ".join(lesson.widget_names) + ")")
    caveats = _section(text, name["How sure are we"])
    if caveats is not None and citations(lesson.how_sure) and not citations(lesson.how_sure) & citations(caveats):
        out.append("its 'How sure are we' section cites none of the studies of the lesson's 'How sure are we?' ("
                   + ", ".join(sorted(f"{a} {y}" for a, y in citations(lesson.how_sure))) + ")")
    if "./kit workshop" not in text:
        out.append("the guide never says how to start the live experiment (./kit workshop)")
    for m in _TOKEN.finditer(text):
        if m.group(1).startswith(("finding:", "value:", "number:")):
            try:
                _finding(m.group(1).split(":", 1)[1])
            except KeyError as exc:
                out.append(str(exc).strip('"'))
    return out


def unused_widgets(text: str, lesson: Lesson, lang: str = "en") -> list[str]:
    """The lesson's widgets the guide's 'What to show when' section never names (a warning, not an error)."""
    heading = dict(zip((p for p, _ in REQUIRED_SECTIONS), (p for p, _ in _SECTIONS[lang][0])))["What to show when"]
    shown = set(named_builders(_section(text, heading) or ""))
    return [b for b in lesson.widget_names if b not in shown]


def _finding(key: str):
    from servicepsych import findings

    return findings.get(key)


#: units that name the statistic itself ("d = 0.44", "r = .58"): the sentence says them, the value does not
_STATISTIC_UNITS = {"d", "r", "rho", "odds ratio", "correlation r", "correlation rho"}


#: a finding's unit in a Chinese guide (a unit not listed is shown as it is: cm, ms …); ``{v}`` places the value
ZH_UNITS = {"participants": "名参与者", "patients": "名患者", "effects": "个效应", "times the loss": "损失额的 {v} 倍",
            "minutes": "分钟", "min": "分钟", "s": "秒", "seconds": "秒", "people": "人", "studies": "项研究",
            "points": "分", "yuan": "元", "days": "天", "hours": "小时"}
#: the English words of a finding's study note, in a Chinese guide (authors and years stay as they are)
ZH_STUDY = ((", reported by ", "，转引自 "), (", via ", "，转引自 "), ("reported by ", "转引自 "),
            ("Exploratorium study", "Exploratorium 科学馆研究"),
            ("Service-training rule of thumb", "服务培训中的经验法则"),
            ("Retail-store training essay (course source 003)", "零售门店培训文章（课程资料 003）"),
            ("course source", "课程资料"))


def _zh_study(study: str) -> str:
    for en, zh in ZH_STUDY:
        study = study.replace(en, zh)
    return study


def _format_finding(key: str, *, study: bool = True, unit: bool = True, lang: str = "en") -> str:
    f = _finding(key)
    value = f"{f.value:g}" if isinstance(f.value, (int, float)) else str(f.value)
    if not unit:
        return f"**{value}**"
    unit = f.unit or ""
    if unit in _STATISTIC_UNITS:
        unit = ""
    if lang == "zh":
        unit = ZH_UNITS.get(unit, unit)
        if "{v}" in unit:
            shown = unit.format(v=value)
        else:
            shown = f"{value}{unit}" if unit == "%" else f"{value} {unit}".strip()  # 120 名参与者, 4.9 cm
        return f"**{shown}**（{_zh_study(f.study)}）" if study else f"**{shown}**"
    shown = f"{value}{unit}" if unit == "%" else (f"{value} {unit}".strip())
    return f"**{shown}** ({f.study})" if study else f"**{shown}**"


def expand(text: str, lesson: Lesson, lang: str = "en") -> str:
    """Fill in the guide's placeholders from the findings table and the lesson.

    For a Chinese guide (``lang="zh"``) units and study notes come out in Chinese; ``{{apply_list}}``
    needs the Chinese lesson (a note says so when ``lesson`` is the English one).
    """
    def repl(m):
        token = m.group(1)
        if token == "apply_list":
            if lesson.lang != lang:
                return (f"*（中文课 notebooks/zh/{lesson.name}.ipynb 尚未生成，“{APPLY_HEADINGS[lang]}”清单暂缺："
                        "运行 scripts/i18n.py nb-build 后重新生成。）*" if lang == "zh" else
                        f"*(the English lesson notebooks/{lesson.name}.ipynb is missing)*")
            return "\n".join(f"- {item}" for item in lesson.apply_items)
        if token == "lesson_title":
            return lesson.title
        kind, key = token.split(":", 1)
        return _format_finding(key, study=(kind == "finding"), unit=(kind != "number"), lang=lang)
    return _TOKEN.sub(repl, _strip_translation_note(text))


def _strip_translation_note(text: str) -> str:
    """A translation's first line ``<!-- translation-of: … -->`` is for the tests, not the page."""
    return re.sub(r"\A<!--\s*translation-of:[^\n]*-->\s*\n", "", text)


def render_guide(text: str, lesson: Lesson, lang: str = "en") -> str:
    """The guide (written in ``lang``) as a complete, printable HTML page."""
    from .render import markdown_html, page

    body = markdown_html(expand(text, lesson, lang))
    if lang == "zh":
        title = next((h for level, h in headings(text) if level == 1), f"讲师手册：{lesson.title}")
        footer = (f"ServicePsych Kit · 讲师手册 · 由 trainer/guides/zh/{lesson.name}.md 和 "
                  f"notebooks/zh/{lesson.name}.ipynb 生成")
    else:
        title = next((h for level, h in headings(text) if level == 1), f"Facilitator guide: {lesson.title}")
        footer = (f"ServicePsych Kit · facilitator guide · generated from trainer/guides/"
                  f"{lesson.name}.md and notebooks/{lesson.path.name}")
    return page(title, body, footer=footer, lang=lang)
