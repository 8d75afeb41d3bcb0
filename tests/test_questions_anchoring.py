"""The anchoring questions.

* Lesson practice questions: the right answer passes, wrong answers and trick objects fail with a clear message.
* Assignment questions check the form only: a well-formed *wrong* answer passes them (so they reveal nothing
  about the key), while wrong types and labels outside the allowed set fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import numpy as np
import pytest

from conftest import trick_values
from servicepsych.check import check, list_questions
from servicepsych.questions import anchoring as Q

REPO = Path(__file__).resolve().parents[1]
KEY_NOTEBOOK = REPO / "course" / "source" / "01_anchoring" / "01_anchoring.ipynb"
LESSON = REPO / "notebooks" / "01_anchoring.ipynb"

ALL = list_questions("anchoring")
PRACTICE = sorted(q for q in ALL if q.split(".")[1].startswith("practice_"))
STRETCH = sorted(f"anchoring.{n}" for n in Q.STRETCH)
ASSIGNMENT = sorted(q for q in ALL if not q.split(".")[1].startswith("practice_") and q not in STRETCH)

#: The lesson's answers, worked out by hand.
PRACTICE_KEY = {
    "wheel_index": (45 - 25) / (65 - 10),          # Tversky & Kahneman (1974)
    "agents_adjustment": 1 - 0.41,                 # Northcraft & Neale (1987) via Kahneman (2011)
    "caller_expects": 10 + 0.45 * 0.5 * (30 - 10),  # 14.5
    "how_it_feels": "late",                        # 15 > 10 + 1: a broken promise
    "hold_promise": "15 minutes",                  # 9 of the 10 waits are within 13 minutes
    "budget_question_kind": "comparison",
}
PRACTICE_WRONG = {
    "wheel_index": 20 / 65, "agents_adjustment": 0.41, "caller_expects": 19.0, "how_it_feels": "on_time",
    "hold_promise": "10 minutes", "budget_question_kind": "information",
}


def key_answers() -> dict:
    """The answer key's values, read by running the key notebook's solution cells."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            exec(compile(cell.source, "<key>", "exec"), ns)
    return {k: v for k, v in ns.items() if not k.startswith("__")}


def allowed(question: str):
    name = question.split(".")[1]
    if name in Q.PROMISE_OPTIONS:
        return Q.PROMISE_OPTIONS[name]
    if name in Q.FEELS:
        return Q.VERDICTS
    if name in Q.KIND_ITEMS:
        return Q.KINDS
    return None


def test_the_expected_questions_exist():
    assert set(PRACTICE) == {f"anchoring.{n}" for n in ("practice_wheel", "practice_agents", "practice_wait",
                                                          "practice_verdict", "practice_promise", "practice_kind")}
    assert set(ASSIGNMENT) == {f"anchoring.{n}" for n in (*Q.PROMISE_OPTIONS, *Q.FEELS, *Q.KIND_ITEMS, "shop_index")}
    assert STRETCH == ["anchoring.promise_function"]
    for q in ALL:
        assert len(Q.QUESTIONS[q.split(".")[1]].names) == 1, f"{q}: one item, one name"


# ------------------------------------------------------------------ lesson practice

