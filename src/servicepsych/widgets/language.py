"""Lesson widgets for service language: a live phrase checker and the copy-machine reason explorer.

The phrase checker runs :func:`servicepsych.language.review` on what the learner
types (it re-checks when the box loses focus, ``continuous_update=False``), and
shows each flagged phrase with why it is risky, what to say instead and whether
the rule is research or practice wisdom. The reason explorer shows the published
figures of Langer, Blank & Chanowitz (1978) from :mod:`servicepsych.findings`.

Every builder returns an :class:`~servicepsych.widgets._base.Explorer`; make the
call the last expression of a notebook cell to show it. Headless, set
``explorer.controls[name].value`` and read ``explorer.result``.

Examples
--------
>>> from servicepsych.widgets.language import phrase_checker, reason_explorer
>>> ex = phrase_checker("Sorry, but I can't do that.")
>>> [f.rule for f in ex.result["review"].flags]
['but_after_kind', 'cant']
>>> ex.controls["reply"].value = "I can send a new one today."
>>> ex.result["review"].flags, ex.result["review"].offers_help
([], True)
>>> rx = reason_explorer()
>>> rx.result["shares"]
{'none': 60.0, 'placebic': 93.0, 'real': 94.0}
>>> rx.controls["size"].value = "large"
>>> rx.result["shares"]
{'none': 24.0, 'placebic': 24.0, 'real': 42.0}
"""

from __future__ import annotations

import html as _html

import ipywidgets as W

from .. import findings, language
from ..strings import text
from ._base import CONTROL_PX, Explorer, choice, figure, html_table

__all__ = ["phrase_checker", "reason_explorer"]

_FLAG, _GOOD, _GREY, _HIGHLIGHT = "#b3261e", "#1b7f3b", "#9e9e9e", "#1f5fa8"
_WORDINGS = ("none", "placebic", "real")
_KEYS = {  # the findings rows behind each bar (the small request's rows belong to module 02)
    ("small", "none"): "lbc78_small_request_no_reason",
    ("small", "placebic"): "lbc78_small_request_placebic_reason",
    ("small", "real"): "lbc78_small_request_real_reason",
    ("large", "none"): "lbc78_large_request_no_reason",
    ("large", "placebic"): "lbc78_large_request_placebic_reason",
    ("large", "real"): "lbc78_large_request_real_reason",
}


def _t(key: str, **fields) -> str:
    return text("language", key, **fields)


# ---------------------------------------------------------------- phrase checker
def _facts(raw: str) -> list[str]:
    return [f.strip() for f in (raw or "").split(",") if f.strip()]


def _checker_compute(reply, lang, context, facts):
    return {"reply": reply, "lang": lang, "context": context, "facts_given": bool(_facts(facts)),
            "review": language.review(reply, lang, context=context, facts=_facts(facts))}


def _marked(reply: str, flags) -> str:
    """The reply as HTML with every flagged phrase underlined in red."""
    out, pos = [], 0
    for f in flags:
        out.append(_html.escape(reply[pos:f.start]))
        out.append(f"<mark style='background:#fde7e4;color:{_FLAG};text-decoration:underline'>"
                   f"{_html.escape(reply[f.start:f.end])}</mark>")
        pos = f.end
    out.append(_html.escape(reply[pos:]))
    return "".join(out).replace("\n", "<br>")


def _line(ok: bool, yes: str, no: str) -> str:
    color, words = (_GOOD, yes) if ok else (_FLAG, no)
    return f"<div style='color:{color}'>{_html.escape(words)}</div>"


def _checker_render(r):
    if not r["reply"].strip():
        return f"<p style='color:#555'>{_html.escape(_t('checker_empty'))}</p>"
    review = r["review"]
    parts = [f"<div style='padding:6px 8px;border-left:3px solid #ccc;margin:4px 0'>"
             f"{_marked(r['reply'], review.flags)}</div>"]
    summary = _t("checker_summary", n=len(review.flags)) if review.flags else _t("checker_no_flags")
    parts.append(f"<p><b>{_html.escape(summary)}</b></p>")
    if review.flags:
        rows = [(f.phrase, f.reason, f.suggestion, _t(f"checker_kind_{f.kind}")) for f in review.flags]
        parts.append(html_table(rows, [_t("checker_col_phrase"), _t("checker_col_why"), _t("checker_col_instead"),
                                       _t("checker_col_kind")]))
    parts.append(_line(review.offers_help, _t("checker_offer_yes"), _t("checker_offer_no")))
    parts.append(_line(review.gives_reason, _t("checker_reason_yes"), _t("checker_reason_no")))
    if review.missing_facts:
        parts.append(_line(False, "", _t("checker_facts_missing", facts=", ".join(review.missing_facts))))
    elif r["facts_given"]:
        parts.append(_line(True, _t("checker_facts_ok"), ""))
    parts.append(f"<p style='color:#555;font-size:90%'>{_html.escape(_t('checker_caveat'))}</p>")
    return "<div style='max-width:900px'>" + "".join(parts) + "</div>"


