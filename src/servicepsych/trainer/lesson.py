"""Read a lesson notebook's structure: sections, widget cells, the take-away list, the caveats.

A *widget cell* is a code cell whose last statement is a call of a name the lesson imported from
``servicepsych.widgets.<concept>`` (the course convention: a builder call is the last expression of
its cell). Everything is read from the notebook's text with :mod:`ast`; nothing is executed.

Examples
--------
>>> from servicepsych.trainer.lesson import read_lesson, ROOT
>>> lesson = read_lesson(ROOT / "notebooks" / "01_anchoring.ipynb")
>>> lesson.number, lesson.slug
('01', 'anchoring')
>>> "wait_promise" in lesson.widget_names
True
>>> len(lesson.apply_items) >= 3
True
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
APPLY_HEADING = "Apply it at work on Monday"
HOW_SURE_HEADING = "How sure are we?"
#: the languages of the materials; the Chinese lessons are ``notebooks/zh/NN_slug.ipynb``
LANGS = ("en", "zh")
#: the two fixed lesson headings in each language (the zh lessons use exactly these, see ZH edition docs)
APPLY_HEADINGS = {"en": APPLY_HEADING, "zh": "周一上班就用"}
HOW_SURE_HEADINGS = {"en": HOW_SURE_HEADING, "zh": "我们有多确定？"}
_NAME = re.compile(r"^(\d\d)_([a-z0-9_]+)\.ipynb$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class WidgetCell:
    """One widget cell of a lesson: its index, the builder it calls, its code and the section it is in."""

    index: int
    builder: str
    source: str
    section: str


@dataclass
class Lesson:
    """The parts of a lesson notebook the trainer's materials are made from."""

    path: Path
    number: str
    slug: str
    title: str
    sections: list[str] = field(default_factory=list)
    widgets: list[WidgetCell] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    apply_items: list[str] = field(default_factory=list)
    how_sure: str = ""
    builders: set[str] = field(default_factory=set)
    lang: str = "en"

    @property
    def name(self) -> str:
        """``NN_slug``, the module's name in every folder of the kit."""
        return f"{self.number}_{self.slug}"

    @property
    def widget_names(self) -> list[str]:
        """The builders the lesson shows, in order, each once."""
        return list(dict.fromkeys(w.builder for w in self.widgets))


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; the materials exist in: {', '.join(LANGS)}")
    return lang


def lessons_dir(root: Path = ROOT, lang: str = "en") -> Path:
    """``notebooks/`` (English) or ``notebooks/zh/`` (the generated Chinese lessons)."""
    base = Path(root) / "notebooks"
    return base if _check_lang(lang) == "en" else base / lang


def lesson_paths(root: Path = ROOT, lang: str = "en") -> list[Path]:
    """Every lesson notebook ``notebooks/NN_slug.ipynb`` (``notebooks/zh/…`` for zh), in teaching order."""
    return sorted(p for p in lessons_dir(root, lang).glob("*.ipynb") if _NAME.match(p.name))


def find_lesson(module: str, root: Path = ROOT, lang: str = "en") -> Path:
    """The lesson for ``module``: ``"01"``, ``"anchoring"`` or ``"01_anchoring"``.

    Raises
    ------
    ValueError
        When no lesson matches; the message lists the lessons there are.
    """
    paths = lesson_paths(root, lang)
    for p in paths:
        number, slug = _NAME.match(p.name).groups()
        if module in (number, slug, f"{number}_{slug}", str(int(number))):
            return p
    names = ", ".join(p.stem for p in paths) or "none"
    raise ValueError(f"no lesson {module!r} in {lessons_dir(root, lang)}; the lessons are: {names}")


def lesson_lang(path: Path) -> str:
    """The language of the lesson at ``path``: ``"zh"`` for ``notebooks/zh/…``, else ``"en"``."""
    return Path(path).parent.name if Path(path).parent.name in LANGS[1:] else "en"


def headings(markdown: str) -> list[tuple[int, str]]:
    """``(level, text)`` of every markdown heading in ``markdown`` (outside fenced code)."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        m = None if fenced else _HEADING.match(line)
        if m:
            out.append((len(m.group(1)), m.group(2)))
    return out


def section_text(markdown_cells: list[str], heading: str) -> str | None:
    """The markdown under the level-2 ``heading`` (exact text) up to the next level-1/2 heading.

    The section may span several cells and may start in the middle of one. ``None`` when there is no
    such heading.
    """
    lines = "\n".join(markdown_cells).splitlines()
    start = None
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if m and len(m.group(1)) == 2 and m.group(2) == heading:
            start = i + 1
            break
    if start is None:
        return None
    body = []
    for line in lines[start:]:
        m = _HEADING.match(line)
        if m and len(m.group(1)) <= 2:
            break
        body.append(line)
    return "\n".join(body).strip()


def bullet_items(markdown: str) -> list[str]:
    """The top-level items of the first bulleted list in ``markdown`` (continuation lines joined)."""
    items: list[str] = []
    in_list = False
    for line in markdown.splitlines():
        if re.match(r"^[*-]\s+", line):
            items.append(re.sub(r"^[*-]\s+", "", line).strip())
            in_list = True
        elif in_list and line.startswith((" ", "\t")) and line.strip():
            items[-1] += " " + line.strip()
        elif in_list and line.strip():
            break
    return items


def widget_builder(source: str, builders: set[str]) -> str | None:
    """The builder called by the last statement of ``source``, when it is one of ``builders``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if not tree.body:
        return None
    last = tree.body[-1]
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call) and isinstance(last.value.func, ast.Name):
        if last.value.func.id in builders:
            return last.value.func.id
    return None


def import_statements(source: str) -> tuple[list[str], set[str]]:
    """Import statements of a cell (as source lines) and the names imported from ``servicepsych.widgets``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [], set()
    stmts, widget_names = [], set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            stmts.append(ast.get_source_segment(source, node))
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("servicepsych.widgets"):
                widget_names |= {a.asname or a.name for a in node.names}
    return stmts, widget_names


def read_lesson(path: Path, lang: str | None = None) -> Lesson:
    """Read the lesson notebook at ``path`` (``notebooks/NN_slug.ipynb``) without executing it.

    ``lang`` chooses which fixed headings hold the take-away list and the caveats ("Apply it at work
    on Monday" or 周一上班就用); by default it follows the folder (``notebooks/zh/`` is Chinese).
    """
    import nbformat

    path = Path(path)
    lang = _check_lang(lang or lesson_lang(path))
    m = _NAME.match(path.name)
    if not m:
        raise ValueError(f"{path.name}: a lesson is named NN_slug.ipynb (for example 01_anchoring.ipynb)")
    nb = nbformat.read(path, as_version=4)
    lesson = Lesson(path=path, number=m.group(1), slug=m.group(2), title="", lang=lang)
    builders: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            stmts, names = import_statements(cell.source)
            lesson.imports += [s for s in stmts if s not in lesson.imports]
            builders |= names
    lesson.builders = builders
    section = ""
    markdown = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            markdown.append(cell.source)
            for level, text in headings(cell.source):
                if level == 1 and not lesson.title:
                    lesson.title = text
                if level == 2:
                    lesson.sections.append(text)
                    section = text
        elif cell.cell_type == "code":
            builder = widget_builder(cell.source, builders)
            if builder:
                lesson.widgets.append(WidgetCell(index, builder, cell.source, section))
    apply_text = section_text(markdown, APPLY_HEADINGS[lang])
    lesson.apply_items = bullet_items(apply_text) if apply_text else []
    lesson.how_sure = section_text(markdown, HOW_SURE_HEADINGS[lang]) or ""
    return lesson
