"""HTML of the workshop: phone-first participant pages and the trainer's projector page.

Everything a participant or the database supplies goes through :func:`html.escape`;
no page loads anything from outside the app (CSS inline, no fonts, no scripts on the
participant pages; one inline script with a per-response nonce on the trainer's page).
"""

from __future__ import annotations

import html
import json

from . import plots
from .experiments._base import Summary, fmt
from .texts import t

__all__ = ["experiment_page", "join_page", "message_page", "page", "summary_html", "trainer_page"]

CSS = """
*{box-sizing:border-box}
body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f4f6f8}
main{max-width:640px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.3rem 0 .8rem}
h2{font-size:1.15rem;margin:1rem 0 .4rem}
h3{font-size:1rem;margin:.2rem 0}
.scene{background:#fff;border-left:4px solid #3b6ea5;padding:10px 12px;border-radius:6px;margin:.6rem 0}
.notice{background:#fff7e0;border:1px solid #e8c766;padding:10px 12px;border-radius:6px}
.error{background:#fdecea;border:1px solid #d9534f;color:#8a1c17;padding:10px 12px;border-radius:6px;font-weight:600}
.ok{background:#e8f5e9;border:1px solid #5cb85c;padding:10px 12px;border-radius:6px}
fieldset{border:0;margin:.8rem 0;padding:0}
legend{font-weight:600;margin-bottom:.35rem}
.opt{display:flex;align-items:center;gap:10px;background:#fff;border:1px solid #c9d1d9;border-radius:8px;
 padding:12px;margin:6px 0;min-height:48px;cursor:pointer}
.opt input{width:22px;height:22px;flex:none;margin:0}
.opt.small{display:inline-flex;min-height:44px;padding:8px 12px;margin:4px 6px 4px 0}
.pair{display:flex;flex-wrap:wrap;align-items:center;gap:4px;background:#fff;border-radius:8px;padding:6px 10px;margin:6px 0}
.pair .q{flex:1 1 100%;font-weight:600}
.card{background:#eef2f6;border-radius:10px;padding:4px 10px;margin:12px 0}
label.num{display:block;font-weight:600;margin:.8rem 0}
label.num .row{display:flex;align-items:center;gap:8px;margin-top:6px}
input[type=number],input[type=text]{font-size:1.2rem;padding:10px;border:1px solid #8a96a3;border-radius:8px;width:100%;max-width:14rem}
input[type=text]{max-width:100%}
.suffix{font-weight:400;color:#444}
button,.button{display:block;width:100%;font-size:1.1rem;font-weight:700;padding:14px;margin:16px 0;border:0;
 border-radius:10px;background:#1d3557;color:#fff;text-align:center;text-decoration:none}
.hint{color:#555;font-size:.9rem}
ul.exps{list-style:none;padding:0}
ul.exps li a{display:flex;justify-content:space-between;background:#fff;border:1px solid #c9d1d9;border-radius:8px;
 padding:14px;margin:8px 0;color:#1b1f24;text-decoration:none;font-weight:600}
.badge{font-weight:400;color:#3b6ea5;white-space:nowrap;margin-left:10px}
.journey{background:#fff;border-radius:8px;padding:8px 10px;margin:8px 0}
.mins{display:flex;flex-wrap:wrap;gap:2px}
.min{display:inline-block;width:24px;height:26px;line-height:26px;text-align:center;font-size:.8rem;color:#fff;
 border-radius:4px;background:hsl(calc(120 - var(--v) * 12),60%,40%)}
"""

TRAINER_CSS = """
main.trainer{max-width:1400px}
.top{display:flex;gap:24px;align-items:center;flex-wrap:wrap;background:#fff;border-radius:12px;padding:12px 18px}
.qr svg{width:260px;height:260px;display:block}
.join-url{font-size:1.6rem;font-weight:700;word-break:break-all}
.count{font-size:3rem;font-weight:800;color:#1d3557;line-height:1}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(440px,1fr));gap:16px;margin-top:16px}
.panel{background:#fff;border-radius:12px;padding:12px 16px}
.effect{font-size:2rem;font-weight:800;color:#1d3557}
table.pub{border-collapse:collapse;font-size:.95rem;margin:.4rem 0}
table.pub td{padding:3px 8px;border-bottom:1px solid #e3e6ea;vertical-align:top}
.plot{width:100%;max-width:520px;height:auto}
.small{font-size:.85rem;color:#555}
.panels[hidden]{display:none}
button.reveal{width:auto;display:inline-block;margin:0 14px 8px 0;padding:10px 18px;font-size:1rem}
"""


