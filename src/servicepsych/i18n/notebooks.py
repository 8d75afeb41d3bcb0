"""Translated editions of the lessons and assignments, generated from the English notebooks.

A translated notebook is never edited by hand. Each English notebook (a lesson
``notebooks/NN_slug.ipynb`` or an assignment ``course/source/NN_slug/NN_slug.ipynb``) has a
gettext template ``locale/templates/<domain>.pot`` (domain ``lesson_NN_slug`` or
``assignment_NN_slug``) with one message per cell that has text to translate: ``msgctxt`` is
the cell id, ``msgid`` the English source. Translators fill ``locale/<lang>/<domain>.po`` with
Poedit or Weblate, and :func:`build` writes ``notebooks/<lang>/NN_slug.ipynb`` and the
assignment of the translated nbgrader course ``course_<lang>/source/NN_slug/``.

So the code of the two editions is one code: a code cell is translated as a whole, but
:func:`code_differences` allows only its comments and prose strings to change (a test runs it on
every translation), and changing an English cell turns its translation stale until a translator
has reviewed it (the msgid no longer matches), as for the package strings.

A test cell may need different code in another language — a hidden test that reads a reply written
in Chinese cannot use English phrase lists or count words by spaces. Such a translation says so with
a translator comment ``adapted: <why>`` in the catalogue (``#  adapted: ...`` above the message;
``fill`` sets it from ``"adapted"`` in the JSON); :func:`adapted_reason` finds it, the token check
skips that cell, and the round trip of the translated course still has to give the answer key full
marks and the release none.

Which cells are translated: every markdown or raw cell with text, and every code cell with prose,
that is a comment with a word in it or a string literal of three words or more. Shorter strings
(answer labels such as ``"10 minutes"``, keys, names) are code and must stay as they are.

Examples
--------
>>> has_prose('x = "distributive"  # the outcome')
True
>>> has_prose('paradox_explorer()')
False
>>> code_differences('x = 1  # one', 'x = 1  # 一')
[]
>>> code_differences('x = "10 minutes"', 'x = "10 分钟"')
["string '10 minutes' must stay as it is (a label, key or name), found '10 分钟'"]
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LANG_LINE", "REPO", "Source", "adapted_cells", "adapted_reason", "build", "code_differences", "extract", "has_prose",
           "read_translations", "sources", "update"]

REPO = Path(__file__).resolve().parents[3]
#: Prepended to the first code cell of a translated notebook: the package speaks its language
#: in the learner's kernel (and under plain ``nbgrader autograde``, whose kernel runs every cell).
LANG_LINE = 'from servicepsych.strings import set_language\nset_language("{lang}")  # {note}\n'
_LANG_NOTE = {"zh": "中文版：提示、控件和图表用中文"}
_WORD = re.compile(r"[A-Za-z]{2,}")
_MARKERS = re.compile(r"^#+\s*(BEGIN|END) (SOLUTION|HIDDEN TESTS|MARK SCHEME)\b|^#\s*(noqa|type:|YOUR CODE HERE)")


@dataclass(frozen=True)
class Source:
    """One English notebook and where its ``lang`` edition goes."""

    domain: str
    module: str
    kind: str  # "lesson" or "assignment"
    english: Path
    target: Path

    @property
    def concept(self) -> str:
        return self.module.split("_", 1)[1]


def sources(lang: str = "zh", repo: Path = REPO) -> list[Source]:
    """Every English lesson and assignment, with the path of its ``lang`` edition."""
    out = []
    for nb in sorted((repo / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        out.append(Source(f"lesson_{nb.stem}", nb.stem, "lesson", nb, repo / "notebooks" / lang / nb.name))
    for folder in sorted((repo / "course" / "source").glob("[0-9][0-9]_*")):
        nb = folder / f"{folder.name}.ipynb"
        if nb.exists():
            out.append(Source(f"assignment_{folder.name}", folder.name, "assignment", nb,
                              repo / f"course_{lang}" / "source" / folder.name / nb.name))
    return out


def _tokens(source: str):
    try:
        return list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None


def _prose_string(text: str) -> bool:
    return len(_WORD.findall(text)) >= 3


def _prose_comment(text: str) -> bool:
    return bool(_WORD.search(text)) and not _MARKERS.match(text.strip())


def has_prose(source: str) -> bool:
    """Whether a code cell has English prose to translate (a comment, or a string of 3+ words)."""
    toks = _tokens(source)
    if toks is None:
        return bool(_WORD.search(source))
    return any((t.type == tokenize.COMMENT and _prose_comment(t.string)) or
               (t.type == tokenize.STRING and _prose_string(t.string)) for t in toks)


def translatable(cell) -> bool:
    text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    if not text.strip():
        return False
    return cell["cell_type"] != "code" or has_prose(text)


def code_differences(english: str, translated: str) -> list[str]:
    """What a translated code cell changed besides comments and prose strings (empty: fine)."""
    a, b = _tokens(english), _tokens(translated)
    if a is None or b is None:
        return [] if english == translated else ["the cell is not valid Python: it must be copied as it is"]
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}
    a = [t for t in a if t.type not in skip]
    b = [t for t in b if t.type not in skip]
    if len(a) != len(b):
        return [f"the code has {len(b)} tokens, the English {len(a)}: only comments and prose may change"]
    problems = []
    for x, y in zip(a, b):
        if x.string == y.string:
            continue
        if x.type == tokenize.STRING and y.type == tokenize.STRING and _prose_string(x.string):
            if _quote_prefix(x.string) != _quote_prefix(y.string):
                problems.append(f"string {x.string[:40]!r} changed its kind of quotes or prefix")
            elif {m.group(0) for m in re.finditer(r"\{[^{}]*\}", x.string)} != \
                    {m.group(0) for m in re.finditer(r"\{[^{}]*\}", y.string)} and _quote_prefix(x.string).lower().count("f"):
                problems.append(f"f-string {x.string[:40]!r} changed its fields")
            continue
        if x.type == tokenize.STRING:
            problems.append(f"string {_unquote(x.string)!r} must stay as it is (a label, key or name), "
                            f"found {_unquote(y.string)!r}")
        else:
            problems.append(f"code {x.string!r} became {y.string!r} (line {x.start[0]})")
    return problems


def _quote_prefix(s: str) -> str:
    m = re.match(r"^([A-Za-z]*)('''|\"\"\"|'|\")", s)
    return m.group(0) if m else ""


def _unquote(s: str) -> str:
    p = _quote_prefix(s)
    quote = p.lstrip("rRbBfFuU")
    return s[len(p):len(s) - len(quote)] if p and s.endswith(quote) else s


def _cells(path: Path):
    import nbformat

    return nbformat.read(str(path), as_version=4)


def _template(src: Source):
    from babel.messages.catalog import Catalog

    from .catalog import PROJECT, _BUGS, _HEADER_DATE, _HOLDER

    cat = Catalog(project=PROJECT, version="0.1", copyright_holder=_HOLDER, msgid_bugs_address=_BUGS,
                  creation_date=_HEADER_DATE, revision_date=_HEADER_DATE, fuzzy=False, charset="utf-8")
    rel = src.english.relative_to(REPO) if src.english.is_relative_to(REPO) else src.english
    for cell in _cells(src.english).cells:
        if translatable(cell):
            comment = f"{cell.cell_type} cell of {rel}"
            if cell.cell_type == "code":
                comment += ": translate only comments and prose strings; every other token stays"
            cat.add(cell.source, context=cell.id, auto_comments=[comment])
    return cat


def _pot(domain: str, root: Path) -> Path:
    return root / "locale" / "templates" / f"{domain}.pot"


def _po(domain: str, lang: str, root: Path) -> Path:
    return root / "locale" / lang / f"{domain}.po"


def extract(root: Path = REPO, lang: str = "zh", only: str | None = None) -> list[Path]:
    """Write each English notebook's template (or module ``only``'s); return those that changed."""
    from .catalog import _messages, _write, read_catalog

    changed = []
    for src in sources(lang, root):
        if only and src.module != only:
            continue
        cat, path = _template(src), _pot(src.domain, root)
        if path.exists() and _messages(read_catalog(path)) == _messages(cat):
            continue
        _write(cat, path)
        changed.append(path)
    return changed


def update(lang: str = "zh", root: Path = REPO, only: str | None = None) -> list[Path]:
    """Merge each notebook template (or module ``only``'s) into its ``lang`` catalogue (changed
    English turns fuzzy)."""
    from babel.messages.catalog import Catalog

    from .catalog import PROJECT, _BUGS, _HEADER_DATE, _HOLDER, _babel_locale, _write, read_catalog

    written = []
    for src in sources(lang, root):
        if only and src.module != only:
            continue
        template, po = read_catalog(_pot(src.domain, root)), _po(src.domain, lang, root)
        if po.exists():
            cat = read_catalog(po, locale=_babel_locale(lang))
        else:
            cat = Catalog(locale=_babel_locale(lang), project=PROJECT, version="0.1", domain=src.domain,
                          copyright_holder=_HOLDER, msgid_bugs_address=_BUGS, language_team=f"{lang} <{_BUGS}>",
                          creation_date=_HEADER_DATE, revision_date=_HEADER_DATE, fuzzy=False)
            cat.last_translator = f"{_HOLDER} <{_BUGS}>"
        cat.update(template, no_fuzzy_matching=False, update_header_comment=False)
        _write(cat, po)
        written.append(po)
    return written


def adapted_reason(message) -> str | None:
    """The ``adapted: <why>`` translator comment of a catalogue message, or ``None``."""
    for comment in getattr(message, "user_comments", []) or []:
        if comment.strip().lower().startswith("adapted:"):
            return comment.split(":", 1)[1].strip() or None
    return None


def adapted_cells(domain: str, lang: str = "zh", root: Path = REPO) -> dict[str, str]:
    """``{cell id: why}`` of the translations whose code is adapted on purpose."""
    from .catalog import _babel_locale, read_catalog

    path = _po(domain, lang, root)
    if not path.exists():
        return {}
    return {m.context: adapted_reason(m) for m in read_catalog(path, locale=_babel_locale(lang))
            if m.id and adapted_reason(m)}


def read_translations(domain: str, lang: str = "zh", root: Path = REPO) -> dict[tuple[str, str], str]:
    """``{(cell id, English source): translation}`` of the usable (non-empty, non-fuzzy) messages."""
    from .catalog import _babel_locale, read_catalog

    path = _po(domain, lang, root)
    if not path.exists():
        return {}
    return {(m.context, m.id): m.string for m in read_catalog(path, locale=_babel_locale(lang))
            if m.id and m.string and not m.fuzzy}


def translate_notebook(src: Source, lang: str = "zh", root: Path = REPO):
    """``(notebook, untranslated cell ids)``: the ``lang`` edition of ``src``, normalised."""
    nb = _cells(src.english)
    table = read_translations(src.domain, lang, root)
    missing, first_code = [], True
    for cell in nb.cells:
        if translatable(cell):
            text = table.get((cell.id, cell.source))
            if text is None:
                missing.append(cell.id)
            else:
                cell.source = text
        if cell.cell_type == "code" and first_code:
            cell.source = LANG_LINE.format(lang=lang, note=_LANG_NOTE.get(lang, lang)) + cell.source
            first_code = False
    _normalize(nb)
    return nb, missing


def _normalize(nb) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("_sp_normalize", REPO / "scripts" / "normalize_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.normalize(nb)


def render(nb) -> str:
    """A notebook as the normaliser writes it (nbformat 4, one-space indent, newline at the end)."""
    import nbformat

    return nbformat.writes(nb) + "\n"


def build(lang: str = "zh", root: Path = REPO, only: str | None = None, write: bool = True):
    """Write the ``lang`` edition of every notebook (or module ``only``).

    Returns ``{Source: untranslated cell ids}``; with ``write=False`` nothing is written and the
    result maps each source to ``(rendered text, untranslated ids)`` instead.
    """
    import shutil

    result = {}
    for src in sources(lang, root):
        if only and src.module != only:
            continue
        nb, missing = translate_notebook(src, lang, root)
        text = render(nb)
        if not write:
            result[src] = (text, missing)
            continue
        src.target.parent.mkdir(parents=True, exist_ok=True)
        if not src.target.exists() or src.target.read_text(encoding="utf-8") != text:
            src.target.write_text(text, encoding="utf-8")
        if src.kind == "assignment":  # the assignment's other files (data, helpers) come along as they are
            for extra in src.english.parent.rglob("*"):
                rel = extra.relative_to(src.english.parent)
                if extra == src.english or extra.is_dir() or ".ipynb_checkpoints" in rel.parts or \
                        "__pycache__" in rel.parts:
                    continue
                dest = src.target.parent / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(extra, dest)
        result[src] = missing
    return result
