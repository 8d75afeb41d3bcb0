"""Questions of the peak-end module: ``check("peak_end.<name>")``.

Lesson practice (full feedback): ``patients``, ``cold_water``, ``warm_close``,
``chat_ending``, ``length_adds``.

Graded assignment (visible tests, **form only**: names, types, allowed labels;
they never say which label is right): one question per item,
``redesign_shorter_hold``, ``redesign_warm_close``, ``redesign_callback``,
``redesign_upsell_end``, ``budget_first``, ``budget_never``, ``entrance_plan``,
``checkout_effort``, ``return_repeat``, ``return_more_total``, and the stretch
``peak_end_function``.

Expected answers of lesson questions are literals worked out by hand from the
scenario data below (``tests/test_questions_peak_end.py`` recomputes them with
plain Python), never computed here with functions a learner could replace.

Examples
--------
>>> from servicepsych.check import check
>>> check("peak_end.patients", namespace={"patient_a_score": 7.5, "patient_b_score": 4.5}).passed
True
>>> check("peak_end.patients", namespace={"patient_a_score": 6.0, "patient_b_score": 4.5}).passed
False
>>> check("peak_end.entrance_plan", namespace={"entrance_plan": "follow"}).passed   # well-formed: form only
True
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_number, register
from ..strings import text

# ---------------------------------------------------------------- scenario data (lesson)
#: The lesson's colonoscopy profiles (0-10 pain per minute), shaped like the figure in
#: Kahneman (2011, ch. 35) of Redelmeier & Kahneman's (1996) patients A and B.
PATIENT_A = (2, 4, 5, 6, 5, 7, 8, 7)
PATIENT_B = (2, 3, 5, 4, 6, 5, 7, 6, 8, 7, 6, 5, 6, 7, 5, 4, 5, 6, 4, 3, 3, 2, 2, 1)
#: A support call (frustration per minute): greeting, hold, problem, fix with an abrupt goodbye.
HOLD_CALL = (2, 6, 8, 6)
WARM_CLOSE_MINUTES, WARM_CLOSE_LEVEL = 2, 2
#: An e-commerce chat about a defective kettle (source documents 001 and 004): two endings.
CHAT_BOT_SURVEY = (6, 8, 5, 4, 6)      # a bot closes the chat with "rate us 1-5", replacement unconfirmed
CHAT_AGENT_SUMMARY = (6, 8, 5, 4, 2)   # the agent confirms the replacement ships tomorrow, with tracking
#: Thresholds of the ``length_adds`` practice: how much R² rises when length joins peak and end.
LENGTH_ADDS_LABELS = ("nothing", "a_little", "a_lot")   # < 0.01, 0.01 to 0.10, > 0.10

# ---------------------------------------------------------------- assignment: allowed labels (form only)
EFFECT_LABELS = ("lower", "same", "higher")
REDESIGN_NAMES = ("effect_shorter_hold", "effect_warm_close", "effect_callback", "effect_upsell_end")
BUDGET_OPTIONS = ("shorter_hold", "transition_plan", "closing_survey", "hold_music")
ENTRANCE_OPTIONS = ("follow", "greet_once", "no_greeting")
CHECKOUT_OPTIONS = ("express_queue", "minibar_check", "farewell_gift")
SHOPS = ("shop_a", "shop_b")


def _t(key, **fields):
    return text("peak_end", key, **fields)


# ---------------------------------------------------------------- lesson tests (full feedback)
def _patients(ns):
    for name, expected in (("patient_a_score", 7.5), ("patient_b_score", 4.5)):
        try:
            expect_number(ns, name, expected)
        except AssertionError:
            if type(ns[name]) in (int, float):
                raise AssertionError(_t("patients_wrong", name=name, actual=ns[name])) from None
            raise


def _warm_close(ns):
    # HOLD_CALL peaks at 8 and ends at 6: (8 + 6) / 2 = 7.0; two added minutes at 2 make the end 2: 5.0
    expect_number(ns, "call_remembered", 7.0)
    try:
        expect_number(ns, "with_warm_close", 5.0)
    except AssertionError:
        if type(ns["with_warm_close"]) in (int, float):
            raise AssertionError(_t("warm_close_wrong", name="with_warm_close", actual=ns["with_warm_close"],
                                    peak=8)) from None
        raise


def _chat(ns):
    # both chats peak at 8; the bot survey ends at 6, the agent's summary at 2: (8+6)/2 = 7 vs (8+2)/2 = 5
    expect_choice(ns, "better_chat_ending", ("bot_survey", "agent_summary"), "agent_summary")


def _length_adds(ns):
    # service_journeys (seed 20240601): R² of peak + end (last 3 moments) is 0.547; adding the length gives
    # 0.576, a rise of 0.029 (recomputed with numpy in tests/test_questions_peak_end.py)
    expect_choice(ns, "length_adds", LENGTH_ADDS_LABELS, "a_little")


# ---------------------------------------------------------------- assignment tests (form only)
def _form_choice(name, choices):
    def test(ns):
        expect_choice(ns, name, choices)
    return test


def _function_form(ns):
    fn = ns["peak_end_score"]
    if not callable(fn):
        raise AssertionError(_t("function_missing", kind=type(fn).__name__))
    out = fn([1, 5, 3])
    if type(out) is not float:
        raise AssertionError(_t("function_type", ratings=[1, 5, 3], kind=type(out).__name__))
    out = fn([1, 5, 3, 2], 2)
    if type(out) is not float:
        raise AssertionError(_t("function_type", ratings=[1, 5, 3, 2], kind=type(out).__name__))


def _assignment(names, test, hint_key):
    return Question(names=names, tests=[(_t("form_test"), test)], hint=_t(hint_key))


QUESTIONS = register("peak_end", {
    # lesson
    "patients": Question(names=("patient_a_score", "patient_b_score"),
                         tests=[(_t("desc_patients"), _patients)],
                         hint=_t("hint_patients")),
    "cold_water": Question(names=("repeat_trial",),
                           tests=[(_t("desc_cold_water"),
                                   lambda ns: expect_choice(ns, "repeat_trial", ("short", "long"), "long"))],
                           hint=_t("hint_cold_water")),
    "warm_close": Question(names=("call_remembered", "with_warm_close"),
                           tests=[(_t("desc_warm_close"), _warm_close)],
                           hint=_t("hint_warm_close")),
    "chat_ending": Question(names=("better_chat_ending",),
                            tests=[(_t("desc_chat_ending"), _chat)],
                            hint=_t("hint_chat_ending")),
    "length_adds": Question(names=("length_adds",),
                            tests=[(_t("desc_length_adds"), _length_adds)],
                            hint=_t("hint_length_adds")),
    # assignment (visible tests: form only)
    **{f"redesign_{n.removeprefix('effect_')}": _assignment((n,), _form_choice(n, EFFECT_LABELS), "hint_redesign")
       for n in REDESIGN_NAMES},
    "budget_first": _assignment(("budget_first",), _form_choice("budget_first", BUDGET_OPTIONS), "hint_budget"),
    "budget_never": _assignment(("budget_never",), _form_choice("budget_never", BUDGET_OPTIONS), "hint_budget"),
    "entrance_plan": _assignment(("entrance_plan",), _form_choice("entrance_plan", ENTRANCE_OPTIONS),
                                 "hint_entrance"),
    "checkout_effort": _assignment(("checkout_effort",), _form_choice("checkout_effort", CHECKOUT_OPTIONS),
                                   "hint_checkout"),
    "return_repeat": _assignment(("would_repeat",), _form_choice("would_repeat", SHOPS), "hint_return"),
    "return_more_total": _assignment(("more_total",), _form_choice("more_total", SHOPS), "hint_return_total"),
    "peak_end_function": _assignment(("peak_end_score",), _function_form, "hint_function"),
})
