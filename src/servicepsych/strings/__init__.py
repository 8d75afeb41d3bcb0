"""Learner-facing strings: one module per concept, so translators work in one place.

Each ``strings/<concept>.py`` defines a dict per language, named by its code in
capitals (``EN``, later ``ZH`` …), mapping a key to a string (``str.format``
placeholders allowed). Code never hard-codes learner-facing text: it calls
:func:`text`.

Translations live in gettext catalogues, ``servicepsych/locale/<lang>/LC_MESSAGES/<concept>.po``
(see ``docs/translating.md`` and :mod:`servicepsych.i18n`), read lazily the first time a
string of another language is asked for. A ``<LANG>`` dict in the module, if any, is used for
keys the catalogue lacks. A key that is missing, fuzzy or was translated from older English
falls back to English, key by key.

The language is chosen with :func:`set_language` or the ``SERVICEPSYCH_LANG``
environment variable (default ``en``).

Examples
--------
>>> from servicepsych.strings import text
>>> text("common", "check_passed", question="anchoring.q1")
'All checks passed for anchoring.q1.'
"""

from __future__ import annotations

import os
from importlib import import_module

__all__ = ["get_language", "set_language", "supported_languages", "text", "using_language"]

_language: str | None = None
#: The editions the kit ships: English (the source) and Simplified Chinese.
LANGUAGES = ("en", "zh")


def supported_languages() -> tuple[str, ...]:
    """The language codes the kit has editions for.

    >>> supported_languages()
    ('en', 'zh')
    """
    return LANGUAGES


def get_language() -> str:
    """The current language code (``"en"`` unless changed)."""
    return (_language or os.environ.get("SERVICEPSYCH_LANG") or "en").lower()


def set_language(code: str) -> None:
    """Use language ``code`` (e.g. ``"zh"``) for every learner-facing string from now on."""
    global _language
    _language = code.lower()


class using_language:
    """``with using_language("zh"): ...`` — another language for a block, restored afterwards.

    >>> with using_language("zh"):
    ...     get_language()
    'zh'
    """

    def __init__(self, code: str | None):
        self.code = code

    def __enter__(self):
        global _language
        self.saved = _language
        if self.code:
            _language = self.code.lower()
        return self

    def __exit__(self, *exc):
        global _language
        _language = self.saved
        return False


def text(concept: str, key: str, /, **fields) -> str:
    """The string ``key`` of ``concept`` in the current language, formatted with ``fields``.

    Raises
    ------
    KeyError
        If no language (not even English) has the key: a bug, not learner error.
    """
    module = import_module(f"{__name__}.{concept}")
    english = module.EN.get(key)
    language = get_language()
    template = None
    if language != "en":
        if english is not None:
            from ..i18n.catalog import lookup

            template = lookup(language, concept, key, english)
        if template is None:
            template = (getattr(module, language.upper(), None) or {}).get(key)
    if template is None:
        template = english
    if template is None:
        raise KeyError(f"no string {key!r} for concept {concept!r}")
    return template.format(**fields) if fields else template
