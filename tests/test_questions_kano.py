"""The hard-and-soft-service questions (lesson 10 and assignment 10).

* Lesson practice questions: the right answer passes, wrong answers and trick objects fail with a clear message.
* Assignment questions check the form only: a well-formed *wrong* answer passes them (so they reveal nothing
  about the key), while wrong types and labels outside the allowed set fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from conftest import trick_values
from servicepsych import kano as kn
from servicepsych import servqual as sq
from servicepsych.check import check, list_questions
from servicepsych.questions import kano as Q

REPO = Path(__file__).resolve().parents[1]
KEY_NOTEBOOK = REPO / "course" / "source" / "10_hard_soft_service" / "10_hard_soft_service.ipynb"
LESSON = REPO / "notebooks" / "10_hard_soft_service.ipynb"

ALL = list_questions("kano")
PRACTICE = sorted(q for q in ALL if q.split(".")[1].startswith("practice_"))
ASSIGNMENT = sorted(q for q in ALL if not q.split(".")[1].startswith("practice_"))

#: The lesson's answers, worked out by hand.
PRACTICE_KEY = {
    "locker_category": "attractive",        # like / neutral
    "lift_category": "must-be",             # must-be / dislike
    "better_followup": 0.5,                 # (12 + 8) / 40
    "worse_followup": -0.3,                 # -(8 + 4) / 40
    "first_fix": "reliability",             # -1.4 x 0.40 = -0.56 beats -1.9 x 0.20 = -0.38
    "delight_verdict": "b",
}
PRACTICE_WRONG = {
    "locker_category": "one-dimensional", "lift_category": "indifferent", "better_followup": 0.465,
    "worse_followup": 0.3, "first_fix": "responsiveness", "delight_verdict": "a",
}


def key_answers() -> dict:
    """The answer key's values, read by running the key notebook's solution cells."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"):
            exec(compile(cell.source, "<key>", "exec"), ns)
    return {k: v for k, v in ns.items() if not k.startswith("__")}


def allowed(name: str):
    if name in Q.HOTEL_ITEMS:
        return Q.CATEGORIES
    if name in Q.INVEST_ITEMS:
        return Q.SHOP_ATTRIBUTES
    if name in Q.FIX_ITEMS:
        return Q.DIMENSIONS
    return None


def test_the_expected_questions_exist():
    assert set(PRACTICE) == {f"kano.{n}" for n in ("practice_locker", "practice_lift", "practice_coefficients",
                                                     "practice_first_fix", "practice_verdict")}
    assert set(ASSIGNMENT) == {f"kano.{n}" for n in (*Q.HOTEL_ITEMS, *Q.INVEST_ITEMS, *Q.FIX_ITEMS, *Q.CLAIMS)}
    for q in ASSIGNMENT:
        assert len(Q.QUESTIONS[q.split(".")[1]].names) == 1, f"{q}: one item, one name"


def test_the_banks_literals_match_the_models():
    """The bank's copies of the table, categories and dimensions agree with the models (it never calls them)."""
    assert Q.CATEGORIES == kn.CATEGORIES and Q.DIMENSIONS == sq.DIMENSIONS
    assert Q._followup_coefficients() == kn.coefficients_from_counts(Q.FOLLOWUP)
    from servicepsych.widgets.kano import FOLLOWUP_COUNTS, OFFICE_EXPECTATIONS, OFFICE_PERCEPTIONS, OFFICE_WEIGHTS
    assert FOLLOWUP_COUNTS == Q.FOLLOWUP
    assert {d: (OFFICE_EXPECTATIONS[d], OFFICE_PERCEPTIONS[d], OFFICE_WEIGHTS[d]) for d in sq.DIMENSIONS} == Q.OFFICE
    assert sq.largest_shortfall(OFFICE_PERCEPTIONS, OFFICE_EXPECTATIONS, OFFICE_WEIGHTS) == Q._office_first_fix()
    assert kn.classify("like", "neutral") == PRACTICE_KEY["locker_category"]
    assert kn.classify("must-be", "dislike") == PRACTICE_KEY["lift_category"]


# ------------------------------------------------------------------ lesson practice

