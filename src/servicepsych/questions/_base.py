"""The building blocks of every question bank: :class:`Question`, the ``expect_*`` tests, the registry.

Question modules (``questions/<concept>.py``) import from here, never from
:mod:`servicepsych.check`, and register their bank with :func:`register`;
:func:`servicepsych.check.check` finds a bank through :func:`get_bank`, which
imports ``questions/<concept>.py`` by name on first use. So ``check`` and the
banks never import each other.

Two kinds of test live in a bank:

* **lesson practice** tests may say whether an answer is right (instant feedback);
* **assignment** tests are *form* tests only (names, types, allowed labels,
  ranges): they never reveal which label or number is right. Correctness is
  the job of the hidden tests in the nbgrader test cell. Use
  :func:`expect_choice` without ``expected``, :func:`expect_type`,
  :func:`expect_in_range`, :func:`expect_labels`, :func:`expect_mapping`,
  :func:`expect_ranking` for those.

Examples
--------
>>> ns = {"offer": "voucher", "plan": ["a", "c", "b"]}
>>> expect_choice(ns, "offer", ("voucher", "refund"))
'voucher'
>>> expect_ranking(ns, "plan", ("a", "b", "c"))
['a', 'c', 'b']
>>> expect_in_range({"minutes": 12}, "minutes", 0, 60)
12.0
"""

from __future__ import annotations

import math
import pkgutil
from dataclasses import dataclass
from importlib import import_module
from typing import Callable, Mapping, Sequence

from ..strings import text

__all__ = [
    "NotAnswered",
    "Question",
    "expect_bool",
    "expect_choice",
    "expect_in_range",
    "expect_labels",
    "expect_mapping",
    "expect_number",
    "expect_ranking",
    "expect_str",
    "expect_type",
    "get_bank",
    "list_concepts",
    "register",
]

TestFn = Callable[[Mapping], None]


class NotAnswered(Exception):
    """The learner has not answered yet (the variable is missing or a placeholder)."""


@dataclass(frozen=True)
class Question:
    """A practice or assignment question.

    Parameters
    ----------
    names : tuple of str
        The variables (or functions) the learner defines; checked for existence first.
    tests : sequence of (description, function)
        Each function takes the namespace and raises ``AssertionError`` with a
        learner-facing message when the answer is wrong.
    hint : str
        Shown when a test fails (already translated: take it from ``strings``).
    """

    names: tuple = ()
    tests: Sequence[tuple[str, TestFn]] = ()
    hint: str = ""



# ---------------------------------------------------------------- registry
_BANKS: dict[str, dict] = {}


def register(concept: str, questions: Mapping[str, Question]) -> dict:
    """Register ``questions`` as the bank of ``concept`` and return it as a dict.

    A question module ends with ``QUESTIONS = register("<concept>", {...})``.
    """
    bank = dict(questions)
    for name, q in bank.items():
        if not isinstance(q, Question):
            raise TypeError(f"question {concept}.{name} is a {type(q).__name__}, not a Question")
    _BANKS[concept] = bank
    return bank


def list_concepts() -> list[str]:
    """Concepts that have a question bank (``questions/<concept>.py``)."""
    from . import __path__ as path

    return sorted(i.name for i in pkgutil.iter_modules(path) if not i.name.startswith("_"))


def get_bank(concept: str) -> dict:
    """The registered bank of ``concept``, importing ``questions/<concept>.py`` on first use.

    Raises
    ------
    KeyError
        If there is no such concept (the message lists the known ones).
    """
    if concept not in _BANKS:
        if concept not in list_concepts():
            raise KeyError(text("common", "check_unknown_concept", concept=concept, known=", ".join(list_concepts())))
        module = import_module(f"{__package__}.{concept}")
        if concept not in _BANKS:  # a module that only defines QUESTIONS
            register(concept, getattr(module, "QUESTIONS"))
    return _BANKS[concept]


# ---------------------------------------------------------------- expectations
# Small building blocks for tests. Each checks the *exact* type first, so an
# object that overrides __eq__ to always say True cannot pass.

def _kind(x) -> str:
    return type(x).__name__


def expect_number(ns: Mapping, name: str, expected: float, *, tol: float = 1e-6, rel: float = 0.0,
                  value=None) -> float:
    """Assert that ``ns[name]`` (or ``value``) is a real number within ``tol`` of ``expected``."""
    actual = ns[name] if value is None else value
    if type(actual) not in _NUMBER_TYPES:
        raise AssertionError(text("common", "expect_number_type", name=name, kind=_kind(actual)))
    number = float(actual)
    if not math.isfinite(number) or not math.isclose(number, float(expected), abs_tol=tol, rel_tol=rel):
        raise AssertionError(text("common", "expect_close", name=name, actual=actual))
    return number


