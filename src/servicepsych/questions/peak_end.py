"""Questions of the peak-end module: ``check("peak_end.<name>")``.

Lesson practice: ``patients``, ``cold_water``, ``warm_close``, ``store_greeting``.
Graded assignment (visible tests): ``checkout``, ``peak_end_function``,
``rebooking``, ``redesign``, ``strongest_predictor``.

The scenario data below are the same lists the lesson and the assignment show
the learner; expected answers are computed from them with the model.

Examples
--------
>>> from servicepsych.check import check
>>> check("peak_end.patients", namespace={"patient_a_score": 7.5, "patient_b_score": 4.5}).passed
True
>>> check("peak_end.patients", namespace={"patient_a_score": 6.0, "patient_b_score": 4.5}).passed
False
"""

from __future__ import annotations

import types

from .. import peak_end as pe
from ._base import Question, expect_choice, expect_number, register
from ..strings import text

# ---------------------------------------------------------------- scenario data
#: The lesson's colonoscopy profiles (0-10 pain per minute), shaped like the figure in
#: Kahneman (2011, ch. 35) of Redelmeier & Kahneman's (1996) patients A and B.
PATIENT_A = (2, 4, 5, 6, 5, 7, 8, 7)
PATIENT_B = (2, 3, 5, 4, 6, 5, 7, 6, 8, 7, 6, 5, 6, 7, 5, 4, 5, 6, 4, 3, 3, 2, 2, 1)
#: A support call (frustration per minute): greeting, hold, problem, fix with an abrupt goodbye.
HOLD_CALL = (2, 6, 8, 6)
WARM_CLOSE_MINUTES, WARM_CLOSE_LEVEL = 2, 2
#: Store entrance (003): the customer's unease every 10 s with an assistant who follows them,
#: and with one who greets once and re-approaches after about 30 s of hesitation.
STORE_FOLLOW = (3, 5, 6, 6, 7, 7)
STORE_GREET_ONCE = (3, 2, 2, 4, 2, 1)

#: Assignment: frustration per minute at a hotel check-out (queue, billing error, waiting
#: for the manager, corrected bill, a bill pushed across the desk without a word).
CHECKOUT = (2, 3, 7, 8, 4, 6)
#: Assignment: an airline rebooking call, ended abruptly or with a warm close.
REBOOK_ABRUPT = (3, 7, 9, 6)
REBOOK_WARM = (3, 7, 9, 6, 3, 2)
#: Assignment: a broadband-fault call and four proposed redesigns.
BROADBAND = (2, 5, 5, 5, 5, 9, 4, 6)
REDESIGNS = {
    "effect_shorter_hold": (2, 5, 5, 9, 4, 6),           # two minutes less on hold
    "effect_warm_close": (2, 5, 5, 5, 5, 9, 4, 6, 2),     # one more minute: summary and next step
    "effect_callback": (2, 5, 5, 5, 5, 6, 4, 6),          # a call-back instead of a second transfer
    "effect_upsell_end": (2, 5, 5, 5, 5, 9, 4, 8),        # a sales pitch as the last thing said
}
PREDICTOR_COLUMNS = ("wait_minutes", "handle_minutes", "peak_frustration", "end_rating")


# ---------------------------------------------------------------- tests
def _is_function(ns, name, missing_key):
    fn = ns[name]
    if not isinstance(fn, (types.FunctionType, types.BuiltinFunctionType)):
        raise AssertionError(text("peak_end", missing_key, kind=type(fn).__name__))
    return fn


def _patients(ns):
    for name, profile in (("patient_a_score", PATIENT_A), ("patient_b_score", PATIENT_B)):
        try:
            expect_number(ns, name, pe.peak_end(profile))
        except AssertionError as exc:
            if type(ns[name]) in (int, float):
                raise AssertionError(text("peak_end", "patients_wrong", name=name, actual=ns[name])) from None
            raise exc


def _warm_close(ns):
    expect_number(ns, "call_remembered", pe.peak_end(HOLD_CALL))
    longer = pe.extend_with_mild_end(HOLD_CALL, WARM_CLOSE_MINUTES, WARM_CLOSE_LEVEL)
    try:
        expect_number(ns, "with_warm_close", pe.peak_end(longer))
    except AssertionError:
        if type(ns["with_warm_close"]) in (int, float):
            raise AssertionError(text("peak_end", "warm_close_wrong", name="with_warm_close",
                                      actual=ns["with_warm_close"], peak=max(HOLD_CALL))) from None
        raise


def _store(ns):
    better = "greet_once" if pe.peak_end(STORE_GREET_ONCE) < pe.peak_end(STORE_FOLLOW) else "follow"
    expect_choice(ns, "better_entrance", ("follow", "greet_once"), better)


