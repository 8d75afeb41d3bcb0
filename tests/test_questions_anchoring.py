"""The anchoring questions: the answer key passes, wrong answers and tricks fail with a clear message."""

from __future__ import annotations

import statistics
from pathlib import Path

import nbformat
import pytest

from servicepsych.check import check, list_questions
from servicepsych.questions import anchoring as Q

KEY_NOTEBOOK = Path(__file__).resolve().parents[1] / "course" / "source" / "01_anchoring" / "01_anchoring.ipynb"


class AlwaysEqual(float):
    """A trick: equal to everything."""

    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


class Sneaky:
    def __eq__(self, other):
        return True

    def __float__(self):
        return 0.0


# ------------------------------------------------------------------ the answer key, written out

def key_anchored_estimate(anchor, belief, adjustment):
    if not 0 <= adjustment <= 1:
        raise ValueError("adjustment must lie between 0 and 1")
    return float(anchor + adjustment * (belief - anchor))


def key_safe_quote(quotes, own_guess, actual, adjustment):
    for q in sorted(quotes):
        if key_anchored_estimate(q, own_guess, adjustment) >= actual:
            return q
    return None


def key_group_index(table):
    lo = table[table["condition"] == "low"]
    hi = table[table["condition"] == "high"]
    return float((hi["estimate"].median() - lo["estimate"].median())
                 / (hi["anchor"].iloc[0] - lo["anchor"].iloc[0]))


def key_namespace():
    import pandas as pd

    p, h, r = Q.PILOT, Q.HOLD, Q.REPAIR
    pilot_index = (p["high_median"] - p["low_median"]) / (p["high_anchor"] - p["low_anchor"])
    caller = h["quoted"] + h["adjustment"] * (h["own_guess"] - h["quoted"])
    return {
        "wheel_index": (45 - 25) / (65 - 10),
        "caller_expects": caller,
        "how_it_feels": "late",
        "agents_adjustment": 1 - 0.41,
        "pilot_index": pilot_index,
        "pilot_adjustment": 1 - pilot_index,
        "anchored_estimate": key_anchored_estimate,
        "safe_quote": key_safe_quote,
        "repair_quote": key_safe_quote(r["quotes"], r["own_guess"], r["actual"], r["adjustment"]),
        "group_index": key_group_index,
        "plan_index": key_group_index(pd.DataFrame(Q.SURVEY)),
    }


ALL = list_questions("anchoring")


def test_the_expected_questions_exist():
    assert {"anchoring.practice_wheel", "anchoring.practice_wait", "anchoring.practice_verdict",
            "anchoring.practice_agents", "anchoring.pilot_index", "anchoring.anchored_estimate",
            "anchoring.safe_quote", "anchoring.plan_index"} <= set(ALL)


@pytest.mark.parametrize("question", ALL)
def test_answer_key_passes(question):
    result = check(question, namespace=key_namespace())
    assert result.passed, result.messages()
    check(question, namespace=key_namespace(), strict=True)  # does not raise


def test_key_values_match_the_worked_numbers():
    ns = key_namespace()
    assert ns["wheel_index"] == pytest.approx(0.3636, abs=1e-4)    # Tversky & Kahneman (1974)
    assert ns["caller_expects"] == pytest.approx(14.5)
    assert ns["pilot_index"] == pytest.approx(0.4) and ns["repair_quote"] == 5
    assert ns["plan_index"] == pytest.approx((224 - 144) / 300)
    # the survey's medians, recomputed by hand
    low = [e for c, e in zip(Q.SURVEY["condition"], Q.SURVEY["estimate"]) if c == "low"]
    assert statistics.median(low) == 144


@pytest.mark.parametrize("question", ALL)
def test_placeholder_is_explained_not_failed_loudly(question):
    concept_q = Q.QUESTIONS[question.split(".")[1]]
    ns = key_namespace()
    ns[concept_q.names[0]] = ...
    result = check(question, namespace=ns)
    assert not result.passed and "placeholder" in result.messages()[0]
    with pytest.raises(AssertionError, match="placeholder"):
        check(question, namespace=ns, strict=True)


