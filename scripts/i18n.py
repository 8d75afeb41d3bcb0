#!/usr/bin/env python3
"""Translation catalogues of the learner-facing strings (gettext, via Babel).

    .venv/bin/python scripts/i18n.py extract          # EN dicts -> locale/templates/<domain>.pot
    .venv/bin/python scripts/i18n.py update [--lang zh] # .pot -> locale/zh/LC_MESSAGES/<domain>.po
    .venv/bin/python scripts/i18n.py compile [--lang zh] [--out DIR]  # .po -> .mo
    .venv/bin/python scripts/i18n.py status [--lang zh] # translated / fuzzy / missing per domain

Translators open the ``.po`` files in Poedit or Weblate; see docs/translating.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from servicepsych.i18n import catalog


def _status(lang: str) -> int:
    complete = set(catalog.complete_domains(lang))
    for domain in catalog.domains():
        en = {k: v for k, v in catalog.english(domain).items() if v}
        done = sum(catalog.lookup(lang, domain, k, v) is not None for k, v in en.items())
        mark = "  (declared complete)" if domain in complete else ""
        print(f"{domain:20} {done:4} of {len(en):4} translated{mark}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["extract", "update", "compile", "status"])
    parser.add_argument("--lang", default="zh", help="language code of the catalogues (default zh)")
    parser.add_argument("--out", type=Path, help="compile: write the .mo files under this folder")
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
    else:
        return _status(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