def phrase_checker(reply: str = "", lang: str = "en", context: str = "calm", facts: str = "") -> Explorer:
    """A box to type a reply in, with flags, suggestions and the three checks of a good reply below it.

    Parameters
    ----------
    reply : str
        The reply shown at first.
    lang : {"en", "zh"}
    context : {"calm", "upset"}
        How the customer feels (only the light-apology rule depends on it).
    facts : str
        Comma-separated facts the reply must keep (order number, date, amount …).
    """
    language._check_lang(lang)
    language._check_context(context)
    box = W.Textarea(value=reply, description=_t("checker_reply"), continuous_update=False,
                     layout=W.Layout(width=f"{CONTROL_PX + 180}px", height="90px", max_width="100%"))
    facts_box = W.Text(value=facts, description=_t("checker_facts"), placeholder=_t("checker_facts_placeholder"),
                       continuous_update=False, layout=W.Layout(width=f"{CONTROL_PX}px", max_width="100%"))
    controls = {
        "reply": box,
        "lang": choice(_t("checker_lang"), [(_t("checker_lang_en"), "en"), (_t("checker_lang_zh"), "zh")], lang,
                       buttons=True),
        "context": choice(_t("checker_context"), [(_t("checker_context_calm"), "calm"),
                                                  (_t("checker_context_upset"), "upset")], context, buttons=True),
        "facts": facts_box,
    }
    return Explorer(controls, _checker_compute, _checker_render, title=_t("checker_title"))


# ---------------------------------------------------------------- reason or no reason
def _shares(size: str) -> dict:
    return {w: float(findings.get(_KEYS[(size, w)]).value) for w in _WORDINGS}


def _reason_compute(size, highlight):
    if size not in ("small", "large") or highlight not in _WORDINGS:
        raise ValueError(f"unknown request size {size!r} or wording {highlight!r}")
    return {"size": size, "highlight": highlight, "shares": _shares(size), "pages": 5 if size == "small" else 20}


def _reason_render(r):
    labels = [_t(f"reason_{w}") for w in _WORDINGS]
    values = [r["shares"][w] for w in _WORDINGS]
    colors = [_HIGHLIGHT if w == r["highlight"] else _GREY for w in _WORDINGS]
    fig, ax = figure(6.4, 3.2)
    bars = ax.bar(labels, values, color=colors)
    for bar, v in zip(bars, values):
        ax.text(bar.get_x() + bar.get_width() / 2, v + 2, f"{v:g}%", ha="center", va="bottom")
    ax.set(ylim=(0, 110), ylabel=_t("reason_ylabel"), title=_t("reason_plot_title", size=_t(f"reason_size_{r['size']}")))
    ax.spines[["top", "right"]].set_visible(False)
    wording = _t(f"reason_{r['highlight']}_text", pages=r["pages"])
    caption = _t("reason_caption", wording=_t(f"reason_{r['highlight']}"), share=r["shares"][r["highlight"]],
                 verdict=_t(f"reason_verdict_{r['size']}"))
    note = (f"<p><i>{_html.escape(wording)}</i><br>{_html.escape(caption)}</p>"
            f"<p style='color:#555;font-size:90%'>{_html.escape(_t('reason_source'))}</p>")
    return [fig, note]


def reason_explorer(size: str = "small", highlight: str = "placebic") -> Explorer:
    """The copy-machine study: share who complied with no reason, an empty reason and a real reason.

    Parameters
    ----------
    size : {"small", "large"}
        5 pages (smaller than the person's own job) or 20 pages.
    highlight : {"none", "placebic", "real"}
        The wording whose exact words and share are shown below the bars.
    """
    controls = {
        "size": choice(_t("reason_size"), [(_t("reason_size_small"), "small"), (_t("reason_size_large"), "large")],
                       size, buttons=True),
        "highlight": choice(_t("reason_wording"), [(_t(f"reason_{w}"), w) for w in _WORDINGS], highlight,
                            buttons=True),
    }
    return Explorer(controls, _reason_compute, _reason_render, title=_t("reason_title"))