@pytest.mark.parametrize("question", PRACTICE)
def test_practice_right_answer_passes(question):
    assert check(question, namespace=PRACTICE_KEY).passed


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_wrong_answer_fails_with_a_message(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    result = check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]})
    assert not result.passed and name in result.messages()[0]
    with pytest.raises(AssertionError):
        check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]}, strict=True)


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_rejects_trick_objects(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    for trick in trick_values():
        assert not check(question, namespace={**PRACTICE_KEY, name: trick}).passed, (question, trick)


def test_broken_promise_feedback_explains_the_yardstick():
    msg = check("anchoring.practice_verdict", namespace={"how_it_feels": "on_time"}).messages()[0]
    assert "broken promise" in msg and "promise itself" in msg


def test_practice_expected_values_follow_the_model():
    # The bank's literals agree with the model (the bank itself never calls the model).
    from servicepsych import anchoring as an

    h = Q.HOLD
    e = an.expected_wait(h["quoted"], h["own_guess"], h["adjustment"], h["credibility"])
    assert e == pytest.approx(PRACTICE_KEY["caller_expects"])
    assert an.wait_verdict(e, h["actual"], promised=h["quoted"]) == PRACTICE_KEY["how_it_feels"]
    minutes = {o: int(o.split()[0]) for o in Q.HOLD_OPTIONS if o[0].isdigit()}
    best = an.safe_quote(list(minutes.values()), Q.HOLD_WAITS, kept_share=0.9)
    assert f"{best} minutes" == PRACTICE_KEY["hold_promise"]


# ------------------------------------------------------------------ assignment: form only

@pytest.mark.parametrize("question", ASSIGNMENT)
def test_the_key_passes_the_visible_checks(question):
    check(question, namespace=key_answers(), strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_a_well_formed_wrong_answer_passes_the_visible_checks(question):
    """The visible check must not reveal the key: every allowed but wrong answer passes it."""
    key = key_answers()
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    options = allowed(question)
    wrong = [o for o in options if o != key[name]] if options else [key[name] + 0.2, -0.5, 1.5]
    assert wrong
    for value in wrong:
        check(question, namespace={name: value}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_wrong_types_and_labels_fail(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    options = allowed(question)
    if options:
        bad = [3, None, ["late"], "not an option", options[0].upper() + "!"]
    else:
        bad = ["0.3", 3, np.float64(0.3), 7.5, float("nan"), None]
    for value in bad:
        with pytest.raises(AssertionError):
            check(question, namespace={name: value}, strict=True)
    for trick in trick_values():
        with pytest.raises(AssertionError):
            check(question, namespace={name: trick}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_visible_messages_never_single_out_the_answer(question):
    """A malformed answer's message lists every allowed label alike (or, for a number, no value at all)."""
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    result = check(question, namespace={name: "not an option" if allowed(question) else 12345})
    text = " ".join(result.messages()) + " " + result.hint
    if allowed(question):
        assert all(repr(option) in text for option in allowed(question))
    else:
        assert not re.search(r"0\.3|1500|5000", text)


# ------------------------------------------------------------------ the notebooks

def _check_calls(path):
    nb = nbformat.read(path, as_version=4)
    return re.findall(r'check\("(anchoring\.[a-z_]+)"', "\n".join(c.source for c in nb.cells if c.cell_type == "code"))


def test_every_question_is_asked_and_every_check_names_a_real_question():
    used = _check_calls(LESSON) + _check_calls(KEY_NOTEBOOK)
    assert set(used) == set(ALL), f"unused: {set(ALL) - set(used)}; unknown: {set(used) - set(ALL)}"
    assert sorted(set(_check_calls(KEY_NOTEBOOK))) == sorted(ASSIGNMENT + STRETCH)
    core_calls = [c for c in _check_calls(KEY_NOTEBOOK) if c not in STRETCH]
    assert sorted(core_calls) == sorted(ASSIGNMENT)                  # one test cell per core item


def test_hidden_tests_hold_literal_answers_that_match_the_key():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    key = key_answers()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and cell.cell_type == "code"):
            continue
        hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1]
        assert "servicepsych" not in hidden and "globals(" not in hidden and "eval(" not in hidden
        name = re.search(r'check\("anchoring\.([a-z_]+)"', cell.source).group(1)
        if f"anchoring.{name}" in STRETCH:
            assert cell.metadata.get("servicepsych", {}).get("stretch") is True
            assert meta["grade_id"].startswith("test_stretch_")
            continue
        value = key[name]
        assert (f'"{value}"' in hidden) if isinstance(value, str) else ("(3700.0 - 2200.0) / (6000.0 - 1000.0)" in hidden)
        assert meta["grade_id"] == f"test_{name}"


def test_points_promised_equal_points_given():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("points")]
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"] for c in cells}
    stretch = sum(c.metadata["nbgrader"]["points"] for c in cells if c.metadata.get("servicepsych", {}).get("stretch"))
    auto = sum(p for g, p in points.items() if g.startswith("test_"))
    assert (auto - stretch, stretch, points["written_promise"]) == (12, 3, 4)
    assert stretch / auto <= 0.25                                     # stretch is at most 25% of autograded points
    intro = nb.cells[0].source
    assert "**Points:** 12 autograded (core) + 3 autograded (stretch, optional) + 4 for the written answer = 19" in intro
    for cell in nb.cells:
        m = re.search(r"^## Part (\d) · .*\((?:stretch, optional: )?(\d+) points", cell.source, re.M) \
            if cell.cell_type == "markdown" else None
        if m and m.group(1) in "12346":
            part = {"1": Q.PROMISE_OPTIONS, "2": Q.FEELS, "3": Q.KIND_ITEMS, "4": ("shop_index",),
                    "6": ("stretch_promise_values", "stretch_promise_errors")}[m.group(1)]
            assert int(m.group(2)) == sum(points[f"test_{n}"] for n in part), cell.source[:60]


def test_core_solution_cells_hold_no_code_definitions():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution") and meta["grade_id"] != "stretch_answer":
            assert not re.search(r"^\s*(def|class) ", cell.source, re.M)


def test_lesson_with_the_right_answers_passes_every_practice_check():
    """Fill the lesson's placeholders with the right answers: every practice check turns green."""
    nb = nbformat.read(LESSON, as_version=4)
    ns: dict = {}
    results = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "check(" not in cell.source or "= ..." not in cell.source:
            continue
        lines = cell.source.splitlines()
        for i, line in enumerate(lines):
            name, _, rest = line.partition(" = ")
            if rest.strip() == "...":
                lines[i] = f"{name} = {PRACTICE_KEY[name]!r}"
        exec(compile("\n".join(lines[:-1]), "<lesson>", "exec"), ns)
        results.append(check(re.search(r'check\("([a-z_.]+)"', lines[-1]).group(1), namespace=ns))
    assert len(results) == len(PRACTICE)
    assert all(r.passed for r in results), [r.messages() for r in results]


# ------------------------------------------------------------------ the stretch function

def key_function():
    return key_answers()["shortest_kept_promise"]


def test_stretch_form_check_accepts_any_function_returning_an_option():
    check("anchoring.promise_function", namespace={"shortest_kept_promise": key_function()}, strict=True)
    # a wrong but well-formed function passes the form check (it reveals nothing)
    check("anchoring.promise_function", namespace={"shortest_kept_promise": lambda o, w, s=0.9: min(o)}, strict=True)
    check("anchoring.promise_function", namespace={"shortest_kept_promise": lambda o, w, s=0.9: None}, strict=True)


@pytest.mark.parametrize("bad, message", [
    (15, "should be a function"), (float, "should be a function"),
    (lambda o, w, s=0.9: "10 minutes", "returned a str"), (lambda o, w, s=0.9: [5], "returned a list"),
])
def test_stretch_form_check_rejects_non_functions_and_wrong_return_types(bad, message):
    result = check("anchoring.promise_function", namespace={"shortest_kept_promise": bad})
    assert not result.passed and message in result.messages()[0]


def test_stretch_key_never_quotes_below_the_real_wait():
    fn = key_function()
    rng = np.random.default_rng(7)
    for _ in range(300):
        options = [int(x) for x in rng.integers(0, 60, size=int(rng.integers(1, 6)))]
        waits = [float(x) for x in rng.uniform(0, 70, size=int(rng.integers(1, 15)))]
        share = float(rng.choice([0.5, 0.9, 1.0]))
        out = fn(options, waits, share)
        bar = sorted(waits)[int(np.ceil(share * len(waits) - 1e-9)) - 1]
        kept = [o for o in options if o >= bar]
        assert out == (min(kept) if kept else None)
