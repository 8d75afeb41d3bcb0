"""The social-influence questions (09).

Lesson questions give full feedback: the right answer passes, wrong answers and trick objects fail.
Assignment questions check form only: every well-formed *wrong* answer passes them (so they cannot reveal
the key), while wrong types, labels and ranges fail. The key is read from the graded notebook's solution
cells, so the test follows the notebook.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

from conftest import trick_values
from servicepsych import social_influence as si
from servicepsych.check import check
from servicepsych.questions import social_influence as Q

KEY_NOTEBOOK = (Path(__file__).resolve().parents[1] / "course" / "source" / "09_social_influence"
                / "09_social_influence.ipynb")

LESSON = {
    "practice_card": {"best_card": "same_room"},
    "practice_gap": {"sweet_gap": 2.7},
    "practice_sequence": {"office_sequence": "b"},
    "practice_tactic": {"banner_verdict": "manipulation"},
}
LESSON_WRONG = [
    ("practice_card", "best_card", "hotel_guests"),
    ("practice_card", "best_card", "room"),
    ("practice_gap", "sweet_gap", 4.0),
    ("practice_gap", "sweet_gap", "2.7"),
    ("practice_sequence", "office_sequence", "a"),
    ("practice_sequence", "office_sequence", "c"),
    ("practice_tactic", "banner_verdict", "honest"),
]

LABELS = {
    "checkout_message": Q.LETTERS_4, "notice_message": Q.LETTERS_3,
    **{f"tactic_{i}": Q.VERDICTS for i in "abcd"},
    "sequence_choice": Q.LETTERS_4, "sequence_expectation": Q.LETTERS_3,
    "scarcity_fix": Q.LETTERS_3, "tip_claim": Q.LETTERS_3,
}
WELL_FORMED = {**{k: list(v) for k, v in LABELS.items()}, "scarcity_line": [1, 2, 3, 4, 5],
               "tip_points": [0, 2.7, 4.0, 23.0, 100]}
BAD = {**{k: ["maybe", "", 1, 0.5, None, True, ["a"]] for k in LABELS},
       "scarcity_line": [0, 6, 3.0, "3", True, None, [3]],
       "tip_points": [-1, 101, "4", None, True, float("nan"), [4.0]]}


def key_namespace() -> dict:
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("solution"):
            body = cell.source.split("### BEGIN SOLUTION", 1)[1].split("### END SOLUTION", 1)[0]
            for name, value in re.findall(r"^(\w+) = (.+)$", body, flags=re.M):
                ns[name] = ast.literal_eval(value)
    return ns


def test_every_question_is_covered():
    assert set(Q.QUESTIONS) == set(LESSON) | set(WELL_FORMED)


def test_question_constants_match_the_model_without_importing_it():
    assert Q.REFERENCE_GROUPS == si.REFERENCE_GROUPS
    src = Path(Q.__file__).read_text(encoding="utf-8")
    assert "social_influence import" not in src and "from .. import" not in src


def test_lesson_literals_agree_with_the_model():
    # Goldstein et al. (2008) exp. 2 and Strohmetz et al. (2002) exp. 1, as the model reports them
    best = max((g for g in si.REFERENCE_GROUPS[1:] if si.card_reuse("descriptive", g) is not None),
               key=lambda g: si.card_reuse("descriptive", g))
    assert best == LESSON["practice_card"]["best_card"]
    assert si.tip_difference("one", experiment=1) == LESSON["practice_gap"]["sweet_gap"]


def test_assignment_key_agrees_with_the_model():
    key = key_namespace()
    assert key["tip_points"] == si.tip_difference("one_plus_one")
    assert key["scarcity_line"] == 3 and type(key["scarcity_line"]) is int


def test_every_assignment_test_cell_names_its_own_question():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    named = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            named += re.findall(r'check\("social_influence\.(\w+)", strict=True\)', cell.source)
    assert sorted(named) == sorted(WELL_FORMED)
    assert set(key_namespace()) == set(WELL_FORMED)


@pytest.mark.parametrize("name", sorted(LESSON))
def test_lesson_key_passes(name):
    result = check(f"social_influence.{name}", namespace=LESSON[name])
    assert result.passed, result.messages()


@pytest.mark.parametrize("name, var, value", LESSON_WRONG)
def test_lesson_wrong_answers_fail(name, var, value):
    ns = dict(LESSON[name], **{var: value})
    assert not check(f"social_influence.{name}", namespace=ns).passed
    with pytest.raises(AssertionError):
        check(f"social_influence.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(LESSON))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_lesson_questions_reject_tricks(name, trick):
    value = trick_values()[trick]
    assert not check(f"social_influence.{name}", namespace={k: value for k in LESSON[name]}).passed


@pytest.mark.parametrize("name", sorted(WELL_FORMED))
def test_assignment_key_passes_form(name):
    check(f"social_influence.{name}", namespace={name: key_namespace()[name]}, strict=True)


@pytest.mark.parametrize("name", sorted(WELL_FORMED))
def test_assignment_accepts_every_well_formed_wrong_answer(name):
    """The visible check cannot reveal the key: every well-formed answer passes it, right or wrong."""
    key = key_namespace()[name]
    reference = check(f"social_influence.{name}", namespace={name: key}).messages()
    wrong = [v for v in WELL_FORMED[name] if v != key]
    assert wrong
    for value in wrong:
        result = check(f"social_influence.{name}", namespace={name: value})
        assert result.passed and result.messages() == reference, (value, result.messages())


@pytest.mark.parametrize("name", sorted(WELL_FORMED))
def test_assignment_rejects_bad_form(name):
    for value in BAD[name] + trick_values():
        assert not check(f"social_influence.{name}", namespace={name: value}).passed, value
        with pytest.raises(AssertionError):
            check(f"social_influence.{name}", namespace={name: value}, strict=True)


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_placeholder_is_explained_not_raised(name):
    q = Q.QUESTIONS[name]
    result = check(f"social_influence.{name}", namespace={k: ... for k in q.names})
    assert not result.passed and "placeholder" in result.messages()[0]
