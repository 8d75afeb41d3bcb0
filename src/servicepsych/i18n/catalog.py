"""Gettext catalogues of the learner-facing strings (Babel): extract, update, compile, look up.

The English text stays the source of truth in ``strings/<concept>.py`` (``EN`` dicts) and in
``workshop/texts.py``. Each of those *domains* gets a template ``locale/templates/<domain>.pot``;
each message's ``msgctxt`` is its key, its ``msgid`` the English text. Translators work on
``locale/<lang>/LC_MESSAGES/<domain>.po`` with Poedit or Weblate; the package reads those ``.po``
files directly at run time (lazily, only when a language other than English is chosen), so a
translation never lags behind a forgotten ``compile`` step.

A translation is used only when it is non-empty, not fuzzy, and made for the *current* English
text (same ``msgid``): change the English and the old translation stops showing until a translator
has reviewed it. Otherwise :func:`lookup` returns ``None`` and the caller falls back to English.

Examples
--------
>>> from servicepsych.i18n.catalog import lookup, english
>>> lookup("zh", "common", "check_hint", english("common")["check_hint"])
'提示：{hint}'
>>> lookup("zh", "common", "no_such_key", "Some text") is None
True
"""

from __future__ import annotations

import datetime as _dt
import string
from functools import lru_cache
from importlib import import_module
from pathlib import Path

__all__ = ["LOCALE_DIR", "check_templates", "check_translations", "compile_catalogs", "complete_domains",
           "domain_of", "domains", "english", "extract", "lookup", "lookup_cache_clear", "placeholders",
           "read_catalog", "translate", "update"]

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
PROJECT = "ServicePsych Kit"
#: Domains that are not a ``strings/<concept>.py`` module: name -> module holding ``EN``.
EXTRA_DOMAINS = {"workshop": "servicepsych.workshop.texts", "findings": "servicepsych.findings._texts",
                 "findings_notes": "servicepsych.findings._notes",
                 **{f"workshop_{name}": f"servicepsych.workshop.experiments.{name}"
                    for name in ("anchoring", "framing", "loss_aversion", "peak_end", "emotional_labor",
                                 "service_language", "customer_emotion", "service_recovery",
                                 "social_influence")}}
_HOLDER = "ServicePsych Kit contributors"
_BUGS = "the ServicePsych Kit issue tracker"
_HEADER_DATE = _dt.datetime(2026, 12, 1, tzinfo=_dt.timezone.utc)


def domains() -> list[str]:
    """Every catalogue domain: one per ``strings/<concept>.py`` module, the workshop pages, and one per
    live experiment (``workshop_<name>``, the texts of ``workshop/experiments/<name>.py``)."""
    import pkgutil

    from .. import strings

    names = sorted(m.name for m in pkgutil.iter_modules(strings.__path__) if not m.name.startswith("_"))
    return names + sorted(EXTRA_DOMAINS)


def _module_name(domain: str) -> str:
    return EXTRA_DOMAINS.get(domain, f"servicepsych.strings.{domain}")


def english(domain: str) -> dict[str, str]:
    """The English source strings of ``domain`` (its ``EN`` dict)."""
    return dict(import_module(_module_name(domain)).EN)


def placeholders(template: str) -> set[tuple[str, str, str]]:
    """The ``str.format`` fields of ``template`` as ``(name, conversion, format_spec)`` triples.

    >>> sorted(placeholders("{name!r} is {n:.1f}"))
    [('n', '', '.1f'), ('name', 'r', '')]
    """
    return {(f, c or "", s or "") for _, f, s, c in string.Formatter().parse(template) if f is not None}


def _pot_path(domain: str, root: Path) -> Path:
    return root / "templates" / f"{domain}.pot"


def _po_path(domain: str, lang: str, root: Path) -> Path:
    return root / lang / "LC_MESSAGES" / f"{domain}.po"


def _template(domain: str):
    from babel.messages.catalog import Catalog

    cat = Catalog(project=PROJECT, version="0.1", copyright_holder=_HOLDER, msgid_bugs_address=_BUGS,
                  creation_date=_HEADER_DATE, revision_date=_HEADER_DATE, fuzzy=False,
                  charset="utf-8")
    for key, text in english(domain).items():
        if not text:  # an empty label has nothing to translate; it falls back to English ("")
            continue
        flags = ["python-brace-format"] if placeholders(text) else []
        cat.add(text, context=key, auto_comments=[f"{domain}.{key}"], flags=flags)
    return cat


