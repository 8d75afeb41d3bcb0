"""The translatable words of the findings: what was measured, its unit, who was studied.

A catalogue domain (``findings``) like ``strings/<concept>.py``: ``EN`` maps ``<key>.<field>`` to the
English text, built on first use from the findings themselves (so it cannot drift from them).
Numbers, studies, citations and DOIs are not translated; the notes are their own domain
(``findings_notes``, :mod:`._notes`), being longer.
"""

from __future__ import annotations

__all__ = ["FIELDS", "EN"]

#: The fields of a :class:`~servicepsych.findings.Finding` a reader sees as prose.
FIELDS = ("figure", "unit", "population")


def __getattr__(name):
    if name == "EN":
        from . import all_findings

        return {f"{f.key}.{field}": getattr(f, field) for f in all_findings() for field in FIELDS
                if getattr(f, field)}
    raise AttributeError(name)