def _checkout(ns):
    expect_number(ns, "checkout_peak_end", pe.peak_end(CHECKOUT))
    expect_number(ns, "checkout_mean", pe.mean_rating(CHECKOUT))


def _function_cases(ns):
    fn = _is_function(ns, "peak_end_score", "function_missing")
    for ratings in ([1, 5, 3], [4, 4, 4, 9], [6], [0, 2.5, 1.5]):
        actual = fn(list(ratings))
        if type(actual) is not float:
            raise AssertionError(text("peak_end", "function_type", ratings=ratings, kind=type(actual).__name__))
        expected = pe.peak_end(ratings)
        if abs(actual - expected) > 1e-9:
            raise AssertionError(text("peak_end", "function_wrong", ratings=ratings, actual=actual,
                                      expected=expected))


def _function_empty(ns):
    fn = _is_function(ns, "peak_end_score", "function_missing")
    try:
        actual = fn([])
    except ValueError:
        return
    raise AssertionError(text("peak_end", "function_no_error", actual=actual))


def _rebooking(ns):
    c = pe.compare_journeys(REBOOK_ABRUPT, REBOOK_WARM)
    label = {"a": "abrupt", "b": "warm"}
    expect_choice(ns, "rebooking_remembered_better", ("abrupt", "warm"), label[c["remembered_better"]])
    more = "warm" if c["less_in_total"] == "a" else "abrupt"
    expect_choice(ns, "rebooking_more_total", ("abrupt", "warm"), more)


def _redesign(ns):
    before = pe.peak_end(BROADBAND)
    for name, journey in REDESIGNS.items():
        after = pe.peak_end(journey)
        expected = "same" if after == before else ("lower" if after < before else "higher")
        expect_choice(ns, name, ("lower", "same", "higher"), expected)


def _best_column(df, columns):
    r = {c: abs(float(df[c].corr(df["remembered_rating"]))) for c in columns}
    return max(r, key=r.get)


def _predictor(ns):
    from ..datasets import read_dataset

    fn = _is_function(ns, "strongest_predictor", "predictor_missing")
    df = read_dataset("call_logs")
    for columns in (list(PREDICTOR_COLUMNS), ["wait_minutes", "handle_minutes"]):
        actual = fn(df, columns)
        if type(actual) is not str:
            raise AssertionError(text("peak_end", "predictor_type", kind=type(actual).__name__))
        expected = _best_column(df, columns)
        if actual != expected:
            raise AssertionError(text("peak_end", "predictor_wrong", actual=actual, expected=expected))


QUESTIONS = register("peak_end", {
    # lesson
    "patients": Question(names=("patient_a_score", "patient_b_score"),
                         tests=[("peak-end scores of patients A and B", _patients)],
                         hint=text("peak_end", "hint_patients")),
    "cold_water": Question(names=("repeat_trial",),
                           tests=[("the trial most participants chose to repeat",
                                   lambda ns: expect_choice(ns, "repeat_trial", ("short", "long"), "long"))],
                           hint=text("peak_end", "hint_cold_water")),
    "warm_close": Question(names=("call_remembered", "with_warm_close"),
                           tests=[("peak-end before and after a warm close", _warm_close)],
                           hint=text("peak_end", "hint_warm_close")),
    "store_greeting": Question(names=("better_entrance",),
                               tests=[("the entrance remembered better", _store)],
                               hint=text("peak_end", "hint_store_greeting")),
    # assignment (visible tests)
    "checkout": Question(names=("checkout_peak_end", "checkout_mean"),
                         tests=[("peak-end and mean of the check-out", _checkout)],
                         hint=text("peak_end", "hint_checkout")),
    "peak_end_function": Question(names=("peak_end_score",),
                                  tests=[("peak_end_score gives the peak-end average as a float", _function_cases),
                                         ("peak_end_score([]) raises ValueError", _function_empty)],
                                  hint=text("peak_end", "hint_function")),
    "rebooking": Question(names=("rebooking_remembered_better", "rebooking_more_total"),
                          tests=[("memory versus total for the rebooking call", _rebooking)],
                          hint=text("peak_end", "hint_rebooking")),
    "redesign": Question(names=tuple(REDESIGNS),
                         tests=[("what each redesign does to remembered frustration", _redesign)],
                         hint=text("peak_end", "hint_redesign")),
    "strongest_predictor": Question(names=("strongest_predictor",),
                                    tests=[("strongest_predictor finds the most correlated column", _predictor)],
                                    hint=text("peak_end", "hint_predictor")),
})