def _name_of(question):
    return Q.QUESTIONS[question.split(".")[1]].names


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_right_answer_passes(question):
    assert check(question, namespace=PRACTICE_KEY).passed


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_wrong_answer_fails_with_a_message(question):
    for name in _name_of(question):
        result = check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]})
        assert not result.passed and name in " ".join(result.messages())
        with pytest.raises(AssertionError):
            check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]}, strict=True)


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_rejects_trick_objects(question):
    for name in _name_of(question):
        for trick in trick_values():
            assert not check(question, namespace={**PRACTICE_KEY, name: trick}).passed, (question, trick)


def test_practice_coefficients_accept_rounding_but_not_the_sign_error():
    ns = {**PRACTICE_KEY, "better_followup": 0.50, "worse_followup": -0.30}
    assert check("kano.practice_coefficients", namespace=ns).passed
    assert not check("kano.practice_coefficients", namespace={**ns, "worse_followup": 0.3}).passed
    # Including R and Q in the denominator is the common slip: 20/43 = 0.465.
    assert not check("kano.practice_coefficients", namespace={**ns, "better_followup": 20 / 43}).passed


# ------------------------------------------------------------------ assignment: form only

def _wrong_values(name, key_value):
    options = allowed(name)
    if options:
        return [o for o in options if o != key_value]
    return [not key_value]


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_the_key_passes_the_visible_checks(question):
    check(question, namespace=key_answers(), strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_a_well_formed_wrong_answer_passes_the_visible_checks(question):
    """The visible check must not reveal the key: every allowed but wrong answer passes it."""
    name = _name_of(question)[0]
    wrong = _wrong_values(name, key_answers()[name])
    assert wrong
    for value in wrong:
        check(question, namespace={name: value}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_wrong_types_and_labels_fail(question):
    name = _name_of(question)[0]
    if allowed(name):
        bad = [3, None, [allowed(name)[0]], "not an option", allowed(name)[0].upper() + "!"]
    else:
        bad = ["True", 1, 0, None, "yes"]
    for value in bad:
        with pytest.raises(AssertionError):
            check(question, namespace={name: value}, strict=True)
    for trick in trick_values():
        with pytest.raises(AssertionError):
            check(question, namespace={name: trick}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_visible_messages_never_single_out_the_answer(question):
    """A malformed answer's message lists every allowed label alike (or names no value at all)."""
    name = _name_of(question)[0]
    result = check(question, namespace={name: "not an option"})
    text = " ".join(result.messages()) + " " + result.hint
    if allowed(name):
        assert all(repr(option) in text for option in allowed(name))
    if name in Q.CLAIMS:
        assert "True or False" in text


# ------------------------------------------------------------------ the notebooks

def _check_calls(path):
    nb = nbformat.read(path, as_version=4)
    return re.findall(r'check\("(kano\.[a-z_]+)"', "\n".join(c.source for c in nb.cells if c.cell_type == "code"))


def test_every_question_is_asked_and_every_check_names_a_real_question():
    used = _check_calls(LESSON) + _check_calls(KEY_NOTEBOOK)
    assert set(used) == set(ALL), f"unused: {set(ALL) - set(used)}; unknown: {set(used) - set(ALL)}"
    assert sorted(set(_check_calls(KEY_NOTEBOOK))) == sorted(ASSIGNMENT)


def test_hidden_tests_hold_literal_answers_that_match_the_key():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    key = key_answers()
    seen = 0
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and cell.cell_type == "code"):
            continue
        seen += 1
        hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1]
        assert "servicepsych" not in hidden and "globals(" not in hidden and "eval(" not in hidden
        name = re.search(r'check\("kano\.([a-z_]+)"', cell.source).group(1)
        assert meta["grade_id"] == f"test_{name}"
        value = key[name]
        if isinstance(value, bool):
            assert f"is {value}" in hidden
        else:
            assert f'"{value}"' in hidden
    assert seen == 14


def test_each_hidden_test_passes_the_key_and_fails_every_other_label():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    key = key_answers()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and cell.cell_type == "code"):
            continue
        hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
        name = meta["grade_id"][len("test_"):]
        exec(hidden, {name: key[name]})
        for wrong in _wrong_values(name, key[name]):
            with pytest.raises(AssertionError):
                exec(hidden, {name: wrong})


def test_points_promised_equal_points_given():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"]
              for c in nb.cells if c.metadata.get("nbgrader", {}).get("points")}
    auto = sum(p for g, p in points.items() if g.startswith("test_"))
    assert (auto, points["written_delight_memo"]) == (19, 4)
    assert "**Points:** 19 autograded + 4 for the written answer = 23." in nb.cells[0].source


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
