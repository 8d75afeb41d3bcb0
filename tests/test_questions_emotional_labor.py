"""The emotional-labor questions.

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
from servicepsych.check import check
from servicepsych.questions import emotional_labor as Q

KEY_NOTEBOOK = Path(__file__).resolve().parents[1] / "course" / "source" / "05_emotional_labor" / "05_emotional_labor.ipynb"

LESSON = {
    "practice_score": {"mei_score": (75 + 50 + 75 + 75 + 50 + 50 + 75) / 7},
    "practice_strategy": {"strategy_moment": "surface"},
    "practice_rho": {"share_explained": 0.39 ** 2},
    "practice_upper_half": {"upper_half_share": 0.35},
    "practice_within": {"within_groups": "smaller_but_present"},
}
LESSON_WRONG = [
    ("practice_score", "mei_score", 60.0),              # forgot to reverse item 7
    ("practice_score", "mei_score", "64.3"),            # wrong type
    ("practice_strategy", "strategy_moment", "deep"),
    ("practice_strategy", "strategy_moment", 2),
    ("practice_rho", "share_explained", 0.39),          # rho, not rho squared
    ("practice_upper_half", "upper_half_share", 35),    # a percentage
    ("practice_upper_half", "upper_half_share", 0.15),  # the lower half
    ("practice_upper_half", "upper_half_share", 0.25),  # no correlation
    ("practice_within", "within_groups", "gone"),
    ("practice_within", "within_groups", "as_strong_or_stronger"),
]


def key_namespace() -> dict:
    """The learner names the assignment's solution cells set (labels only; the function is below)."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution") and "def " not in cell.source:
            body = cell.source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0]
            for name, value in re.findall(r'^(\w+) = "([^"]*)"$', body, flags=re.M):
                ns[name] = value
    return ns


def key_work_burnout(answers):
    points = [100 - a if i == 6 else a for i, a in enumerate(answers) if a is not None]
    if len(points) < 4:
        raise ValueError("too few answered")
    return float(sum(points) / len(points))


ASSIGNMENT_OPTIONS = {
    **{f"transcript_{i}": Q.STRATEGY_LABELS for i in "abcd"},
    **{f"support_{a}": Q.SUPPORT_OPTIONS for a in ("hana", "omar", "wei")},
    "display_rule": Q.DISPLAY_RULES,
    "abuse_rule": Q.ABUSE_RULES,
    "report_claim": Q.CLAIMS,
}


def test_every_question_is_covered():
    assert set(Q.QUESTIONS) == set(LESSON) | set(ASSIGNMENT_OPTIONS) | {"work_burnout"}


def test_every_assignment_test_cell_names_its_own_question():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    named = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            named += re.findall(r'check\("emotional_labor\.(\w+)", strict=True\)', cell.source)
    assert set(named) == set(ASSIGNMENT_OPTIONS) | {"work_burnout"}
    assert set(key_namespace()) == set(ASSIGNMENT_OPTIONS)


# ------------------------------------------------------------------ lesson: full feedback

@pytest.mark.parametrize("name", sorted(LESSON))
def test_lesson_key_passes(name):
    result = check(f"emotional_labor.{name}", namespace=LESSON[name])
    assert result.passed, result.messages()


@pytest.mark.parametrize("name, var, value", LESSON_WRONG)
def test_lesson_wrong_answers_fail(name, var, value):
    ns = dict(LESSON[name], **{var: value})
    assert not check(f"emotional_labor.{name}", namespace=ns).passed
    with pytest.raises(AssertionError):
        check(f"emotional_labor.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(LESSON))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_lesson_questions_reject_tricks(name, trick):
    value = trick_values()[trick]
    ns = {k: value for k in LESSON[name]}
    assert not check(f"emotional_labor.{name}", namespace=ns).passed


def test_lesson_expected_values_are_literals():
    # expected values never come from functions a learner could replace: Mei's score by hand
    assert Q.MEI_SCORE == pytest.approx(450 / 7)
    src = Path(Q.__file__).read_text(encoding="utf-8")
    assert "score_cbi" not in src and "read_dataset" not in src and "share_above_cutoff(" not in src


# ------------------------------------------------------------------ assignment: form only

@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
def test_assignment_key_passes_form(name):
    ns = key_namespace()
    check(f"emotional_labor.{name}", namespace={name: ns[name]}, strict=True)


@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
def test_assignment_accepts_every_well_formed_wrong_label(name):
    """The visible check cannot reveal the key: every allowed label passes it, right or wrong."""
    key = key_namespace()[name]
    wrong = [o for o in ASSIGNMENT_OPTIONS[name] if o != key]
    assert wrong
    for label in wrong:
        result = check(f"emotional_labor.{name}", namespace={name: label})
        assert result.passed, (label, result.messages())
        # and the message of a passing wrong answer is the same as for the key: nothing to tell them apart
        assert result.messages() == check(f"emotional_labor.{name}", namespace={name: key}).messages()


BAD_FORMS = ["maybe", "", "Deep acting", 1, 0.5, None, True, ["deep"]]


@pytest.mark.parametrize("name", sorted(ASSIGNMENT_OPTIONS))
@pytest.mark.parametrize("bad", range(len(BAD_FORMS) + len(trick_values())))
def test_assignment_rejects_bad_form(name, bad):
    value = (BAD_FORMS + trick_values())[bad]
    result = check(f"emotional_labor.{name}", namespace={name: value})
    assert not result.passed
    with pytest.raises(AssertionError):
        check(f"emotional_labor.{name}", namespace={name: value}, strict=True)


def test_work_burnout_form_accepts_a_wrong_but_well_formed_function():
    assert check("emotional_labor.work_burnout", namespace={"work_burnout": key_work_burnout}).passed
    wrong = lambda answers: 12.5  # noqa: E731  a float, but the wrong score: the form check does not know
    assert check("emotional_labor.work_burnout", namespace={"work_burnout": wrong}).passed


@pytest.mark.parametrize("fn", [
    lambda answers: int(key_work_burnout(answers)),   # not a float
    lambda answers: trick_values()[1],                 # a float subclass that equals everything
    lambda answers: trick_values()[0],
    "work_burnout",                                     # not a function
    dict,                                               # a class
])
def test_work_burnout_form_rejects(fn):
    assert not check("emotional_labor.work_burnout", namespace={"work_burnout": fn}).passed


def test_not_implemented_function_is_a_placeholder():
    def work_burnout(answers):
        raise NotImplementedError()

    result = check("emotional_labor.work_burnout", namespace={"work_burnout": work_burnout})
    assert not result.passed and "placeholder" in result.messages()[0]


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_placeholder_is_explained_not_raised(name):
    q = Q.QUESTIONS[name]
    ns = {k: ... for k in q.names}
    result = check(f"emotional_labor.{name}", namespace=ns)
    assert not result.passed and "placeholder" in result.messages()[0]
