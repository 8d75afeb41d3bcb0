"""``./kit materials`` (``python -m servicepsych.trainer``): build, check and serve the trainer's materials.

Sub-commands::

    build [--module M ...] [--out build/trainer] [--no-pdf] [--preview] [--lang en|zh|all]
        per module: the facilitator guide (HTML, PDF), the take-away card (HTML, one-page PDF) and
        the widget-only notebook; an index page. --preview adds a PNG of each PDF's first page.
    check [--lang en|zh|all]
        quick, no browser: every guide is complete, every card fits, every lesson carries slide
        metadata and is normalised.
    serve MODULE [--port 8866] [--host 127.0.0.1] [--lang en|zh]
        the module's widgets as a code-free page with Voilà.

Output goes to ``build/trainer/`` (git-ignored): ``index.html``, ``guides/NN_slug.{html,pdf}``,
``cards/NN_slug.{html,pdf}``, ``widgets/NN_slug.ipynb``; the Chinese edition (``--lang zh``) to
``build/trainer/zh/`` with the same layout, from ``trainer/guides/zh/NN_slug.md`` and the generated
Chinese lessons ``notebooks/zh/NN_slug.ipynb`` (a module whose Chinese lesson does not exist yet gets
its guide only; the build says so and goes on). ``--lang`` may come before or after the sub-command.
"""

from __future__ import annotations

import argparse
import html
import os
import subprocess
import sys
from pathlib import Path

from .lesson import APPLY_HEADINGS, LANGS, ROOT, Lesson, find_lesson, lesson_paths, lessons_dir, read_lesson

OUT = ROOT / "build" / "trainer"
#: ``--lang`` values: one language, or every language (English first)
LANG_CHOICES = (*LANGS, "all")


def _langs(lang: str) -> tuple[str, ...]:
    if lang not in LANG_CHOICES:
        raise ValueError(f"unknown language {lang!r}; choose one of: {', '.join(LANG_CHOICES)}")
    return LANGS if lang == "all" else (lang,)


def lang_out(out: Path, lang: str) -> Path:
    """Where a language's materials go: ``out`` for English, ``out/zh`` for Chinese."""
    return Path(out) if lang == "en" else Path(out) / lang


def translated_lesson(lesson: Lesson, lang: str, root: Path = ROOT) -> Lesson | None:
    """The ``lang`` edition of the English ``lesson`` (``notebooks/zh/NN_slug.ipynb``), or ``None`` if not built yet."""
    if lang == lesson.lang:
        return lesson
    path = lessons_dir(root, lang) / lesson.path.name
    return read_lesson(path, lang) if path.exists() else None


class NotTranslatedYet(LookupError):
    """The Chinese lesson a card or widget page is made from does not exist yet (a skip, not a failure)."""


def _lessons(modules: list[str] | None, root: Path = ROOT) -> list[Lesson]:
    paths = [find_lesson(m, root) for m in modules] if modules else lesson_paths(root)
    return [read_lesson(p) for p in paths]


def build_card(lesson: Lesson, out: Path, *, pdf: bool = True) -> dict[str, Path]:
    """Write the card's HTML (and PDF, checked to be one page) under ``out/cards/``."""
    from .cards import CardOverflow, card_html, check_fits
    from .pdf import html_to_pdf, pdf_pages

    check_fits(lesson)
    target = out / "cards"
    target.mkdir(parents=True, exist_ok=True)
    files = {"html": target / f"{lesson.name}.html"}
    files["html"].write_text(card_html(lesson), encoding="utf-8")
    if pdf:
        files["pdf"] = html_to_pdf(files["html"], target / f"{lesson.name}.pdf")
        pages = pdf_pages(files["pdf"])
        if pages != 1:
            raise CardOverflow(f"{lesson.path.name}: the take-away card printed on {pages} pages, not one; "
                               "shorten the lesson's 'Apply it at work on Monday' items")
    return files


