"""The English-Chinese glossary of course terms, and a check that a translation uses it.

The glossary is one tab-separated file, ``docs/glossary.tsv`` (columns ``en``, ``zh``,
``concepts``, ``avoid``, ``note``): ``en`` may list variants separated by ``|`` ("peak-end rule|
peak-end"), ``concepts`` names the modules that use the term (``*`` for every module), ``avoid``
lists Chinese renderings that must not be used (``|``-separated).

Examples
--------
>>> terms = [Term(("loss aversion",), "损失厌恶", ("*",), ("损失规避",))]
>>> check_terms("Loss aversion explains it.", "这就是损失厌恶。", terms=terms)
[]
>>> check_terms("Loss aversion explains it.", "这是损失规避。", terms=terms)[0]
"'loss aversion' should be 损失厌恶 (found 损失规避 instead)"
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["GLOSSARY", "Term", "check_terms", "load_glossary"]

GLOSSARY = Path(__file__).resolve().parents[3] / "docs" / "glossary.tsv"


@dataclass(frozen=True)
class Term:
    """One glossary row."""

    en: tuple[str, ...]
    zh: str
    concepts: tuple[str, ...] = ("*",)
    avoid: tuple[str, ...] = ()
    note: str = ""

    def in_english(self, text: str) -> bool:
        """Whether ``text`` uses the term (any variant, any case, plural ``s`` allowed)."""
        return any(re.search(rf"(?<![\w-]){re.escape(v)}(?:s|es)?(?![\w-])", text, re.IGNORECASE)
                   for v in self.en)

    def for_concept(self, concept: str | None) -> bool:
        return concept is None or "*" in self.concepts or concept in self.concepts


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


@lru_cache(maxsize=None)
def load_glossary(path: Path = GLOSSARY) -> tuple[Term, ...]:
    """The glossary's terms; a row without both an English and a Chinese term is an error."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    terms = []
    for n, row in enumerate(rows, start=2):
        en, zh = _split(row.get("en", "")), (row.get("zh") or "").strip()
        if not en or not zh:
            raise ValueError(f"{path}:{n}: a glossary row needs both an English and a Chinese term")
        terms.append(Term(en, zh, _split(row.get("concepts", "")) or ("*",), _split(row.get("avoid", "")),
                          (row.get("note") or "").strip()))
    return tuple(terms)


def check_terms(english: str, chinese: str, concept: str | None = None, terms=None) -> list[str]:
    """Problems with ``chinese`` as a translation of ``english``, by the glossary.

    For each term of ``concept`` (all terms when ``None``) that ``english`` uses, ``chinese``
    must contain the glossary's Chinese term; an ``avoid`` rendering is reported wherever it
    appears. Returns one sentence per problem (empty: consistent).
    """
    problems = []
    for term in terms if terms is not None else load_glossary():
        if not term.for_concept(concept):
            continue
        wrong = [a for a in term.avoid if a in chinese and a not in term.zh]
        if term.in_english(english) and term.zh not in chinese:
            found = f" (found {', '.join(wrong)} instead)" if wrong else ""
            problems.append(f"{term.en[0]!r} should be {term.zh}{found}")
        elif wrong:
            problems.append(f"use {term.zh}, not {', '.join(wrong)}")
    return problems