@pytest.mark.parametrize("question", ALL)
def test_missing_variable(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    ns = key_namespace()
    del ns[name]
    assert "not defined" in check(question, namespace=ns).messages()[0]


VALUE_NAMES = {
    "practice_wheel": "wheel_index", "practice_wait": "caller_expects", "practice_agents": "agents_adjustment",
    "pilot_index": "pilot_index", "plan_index": "plan_index", "safe_quote": "repair_quote",
    "practice_verdict": "how_it_feels",
}


@pytest.mark.parametrize("question, name", sorted(VALUE_NAMES.items()))
@pytest.mark.parametrize("trick", ["wrong", "text", "always_equal", "sneaky"])
def test_wrong_values_and_tricks_fail(question, name, trick):
    ns = key_namespace()
    right = ns[name]
    ns[name] = {
        "wrong": (right + 0.5) if not isinstance(right, str) else ("early" if right != "early" else "late"),
        "text": str(right) if not isinstance(right, str) else 3,
        "always_equal": AlwaysEqual(0.123),
        "sneaky": Sneaky(),
    }[trick]
    result = check(f"anchoring.{question}", namespace=ns)
    assert not result.passed
    assert f"`{name}`" in result.messages()[0] or name in result.messages()[0]
    with pytest.raises(AssertionError):
        check(f"anchoring.{question}", namespace=ns, strict=True)


def test_numpy_float_is_not_a_plain_float_in_assignment_parts():
    import numpy as np

    ns = key_namespace()
    ns["pilot_index"] = np.float64(ns["pilot_index"])
    assert "plain float" in check("anchoring.pilot_index", namespace=ns).messages()[0]


# ------------------------------------------------------------------ wrong functions

def test_anchored_estimate_must_refuse_bad_adjustment():
    ns = key_namespace()
    ns["anchored_estimate"] = lambda a, b, k: float(a + k * (b - a))   # no check
    msg = check("anchoring.anchored_estimate", namespace=ns).messages()[0]
    assert "should raise ValueError" in msg


def test_anchored_estimate_must_return_float_and_right_value():
    ns = key_namespace()
    ns["anchored_estimate"] = lambda a, b, k: a + k * (b - a) if 0 <= k <= 1 else 1 / 0
    assert "should return a float" in check("anchoring.anchored_estimate", namespace=ns).messages()[0]
    ns["anchored_estimate"] = lambda a, b, k: float(b + k * (a - b)) if 0 <= k <= 1 else int("x")
    assert "the model gives" in check("anchoring.anchored_estimate", namespace=ns).messages()[0]
    ns["anchored_estimate"] = 6.0
    assert "should be a function" in check("anchoring.anchored_estimate", namespace=ns).messages()[0]
    ns["anchored_estimate"] = float   # a class is not the learner's function
    assert "should be a function" in check("anchoring.anchored_estimate", namespace=ns).messages()[0]


def test_safe_quote_wrong_versions_fail():
    ns = key_namespace()
    ns["safe_quote"] = lambda quotes, g, a, k: quotes[0]          # ignores the model
    assert not check("anchoring.safe_quote", namespace=ns).passed
    # forgets to sort the quotes
    ns["safe_quote"] = lambda quotes, g, a, k: next((q for q in quotes if q + k * (g - q) >= a), None)
    assert not check("anchoring.safe_quote", namespace=ns).passed
    # strict > instead of >=
    ns["safe_quote"] = lambda quotes, g, a, k: next((q for q in sorted(quotes) if q + k * (g - q) > a), None)
    assert not check("anchoring.safe_quote", namespace=ns).passed


def test_group_index_wrong_versions_fail():
    ns = key_namespace()

    def with_means(table):
        lo = table[table["condition"] == "low"]
        hi = table[table["condition"] == "high"]
        return float((hi["estimate"].mean() - lo["estimate"].mean()) / (hi["anchor"].iloc[0] - lo["anchor"].iloc[0]))

    ns["group_index"] = with_means           # means, not medians: differs on the small table
    assert "the model gives" in check("anchoring.plan_index", namespace=ns).messages()[0]
    ns["group_index"] = lambda table: AlwaysEqual(0.375)
    assert "should return a float" in check("anchoring.plan_index", namespace=ns).messages()[0]


def test_function_that_raises_is_explained():
    ns = key_namespace()
    ns["group_index"] = lambda table: table["no_such_column"]
    msg = check("anchoring.plan_index", namespace=ns).messages()[0]
    assert "KeyError" in msg


# ------------------------------------------------------------------ the real answer key notebook

def test_answer_key_notebook_solutions_pass_every_visible_test():
    """Run the key's non-test code cells, then every assignment question strictly."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and not meta.get("grade"):
            exec(compile(cell.source, "<key>", "exec"), ns)
    for name in ("pilot_index", "anchored_estimate", "safe_quote", "plan_index"):
        check(f"anchoring.{name}", namespace=ns, strict=True)


def _check_calls(path):
    import re

    nb = nbformat.read(path, as_version=4)
    return re.findall(r'check\("(anchoring\.[a-z_]+)"', "\n".join(c.source for c in nb.cells if c.cell_type == "code"))


def test_every_check_in_the_notebooks_names_a_real_question():
    lesson = KEY_NOTEBOOK.parents[3] / "notebooks" / "01_anchoring.ipynb"
    used = _check_calls(lesson) + _check_calls(KEY_NOTEBOOK)
    assert len(used) >= 8
    assert set(used) <= set(ALL)
    assert set(used) == set(ALL), f"questions never asked: {set(ALL) - set(used)}"


def test_lesson_with_the_key_answers_passes_every_practice_check():
    """Fill the lesson's placeholders with the key's answers: every practice check turns green."""
    lesson = KEY_NOTEBOOK.parents[3] / "notebooks" / "01_anchoring.ipynb"
    nb = nbformat.read(lesson, as_version=4)
    key = key_namespace()
    ns: dict = {}
    results = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        lines = cell.source.splitlines()
        for i, line in enumerate(lines):
            name, _, rest = line.partition(" = ")
            if rest.strip() == "...":
                lines[i] = f"{name} = {key[name]!r}"
        source = "\n".join(lines)
        if source.rstrip().endswith(")") and 'check("anchoring.' in source.splitlines()[-1]:
            exec(compile(source, "<lesson>", "exec"), ns)
            results.append(eval(source.splitlines()[-1], ns))
        else:
            exec(compile(source, "<lesson>", "exec"), ns)
    assert len(results) == 4
    assert all(r.passed for r in results), [r.messages() for r in results]
