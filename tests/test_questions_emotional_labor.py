"""Each emotional-labor question passes the answer key's values and fails wrong ones."""

from __future__ import annotations

import numpy as np
import pytest

from servicepsych import emotional_labor as el
from servicepsych.check import check
from servicepsych.datasets import read_dataset
from servicepsych.questions import emotional_labor as Q


class AlwaysEqual:
    """A trick answer: equal to everything."""

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


def _key_work_burnout(answers):
    points = [100 - a if i == 6 else a for i, a in enumerate(answers) if a is not None]
    if len(points) < 4:
        raise ValueError("too few answered")
    return float(sum(points) / len(points))


def _df():
    return read_dataset("agent_wellbeing")


def answer_key() -> dict[str, dict]:
    df = _df()
    return {
        "practice_score": {"mei_score": el.score_cbi(Q.MEI_ANSWERS, scale="work")},
        "practice_strategy": {"strategy_moment": "surface"},
        "practice_rho": {"share_explained": 0.39 ** 2},
        "work_burnout": {"work_burnout": _key_work_burnout, "lin_score": _key_work_burnout(Q.LIN_ANSWERS)},
        "desk_strategies": {"moment_a": "surface", "moment_b": "deep", "moment_c": "genuine", "moment_d": "off_rule"},
        "surface_effect": {"expected_z": 0.39 * 1.5, "expected_t": 50 + 10 * 0.39 * 1.5,
                           "expected_t_high": 50 + 10 * 0.48 * 1.5, "share_explained": 0.39 ** 2},
        "team_analysis": {"r_surface": float(np.corrcoef(df["surface_acting"], df["exhaustion"])[0, 1]),
                          "r_deep": float(np.corrcoef(df["deep_acting"], df["exhaustion"])[0, 1]),
                          "stronger": "surface"},
    }


def test_every_question_has_a_key():
    assert set(answer_key()) == set(Q.QUESTIONS)


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_key_passes(name):
    result = check(f"emotional_labor.{name}", namespace=answer_key()[name])
    assert result.passed, result.messages()
    check(f"emotional_labor.{name}", namespace=answer_key()[name], strict=True)


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_placeholder_is_explained_not_raised(name):
    ns = {k: ... for k in answer_key()[name]}
    result = check(f"emotional_labor.{name}", namespace=ns)
    assert not result.passed and "placeholder" in result.messages()[0]
    with pytest.raises(AssertionError, match="placeholder"):
        check(f"emotional_labor.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(Q.QUESTIONS))
def test_always_equal_object_fails_every_question(name):
    ns = {k: AlwaysEqual() for k in answer_key()[name]}
    assert not check(f"emotional_labor.{name}", namespace=ns).passed


WRONG = [
    ("practice_score", "mei_score", 60.0),                 # forgot to reverse item 7
    ("practice_score", "mei_score", "64.3"),               # wrong type
    ("practice_strategy", "strategy_moment", "deep"),
    ("practice_strategy", "strategy_moment", 2),
    ("practice_rho", "share_explained", 0.39),             # rho, not rho squared
    ("work_burnout", "lin_score", 60.0),                   # skipped the reversal
    ("work_burnout", "lin_score", np.float64(200 / 3)),    # right value, not a plain float
    ("desk_strategies", "moment_a", "masking"),
    ("desk_strategies", "moment_b", True),
    ("surface_effect", "expected_t", 0.585),                # left in SD units
    ("surface_effect", "share_explained", 15),             # an int percentage, not a share
    ("team_analysis", "r_surface", 0.39),                  # the published rho, not the data's r
    ("team_analysis", "r_deep", np.float64(0.0)),
    ("team_analysis", "stronger", "both"),
]


@pytest.mark.parametrize("name, var, value", WRONG)
def test_wrong_answers_fail(name, var, value):
    ns = dict(answer_key()[name], **{var: value})
    result = check(f"emotional_labor.{name}", namespace=ns)
    assert not result.passed
    with pytest.raises(AssertionError):
        check(f"emotional_labor.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("fn", [
    lambda answers: float(sum(a for a in answers if a is not None) / 7),            # divides by 7, no reversal
    lambda answers: 66.66666666666667,                                               # hard-coded
    lambda answers: _key_work_burnout(answers) if sum(a is not None for a in answers) >= 4 else 0.0,  # no error
    lambda answers: int(_key_work_burnout(answers)),                                 # wrong type
    lambda answers: AlwaysEqual(),
    "work_burnout",                                                                  # not a function
])
def test_wrong_work_burnout_function_fails(fn):
    ns = dict(answer_key()["work_burnout"], work_burnout=fn)
    assert not check("emotional_labor.work_burnout", namespace=ns).passed


def test_function_that_is_not_implemented_is_a_placeholder():
    def work_burnout(answers):
        raise NotImplementedError()

    ns = dict(answer_key()["work_burnout"], work_burnout=work_burnout)
    result = check("emotional_labor.work_burnout", namespace=ns)
    assert not result.passed and "placeholder" in result.messages()[0]