def page(title: str, body: str, *, extra_css: str = "", script: str = "", nonce: str = "") -> str:
    """A whole HTML document (``body`` must already be escaped HTML)."""
    from ..strings import get_language

    js = f'<script nonce="{html.escape(nonce)}">{script}</script>' if script else ""
    lang = {"zh": "zh-CN"}.get(get_language(), "en")
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{CSS}{extra_css}</style></head>"
            f"<body><main class=\"{'trainer' if extra_css else ''}\">{body}</main>{js}</body></html>")


def _error(error: str | None) -> str:
    return f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""


def join_page(error: str | None = None, next_path: str = "") -> str:
    nxt = f'<input type="hidden" name="next" value="{html.escape(next_path)}">' if next_path else ""
    body = (f"<h1>{html.escape(t('join_title'))}</h1>{_error(error)}<p>{html.escape(t('join_intro'))}</p>"
            f'<form method="post" action="/join">{nxt}<label class="num">{html.escape(t("nickname"))}'
            f'<input type="text" name="nickname" maxlength="24" autocomplete="off" autocapitalize="words"></label>'
            f'<p class="hint">{html.escape(t("nickname_hint"))}</p>'
            f'<button type="submit">{html.escape(t("join"))}</button></form>')
    return page(t("join_title"), body)


def list_page(items: list[tuple[str, str, bool]], nickname: str = "") -> str:
    """The participant's list of experiments: (name, title, done)."""
    lis = "".join(
        f'<li><a href="/e/{html.escape(name)}">{html.escape(title)}<span class="badge">'
        f'{html.escape(t("done_badge") if done else t("todo"))}</span></a></li>' for name, title, done in items)
    hello = f"<p>{html.escape(t('joined_as', name=nickname))}</p>" if nickname else ""
    return page(t("choose"), f"<h1>{html.escape(t('choose'))}</h1>{hello}<ul class=\"exps\">{lis}</ul>")


def experiment_page(name: str, title: str, form_body: str, error: str | None = None) -> str:
    body = (f"<h1>{html.escape(title)}</h1>{_error(error)}"
            f'<form method="post" action="/e/{html.escape(name)}">{form_body}'
            f'<button type="submit">{html.escape(t("submit"))}</button></form>')
    return page(title, body)


def message_page(title: str, message: str, *, kind: str = "ok", links=()) -> str:
    """A short page with one message and a few links (``links`` = [(href, label)])."""
    a = "".join(f'<a class="button" href="{html.escape(href)}">{html.escape(label)}</a>' for href, label in links)
    return page(title, f"<h1>{html.escape(title)}</h1><p class=\"{html.escape(kind)}\">{html.escape(message)}</p>{a}")