def build_guide(lesson: Lesson, out: Path, *, pdf: bool = True, guides_dir: Path | None = None,
                lang: str | None = None) -> dict[str, Path]:
    """Check the module's guide and write its HTML (and PDF) under ``out/guides/``.

    ``lang`` is the guide's language (default: the lesson's). A Chinese guide may be built with the
    English lesson while the Chinese lesson is not generated yet (its take-away list then says so).
    """
    from .guides import guide_path, problems, render_guide
    from .pdf import html_to_pdf

    lang = lang or lesson.lang
    source = guide_path(lesson, guides_dir, lang)
    if not source.exists():
        how = ("translate trainer/guides/" + lesson.name + ".md, see docs/trainer.md, Chinese edition"
               if lang == "zh" else "copy trainer/guides/01_anchoring.md and follow docs/trainer.md")
        raise FileNotFoundError(f"no facilitator guide {source.relative_to(ROOT) if source.is_relative_to(ROOT) else source}"
                                f" ({how})")
    text = source.read_text(encoding="utf-8")
    found = problems(text, lesson, lang)
    if found:
        raise ValueError(f"{source.name} is incomplete:\n  - " + "\n  - ".join(found))
    target = out / "guides"
    target.mkdir(parents=True, exist_ok=True)
    files = {"html": target / f"{lesson.name}.html"}
    files["html"].write_text(render_guide(text, lesson, lang), encoding="utf-8")
    if pdf:
        files["pdf"] = html_to_pdf(files["html"], target / f"{lesson.name}.pdf")
    return files


def build_widgets(lesson: Lesson, out: Path) -> Path:
    """Write the widget-only notebook ``out/widgets/NN_slug.ipynb``."""
    import nbformat

    from .widget_only import widget_notebook

    target = out / "widgets"
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{lesson.name}.ipynb"
    nbformat.write(widget_notebook(lesson), path)
    return path


def _index(rows: list[tuple[Lesson, dict]], out: Path, lang: str = "en") -> Path:
    from .render import page

    def link(p):
        return f'<a href="{html.escape(str(p.relative_to(out)))}">{p.suffix[1:].upper()}</a>' if p else "—"

    if lang == "zh":
        title = "讲师资料"
        body = ["<h1>讲师资料（中文版）</h1><p class=\"meta\">由 <code>./kit materials --lang zh</code> 根据中文课程 "
                "<code>notebooks/zh/</code> 和 <code>trainer/guides/zh/</code> 生成。幻灯片：在 JupyterLab 中打开课程"
                "（<code>./kit lab --lang zh</code>），按 Alt+R。只看互动组件的页面：<code>./kit materials serve NN --lang zh</code>。"
                "“—”表示该模块的中文课尚未生成。</p>",
                "<table><tr><th>#</th><th>模块</th><th>讲师手册</th><th>要点卡</th><th>互动组件页</th></tr>"]
    else:
        title = "Trainer's materials"
        body = ["<h1>Trainer's materials</h1><p class=\"meta\">Generated by <code>./kit materials</code> from the "
                "lessons and <code>trainer/guides/</code>. Slides: open the lesson in JupyterLab (<code>./kit lab</code>) "
                "and press Alt+R. Widget-only page: <code>./kit materials serve NN</code>.</p>",
                "<table><tr><th>#</th><th>Module</th><th>Facilitator guide</th><th>Take-away card</th>"
                "<th>Widget-only notebook</th></tr>"]
    for lesson, files in rows:
        g, c = files.get("guide", {}), files.get("card", {})
        body.append(f"<tr><td>{lesson.number}</td><td>{html.escape(lesson.title)}</td>"
                    f"<td>{link(g.get('html'))} {link(g.get('pdf'))}</td><td>{link(c.get('html'))} {link(c.get('pdf'))}</td>"
                    f"<td>{link(files.get('widgets'))}</td></tr>")
    body.append("</table>")
    out.mkdir(parents=True, exist_ok=True)
    path = out / "index.html"
    path.write_text(page(title, "".join(body), lang=lang), encoding="utf-8")
    return path


def build(modules=None, out: Path = OUT, *, pdf: bool = True, preview: bool = False, log=print,
          lang: str = "en") -> list[str]:
    """Build every module's materials; returns the list of problems (empty when all went well).

    ``lang`` is ``"en"``, ``"zh"`` (into ``out/zh/``) or ``"all"``. A Chinese card or widget page
    whose lesson ``notebooks/zh/NN_slug.ipynb`` is not generated yet is skipped with a message (not a
    problem); a missing or incomplete Chinese guide is a problem, as in English.
    """
    errors = []
    for one in _langs(lang):
        errors += _build_lang(modules, lang_out(out, one), one, pdf=pdf, preview=preview, log=log)
    return errors


