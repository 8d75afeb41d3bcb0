"""Questions of the anchoring module: ``check("anchoring.<name>")``.

Practice questions of the lesson (``practice_*``) and the visible tests of the
graded assignment (the others). The data each question uses are module
constants, so the lesson, the assignment and the tests share one copy. Expected
values are computed here with plain arithmetic, never with a function a learner
could have replaced.
"""

from __future__ import annotations

import math
import statistics

from ._base import Question, expect_choice, expect_number, register
from ..strings import text

# ---------------------------------------------------------------- lesson data
#: Tversky & Kahneman (1974): anchors 10 and 65, median estimates 25 and 45 (findings tk74_wheel_*).
WHEEL = {"low_anchor": 10, "high_anchor": 65, "low_median": 25, "high_median": 45}
#: The hold line: promised wait, the caller's own guess, the real wait (minutes), adjustment k.
HOLD = {"quoted": 10, "own_guess": 20, "actual": 17, "adjustment": 0.45}
#: Northcraft & Neale (1987) as reported by Kahneman (2011): agents' anchoring index (nn87_agents_anchoring_index).
AGENTS_INDEX = 0.41

# ---------------------------------------------------------------- assignment data
#: Part 1: the repair desk's pilot (hours). Invented for the exercise.
PILOT = {"low_anchor": 2, "high_anchor": 8, "low_median": 4.0, "high_median": 6.4}
#: Part 2: (anchor, belief, adjustment) -> expected, or None when ValueError is expected.
ANCHORED_CASES = [
    ((2, 10, 0.5), 6.0),
    ((8, 4, 0.25), 7.0),
    ((5, 5, 0.3), 5.0),
    ((3, 7, 0), 3.0),
    ((1, 3, 1.5), None),
    ((1, 3, -0.1), None),
]
#: Part 3: the repair desk's quotes (hours), customers' own guess, the real wait, k.
REPAIR = {"quotes": [2, 3, 4, 5, 6], "own_guess": 6, "actual": 5, "adjustment": 0.45}
#: Part 3: (quotes, own_guess, actual, adjustment) -> the shortest safe quote, or None.
SAFE_QUOTE_CASES = [
    (([1, 2, 3], 6, 5, 0.45), None),
    (([10, 20, 30], 30, 20, 0.5), 10),
    (([30, 10, 20], 0, 9, 0.5), 20),
]
#: Part 4: the plan-page survey: fair price of the standard plan (yuan) after seeing the basic
#: (99) or the premium (399) plan first. Invented for the exercise.
SURVEY = {
    "condition": ["low"] * 8 + ["high"] * 8,
    "anchor": [99] * 8 + [399] * 8,
    "estimate": [129, 149, 119, 159, 139, 149, 169, 129, 229, 199, 259, 219, 249, 199, 239, 209],
}
#: Part 4: a small table the learner's function is tried on first.
SMALL_TABLE = {
    "condition": ["high", "low", "high", "low", "low"],
    "anchor": [50, 10, 50, 10, 10],
    "estimate": [40.0, 20.0, 30.0, 10.0, 24.0],
}


def _t(key: str, **fields) -> str:
    return text("anchoring", key, **fields)


def _index(lo_a, hi_a, lo_e, hi_e) -> float:
    return (hi_e - lo_e) / (hi_a - lo_a)


def _plain_float(ns, name, expected, tol=1e-6):
    value = ns[name]
    if type(value) is not float:
        raise AssertionError(_t("msg_plain_float", name=name, kind=type(value).__name__))
    return expect_number(ns, name, expected, tol=tol)


def _callable(ns, name):
    fn = ns[name]
    if not callable(fn) or isinstance(fn, type):
        raise AssertionError(_t("msg_not_callable", name=name, kind=type(fn).__name__))
    return fn


def _args(args) -> str:
    return ", ".join(repr(a) for a in args)


# ---------------------------------------------------------------- lesson practice

def _practice_wheel(ns):
    w = WHEEL
    expect_number(ns, "wheel_index", _index(w["low_anchor"], w["high_anchor"], w["low_median"], w["high_median"]),
                  tol=0.005)


def _hold_expected() -> float:
    h = HOLD
    return h["quoted"] + h["adjustment"] * (h["own_guess"] - h["quoted"])


def _practice_wait(ns):
    expect_number(ns, "caller_expects", _hold_expected(), tol=0.05)


def _practice_verdict(ns):
    actual = expect_choice(ns, "how_it_feels", ("early", "on_time", "late"))
    gap = HOLD["actual"] - _hold_expected()
    right = "late" if gap > 1 else "early" if gap < -1 else "on_time"
    if actual != right:
        raise AssertionError(_t("msg_wrong_verdict", name="how_it_feels", actual=actual))


def _practice_agents(ns):
    expect_number(ns, "agents_adjustment", 1 - AGENTS_INDEX, tol=0.005)


# ---------------------------------------------------------------- assignment (visible tests)

