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

A practice cell the learner has not touched yet (the value is still ``...``, or
the cell that sets it has not run) is *pending*, not failed: the panel is
neutral ("your answer goes here"), so a first Run All of a lesson shows no red.
An assignment's test cell (``strict=True``) still fails:

>>> pending = check(q, namespace={"answer": ...})
>>> pending.pending, pending.passed
(['answer'], False)
>>> check(q, namespace={}, strict=True)
Traceback (most recent call last):
...
AssertionError: You have not defined `answer` yet. Run the cell where you set it, then check again.
"""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass, field
from typing import Mapping

from .questions._base import (  # re-exported: the public names of the check API
    NotAnswered,
    Question,
    expect_bool,
    expect_choice,
    expect_in_range,
    expect_labels,
    expect_mapping,
    expect_number,
    expect_ranking,
    expect_str,
    expect_type,
    get_bank,
    list_concepts,
)
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


@dataclass
class CheckResult:
    """Outcome of :func:`check`: truthy when every test passed."""

    question: str
    outcomes: list = field(default_factory=list)  # (description, ok, message)
    hint: str = ""
    #: Names the learner has not answered yet (still ``...``, not defined, or a stub that raises
    #: ``NotImplementedError``). A result with pending names is neither passed nor failed.
    pending: list = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.pending and bool(self.outcomes) and all(ok for _, ok, _ in self.outcomes)

    @property
    def failed(self) -> bool:
        """True when the learner answered and a test said no (a pending result has not failed)."""
        return not self.pending and not self.passed

    def __bool__(self) -> bool:
        return self.passed

    def messages(self) -> list[str]:
        """Learner-facing messages of the failed tests."""
        return [msg for _, ok, msg in self.outcomes if not ok]

    def summary(self) -> str:
        if self.pending:
            return text("common", "check_pending", question=self.question)
        if self.passed:
            return text("common", "check_passed", question=self.question)
        failed = len(self.messages())
        return text("common", "check_failed", failed=failed, total=len(self.outcomes), question=self.question)

    def __repr__(self) -> str:
        lines = [self.summary()]
        lines += [f"  - {m}" for m in self.messages()]
        if self.failed and self.hint:
            lines.append("  " + text("common", "check_hint", hint=self.hint))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        if self.pending:  # neutral: nothing is wrong yet
            colour, icon = "#5f6368", "&#9998;"
        else:
            colour = "#1b7f3b" if self.passed else "#b3261e"
            icon = "&#10004;" if self.passed else "&#10008;"
        items = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages())
        hint = ""
        if self.failed and self.hint:
            hint = f"<p><em>{html.escape(text('common', 'check_hint', hint=self.hint))}</em></p>"
        return (
            f'<div style="border-left:4px solid {colour};padding:4px 10px;margin:4px 0">'
            f'<strong style="color:{colour}">{icon} {html.escape(self.summary())}</strong>'
            f"{'<ul>' + items + '</ul>' if items else ''}{hint}</div>"
        )


def _questions_of(concept: str) -> dict:
    return get_bank(concept)


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
        Displays as a green or red panel in a notebook, or a neutral "your
        answer goes here" panel while an answer is still ``...`` or not defined
        (``result.pending`` lists those names). With ``strict=True`` an
        unanswered name raises ``AssertionError`` like a wrong answer.
    """
    if isinstance(question, Question):
        q, label = question, "this question"
    else:
        q, label = _resolve(question), question
    ns = namespace if namespace is not None else sys._getframe(1).f_globals
    result = CheckResult(label, hint=q.hint)
    for name in q.names:
        if name not in ns or ns[name] is Ellipsis:
            key = "check_not_defined" if name not in ns else "check_not_answered"
            msg = text("common", key, name=name)
            if strict:
                raise AssertionError(msg)
            result.pending.append(name)
            result.outcomes.append((text("common", "check_is_answered", name=name), False, msg))
    if result.pending:
        return result
    for description, fn in q.tests:
        try:
            fn(ns)
        except AssertionError as exc:
            if strict:
                raise
            result.outcomes.append((description, False, str(exc) or description))
        except NotImplementedError:
            msg = text("common", "check_not_answered", name=", ".join(q.names) or text("common", "your_answer"))
            if strict:
                raise AssertionError(msg) from None
            result.pending.extend(n for n in q.names if n not in result.pending)
            result.outcomes.append((description, False, msg))
        except Exception as exc:  # the learner's function raised: explain, do not crash
            msg = text("common", "check_error", error=type(exc).__name__, message=exc)
            if strict:
                raise AssertionError(msg) from exc
            result.outcomes.append((description, False, msg))
        else:
            result.outcomes.append((description, True, ""))
    return result