def expect_choice(ns: Mapping, name: str, choices: Sequence[str], expected: str | None = None) -> str:
    """Assert that ``ns[name]`` is a str among ``choices`` (and equal to ``expected`` if given)."""
    actual = ns[name]
    if type(actual) is not str:
        raise AssertionError(text("common", "expect_str_type", name=name, kind=_kind(actual)))
    norm = actual.strip().lower()
    if norm not in [c.lower() for c in choices]:
        raise AssertionError(text("common", "expect_choice", name=name, choices=", ".join(map(repr, choices)),
                                  actual=actual))
    if expected is not None and norm != expected.lower():
        raise AssertionError(text("common", "expect_close", name=name, actual=actual))
    return norm


def expect_str(ns: Mapping, name: str) -> str:
    """Assert that ``ns[name]`` is a str and return it."""
    actual = ns[name]
    if type(actual) is not str:
        raise AssertionError(text("common", "expect_str_type", name=name, kind=_kind(actual)))
    return actual


def expect_bool(ns: Mapping, name: str, expected: bool | None = None) -> bool:
    """Assert that ``ns[name]`` is exactly True or False (and ``expected`` if given)."""
    actual = ns[name]
    if type(actual) is not bool:
        raise AssertionError(text("common", "expect_bool_type", name=name, kind=_kind(actual)))
    if expected is not None and actual is not expected:
        raise AssertionError(text("common", "expect_close", name=name, actual=actual))
    return actual


# ---------------------------------------------------------------- form tests (assignments)
def expect_type(ns: Mapping, name: str, types: tuple, *, what: str):
    """Assert that ``ns[name]`` has exactly one of ``types``; ``what`` names them for the learner."""
    actual = ns[name]
    if type(actual) not in types:
        raise AssertionError(text("common", "expect_type", name=name, what=what, kind=_kind(actual)))
    return actual


def expect_in_range(ns: Mapping, name: str, lo: float, hi: float, *, value=None) -> float:
    """Assert that ``ns[name]`` (or ``value``) is a finite number with ``lo <= x <= hi``; return it as float."""
    actual = ns[name] if value is None else value
    if type(actual) not in _NUMBER_TYPES:
        raise AssertionError(text("common", "expect_number_type", name=name, kind=_kind(actual)))
    number = float(actual)
    if not math.isfinite(number) or not lo <= number <= hi:
        raise AssertionError(text("common", "expect_in_range", name=name, actual=actual, lo=lo, hi=hi))
    return number


def expect_labels(ns: Mapping, name: str, choices: Sequence[str], length: int | None = None) -> list:
    """Assert that ``ns[name]`` is a list (or tuple) of str, each among ``choices`` (form only)."""
    actual = ns[name]
    if type(actual) not in (list, tuple):
        raise AssertionError(text("common", "expect_list_type", name=name, kind=_kind(actual)))
    if length is not None and len(actual) != length:
        raise AssertionError(text("common", "expect_length", name=name, length=length, actual=len(actual)))
    allowed = [c.lower() for c in choices]
    out = []
    for item in actual:
        if type(item) is not str or item.strip().lower() not in allowed:
            raise AssertionError(text("common", "expect_item_choice", name=name, item=item,
                                      choices=", ".join(map(repr, choices))))
        out.append(item.strip().lower())
    return out


def expect_mapping(ns: Mapping, name: str, keys: Sequence[str], choices: Sequence[str] | None = None) -> dict:
    """Assert that ``ns[name]`` is a dict with exactly ``keys``; with ``choices``, each value is one of them."""
    actual = ns[name]
    if type(actual) is not dict:
        raise AssertionError(text("common", "expect_dict_type", name=name, kind=_kind(actual)))
    if sorted(map(str, actual)) != sorted(keys) or not all(type(k) is str for k in actual):
        raise AssertionError(text("common", "expect_keys", name=name, keys=", ".join(map(repr, keys))))
    if choices is not None:
        allowed = [c.lower() for c in choices]
        for key, value in actual.items():
            if type(value) is not str or value.strip().lower() not in allowed:
                raise AssertionError(text("common", "expect_item_choice", name=f"{name}[{key!r}]", item=value,
                                          choices=", ".join(map(repr, choices))))
    return dict(actual)


def expect_ranking(ns: Mapping, name: str, items: Sequence[str]) -> list:
    """Assert that ``ns[name]`` is a list ordering every one of ``items`` exactly once (form only)."""
    actual = ns[name]
    if type(actual) not in (list, tuple) or not all(type(x) is str for x in actual):
        raise AssertionError(text("common", "expect_list_type", name=name, kind=_kind(actual)))
    if sorted(actual) != sorted(items):
        raise AssertionError(text("common", "expect_ranking", name=name, items=", ".join(map(repr, items))))
    return list(actual)


def _number_types():
    import numpy as np

    return (int, float, np.float64, np.float32, np.int64, np.int32)


_NUMBER_TYPES = _number_types()