def summary_html(name: str, title: str, s: Summary) -> str:
    """One experiment's panel on the trainer's page: the class's effect, the published figures, the plot."""
    interval = f'{t("ci")} {t("ci_range", low=fmt(s.low, percent=s.percent), high=fmt(s.high, percent=s.percent))}'
    if s.n == 0:
        effect = f"<p>{html.escape(t('no_answers'))}</p>"
    else:
        effect = (f'<div class="effect" data-effect="{html.escape(name)}">{html.escape(fmt(s.estimate, percent=s.percent))}'
                  f'</div><div>{html.escape(t("labelled", label=s.headline, value=interval))}</div>')
    rows = []
    for p in s.published:
        if p.missing:
            rows.append(f"<tr><td>{html.escape(p.label)}</td><td><em>{html.escape(p.missing)}</em></td></tr>")
        else:
            value = fmt(p.value, percent=s.percent and not p.unit)
            unit = f" {p.unit}" if p.unit and p.unit != "%" else ("%" if p.unit == "%" else "")
            rows.append(f'<tr><td>{html.escape(p.label)}</td><td><b>{html.escape(value + unit)}</b><br>'
                        f'<span class="small">{html.escape(p.citation)}</span></td></tr>')
    lines = "".join(f"<li>{html.escape(line)}</li>" for line in s.lines)
    svg = plots.bar_chart(s.bars, s.markers, axis=s.axis, axis_label=s.axis_label, percent=s.percent)
    return (f'<section class="panel" id="panel-{html.escape(name)}"><h2>{html.escape(title)} '
            f'<span class="small" data-n="{s.n}">{html.escape(t("n_answers", n=s.n, answers=t("answers")))}</span></h2>'
            f"<h3>{html.escape(t('class_result'))}</h3>{effect}{svg}"
            f"<h3>{html.escape(t('published'))}</h3><table class=\"pub\">{''.join(rows)}</table>"
            f"<ul class=\"small\">{lines}</ul><p class=\"small\">"
            f"{html.escape(t('labelled', label=t('method'), value=s.method))}</p></section>")


TRAINER_JS = """
(function(){
  var status=document.getElementById('status'), errors=0, polls=0, MAX=20000;
  function tick(){
    if(++polls>MAX){status.textContent='';return;}
    var ctl=new AbortController(), timer=setTimeout(function(){ctl.abort();},8000);
    fetch('/trainer/state?v='+encodeURIComponent(document.body.dataset.version),
          {credentials:'same-origin',cache:'no-store',signal:ctl.signal})
      .then(function(r){if(!r.ok)throw new Error(r.status);return r.json();})
      .then(function(s){
        clearTimeout(timer); errors=0; status.textContent=LIVE;
        document.getElementById('count').textContent=s.participants;
        if(s.panels!==undefined && s.version!==document.body.dataset.version){
          document.body.dataset.version=s.version;
          document.getElementById('panels').innerHTML=s.panels;
        }
        setTimeout(tick,POLL);
      })
      .catch(function(){clearTimeout(timer); errors++; status.textContent=PAUSED;
        setTimeout(tick,Math.min(30000,POLL*Math.pow(2,errors)));});
  }
  var reveal=document.getElementById('reveal'), panels=document.getElementById('panels');
  reveal.addEventListener('click',function(){
    panels.hidden=!panels.hidden;
    reveal.textContent=panels.hidden?REVEAL:HIDE;
    reveal.setAttribute('aria-expanded',String(!panels.hidden));
  });
  setTimeout(tick,POLL);
})();
"""


def trainer_page(*, join_url: str, qr_svg: str, participants: int, panels: str, version: str, nonce: str,
                 poll_ms: int = 2000) -> str:
    body = (f'<div class="top"><div class="qr" aria-label="{html.escape(t("scan"))}">{qr_svg}</div>'
            f'<div><div>{html.escape(t("scan"))} {html.escape(t("or_open"))}</div>'
            f'<div class="join-url">{html.escape(join_url)}</div></div>'
            f'<div><div class="count" id="count">{participants}</div><div>{html.escape(t("participants"))}</div></div>'
            f'<div><button type="button" id="reveal" class="reveal" aria-controls="panels" aria-expanded="false">'
            f'{html.escape(t("reveal"))}</button>'
            f'<a href="/trainer/export.csv">{html.escape(t("export"))}</a><br>'
            f'<span class="small" id="status">{html.escape(t("live"))}</span></div></div>'
            f'<div class="panels" id="panels" hidden>{panels}</div>')
    script = (f"var LIVE={json.dumps(t('live'))},PAUSED={json.dumps(t('paused'))},POLL={int(poll_ms)},"
              f"REVEAL={json.dumps(t('reveal'))},HIDE={json.dumps(t('hide'))};"
              + TRAINER_JS)
    doc = page(t("trainer_title"), body, extra_css=TRAINER_CSS, script=script, nonce=nonce)
    return doc.replace("<body>", f'<body data-version="{html.escape(version)}">', 1)
