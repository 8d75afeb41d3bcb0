"""Markdown to a self-contained, printable HTML page (inline CSS, nothing loaded from outside)."""

from __future__ import annotations

import html as _html

GUIDE_CSS = """
@page { size: A4; margin: 16mm 16mm 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
       font-size: 10.5pt; line-height: 1.45; color: #1d2430; max-width: 190mm; margin: 0 auto; padding: 6mm; }
@media print { body { padding: 0; } }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #0b3d66; }
h2 { font-size: 14pt; margin: 7mm 0 2mm; color: #0b3d66; border-bottom: 1.5px solid #c9d6e3; padding-bottom: 1mm;
     break-after: avoid; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; color: #234; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; break-inside: avoid; font-size: 9.5pt; }
th, td { border: 1px solid #c9d6e3; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
td:first-child { white-space: nowrap; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; background: #f1f3f5; padding: 0 1px; }
blockquote { margin: 2mm 0; padding: 1mm 4mm; border-left: 3px solid #e5a00d; background: #fff8e6; }
.meta { color: #566; font-size: 9pt; }
.practice { display: inline-block; font-size: 8pt; background: #fff1cc; color: #6b4b00; border-radius: 2px;
            padding: 0 3px; }
ul.checklist { list-style: none; padding-left: 1mm; }
ul.checklist li { padding-left: 1.5em; text-indent: -1.5em; }
ul.checklist li::before { content: "\\2610\\00a0\\00a0"; }
footer { margin-top: 8mm; color: #667; font-size: 8.5pt; border-top: 1px solid #ddd; padding-top: 2mm; }
"""


#: the font stack of Chinese pages: Debian's fonts-noto-cjk first (installed by ./kit setup), its Latin
#: glyphs match the Chinese ones; then other common CJK fonts
CJK_FONTS = ('"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "WenQuanYi Micro Hei", '
             '"Microsoft YaHei", "PingFang SC", sans-serif')
#: the ``lang`` attribute of a page in each language of the materials
HTML_LANG = {"en": "en", "zh": "zh-CN"}
#: added after a page's own CSS when it is Chinese: CJK fonts, Chinese line breaking, long code wraps, no
#: slanted (fake-italic) Chinese
ZH_CSS = (f"\nbody {{ font-family: {CJK_FONTS}; line-break: strict; word-break: normal; }}"
          f"\ncode {{ font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono CJK SC\", monospace; overflow-wrap: anywhere; }}"
          "\ntd, th, li, p { overflow-wrap: anywhere; }"
          "\nem { font-style: normal; color: #3d4f66; }\n")  # Chinese has no italics: a quieter colour instead


def markdown_html(text: str) -> str:
    """Render markdown (tables, strikethrough) to HTML; raw HTML in the source is escaped."""
    import mistune

    md = mistune.create_markdown(escape=True, plugins=["table", "strikethrough"])
    out = md(text)
    # observer's checklists: a list whose items start with "[ ]" becomes a printable tick list
    out = out.replace("<ul>\n<li>[ ] ", '<ul class="checklist">\n<li>').replace("<li>[ ] ", "<li>")
    return out


def page(title: str, body_html: str, *, css: str = GUIDE_CSS, footer: str = "", lang: str = "en") -> str:
    """A complete HTML document with inline CSS; ``lang="zh"`` declares ``zh-CN`` and uses CJK fonts."""
    foot = f"<footer>{_html.escape(footer)}</footer>" if footer else ""
    if lang not in HTML_LANG:
        raise ValueError(f"unknown language {lang!r}; pages exist in: {', '.join(HTML_LANG)}")
    if lang == "zh":
        css = css + ZH_CSS
    return (f'<!DOCTYPE html>\n<html lang="{HTML_LANG[lang]}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_html.escape(title)}</title><style>{css}</style></head>"
            f"<body>{body_html}{foot}</body></html>\n")
