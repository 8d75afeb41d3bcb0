"""The framing question bank: lesson questions give full feedback; assignment questions check form only.

Lesson expected values are recomputed here with plain Python (the formulas of
Tversky & Kahneman, 1992, with their median parameters), independently of the
package. Assignment questions must accept a well-formed *wrong* answer (so the
visible check never reveals the key) and reject wrong types and labels outside
the allowed set.
"""

from __future__ import annotations

import pytest
from conftest import trick_values

from servicepsych.check import check, list_questions
from servicepsych.questions.framing import ASSIGNMENT_CHOICES


def v(x, a=0.88, b=0.88, lam=2.25):
    return float(x) ** a if x >= 0 else -lam * float(-x) ** b


def w(p, c):
    return p**c / (p**c + (1 - p) ** c) ** (1 / c)


LESSON_KEYS = {
    "asian_loss": {"sure_value_loss": v(-400), "risky_value_loss": w(2 / 3, 0.69) * v(-600),
                   "predicted_option": "risky"},
    "refund_pull": {"gap_without_pull": 0.0, "matters_more_for": "expected_full"},
    "frame_labels": {"message_frames": ["gain", "loss", "loss", "gain"]},
    "frame_kinds": {"message_kinds": ["attribute", "goal", "risky_choice"]},
}

LESSON_WRONG = {
    "asian_loss": ("predicted_option", "sure"),
    "refund_pull": ("matters_more_for", "expected_nothing"),
    "frame_labels": ("message_frames", ["gain", "gain", "loss", "gain"]),
    "frame_kinds": ("message_kinds", ["attribute", "risky_choice", "goal"]),
}

LESSON_WRONG_TYPE = {
    "asian_loss": ("sure_value_loss", [v(-400)]),
    "refund_pull": ("gap_without_pull", "0"),
    "frame_labels": ("message_frames", "gain, loss, loss, gain"),
    "frame_kinds": ("message_kinds", ["attribute", "goal", 3]),
}

# The assignment's answers (the key lives only in the answer key's hidden tests, not here):
# each question must accept EVERY allowed label, right or wrong.
ASSIGNMENT = sorted(ASSIGNMENT_CHOICES)


def test_every_question_has_a_case():
    assert set(list_questions("framing")) == {f"framing.{q}" for q in [*LESSON_KEYS, *ASSIGNMENT]}


# ------------------------------------------------------------------ lesson questions (full feedback)

@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_key_passes(question):
    result = check(f"framing.{question}", namespace=dict(LESSON_KEYS[question]))
    assert result.passed, result.messages()
    check(f"framing.{question}", namespace=dict(LESSON_KEYS[question]), strict=True)


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_wrong_value_fails(question):
    name, bad = LESSON_WRONG[question]
    ns = {**LESSON_KEYS[question], name: bad}
    assert not check(f"framing.{question}", namespace=ns).passed
    with pytest.raises(AssertionError):
        check(f"framing.{question}", namespace=ns, strict=True)


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
def test_lesson_wrong_type_fails_and_names_the_variable(question):
    name, bad = LESSON_WRONG_TYPE[question]
    result = check(f"framing.{question}", namespace={**LESSON_KEYS[question], name: bad})
    assert not result.passed
    assert name in " ".join(result.messages())


@pytest.mark.parametrize("question", sorted(LESSON_KEYS))
@pytest.mark.parametrize("trick", range(len(trick_values())))
def test_lesson_rejects_trick_objects(question, trick):
    for name in LESSON_KEYS[question]:
        ns = {**LESSON_KEYS[question], name: trick_values()[trick]}
        assert not check(f"framing.{question}", namespace=ns).passed, (question, name)
    # a list made of trick objects
    if question in ("frame_labels", "frame_kinds"):
        (name, key), = LESSON_KEYS[question].items()
        ns = {name: [trick_values()[trick]] * len(key)}
        assert not check(f"framing.{question}", namespace=ns).passed


def test_lesson_labels_are_case_and_space_tolerant():
    assert check("framing.frame_labels", namespace={"message_frames": [" Gain", "LOSS", "loss ", "gain"]}).passed


def test_lesson_asian_values_are_literal_not_from_the_package(monkeypatch):
    """Replacing the package's model cannot change what the lesson check expects."""
    import servicepsych.framing as model
    import servicepsych.prospect as prospect

    monkeypatch.setattr(prospect, "value", lambda *a, **k: 0.0)
    monkeypatch.setattr(prospect, "prospect_value", lambda *a, **k: 0.0)
    monkeypatch.setattr(model, "predict_choice", lambda *a, **k: None)
    assert check("framing.asian_loss", namespace=dict(LESSON_KEYS["asian_loss"])).passed
    assert not check("framing.asian_loss", namespace={"sure_value_loss": 0.0, "risky_value_loss": 0.0,
                                                      "predicted_option": "risky"}).passed


# ------------------------------------------------------------------ assignment questions (form only)

@pytest.mark.parametrize("question", ASSIGNMENT)
def test_assignment_accepts_every_allowed_label(question):
    """Right or wrong, a well-formed answer passes the visible check: it cannot reveal the key."""
    for label in ASSIGNMENT_CHOICES[question]:
        result = check(f"framing.{question}", namespace={question: label})
        assert result.passed, (question, label, result.messages())
        check(f"framing.{question}", namespace={question: label.upper() + " "}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_assignment_messages_never_name_a_single_right_label(question):
    """A failing visible check lists every allowed label, not one."""
    result = check(f"framing.{question}", namespace={question: "not a label"})
    assert not result.passed
    message = " ".join(result.messages())
    assert all(repr(label) in message for label in ASSIGNMENT_CHOICES[question])


@pytest.mark.parametrize("question", ASSIGNMENT)
@pytest.mark.parametrize("bad", [1, None, ["a"], True, 0.5])
def test_assignment_rejects_wrong_types(question, bad):
    result = check(f"framing.{question}", namespace={question: bad})
    assert not result.passed
    assert question in " ".join(result.messages())
    with pytest.raises(AssertionError):
        check(f"framing.{question}", namespace={question: bad}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_assignment_rejects_trick_objects(question):
    for trick in trick_values():
        assert not check(f"framing.{question}", namespace={question: trick}).passed


@pytest.mark.parametrize("question", [*ASSIGNMENT, *LESSON_KEYS])
def test_placeholder_is_explained_not_raised(question):
    names = LESSON_KEYS.get(question, {question: None})
    result = check(f"framing.{question}", namespace={name: ... for name in names})
    assert not result.passed
    assert "placeholder" in result.messages()[0]


def test_assignment_questions_read_only_their_own_name():
    """The grading engine ships exactly a question's names to the test process."""
    from servicepsych.questions.framing import QUESTIONS

    for name in ASSIGNMENT:
        assert QUESTIONS[name].names == (name,)
