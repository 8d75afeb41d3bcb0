"""Each peak-end question passes the answer key's values and fails wrong ones (wrong value,
wrong type, an object whose __eq__ always says True, a placeholder)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from servicepsych.check import check, list_questions
from servicepsych.questions import peak_end as Q


class AlwaysEqual:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


def key_peak_end_score(ratings):
    if len(ratings) == 0:
        raise ValueError("empty")
    return (max(ratings) + ratings[-1]) / 2.0


def key_strongest_predictor(df, columns):
    r = {c: abs(df[c].corr(df["remembered_rating"])) for c in columns}
    return max(r, key=r.get)


# The answer key, worked out by hand from the scenario data (not with the model).
KEY = {
    "patients": {"patient_a_score": 7.5, "patient_b_score": 4.5},
    "cold_water": {"repeat_trial": "long"},
    "warm_close": {"call_remembered": 7.0, "with_warm_close": 5.0},
    "store_greeting": {"better_entrance": "greet_once"},
    "checkout": {"checkout_peak_end": 7.0, "checkout_mean": 5.0},
    "peak_end_function": {"peak_end_score": key_peak_end_score},
    "rebooking": {"rebooking_remembered_better": "warm", "rebooking_more_total": "warm"},
    "redesign": {"effect_shorter_hold": "same", "effect_warm_close": "lower",
                 "effect_callback": "lower", "effect_upsell_end": "higher"},
    "strongest_predictor": {"strongest_predictor": key_strongest_predictor},
}


def test_every_question_has_a_key():
    assert sorted(n.split(".", 1)[1] for n in list_questions("peak_end")) == sorted(KEY)


def test_hand_key_matches_scenario_data():
    assert (max(Q.CHECKOUT) + Q.CHECKOUT[-1]) / 2 == KEY["checkout"]["checkout_peak_end"]
    assert sum(Q.CHECKOUT) / len(Q.CHECKOUT) == KEY["checkout"]["checkout_mean"]


@pytest.mark.parametrize("name", sorted(KEY))
def test_key_passes(name):
    result = check(f"peak_end.{name}", namespace=dict(KEY[name]))
    assert result.passed, result.messages()
    check(f"peak_end.{name}", namespace=dict(KEY[name]), strict=True)


def _wrong_value(v):
    if isinstance(v, str):
        return {"long": "short", "greet_once": "follow", "warm": "abrupt", "same": "lower",
                "lower": "same", "higher": "same"}[v]
    if isinstance(v, float):
        return v + 1.0
    return lambda *a: "wrong"


@pytest.mark.parametrize("name", sorted(KEY))
def test_each_wrong_variable_fails(name):
    for var, good in KEY[name].items():
        for bad in (_wrong_value(good), AlwaysEqual(), [good] if not callable(good) else 42, None):
            ns = {**KEY[name], var: bad}
            result = check(f"peak_end.{name}", namespace=ns)
            assert not result.passed, (var, bad)
            assert result.messages(), (var, bad)
            with pytest.raises(AssertionError):
                check(f"peak_end.{name}", namespace=ns, strict=True)


@pytest.mark.parametrize("name", sorted(KEY))
def test_placeholder_is_explained_not_raised(name):
    ns = {var: ... for var in KEY[name]}
    result = check(f"peak_end.{name}", namespace=ns)
    assert not result.passed
    assert "placeholder" in result.messages()[0]


def test_numbers_must_be_numbers_not_text():
    ns = {**KEY["checkout"], "checkout_peak_end": "7.0"}
    msgs = check("peak_end.checkout", namespace=ns).messages()
    assert "should be a number" in msgs[0]


def test_function_question_catches_common_mistakes():
    def mean_instead(r):
        return float(sum(r) / len(r)) if r else 0.0

    def returns_int(r):
        if not r:
            raise ValueError
        return int(max(r) + r[-1]) // 2

    def no_error(r):
        return (max(r) + r[-1]) / 2.0 if r else 0.0

    def hard_coded(r):
        return 4.0

    for fn, words in ((mean_instead, "peak-end rule gives"), (returns_int, "return a float"),
                      (no_error, "should raise ValueError"), (hard_coded, "peak-end rule gives")):
        msgs = " ".join(check("peak_end.peak_end_function", namespace={"peak_end_score": fn}).messages())
        assert words in msgs, (fn.__name__, msgs)


def test_function_question_explains_a_crash():
    def crashes(r):
        return r[10]

    msgs = check("peak_end.peak_end_function", namespace={"peak_end_score": crashes}).messages()
    assert any("IndexError" in m for m in msgs)


def test_predictor_question_rejects_a_fixed_answer_and_wrong_types():
    from servicepsych.datasets import read_dataset

    df = read_dataset("call_logs")
    fixed_answer = key_strongest_predictor(df, list(Q.PREDICTOR_COLUMNS))
    msgs = check("peak_end.strongest_predictor",
                 namespace={"strongest_predictor": lambda d, c: fixed_answer}).messages()
    assert msgs and "most strongly correlated" in msgs[0]
    msgs = check("peak_end.strongest_predictor",
                 namespace={"strongest_predictor": lambda d, c: np.str_(fixed_answer)}).messages()
    assert msgs and "return the column name as a str" in msgs[0]

    def signed(d, c):  # forgets the absolute value: picks the most positive one
        return max(c, key=lambda col: d[col].corr(d["remembered_rating"]))

    tiny = pd.DataFrame({"remembered_rating": [1.0, 2, 3, 4], "x": [4.0, 3, 2, 1], "y": [1.0, 2, 2, 5]})
    assert key_strongest_predictor(tiny, ["x", "y"]) == "x" and signed(tiny, ["x", "y"]) == "y"
    assert math.isclose(abs(tiny["x"].corr(tiny["remembered_rating"])), 1.0)