def _build_lang(modules, out: Path, lang: str, *, pdf: bool, preview: bool, log) -> list[str]:
    from .guides import guide_path, unused_widgets
    from .pdf import preview_png

    out = Path(out)
    errors, rows, skipped = [], [], []
    lessons = _lessons(modules)
    if lang != "en":
        log(f"{lang} edition into {out}")
    for i, english in enumerate(lessons, 1):
        log(f"[{i}/{len(lessons)}] {english.name}" + (f" ({lang})" if lang != "en" else ""))
        lesson = translated_lesson(english, lang)
        files: dict = {}

        def needs_lesson(make):
            def run():
                if lesson is None:
                    raise NotTranslatedYet(f"no Chinese lesson notebooks/{lang}/{english.name}.ipynb yet (the "
                                           "Chinese lessons are generated by .venv/bin/python scripts/i18n.py "
                                           "nb-build): skipped")
                return make(lesson)
            return run

        def card(l):
            if not l.apply_items and APPLY_HEADINGS["en"] in l.sections:
                raise NotTranslatedYet(f"notebooks/{lang}/{l.name}.ipynb still has the English heading "
                                       f"'{APPLY_HEADINGS['en']}' (its catalogue locale/{lang}/lesson_{l.name}.po "
                                       f"is not translated yet, the card needs '## {APPLY_HEADINGS[lang]}'): skipped")
            return build_card(l, out, pdf=pdf)

        for kind, make in (("guide", lambda: build_guide(lesson or english, out, pdf=pdf, lang=lang)),
                           ("card", needs_lesson(card)),
                           ("widgets", needs_lesson(lambda l: build_widgets(l, out)))):
            try:
                files[kind] = make()
            except NotTranslatedYet as exc:
                skipped.append(f"{english.name} {kind}")
                log(f"    {kind}: {exc}")
                continue
            except Exception as exc:  # one module's problem never stops the others
                errors.append(f"{lesson.name} {kind}: {exc}")
                log(f"    {kind}: FAILED: {exc}")
                continue
            shown = files[kind].values() if isinstance(files[kind], dict) else [files[kind]]
            log(f"    {kind}: " + ", ".join(str(p.relative_to(out)) for p in shown))
            if preview and isinstance(files[kind], dict) and "pdf" in files[kind]:
                png = preview_png(files[kind]["pdf"], files[kind]["pdf"].with_suffix(".png"))
                log(f"    {kind} preview: {png.relative_to(out) if png else 'pdftoppm not installed'}")
        g = guide_path(english, lang=lang)
        if g.exists():
            for name in unused_widgets(g.read_text(encoding="utf-8"), lesson or english, lang):
                log(f"    note: the guide does not say when to show the lesson's widget {name}()")
        rows.append((lesson or english, files))
    log(f"index: {_index(rows, out, lang)}")
    if skipped:
        log(f"skipped ({lang} lesson not generated or not translated yet): " + ", ".join(skipped))
    return errors


def check(modules=None, log=print, lang: str = "en") -> list[str]:
    """The quick checks (no browser): guides complete, cards fit, slides present and normalised.

    For ``lang="zh"``: the Chinese guides are complete, and each Chinese lesson that exists has a
    take-away list that fits (a Chinese lesson not generated yet is mentioned, not counted).
    """
    errors = []
    for one in _langs(lang):
        errors += _check_en(modules) if one == "en" else _check_translated(modules, one, log)
    for e in errors:
        log("problem: " + e)
    log("all materials complete" if not errors else f"{len(errors)} problem(s)")
    return errors


def _check_translated(modules, lang: str, log) -> list[str]:
    from .cards import CardOverflow, check_fits
    from .guides import guide_path, problems

    errors = []
    for english in _lessons(modules):
        lesson = translated_lesson(english, lang)
        g = guide_path(english, lang=lang)
        if not g.exists():
            errors.append(f"{english.name}: no {lang} guide {g.relative_to(ROOT) if g.is_relative_to(ROOT) else g}")
        else:
            errors += [f"{english.name} {lang} guide: {p}"
                       for p in problems(g.read_text(encoding="utf-8"), lesson or english, lang)]
        if lesson is None:
            log(f"note: no {lang} lesson notebooks/{lang}/{english.name}.ipynb yet: its card is not checked")
            continue
        try:
            check_fits(lesson)
        except (CardOverflow, ValueError) as exc:
            errors.append(str(exc))
        if not lesson.apply_items:
            errors.append(f"{lesson.path.relative_to(ROOT) if lesson.path.is_relative_to(ROOT) else lesson.path}: "
                          "no take-away list (the card is made from it)")
    return errors