def _pilot(ns):
    p = PILOT
    index = _index(p["low_anchor"], p["high_anchor"], p["low_median"], p["high_median"])
    _plain_float(ns, "pilot_index", index)
    _plain_float(ns, "pilot_adjustment", 1 - index)


def _anchored_cases(ns):
    fn = _callable(ns, "anchored_estimate")
    for args, expected in ANCHORED_CASES:
        if expected is None:
            try:
                got = fn(*args)
            except ValueError:
                continue
            raise AssertionError(_t("msg_function_raise", name="anchored_estimate", args=_args(args),
                                    why=_t("msg_why_adjustment"), actual=got))
        got = fn(*args)
        if type(got) is not float:
            raise AssertionError(_t("msg_function_type", name="anchored_estimate", args=_args(args), want="float",
                                    kind=type(got).__name__))
        if not math.isclose(got, expected, abs_tol=1e-9):
            raise AssertionError(_t("msg_function_value", name="anchored_estimate", args=_args(args), actual=got,
                                    expected=expected))


def _safe_cases(ns):
    fn = _callable(ns, "safe_quote")
    for args, expected in SAFE_QUOTE_CASES:
        got = fn(list(args[0]), *args[1:])
        if expected is None:
            if got is not None:
                raise AssertionError(_t("msg_function_value", name="safe_quote", args=_args(args), actual=got,
                                        expected=None))
            continue
        if type(got) is not int:
            raise AssertionError(_t("msg_function_type", name="safe_quote", args=_args(args), want="int",
                                    kind=type(got).__name__))
        if got != expected:
            raise AssertionError(_t("msg_function_value", name="safe_quote", args=_args(args), actual=got,
                                    expected=expected))


def _shortest_safe(quotes, own_guess, actual, k):
    for q in sorted(quotes):
        if q + k * (own_guess - q) >= actual:
            return q
    return None


def _repair_quote(ns):
    r = REPAIR
    value = ns["repair_quote"]
    if type(value) is not int:
        raise AssertionError(_t("msg_quote_type", name="repair_quote", kind=type(value).__name__))
    expected = _shortest_safe(r["quotes"], r["own_guess"], r["actual"], r["adjustment"])
    if value != expected:
        raise AssertionError(text("common", "expect_close", name="repair_quote", actual=value))


def _median_index(table) -> float:
    groups = {}
    for cond in ("low", "high"):
        rows = [i for i, c in enumerate(table["condition"]) if c == cond]
        groups[cond] = (table["anchor"][rows[0]], statistics.median(table["estimate"][i] for i in rows))
    return _index(groups["low"][0], groups["high"][0], groups["low"][1], groups["high"][1])


def _group_index_small(ns):
    import pandas as pd

    fn = _callable(ns, "group_index")
    got = fn(pd.DataFrame(SMALL_TABLE))
    expected = _median_index(SMALL_TABLE)
    if type(got) is not float:
        raise AssertionError(_t("msg_function_type", name="group_index", args="small_table", want="float",
                                kind=type(got).__name__))
    if not math.isclose(got, expected, abs_tol=1e-9):
        raise AssertionError(_t("msg_function_value", name="group_index", args="small_table", actual=got,
                                expected=round(expected, 6)))


def _plan_index(ns):
    _plain_float(ns, "plan_index", _median_index(SURVEY))


QUESTIONS = register("anchoring", {
    "practice_wheel": Question(
        names=("wheel_index",),
        tests=[("wheel_index is the anchoring index of the wheel of fortune", _practice_wheel)],
        hint=_t("hint_practice_wheel"),
    ),
    "practice_wait": Question(
        names=("caller_expects",),
        tests=[("caller_expects is the wait the caller expects", _practice_wait)],
        hint=_t("hint_practice_wait"),
    ),
    "practice_verdict": Question(
        names=("how_it_feels",),
        tests=[("how_it_feels says how the real wait feels", _practice_verdict)],
        hint=_t("hint_practice_verdict"),
    ),
    "practice_agents": Question(
        names=("agents_adjustment",),
        tests=[("agents_adjustment is the adjustment the agents' index implies", _practice_agents)],
        hint=_t("hint_practice_agents"),
    ),
    "pilot_index": Question(
        names=("pilot_index", "pilot_adjustment"),
        tests=[("the pilot's anchoring index and adjustment", _pilot)],
        hint=_t("hint_pilot_index"),
    ),
    "anchored_estimate": Question(
        names=("anchored_estimate",),
        tests=[("anchored_estimate gives the model's estimate and refuses a bad adjustment", _anchored_cases)],
        hint=_t("hint_anchored_estimate"),
    ),
    "safe_quote": Question(
        names=("safe_quote", "repair_quote"),
        tests=[("safe_quote finds the shortest safe quote", _safe_cases),
               ("repair_quote is the repair desk's shortest safe quote", _repair_quote)],
        hint=_t("hint_safe_quote"),
    ),
    "plan_index": Question(
        names=("group_index", "plan_index"),
        tests=[("group_index computes the index of a small table", _group_index_small),
               ("plan_index is the anchoring index of the plan-page survey", _plan_index)],
        hint=_t("hint_plan_index"),
    ),
})
