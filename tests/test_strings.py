"""Learner-facing strings: one table per concept, English fallback, complete placeholders."""

from __future__ import annotations

import pkgutil
import string
from importlib import import_module

import pytest

import servicepsych.strings as S

CONCEPTS = sorted(i.name for i in pkgutil.iter_modules(S.__path__))


def test_language_switch_falls_back_to_english(monkeypatch):
    monkeypatch.setattr(S, "_language", None)
    monkeypatch.setenv("SERVICEPSYCH_LANG", "zh")
    assert S.get_language() == "zh"
    # a key the Chinese catalogue translates comes out in Chinese ...
    assert S.text("common", "check_passed", question="q") != "All checks passed for q."
    # ... and one it does not translate (yet) falls back to English, key by key
    from servicepsych.i18n import catalog
    from servicepsych.strings import anchoring

    untranslated = [k for k in anchoring.EN if catalog.translate(anchoring, k, "zh") is None]
    assert untranslated, "every anchoring string is translated: pick another untranslated concept here"
    assert S.text("anchoring", untranslated[0]) == anchoring.EN[untranslated[0]]
    S.set_language("EN")
    assert S.get_language() == "en"


def test_unknown_key_is_a_clear_error():
    with pytest.raises(KeyError, match="no string"):
        S.text("common", "no_such_key")


@pytest.mark.parametrize("concept", CONCEPTS)
def test_every_language_table_matches_english_placeholders(concept):
    module = import_module(f"servicepsych.strings.{concept}")
    assert isinstance(module.EN, dict) and module.EN
    fields = {k: {f for _, f, _, _ in string.Formatter().parse(v) if f} for k, v in module.EN.items()}
    for lang in [n for n in dir(module) if n.isupper() and len(n) == 2 and n != "EN"]:
        for key, value in getattr(module, lang).items():
            assert key in module.EN, f"{concept}.{lang} has key {key!r} that English lacks"
            got = {f for _, f, _, _ in string.Formatter().parse(value) if f}
            assert got == fields[key], f"{concept}.{lang}[{key!r}] placeholders differ from English"
