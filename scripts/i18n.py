#!/usr/bin/env python3
"""Translation catalogues of the learner-facing strings and notebooks (gettext, via Babel).

Package strings (``strings/<concept>.py``, workshop texts):

    .venv/bin/python scripts/i18n.py extract          # EN dicts -> src/servicepsych/locale/templates/<domain>.pot
    .venv/bin/python scripts/i18n.py update [--lang zh] # .pot -> src/servicepsych/locale/zh/LC_MESSAGES/<domain>.po
    .venv/bin/python scripts/i18n.py compile [--lang zh] [--out DIR]  # .po -> .mo
    .venv/bin/python scripts/i18n.py status [--lang zh] # translated / missing per domain (strings and notebooks)

Lessons and assignments (one catalogue per notebook, ``locale/zh/lesson_NN_slug.po`` and
``locale/zh/assignment_NN_slug.po``):

    .venv/bin/python scripts/i18n.py nb-update        # English notebooks -> locale/templates/*.pot -> locale/zh/*.po
    .venv/bin/python scripts/i18n.py nb-build [--only 01_anchoring]  # -> notebooks/zh/, course_zh/source/

Either kind, for translators who prefer a JSON file to Poedit:

    .venv/bin/python scripts/i18n.py dump NAME > todo.json    # {key or cell id: {"en": ..., "zh": ...}}
    .venv/bin/python scripts/i18n.py fill NAME todo.json      # writes the "zh" values into NAME's .po

NAME is a domain (``anchoring``, ``workshop_framing``, ``lesson_01_anchoring``, ``assignment_01_anchoring``).
``fill`` refuses a translation whose placeholders differ (strings) or whose code differs (code cells).
Translators may also open the ``.po`` files in Poedit or Weblate; see docs/translating.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from servicepsych.i18n import catalog, notebooks


def _status(lang: str) -> int:
    complete = set(catalog.complete_domains(lang))
    for domain in catalog.domains():
        en = {k: v for k, v in catalog.english(domain).items() if v}
        done = sum(catalog.lookup(lang, domain, k, v) is not None for k, v in en.items())
        mark = "  (declared complete)" if domain in complete else ""
        print(f"{domain:28} {done:4} of {len(en):4} translated{mark}")
    for domain, (done, total) in _notebook_status(lang).items():
        print(f"{domain:28} {done:4} of {total:4} cells translated")
    return 0


def _notebook_status(lang: str) -> dict[str, tuple[int, int]]:
    out = {}
    for src, (_, missing) in notebooks.build(lang, write=False).items():
        total = len(notebooks._template(src))
        out[src.domain] = (total - len(missing), total)
    return out


def _po_of(name: str, lang: str) -> tuple[Path, str]:
    if name in catalog.domains():
        return catalog._po_path(name, lang, catalog.LOCALE_DIR), "strings"
    if name.startswith(("lesson_", "assignment_")):
        return notebooks._po(name, lang, notebooks.REPO), "notebook"
    raise SystemExit(f"unknown catalogue {name!r}: a string domain ({', '.join(catalog.domains())}) "
                     "or lesson_NN_slug / assignment_NN_slug")


def _dump(name: str, lang: str) -> int:
    path, _ = _po_of(name, lang)
    if not path.exists():
        raise SystemExit(f"{path} does not exist: run `update` (strings) or `nb-update` (notebooks) first")
    cat = catalog.read_catalog(path, locale=catalog._babel_locale(lang))
    table = {m.context: {"en": m.id, "zh": "" if m.fuzzy else (m.string or "")} for m in cat if m.id}
    for m in cat:
        if m.id and notebooks.adapted_reason(m):
            table[m.context]["adapted"] = notebooks.adapted_reason(m)
    json.dump(table, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def _fill(name: str, file: Path, lang: str) -> int:
    from babel.messages.catalog import Message  # noqa: F401  (the catalogue's own message type)

    path, kind = _po_of(name, lang)
    cat = catalog.read_catalog(path, locale=catalog._babel_locale(lang))
    data = json.loads(file.read_text(encoding="utf-8"))
    by_context = {m.context: m for m in cat if m.id}
    written, refused = 0, []
    for key, value in data.items():
        text = value.get("zh") if isinstance(value, dict) else value
        if not text:
            continue
        m = by_context.get(key)
        if m is None:
            refused.append(f"{key}: no such message in {path.name}")
            continue
        if isinstance(value, dict) and value.get("en") not in (None, m.id):
            refused.append(f"{key}: the English changed since this was dumped; dump again")
            continue
        if kind == "strings" and catalog.placeholders(text) != catalog.placeholders(m.id):
            refused.append(f"{key}: placeholders {sorted(catalog.placeholders(text))} differ from the English "
                           f"{sorted(catalog.placeholders(m.id))}")
            continue
        adapted = value.get("adapted") if isinstance(value, dict) else None
        if adapted:  # code changed on purpose for this language (see servicepsych.i18n.notebooks)
            m.user_comments = [c for c in m.user_comments if not c.lower().startswith("adapted:")] + \
                [f"adapted: {adapted}"]
        elif kind == "notebook" and "code cell" in " ".join(m.auto_comments):
            problems = notebooks.code_differences(m.id, text)
            if problems:
                refused.append(f"{key}: " + "; ".join(problems[:3]))
                continue
        m.string, written = text, written + 1
        m.flags.discard("fuzzy")
    catalog._write(cat, path)
    catalog.lookup_cache_clear()
    print(f"{path}: {written} translation(s) written")
    for line in refused:
        print(f"  refused {line}", file=sys.stderr)
    return 1 if refused else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["extract", "update", "compile", "status", "nb-update", "nb-build",
                                            "dump", "fill"])
    parser.add_argument("name", nargs="?", help="dump/fill: the catalogue (domain) name")
    parser.add_argument("file", nargs="?", type=Path, help="fill: the JSON file")
    parser.add_argument("--lang", default="zh", help="language code of the catalogues (default zh)")
    parser.add_argument("--out", type=Path, help="compile: write the .mo files under this folder")
    parser.add_argument("--only", help="nb-update, nb-build: one module, e.g. 01_anchoring")
    args = parser.parse_args(argv)
    if args.command == "extract":
        changed = catalog.extract()
        print(f"{len(changed)} template(s) changed" + "".join(f"\n  {p}" for p in changed))
    elif args.command == "update":
        written = catalog.update(args.lang)
        print(f"merged {len(written)} catalogue(s) for {args.lang}")
    elif args.command == "compile":
        built = catalog.compile_catalogs(args.lang, out=args.out)
        print(f"built {len(built)} .mo file(s)" + "".join(f"\n  {p}" for p in built))
    elif args.command == "nb-update":
        changed = notebooks.extract(lang=args.lang, only=args.only)
        written = notebooks.update(args.lang, only=args.only)
        print(f"{len(changed)} notebook template(s) changed; merged {len(written)} notebook catalogue(s)")
    elif args.command == "nb-build":
        result = notebooks.build(args.lang, only=args.only)
        for src, missing in result.items():
            note = f"  ({len(missing)} cell(s) still English: {', '.join(missing[:8])}" + \
                   (" …)" if len(missing) > 8 else ")") if missing else ""
            print(f"{src.target.relative_to(notebooks.REPO)}{note}")
    elif args.command in ("dump", "fill"):
        if not args.name or (args.command == "fill" and not args.file):
            parser.error(f"{args.command} needs a catalogue name" + (" and a JSON file" if args.command == "fill" else ""))
        return _dump(args.name, args.lang) if args.command == "dump" else _fill(args.name, args.file, args.lang)
    else:
        return _status(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
