"""Chinese text in matplotlib figures: a CJK font in the fallback list when the language is zh.

Debian's ``fonts-noto-cjk`` (installed by ``./kit setup``) provides "Noto Sans CJK SC". The
English look stays as it is: the CJK font is appended *after* the current sans-serif font, and
matplotlib (3.6+) falls back to it glyph by glyph, so Latin text keeps DejaVu Sans.
"""

from __future__ import annotations

__all__ = ["CJK_FONTS", "cjk_font", "configure_matplotlib", "missing_glyphs"]

#: CJK fonts tried in order (Simplified Chinese first).
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
             "Noto Sans CJK JP")

#: Where Debian's fonts-noto-cjk puts its fonts.
_NOTO_CJK_GLOB = "/usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc"


def cjk_font() -> str | None:
    """The first installed font of :data:`CJK_FONTS`, or ``None``."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in installed), None)
    if found is None:
        # matplotlib's font cache predates `./kit setup` installing fonts-noto-cjk: add the files
        import glob

        for path in sorted(glob.glob(_NOTO_CJK_GLOB)):
            font_manager.fontManager.addfont(path)
        installed = {f.name for f in font_manager.fontManager.ttflist}
        found = next((name for name in CJK_FONTS if name in installed), None)
    return found


def configure_matplotlib(language: str | None = None) -> str | None:
    """Let matplotlib draw Chinese text when ``language`` (default: the current one) is ``zh``.

    Adds the installed CJK font behind the current sans-serif font in ``font.family`` (and at the
    front of ``font.sans-serif``'s CJK section) and keeps the minus sign drawable. Calling it again
    is harmless. Returns the font used, or ``None`` when nothing was changed (English, or no CJK
    font installed: run ``./kit setup``).

    Examples
    --------
    >>> configure_matplotlib("en") is None
    True
    """
    if language is None:
        from ..strings import get_language

        language = get_language()
    if not language.lower().startswith("zh"):
        return None
    font = cjk_font()
    if font is None:
        return None
    import matplotlib as mpl

    family = list(mpl.rcParams["font.family"])
    if family == ["sans-serif"]:
        family = [mpl.rcParams["font.sans-serif"][0]]
    if font not in family:
        mpl.rcParams["font.family"] = family + [font]
    sans = list(mpl.rcParams["font.sans-serif"])
    if font not in sans:
        mpl.rcParams["font.sans-serif"] = sans + [font]
    mpl.rcParams["axes.unicode_minus"] = False  # U+2212 is missing from some CJK fonts
    return font


def missing_glyphs(text: str, family=None) -> list[str]:
    """The characters of ``text`` that no font of ``family`` (default: rcParams) can draw."""
    import matplotlib as mpl
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    fonts = []
    for name in family or mpl.rcParams["font.family"]:
        try:  # the same per-family lookup matplotlib's own glyph fallback performs
            path = font_manager.findfont(font_manager.FontProperties(family=name),
                                         fallback_to_default=False)
        except ValueError:
            continue
        fonts.append(FT2Font(path))
    return [ch for ch in dict.fromkeys(text) if not ch.isspace()
            and not any(f.get_char_index(ord(ch)) for f in fonts)]
