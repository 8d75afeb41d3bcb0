"""The peak-end question bank.

Lesson questions pass the key and fail wrong answers, wrong types and trick objects.
Assignment questions are form-only: they accept a well-formed *wrong* answer (so they
never reveal the key) and reject wrong types and labels outside the allowed set.
"""

from __future__ import annotations

import numpy as np
import pytest

from conftest import trick_values
from servicepsych.check import check, list_questions
from servicepsych.datasets import read_dataset
from servicepsych.questions import peak_end as Q


def key_peak_end_score(ratings, end_window=1):
    if len(ratings) == 0 or not 1 <= end_window <= len(ratings):
        raise ValueError("bad input")
    return float((max(ratings) + sum(ratings[-end_window:]) / end_window) / 2)


def wrong_peak_end_score(ratings, end_window=1):  # well-formed but wrong: the mean
    return float(sum(ratings) / len(ratings))


# ---------------------------------------------------------------- lesson questions
LESSON_KEY = {
    "patients": {"patient_a_score": 7.5, "patient_b_score": 4.5},
    "cold_water": {"repeat_trial": "long"},
    "warm_close": {"call_remembered": 7.0, "with_warm_close": 5.0},
    "chat_ending": {"better_chat_ending": "agent_summary"},
    "length_adds": {"length_adds": "a_little"},
}
LESSON_WRONG = {
    "patient_a_score": 6.0, "patient_b_score": 4.0, "repeat_trial": "short", "call_remembered": 6.0,
    "with_warm_close": 4.0, "better_chat_ending": "bot_survey", "length_adds": "nothing",
}


def _pe(r):
    return (max(r) + r[-1]) / 2


def test_lesson_literals_match_the_scenario_data():
    """The lesson bank's expected values are literals: recompute them here with plain Python."""
    assert _pe(Q.PATIENT_A) == 7.5 and _pe(Q.PATIENT_B) == 4.5
    assert _pe(Q.HOLD_CALL) == 7.0
    assert _pe(Q.HOLD_CALL + (Q.WARM_CLOSE_LEVEL,) * Q.WARM_CLOSE_MINUTES) == 5.0
    assert _pe(Q.CHAT_AGENT_SUMMARY) < _pe(Q.CHAT_BOT_SURVEY)


def test_length_adds_literal_matches_the_data():
    """R² of peak + end (last 3 moments), with and without the length, recomputed with numpy."""
    df = read_dataset("service_journeys")
    per = [g.to_numpy() for _, g in df.groupby("journey_id")["rating"]]
    y = 10 - df.groupby("journey_id")["remembered_satisfaction"].first().to_numpy()
    peak = np.array([r.max() for r in per])
    end3 = np.array([r[-3:].mean() for r in per])
    minutes = np.array([len(r) for r in per], dtype=float)

    def r2(*xs):
        X = np.column_stack([np.ones_like(y), *xs])
        coef, *_ = np.linalg.lstsq(X, y, rcond=None)
        return 1 - ((y - X @ coef) ** 2).sum() / ((y - y.mean()) ** 2).sum()

    gain = r2(peak, end3, minutes) - r2(peak, end3)
    assert 0.01 <= gain <= 0.10  # "a_little" by the lesson's thresholds


def test_every_question_is_covered():
    assert sorted(n.split(".", 1)[1] for n in list_questions("peak_end")) == sorted(
        [*LESSON_KEY, *FORM_KEY])


@pytest.mark.parametrize("name", sorted(LESSON_KEY))
def test_lesson_key_passes(name):
    result = check(f"peak_end.{name}", namespace=dict(LESSON_KEY[name]))
    assert result.passed, result.messages()


@pytest.mark.parametrize("name", sorted(LESSON_KEY))
def test_lesson_rejects_wrong_values_and_tricks(name):
    for var in LESSON_KEY[name]:
        good = LESSON_KEY[name][var]
        for bad in (LESSON_WRONG[var], [good], None, str(good) if not isinstance(good, str) else 1.0,
                    *[t for t in trick_values() if t is not Ellipsis]):
            ns = {**LESSON_KEY[name], var: bad}
            result = check(f"peak_end.{name}", namespace=ns)
            assert not result.passed, (var, bad)
            assert result.messages(), (var, bad)


@pytest.mark.parametrize("name", sorted(LESSON_KEY))
def test_untouched_lesson_cell_is_pending_not_failed(name):
    result = check(f"peak_end.{name}", namespace={var: ... for var in LESSON_KEY[name]})
    assert not result.passed and result.pending


def test_wrong_number_gets_a_useful_message():
    msgs = check("peak_end.patients", namespace={"patient_a_score": 6.0, "patient_b_score": 4.5}).messages()
    assert "worst" in msgs[0]


