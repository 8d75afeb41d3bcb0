"""The notes of the findings (how each figure was obtained), as the catalogue domain ``findings_notes``.

``EN`` maps ``<key>.note`` to the English note, built on first use from the findings.
"""

from __future__ import annotations

__all__ = ["EN"]


def __getattr__(name):
    if name == "EN":
        from . import all_findings

        return {f"{f.key}.note": f.note for f in all_findings() if f.note}
    raise AttributeError(name)