#: Flags Babel guesses from a ``%`` in the English (these strings use ``str.format``, never ``%``).
_PERCENT_FLAGS = {"fuzzy", "python-format", "no-python-format"}


def _messages(cat) -> list[tuple]:
    return [(m.context, m.id, tuple(sorted(m.flags - _PERCENT_FLAGS))) for m in cat if m.id]


def read_catalog(path: Path, locale: str | None = None):
    """A Babel catalogue read from a ``.po``/``.pot`` file."""
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        return read_po(fh, locale=locale)


def _write(cat, path: Path) -> None:
    from babel.messages.pofile import write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    for m in cat:  # "50%" is not a %-directive: tell msgfmt/Poedit so they do not reject "50% 的人"
        if m.id and "python-format" in m.flags:
            m.flags.discard("python-format")
            m.flags.add("no-python-format")
    with open(path, "wb") as fh:
        write_po(fh, cat, width=100, sort_output=False, ignore_obsolete=False)


def extract(root: Path = LOCALE_DIR) -> list[Path]:
    """Write ``templates/<domain>.pot`` from the ``EN`` dicts; return the files that changed."""
    changed = []
    for domain in domains():
        cat, path = _template(domain), _pot_path(domain, root)
        if path.exists() and _messages(read_catalog(path)) == _messages(cat):
            continue
        _write(cat, path)
        changed.append(path)
    return changed


def update(lang: str = "zh", root: Path = LOCALE_DIR) -> list[Path]:
    """Merge each template into ``<lang>/LC_MESSAGES/<domain>.po`` (new ones created empty).

    English text that changed since a translation was made marks that translation fuzzy; keys
    that disappeared are kept as obsolete entries (``#~``) for the translator to reuse.
    """
    from babel.messages.catalog import Catalog

    written = []
    for domain in domains():
        pot = _pot_path(domain, root)
        if not pot.exists():
            raise FileNotFoundError(f"{pot} is missing: run `scripts/i18n.py extract` first")
        template, po = read_catalog(pot), _po_path(domain, lang, root)
        if po.exists():
            cat = read_catalog(po, locale=_babel_locale(lang))
        else:
            cat = Catalog(locale=_babel_locale(lang), project=PROJECT, version="0.1", domain=domain,
                          copyright_holder=_HOLDER, msgid_bugs_address=_BUGS, language_team=f"{lang} <{_BUGS}>",
                          creation_date=_HEADER_DATE, revision_date=_HEADER_DATE, fuzzy=False)
        if cat.last_translator.startswith("FULL NAME"):
            cat.last_translator = f"{_HOLDER} <{_BUGS}>"
        cat.update(template, no_fuzzy_matching=False, update_header_comment=False)
        _write(cat, po)
        written.append(po)
    lookup_cache_clear()
    return written


def check_templates(root: Path = LOCALE_DIR) -> list[str]:
    """Problems that make a template disagree with the ``EN`` dicts (empty: up to date)."""
    problems = []
    for domain in domains():
        path = _pot_path(domain, root)
        if not path.exists():
            problems.append(f"{domain}: no template {path.name}")
            continue
        want = {(c, i): f for c, i, f in _messages(_template(domain))}
        have = {(c, i): f for c, i, f in _messages(read_catalog(path))}
        for context, msgid in want.keys() - have.keys():
            problems.append(f"{domain}.{context}: English text missing from {path.name}: {msgid!r}")
        for context, msgid in have.keys() - want.keys():
            problems.append(f"{domain}.{context}: {path.name} has text the English no longer has: {msgid!r}")
    return problems


