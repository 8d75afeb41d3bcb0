"""Published findings the course cites, each with its full citation.

Every figure a lesson or an assignment quotes is a row here, and the models'
tests compare their output against these rows. Rows live in one small private
module per concept (``findings/_<concept>.py``, each defining ``FINDINGS``) and
are gathered here on first use.

Examples
--------
>>> from servicepsych import findings
>>> f = findings.get("tk92_loss_aversion_lambda")
>>> f.value
2.25
>>> "Tversky" in f.citation
True
>>> table = findings.table()
>>> {"key", "concept", "study", "figure", "value", "unit", "citation"} <= set(table.columns)
True
"""

from __future__ import annotations

import pkgutil
from dataclasses import asdict, dataclass, field
from importlib import import_module

__all__ = ["Finding", "all_findings", "get", "table"]


@dataclass(frozen=True)
class Finding:
    """One published figure.

    Attributes
    ----------
    key : str
        Stable snake_case identifier, e.g. ``"tk92_loss_aversion_lambda"``.
    concept : str
        Course concept slug: ``anchoring``, ``framing``, ``loss_aversion``,
        ``peak_end``, ``emotional_labor`` …
    study : str
        Short name of the study, e.g. ``"Tversky & Kahneman (1992)"``.
    figure : str
        What was measured, in plain words.
    value : float
        The published number.
    unit : str
        Its unit (``"%"``, ``"points"``, ``"correlation r"`` …), or ``""``.
    citation : str
        Full reference (APA style).
    doi : str
        DOI where one exists, else ``""``.
    note : str
        How the figure was obtained or how the course uses it; say here when only an
        abstract or a secondary source could be read.
    kind : str
        ``"research"`` (a published study measured it) or ``"practice"`` (practice
        wisdom from training material: the course may teach it, never as a finding).
    population : str
        Who was studied (e.g. ``"US undergraduates"``, ``"hotel front-desk staff"``), as
        the paper reports it, or ``""`` where not recorded yet.
    """

    key: str
    concept: str
    study: str
    figure: str
    value: float
    unit: str
    citation: str
    doi: str = ""
    note: str = field(default="")
    kind: str = "research"
    population: str = ""

    def __post_init__(self):
        if self.kind not in ("research", "practice"):
            raise ValueError(f"finding {self.key}: kind must be 'research' or 'practice', not {self.kind!r}")


_CACHE: dict[str, Finding] | None = None


def _load() -> dict[str, Finding]:
    global _CACHE
    if _CACHE is None:
        rows: dict[str, Finding] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            if not info.name.startswith("_"):
                continue
            module = import_module(f"{__name__}.{info.name}")
            for finding in getattr(module, "FINDINGS", ()):
                if finding.key in rows:
                    raise RuntimeError(f"finding {finding.key!r} is defined twice (in {info.name})")
                rows[finding.key] = finding
        _CACHE = rows
    return _CACHE


def all_findings() -> list[Finding]:
    """Every finding, sorted by concept then key."""
    return sorted(_load().values(), key=lambda f: (f.concept, f.key))


def _in_language(f: Finding) -> Finding:
    """``f`` with its prose fields in the current language (English where not translated)."""
    from ..strings import get_language

    lang = get_language()
    if lang == "en":
        return f
    from dataclasses import replace

    from ..i18n.catalog import lookup
    from ._texts import FIELDS

    changes = {}
    for name in (*FIELDS, "note"):
        english = getattr(f, name)
        if english:
            domain = "findings_notes" if name == "note" else "findings"
            translated = lookup(lang, domain, f"{f.key}.{name}", english)
            if translated:
                changes[name] = translated
    return replace(f, **changes) if changes else f


def get(key: str) -> Finding:
    """The finding with this key (its figure, unit, population and note in the current language).

    Raises
    ------
    KeyError
        With the list of known keys when ``key`` is unknown.
    """
    rows = _load()
    try:
        return _in_language(rows[key])
    except KeyError:
        known = ", ".join(sorted(rows))
        raise KeyError(f"no finding {key!r}; known findings: {known}") from None


def table(concept: str | None = None):
    """All findings as a pandas DataFrame (one row each), optionally for one concept; the prose
    columns (figure, unit, population, note) in the current language where translated."""
    import pandas as pd

    rows = [asdict(_in_language(f)) for f in all_findings() if concept is None or f.concept == concept]
    return pd.DataFrame(rows, columns=[f for f in Finding.__dataclass_fields__])
