"""Instant feedback for learners: ``check("concept.question")``.

A lesson or an assignment asks the learner to set some variables; ``check``
reads them from the notebook's namespace and runs the question's *visible*
tests: the very tests an assessor's nbgrader test cell runs (with
``strict=True``) before its hidden ones. Questions are defined in
``servicepsych/questions/<concept>.py`` as a dict ``QUESTIONS`` of
:class:`Question`; their learner-facing messages come from
``servicepsych/strings/<concept>.py``.

Examples
--------
>>> from servicepsych.check import Question, check, expect_number
>>> q = Question(names=("answer",),
...              tests=[("the answer is 42", lambda ns: expect_number(ns, "answer", 42))])
>>> result = check(q, namespace={"answer": 42})
>>> result.passed
True
>>> check(q, namespace={"answer": "42"}).messages()
['`answer` should be a number (int or float), but it is a str.']
>>> check(q, namespace={"answer": 41}, strict=True)
Traceback (most recent call last):
...
AssertionError: `answer` is 41, which is not what the model gives. Re-read the step where you compute it.
"""

from __future__ import annotations

import html
import math
import pkgutil
import sys
from dataclasses import dataclass, field
from importlib import import_module
from typing import Callable, Mapping, Sequence

from .strings import text

__all__ = [
    "CheckResult",
    "Question",
    "check",
    "expect_bool",
    "expect_choice",
    "expect_number",
    "expect_str",
    "list_questions",
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


@dataclass
class CheckResult:
    """Outcome of :func:`check`: truthy when every test passed."""

    question: str
    outcomes: list = field(default_factory=list)  # (description, ok, message)
    hint: str = ""

    @property
    def passed(self) -> bool:
        return bool(self.outcomes) and all(ok for _, ok, _ in self.outcomes)

    def __bool__(self) -> bool:
        return self.passed

    def messages(self) -> list[str]:
        """Learner-facing messages of the failed tests."""
        return [msg for _, ok, msg in self.outcomes if not ok]

    def summary(self) -> str:
        if self.passed:
            return text("common", "check_passed", question=self.question)
        failed = len(self.messages())
        return text("common", "check_failed", failed=failed, total=len(self.outcomes), question=self.question)

    def __repr__(self) -> str:
        lines = [self.summary()]
        lines += [f"  - {m}" for m in self.messages()]
        if not self.passed and self.hint:
            lines.append("  " + text("common", "check_hint", hint=self.hint))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        colour = "#1b7f3b" if self.passed else "#b3261e"
        icon = "&#10004;" if self.passed else "&#10008;"
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages())
        hint = ""
        if not self.passed and self.hint:
            hint = f"<p><em>{html.escape(text('common', 'check_hint', hint=self.hint))}</em></p>"
        return (
            f'<div style="border-left:4px solid {colour};padding:4px 10px;margin:4px 0">'
            f'<strong style="color:{colour}">{icon} {html.escape(self.summary())}</strong>'
            f"{'<ul>' + items + '</ul>' if items else ''}{hint}</div>"
        )


def _questions_of(concept: str) -> dict:
    try:
        module = import_module(f"servicepsych.questions.{concept}")
    except ModuleNotFoundError:
        raise KeyError(text("common", "check_unknown_concept", concept=concept, known=", ".join(list_concepts()))) from None
    return module.QUESTIONS


def list_concepts() -> list[str]:
    """Concepts that have questions."""
    from . import questions

    return sorted(i.name for i in pkgutil.iter_modules(questions.__path__) if not i.name.startswith("_"))


def list_questions(concept: str) -> list[str]:
    """Fully qualified names (``concept.question``) of a concept's questions."""
    return [f"{concept}.{name}" for name in _questions_of(concept)]


def _resolve(question: str) -> Question:
    concept, _, name = question.partition(".")
    questions = _questions_of(concept)
    if name not in questions:
        raise KeyError(text("common", "check_unknown_question", question=question, concept=concept,
                            known=", ".join(questions)))
    return questions[name]


def check(question, *, namespace: Mapping | None = None, strict: bool = False) -> CheckResult:
    """Run the visible tests of ``question`` against the learner's variables.

    Parameters
    ----------
    question : str or Question
        ``"concept.question"`` (e.g. ``"anchoring.wheel_index"``), or a
        :class:`Question` object.
    namespace : mapping, optional
        Where to read the learner's variables; by default the caller's globals
        (the notebook's namespace).
    strict : bool
        Raise ``AssertionError`` on the first failure (what an nbgrader test
        cell wants) instead of returning a result to display.

    Returns
    -------
    CheckResult
        Displays as a green or red panel in a notebook.
    """
    if isinstance(question, Question):
        q, label = question, "this question"
    else:
        q, label = _resolve(question), question
    ns = namespace if namespace is not None else sys._getframe(1).f_globals
    result = CheckResult(label, hint=q.hint)
    for name in q.names:
        if name not in ns:
            msg = text("common", "check_not_defined", name=name)
            if strict:
                raise AssertionError(msg)
            result.outcomes.append((f"{name} is defined", False, msg))
            return result
        if ns[name] is Ellipsis:
            msg = text("common", "check_not_answered", name=name)
            if strict:
                raise AssertionError(msg)
            result.outcomes.append((f"{name} is answered", False, msg))
            return result
    for description, fn in q.tests:
        try:
            fn(ns)
        except AssertionError as exc:
            if strict:
                raise
            result.outcomes.append((description, False, str(exc) or description))
        except NotImplementedError:
            msg = text("common", "check_not_answered", name=", ".join(q.names) or "your answer")
            if strict:
                raise AssertionError(msg) from None
            result.outcomes.append((description, False, msg))
        except Exception as exc:  # the learner's function raised: explain, do not crash
            msg = text("common", "check_error", error=type(exc).__name__, message=exc)
            if strict:
                raise AssertionError(msg) from exc
            result.outcomes.append((description, False, msg))
        else:
            result.outcomes.append((description, True, ""))
    return result


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


def _number_types():
    import numpy as np

    return (int, float, np.float64, np.float32, np.int64, np.int32)


_NUMBER_TYPES = _number_types()
