"""Take-away cards: a lesson's "Apply it at work on Monday" list as a one-page printable card.

The card is made from the lesson's own text (:attr:`Lesson.apply_items`), so the two never drift.
It is A5 portrait (148 × 210 mm); :func:`estimated_lines` is a quick, conservative guess of whether
the list fits, and the build checks the printed PDF has exactly one page.

Examples
--------
>>> from servicepsych.trainer.cards import estimated_lines, CARD_LINES
>>> estimated_lines(["**Short.** One line."]) <= CARD_LINES
True
>>> estimated_lines(["word " * 400]) > CARD_LINES
True
"""

from __future__ import annotations

import html as _html
import math
import re

from .lesson import APPLY_HEADINGS, HOW_SURE_HEADINGS, Lesson

#: text lines that fit in the card's list area (10 pt on 128 mm, 1.38 line height, below the header)
CARD_LINES = 27
CHARS_PER_LINE = 60

CARD_CSS = """
@page { size: 148mm 210mm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
       color: #1d2430; }
.card { width: 148mm; min-height: 209mm; padding: 10mm 10mm 8mm; display: flex; flex-direction: column;
        }
.band { background: #0b3d66; color: white; margin: -10mm -10mm 4mm; padding: 7mm 10mm 5mm; }
.module { font-size: 8.5pt; letter-spacing: .08em; text-transform: uppercase; opacity: .85; }
h1 { font-size: 15pt; line-height: 1.2; margin: 1mm 0 0; }
h2 { font-size: 11pt; margin: 0 0 2mm; color: #0b3d66; }
ul { margin: 0; padding-left: 5mm; font-size: 10pt; line-height: 1.38; }
li { margin: 0 0 2.2mm; }
li strong { color: #0b3d66; }
.spacer { flex: 1; }
.mine { border-top: 1px dashed #8aa; padding-top: 2mm; font-size: 9pt; color: #345; }
.mine .line { border-bottom: 1px solid #bbb; height: 6mm; }
.foot { font-size: 7.5pt; color: #667; margin-top: 2mm; }
"""


#: the card's own words in each language (the list itself is the lesson's)
CARD_TEXT = {
    "en": {"module": "ServicePsych Kit · module {n}", "mine": "The one I will try first, and with whom:",
           "foot": "From the lesson notebooks/{file} · research and practice wisdom are told apart in its "
                   "section “{how_sure}”", "title": "{title}: take-away card"},
    "zh": {"module": "ServicePsych Kit · 第 {n} 模块", "mine": "我最先尝试哪一条、和谁一起：",
           "foot": "内容来自课程 notebooks/zh/{file} · 哪些是研究证据、哪些是实践经验，见该课“{how_sure}”一节",
           "title": "{title}：要点卡"},
}


class CardOverflow(ValueError):
    """The lesson's list does not fit on one card; shorten the lesson's items."""


def estimated_lines(items: list[str]) -> int:
    """A conservative estimate of the printed lines the ``items`` take (markup removed)."""
    lines = 0
    for item in items:
        plain = re.sub(r"[*_`]", "", item)
        wide = sum(1 for ch in plain if ord(ch) > 0x2E80)  # CJK characters are about two columns wide
        lines += max(1, math.ceil((len(plain) + wide) / CHARS_PER_LINE)) + 0.5
    return math.ceil(lines)


def card_html(lesson: Lesson) -> str:
    """The take-away card of ``lesson`` as a complete HTML page."""
    import mistune

    from .render import page

    heading = APPLY_HEADINGS[lesson.lang]
    if not lesson.apply_items:
        raise ValueError(f"{lesson.path.name} has no '## {heading}' bulleted list: the card is made from it")
    text = CARD_TEXT[lesson.lang]
    inline = mistune.create_markdown(escape=True)
    items = "".join("<li>" + re.sub(r"^<p>|</p>\s*$", "", inline(item).strip()) + "</li>"
                    for item in lesson.apply_items)
    title = re.sub(r"^\d+\s*·\s*", "", lesson.title)
    foot = text["foot"].format(file=lesson.path.name, how_sure=HOW_SURE_HEADINGS[lesson.lang])
    body = (f'<div class="card"><div class="band"><div class="module">'
            f'{_html.escape(text["module"].format(n=lesson.number))}</div>'
            f"<h1>{_html.escape(title)}</h1></div>"
            f"<h2>{_html.escape(heading)}</h2><ul>{items}</ul><div class=\"spacer\"></div>"
            f'<div class="mine">{_html.escape(text["mine"])}<div class="line"></div></div>'
            f'<div class="foot">{_html.escape(foot)}</div></div>')
    return page(text["title"].format(title=title), body, css=CARD_CSS, lang=lesson.lang)


def check_fits(lesson: Lesson) -> None:
    """Raise :class:`CardOverflow` when the list would clearly not fit on one card."""
    n = estimated_lines(lesson.apply_items)
    if n > CARD_LINES:
        raise CardOverflow(f"{lesson.path.name}: the '{APPLY_HEADINGS[lesson.lang]}' list needs about {n} lines; a card "
                           f"holds {CARD_LINES}. Shorten or merge items in the lesson.")