# ---------------------------------------------------------------- assignment questions (form only)
# question -> (variable, a right answer, a well-formed WRONG answer, a label outside the set)
FORM_KEY = {
    "redesign_shorter_hold": ("effect_shorter_hold", "same", "lower", "unchanged"),
    "redesign_warm_close": ("effect_warm_close", "lower", "higher", "better"),
    "redesign_callback": ("effect_callback", "lower", "same", "less"),
    "redesign_upsell_end": ("effect_upsell_end", "higher", "lower", "worse"),
    "budget_first": ("budget_first", "transition_plan", "shorter_hold", "warm_close"),
    "budget_never": ("budget_never", "closing_survey", "hold_music", "survey"),
    "entrance_plan": ("entrance_plan", "greet_once", "follow", "greet"),
    "checkout_effort": ("checkout_effort", "minibar_check", "farewell_gift", "queue"),
    "return_repeat": ("would_repeat", "shop_b", "shop_a", "b"),
    "return_more_total": ("more_total", "shop_b", "shop_a", "a"),
    "peak_end_function": ("peak_end_score", key_peak_end_score, wrong_peak_end_score, 4.0),
}


@pytest.mark.parametrize("name", sorted(FORM_KEY))
def test_assignment_question_accepts_right_and_wrong_well_formed_answers(name):
    var, right, wrong, _ = FORM_KEY[name]
    for value in (right, wrong):
        result = check(f"peak_end.{name}", namespace={var: value})
        assert result.passed, (value, result.messages())
        check(f"peak_end.{name}", namespace={var: value}, strict=True)
    assert Q.QUESTIONS[name].names == (var,)  # one item per question: one test cell per item


@pytest.mark.parametrize("name", sorted(FORM_KEY))
def test_assignment_question_rejects_malformed_answers(name):
    var, right, _, outside = FORM_KEY[name]
    bads = [outside, None, 3, [right] if isinstance(right, str) else "peak_end_score",
            *[t for t in trick_values() if t is not Ellipsis]]
    for bad in bads:
        ns = {var: bad}
        assert not check(f"peak_end.{name}", namespace=ns).passed, (name, bad)
        with pytest.raises(AssertionError):
            check(f"peak_end.{name}", namespace=ns, strict=True)


def test_function_form_check_wants_a_float_not_the_right_value():
    def returns_int(ratings, end_window=1):
        return int(max(ratings))

    msgs = " ".join(check("peak_end.peak_end_function", namespace={"peak_end_score": returns_int}).messages())
    assert "return a float" in msgs
    msgs = check("peak_end.peak_end_function", namespace={"peak_end_score": 7.5}).messages()
    assert msgs and "function" in msgs[0]


def test_form_messages_do_not_name_the_right_label():
    """A malformed answer's message lists the allowed labels, all of them, not the right one alone."""
    msgs = " ".join(check("peak_end.entrance_plan", namespace={"entrance_plan": "greet"}).messages())
    for label in Q.ENTRANCE_OPTIONS:
        assert label in msgs


# ---------------------------------------------------------------- the assignment that uses these questions
def _assignment_cells():
    import nbformat
    from conftest import COURSE

    nb = nbformat.read(COURSE / "source" / "04_peak_end" / "04_peak_end.ipynb", as_version=4)
    return nb.cells


def test_assignment_pattern_v2_per_item_points_and_stretch_share():
    cells = _assignment_cells()
    tests = [c for c in cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
    stretch = [c for c in tests if c.metadata.get("servicepsych", {}).get("stretch")]
    core = [c for c in tests if c not in stretch]
    core_pts = sum(c.metadata["nbgrader"]["points"] for c in core)
    stretch_pts = sum(c.metadata["nbgrader"]["points"] for c in stretch)
    assert (core_pts, stretch_pts) == (14, 3)                          # what the intro cell promises
    assert "14 autograded (core) + 3 autograded (stretch" in cells[0].source
    assert stretch_pts / (core_pts + stretch_pts) <= 0.25
    asked = []
    for c in tests:
        gid = c.metadata["nbgrader"]["grade_id"]
        assert gid.startswith("test_"), gid
        visible, hidden = c.source.split("### BEGIN HIDDEN TESTS")
        names = [ln.split('"')[1] for ln in visible.splitlines() if ln.startswith("check(")]
        assert len(names) == 1 and names[0].startswith("peak_end."), gid
        asked.append(names[0].split(".", 1)[1])
        assert "servicepsych" not in hidden and "globals(" not in hidden, gid
    assert set(asked) == set(FORM_KEY), asked                    # every form question is used by a test cell
    for c in cells:
        meta = c.metadata.get("nbgrader", {})
        if c.cell_type == "code" and meta.get("solution") and meta["grade_id"] != "stretch_answer":
            assert "def " not in c.source and "class " not in c.source, meta["grade_id"]
