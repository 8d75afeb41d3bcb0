"""The customer-emotion questions (07).

Lesson questions give full feedback: the right answer passes, wrong answers and trick objects fail.
Assignment questions check form only: a well-formed *wrong* answer passes them (so they cannot reveal the
key), while wrong types and labels outside the allowed set fail. The answer key is read from the graded
notebook's solution cells, so the test follows the notebook.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from conftest import trick_values
from servicepsych import customer_emotion as ce
from servicepsych.check import check
from servicepsych.questions import customer_emotion as Q

KEY_NOTEBOOK = (Path(__file__).resolve().parents[1] / "course" / "source" / "07_customer_emotion"
                / "07_customer_emotion.ipynb")

LESSON = {
    "practice_line": {"line_step": "soothe"},
    "practice_missing": {"delay_missing": "understand"},
    "practice_order": {"leak_too_early": "solve"},
    "practice_apology": {"store_apology": "duibuqi"},
    "practice_contagion": {"smile_route": "service_quality_appraisal"},
}
LESSON_WRONG = [
    ("practice_line", "line_step", "empathise"),
    ("practice_line", "line_step", "sooth"),          # not a label
    ("practice_missing", "delay_missing", "solve"),   # served (the voucher), just badly
    ("practice_missing", "delay_missing", "reflect"),  # not one of steps 1-6
    ("practice_order", "leak_too_early", "identify"),
    ("practice_apology", "store_apology", "buhaoyisi"),
    ("practice_apology", "store_apology", "empathise_no_apology"),
    ("practice_contagion", "smile_route", "customer_mood"),
    ("practice_contagion", "smile_route", 1),
]

ASSIGNMENT_OPTIONS = {
    **{f"line_{i}": Q.STEPS for i in "abcd"},
    **{f"missing_{c}": Q.IN_CONTACT_STEPS for c in ("gym", "courier", "bank")},
    **{f"next_{i}": Q.LETTERS_3 for i in "abc"},
    **{f"apology_{i}": Q.APOLOGY_WORDS for i in "abc"},
    "coaching_note": Q.LETTERS_4,
}


def key_namespace() -> dict:
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            body = cell.source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0]
            for name, value in re.findall(r'^(\w+) = "([^"]*)"$', body, flags=re.M):
                ns[name] = value
    return ns


def test_every_question_is_covered():
    assert set(Q.QUESTIONS) == set(LESSON) | set(ASSIGNMENT_OPTIONS)


def test_question_constants_match_the_model_without_importing_it():
    # the bank writes the labels out (a learner could replace the package's constants); they must agree
    assert Q.STEPS == ce.STEPS and Q.IN_CONTACT_STEPS == ce.IN_CONTACT_STEPS and Q.APOLOGY_WORDS == ce.APOLOGY_WORDS
    src = Path(Q.__file__).read_text(encoding="utf-8")
    assert "customer_emotion import" not in src.replace("..strings", "") and "from .. import" not in src


def test_lesson_answers_agree_with_the_model_on_the_lesson_transcripts():
    # the literals in the bank are what the labelled transcripts give
    assert ce.missing_steps(ce.transcript("delay")) == ("understand",)
    assert {p.early for p in ce.order_problems(ce.transcript("leak"))} == {"solve"}
    assert ce.apology_word(company_at_fault=True, customer_upset=True) == "duibuqi"


def test_every_assignment_test_cell_names_its_own_question():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    named = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            named += re.findall(r'check\("customer_emotion\.(\w+)", strict=True\)', cell.source)
    assert sorted(named) == sorted(ASSIGNMENT_OPTIONS)
    assert set(key_namespace()) == set(ASSIGNMENT_OPTIONS)


# ------------------------------------------------------------------ lesson: full feedback

@pytest.mark.parametrize("name", sorted(LESSON))
def test_lesson_key_passes(name):
    result = check(f"customer_emotion.{name}", namespace=LESSON[name])
    assert result.passed, result.messages()


@pytest.mark.parametrize("name, var, value", LESSON_WRONG)
def test_lesson_wrong_answers_fail(name, var, value):
    ns = dict(LESSON[name], **{var: value})
    assert not check(f"customer_emotion.{name}", namespace=ns).passed
    with pytest.raises(AssertionError):
        check(f"customer_emotion.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(LESSON))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_lesson_questions_reject_tricks(name, trick):
    value = trick_values()[trick]
    ns = {k: value for k in LESSON[name]}
    assert not check(f"customer_emotion.{name}", namespace=ns).passed


# ------------------------------------------------------------------ assignment: form only

@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
def test_assignment_key_passes_form(name):
    ns = key_namespace()
    check(f"customer_emotion.{name}", namespace={name: ns[name]}, strict=True)


@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
def test_assignment_accepts_every_well_formed_wrong_label(name):
    """The visible check cannot reveal the key: every allowed label passes it, right or wrong."""
    key = key_namespace()[name]
    wrong = [o for o in ASSIGNMENT_OPTIONS[name] if o != key]
    assert wrong
    for label in wrong:
        result = check(f"customer_emotion.{name}", namespace={name: label})
        assert result.passed, (label, result.messages())
        assert result.messages() == check(f"customer_emotion.{name}", namespace={name: key}).messages()


BAD_FORMS = ["maybe", "", "Step 2", 1, 0.5, None, True, ["soothe"]]


@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
@pytest.mark.parametrize("bad", range(len(BAD_FORMS) + len(trick_values())))
def test_assignment_rejects_bad_form(name, bad):
    value = (BAD_FORMS + trick_values())[bad]
    result = check(f"customer_emotion.{name}", namespace={name: value})
    assert not result.passed
    with pytest.raises(AssertionError):
        check(f"customer_emotion.{name}", namespace={name: value}, strict=True)


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_placeholder_is_explained_not_raised(name):
    q = Q.QUESTIONS[name]
    result = check(f"customer_emotion.{name}", namespace={k: ... for k in q.names})
    assert not result.passed and "placeholder" in result.messages()[0]
