"""The live classroom experiments, one module each (texts, form, parsing, class result)."""

from __future__ import annotations

from importlib import import_module

__all__ = ["NAMES", "get"]

#: Experiment names, in the course's teaching order (module 01 to 05).
NAMES = ("anchoring", "framing", "loss_aversion", "peak_end", "emotional_labor")


def get(name: str):
    """The experiment module called ``name`` (ValueError listing the known ones otherwise)."""
    if name not in NAMES:
        raise ValueError(f"unknown experiment {name!r}; choose from {', '.join(NAMES)}")
    return import_module(f"{__name__}.{name}")
