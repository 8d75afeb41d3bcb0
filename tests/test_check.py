"""Tests of the learner-facing check engine (servicepsych.check)."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from conftest import trick_values
from servicepsych import check as C
from servicepsych.check import Question, check, expect_bool, expect_choice, expect_number, expect_str


def double_q():
    def calls_learner_function(ns):
        f = ns["double"]
        if f(2) != 4 or f(-1.5) != -3.0:
            raise AssertionError("double(x) should return 2*x")

    return Question(names=("double",), tests=[("double works", calls_learner_function)], hint="multiply by 2")


def test_passes_and_fails_with_messages():
    q = Question(names=("x",), tests=[("x is 3", lambda ns: expect_number(ns, "x", 3.0))])
    assert check(q, namespace={"x": 3}).passed
    assert check(q, namespace={"x": np.float64(3.0)}).passed
    result = check(q, namespace={"x": 4})
    assert not result and "is 4" in result.messages()[0]


@pytest.mark.parametrize("trick", trick_values()[:3] + ["3", True, [3]])
def test_tricks_do_not_pass_number_checks(trick):
    q = Question(names=("x",), tests=[("x is 3", lambda ns: expect_number(ns, "x", 3.0))])
    assert not check(q, namespace={"x": trick}).passed


def test_placeholder_and_missing_variable_are_explained():
    q = double_q()
    assert "not defined" in check(q, namespace={}).messages()[0]
    assert "placeholder" in check(q, namespace={"double": ...}).messages()[0]

    def stub(x):
        raise NotImplementedError()

    assert "placeholder" in check(q, namespace={"double": stub}).messages()[0]


def two_numbers_q():
    return Question(names=("a", "b"), tests=[("a is 1", lambda ns: expect_number(ns, "a", 1)),
                                             ("b is 2", lambda ns: expect_number(ns, "b", 2))], hint="count")


@pytest.mark.parametrize("ns", [{}, {"a": ..., "b": ...}, {"a": 1, "b": ...}, {"a": ...}])
def test_untouched_practice_cell_is_neutral_not_failed(ns):
    """A first Run All of a lesson: values still `...` or never set show "your answer goes here", no red."""
    result = check(two_numbers_q(), namespace=ns)
    assert result.pending and not result.passed and not result.failed and not bool(result)
    html = result._repr_html_()
    assert "Your answer goes here" in html and "&#9998;" in html
    assert "#b3261e" not in html and "&#10008;" not in html and "failed" not in html
    assert "Hint" not in html and "failed" not in repr(result)
    assert set(result.pending) == {n for n in ("a", "b") if ns.get(n, ...) is Ellipsis}


def test_a_stub_function_is_pending_too():
    def stub(x):
        raise NotImplementedError()

    result = check(double_q(), namespace={"double": stub})
    assert result.pending == ["double"] and "#b3261e" not in result._repr_html_()


@pytest.mark.parametrize("ns", [{}, {"a": ..., "b": 2}, {"a": 1}])
def test_strict_still_fails_an_unanswered_question(ns):
    """In an assignment's test cell a missing or placeholder answer earns nothing."""
    with pytest.raises(AssertionError, match="not defined|placeholder"):
        check(two_numbers_q(), namespace=ns, strict=True)


def test_answered_wrong_is_red_with_hint():
    result = check(two_numbers_q(), namespace={"a": 1, "b": 3})
    assert result.failed and not result.pending
    html = result._repr_html_()
    assert "#b3261e" in html and "&#10008;" in html and "Hint: count" in html


def test_learner_errors_become_messages_not_crashes():
    result = check(double_q(), namespace={"double": lambda x: 1 / 0})
    assert not result.passed and "ZeroDivisionError" in result.messages()[0]
    assert "multiply by 2" in repr(result)


def test_strict_raises_assertion_error():
    with pytest.raises(AssertionError, match="2\\*x"):
        check(double_q(), namespace={"double": lambda x: x}, strict=True)
    assert check(double_q(), namespace={"double": lambda x: 2 * x}, strict=True).passed


def test_default_namespace_is_callers_globals():
    q = Question(names=("ANSWER_FOR_TEST",), tests=[("set", lambda ns: expect_number(ns, "ANSWER_FOR_TEST", 7))])
    globals()["ANSWER_FOR_TEST"] = 7
    try:
        assert check(q).passed
    finally:
        del globals()["ANSWER_FOR_TEST"]


def test_html_panel():
    html = check(double_q(), namespace={"double": lambda x: 0})._repr_html_()
    assert "&#10008;" in html and "double(x) should return 2*x" in html
    assert "&#10004;" in check(double_q(), namespace={"double": lambda x: 2 * x})._repr_html_()


def test_expectations():
    ns = {"s": "Deep", "b": True, "n": 1}
    assert expect_choice(ns, "s", ["surface", "deep"], expected="deep") == "deep"
    with pytest.raises(AssertionError):
        expect_choice(ns, "s", ["surface"])
    with pytest.raises(AssertionError):
        expect_str(ns, "n")
    assert expect_bool(ns, "b", True) is True
    with pytest.raises(AssertionError):
        expect_bool(ns, "n")


def test_question_names_resolve_through_registered_banks(monkeypatch):
    from servicepsych.questions import _base

    monkeypatch.setattr(_base, "_BANKS", dict(_base._BANKS))
    _base.register("zz_fake", {"q1": double_q()})
    assert check("zz_fake.q1", namespace={"double": lambda x: 2 * x}).passed
    assert C.list_questions("zz_fake") == ["zz_fake.q1"]
    with pytest.raises(KeyError, match="no question"):
        check("zz_fake.q2", namespace={})
    with pytest.raises(KeyError, match="no concept"):
        check("no_such_concept.q1", namespace={})
