"""The live classroom experiments, one module each (texts, form, parsing, class result)."""

from __future__ import annotations

from importlib import import_module

__all__ = ["NAMES", "get"]

#: Experiment names, in the course's teaching order (modules 01 to 09; module 10 has none).
NAMES = ("anchoring", "framing", "loss_aversion", "peak_end", "emotional_labor", "service_language",
         "customer_emotion", "service_recovery", "social_influence")


def get(name: str):
    """The experiment module called ``name`` (ValueError listing the known ones otherwise)."""
    if name not in NAMES:
        raise ValueError(f"unknown experiment {name!r}; choose from {', '.join(NAMES)}")
    return import_module(f"{__name__}.{name}")