def _check_en(modules) -> list[str]:
    import nbformat

    from .cards import CardOverflow, check_fits
    from .guides import guide_path, problems
    from .slides import slide_types

    errors = []
    for lesson in _lessons(modules):
        g = guide_path(lesson)
        if not g.exists():
            errors.append(f"{lesson.name}: no guide {g.name} in trainer/guides/")
        else:
            errors += [f"{lesson.name} guide: {p}" for p in problems(g.read_text(encoding="utf-8"), lesson)]
        try:
            check_fits(lesson)
        except (CardOverflow, ValueError) as exc:
            errors.append(str(exc))
        if not lesson.apply_items:
            errors.append(f"{lesson.name}: no 'Apply it at work on Monday' list (the card is made from it)")
        nb = nbformat.read(lesson.path, as_version=4)
        have = [c.metadata.get("slideshow", {}).get("slide_type") for c in nb.cells]
        if have != slide_types(nb):
            errors.append(f"{lesson.name}: slide metadata missing or stale: run "
                          ".venv/bin/python scripts/normalize_notebooks.py")
    return errors


def serve(module: str, *, host: str = "127.0.0.1", port: int = 8866, out: Path = OUT, lang: str = "en") -> int:
    """Serve the module's widget-only notebook (in ``lang``) with Voilà (code hidden) until Ctrl+C."""
    if lang not in LANGS:
        raise ValueError(f"serve shows one language: --lang {' or '.join(LANGS)}")
    english = read_lesson(find_lesson(module))
    lesson = translated_lesson(english, lang)
    if lesson is None:
        raise ValueError(f"no {lang} lesson notebooks/{lang}/{english.name}.ipynb yet: generate it with "
                         ".venv/bin/python scripts/i18n.py nb-build")
    path = build_widgets(lesson, lang_out(Path(out), lang))
    voila = Path(sys.executable).with_name("voila")
    cmd = [str(voila) if voila.exists() else "voila", str(path), f"--port={port}", f"--Voila.ip={host}",
           "--no-browser", "--show_tracebacks=False"]
    print(f"Widget-only page: http://{host}:{port}/   (from {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    print("Stop with Ctrl+C.")
    try:
        return subprocess.call(cmd, cwd=str(path.parent),
                               env={**os.environ, "MPLBACKEND": "Agg", "SERVICEPSYCH_LANG": lang})
    except KeyboardInterrupt:
        return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="./kit materials", description=__doc__.splitlines()[0])
    lang_help = "en (default), zh (the Chinese edition, into build/trainer/zh/) or all"
    parser.add_argument("--lang", choices=LANG_CHOICES, default="en", help=lang_help)
    sub = parser.add_subparsers(dest="cmd")
    b = sub.add_parser("build", help="guides, cards and widget notebooks into build/trainer/")
    b.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS, help=lang_help)
    b.add_argument("--module", action="append", help="01, anchoring or 01_anchoring (may repeat; default: all)")
    b.add_argument("--out", type=Path, default=OUT)
    b.add_argument("--no-pdf", action="store_true", help="HTML only (no Chromium needed)")
    b.add_argument("--preview", action="store_true", help="also a PNG of each PDF's first page (pdftoppm)")
    c = sub.add_parser("check", help="quick completeness checks, no browser")
    c.add_argument("--module", action="append")
    c.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS, help=lang_help)
    s = sub.add_parser("serve", help="the module's widgets as a code-free page (Voilà)")
    s.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS, help="en (default) or zh")
    s.add_argument("module")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8866)
    args = parser.parse_args(argv)
    try:
        if args.cmd == "serve":
            return serve(args.module, host=args.host, port=args.port, lang=args.lang)
        if args.cmd == "check":
            return 1 if check(args.module, lang=args.lang) else 0
        modules = getattr(args, "module", None)
        errors = build(modules, getattr(args, "out", OUT), pdf=not getattr(args, "no_pdf", False),
                       preview=getattr(args, "preview", False), lang=args.lang)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for e in errors:
        print("problem: " + e, file=sys.stderr)
    return 1 if errors else 0
