"""Tests of the learner-facing check engine (servicepsych.check)."""

from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from servicepsych import check as C
from servicepsych.check import Question, check, expect_bool, expect_choice, expect_number, expect_str


class AlwaysEqual(float):
    """The classic trick: an object that claims to equal anything."""

    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


class Sneaky:
    def __eq__(self, other):
        return True


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


@pytest.mark.parametrize("trick", [AlwaysEqual(0.0), Sneaky(), "3", True, [3]])
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