def check_translations(lang: str = "zh", root: Path = LOCALE_DIR) -> list[str]:
    """Problems of the ``lang`` catalogues (empty: fine).

    Every domain: a translation whose placeholders differ from its English. Domains in
    ``<lang>/COMPLETE``: any message missing (``update`` not run), untranslated, fuzzy or
    translated from older English.
    """
    problems, complete = [], set(complete_domains(lang, root))
    for domain in complete - set(domains()):
        problems.append(f"{lang}/COMPLETE names {domain!r}, which is not a domain")
    for domain in domains():
        path = _po_path(domain, lang, root)
        if not path.exists():
            problems.append(f"{domain}: no catalogue {path}")
            continue
        entries = {m.context: m for m in read_catalog(path, locale=_babel_locale(lang)) if m.id}
        for key, text in english(domain).items():
            if not text:
                continue
            m = entries.get(key)
            if m is None:  # not translated yet: only an error where the domain is declared complete
                if domain in complete:
                    problems.append(f"{domain}.{key}: missing from {path.name} (run scripts/i18n.py update)")
                continue
            if m.string and placeholders(m.string) != placeholders(text):
                problems.append(f"{domain}.{key}: placeholders {sorted(placeholders(m.string))} "
                                f"differ from the English {sorted(placeholders(text))}")
            if domain in complete:
                if not m.string:
                    problems.append(f"{domain}.{key}: untranslated")
                elif m.fuzzy:
                    problems.append(f"{domain}.{key}: fuzzy (review it and clear the flag)")
                elif m.id != text:
                    problems.append(f"{domain}.{key}: translated from older English")
                elif _english_left(text, m.string):
                    problems.append(f"{domain}.{key}: left in English")
    return problems


def _english_left(english: str, translated: str) -> bool:
    """Whether a translation is the English sentence copied (three or more English words, unchanged)."""
    import re

    words = re.findall(r"[A-Za-z]{3,}", re.sub(r"\{[^{}]*\}|`[^`]*`|<[^>]+>", " ", english))
    return translated.strip() == english.strip() and len(words) >= 3


def compile_catalogs(lang: str = "zh", root: Path = LOCALE_DIR, out: Path | None = None) -> list[Path]:
    """Build ``<domain>.mo`` next to each ``.po`` (or under ``out``) for plain :mod:`gettext` users."""
    from babel.messages.mofile import write_mo

    built = []
    for po in sorted((root / lang / "LC_MESSAGES").glob("*.po")):
        target = (out / lang / "LC_MESSAGES" if out else po.parent) / (po.stem + ".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            write_mo(fh, read_catalog(po, locale=_babel_locale(lang)), use_fuzzy=False)
        built.append(target)
    return built


def complete_domains(lang: str = "zh", root: Path = LOCALE_DIR) -> list[str]:
    """Domains declared fully translated in ``<lang>/COMPLETE`` (one per line, ``#`` comments)."""
    path = root / lang / "COMPLETE"
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _babel_locale(lang: str) -> str:
    return {"zh": "zh_CN"}.get(lang, lang)


@lru_cache(maxsize=None)
def _translations(lang: str, domain: str, root: str) -> dict[tuple[str, str], str]:
    path = _po_path(domain, lang, Path(root))
    if not path.exists():
        return {}
    out = {}
    for m in read_catalog(path, locale=_babel_locale(lang)):
        if m.id and m.string and not m.fuzzy and isinstance(m.string, str):
            out[(m.context, m.id)] = m.string
    return out


def lookup_cache_clear() -> None:
    """Forget the catalogues read so far (after a translator saved a ``.po``)."""
    _translations.cache_clear()


def domain_of(module_name: str) -> str | None:
    """The catalogue domain of the module holding an ``EN`` dict, or ``None`` if it has none.

    >>> domain_of("servicepsych.workshop.texts"), domain_of("servicepsych.strings.common")
    ('workshop', 'common')
    """
    for domain, name in EXTRA_DOMAINS.items():
        if name == module_name:
            return domain
    prefix = "servicepsych.strings."
    return module_name[len(prefix):] if module_name.startswith(prefix) else None


def translate(module, key: str, lang: str) -> str | None:
    """The ``lang`` translation of ``module.EN[key]`` (a module with an ``EN`` dict), or ``None``.

    The one call a table-of-strings class needs, e.g. the workshop's ``Texts``.
    """
    english_text, domain = module.EN.get(key), domain_of(module.__name__)
    if domain is None or not english_text:
        return None
    return lookup(lang, domain, key, english_text)


def lookup(lang: str, domain: str, key: str, english_text: str, root: Path = LOCALE_DIR) -> str | None:
    """The ``lang`` translation of ``domain.key`` made for ``english_text``, or ``None``."""
    if lang == "en" or not english_text:
        return None
    return _translations(lang, domain, str(root)).get((key, english_text))
