"""Translations of the course: gettext catalogues, the glossary, Chinese text in plots.

Nothing here is imported by ``import servicepsych``; Babel and matplotlib load only when a
function that needs them is called.

========================  ===================================================================
:mod:`.catalog`            ``extract``/``update``/``compile_catalogs`` (``scripts/i18n.py``), ``lookup``
:mod:`.glossary`           ``docs/glossary.tsv`` and ``check_terms(english, chinese, concept)``
:mod:`.fonts`              ``configure_matplotlib()``: a CJK font for Chinese plot text
========================  ===================================================================
"""

from .catalog import LOCALE_DIR, complete_domains, domains, english, lookup, placeholders
from .fonts import CJK_FONTS, cjk_font, configure_matplotlib, missing_glyphs
from .glossary import GLOSSARY, Term, check_terms, load_glossary

__all__ = ["CJK_FONTS", "GLOSSARY", "LOCALE_DIR", "Term", "check_terms", "cjk_font", "complete_domains",
           "configure_matplotlib", "domains", "english", "load_glossary", "lookup", "missing_glyphs",
           "placeholders"]
