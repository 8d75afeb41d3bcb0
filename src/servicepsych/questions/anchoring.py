"""Questions of the anchoring module: ``check("anchoring.<name>")``.

Practice questions of the lesson (``practice_*``) give full feedback: their
expected answers are computed here from literals with plain arithmetic, never
with a function a learner could have replaced. The assignment's questions (the
others) check the *form* of an answer only (names, types, allowed labels,
ranges) and never say which answer is right: that is the job of the hidden
tests in the nbgrader test cells.
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_in_range, expect_number, register
from ..strings import text

# ---------------------------------------------------------------- lesson data
#: Tversky & Kahneman (1974): anchors 10 and 65, median estimates 25 and 45 (findings tk74_wheel_*).
WHEEL = {"low_anchor": 10, "high_anchor": 65, "low_median": 25, "high_median": 45}
#: Northcraft & Neale (1987) as reported by Kahneman (2011): agents' anchoring index (nn87_agents_anchoring_index).
AGENTS_INDEX = 0.41
#: The hold line: promise, the caller's own guess, the real wait (minutes), k and credibility.
HOLD = {"quoted": 10, "own_guess": 30, "actual": 15, "adjustment": 0.45, "credibility": 0.5}
#: The hold line's last ten waits (minutes; invented for the exercise) and the promises the team could record.
HOLD_WAITS = [7, 4, 11, 8, 19, 6, 9, 13, 7, 10]
HOLD_OPTIONS = ("as soon as possible", "5 minutes", "10 minutes", "15 minutes", "30 minutes")
#: The kinds of number a customer can meet (lesson section "Is every number an anchor?").
KINDS = ("comparison", "incidental", "information")
VERDICTS = ("early", "on_time", "late")

# ---------------------------------------------------------------- assignment data (form only)
#: Part 1: the promises FibreNet could print for each channel.
PROMISE_OPTIONS = {
    "promise_chat": ("as soon as possible", "2 minutes", "5 minutes", "10 minutes", "30 minutes"),
    "promise_email": ("as soon as possible", "4 hours", "12 hours", "24 hours", "48 hours"),
    "promise_visit": ("as soon as possible", "1 day", "2 days", "3 days", "5 days"),
}
#: Part 2: the four hotel guests.
FEELS = ("feels_room", "feels_taxi", "feels_bags", "feels_breakfast")
#: Part 3: the three numbers.
KIND_ITEMS = ("kind_leak", "kind_chat", "kind_gate")
#: Part 6 (stretch): the function to write.
STRETCH = ("promise_function",)


def _t(key: str, **fields) -> str:
    return text("anchoring", key, **fields)


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_wheel(ns):
    w = WHEEL
    expect_number(ns, "wheel_index", (w["high_median"] - w["low_median"]) / (w["high_anchor"] - w["low_anchor"]),
                  tol=0.005)


def _practice_agents(ns):
    expect_number(ns, "agents_adjustment", 1 - AGENTS_INDEX, tol=0.005)


def _hold_expected() -> float:
    h = HOLD
    return h["quoted"] + h["adjustment"] * (1 - h["credibility"]) * (h["own_guess"] - h["quoted"])


def _practice_wait(ns):
    expect_number(ns, "caller_expects", _hold_expected(), tol=0.05)


def _practice_verdict(ns):
    actual = expect_choice(ns, "how_it_feels", VERDICTS)
    h = HOLD
    if h["actual"] > h["quoted"] + 1:            # a broken promise is judged against the promise itself
        right = "late"
    elif h["actual"] < _hold_expected() - 1:
        right = "early"
    else:
        right = "on_time"
    if actual != right:
        key = "msg_wrong_verdict_broken" if right == "late" else "msg_wrong_verdict"
        raise AssertionError(_t(key, name="how_it_feels", actual=actual))


def _practice_promise(ns):
    actual = expect_choice(ns, "hold_promise", HOLD_OPTIONS)
    ninth = sorted(HOLD_WAITS)[8]                 # 9 callers in 10 wait at most this long
    numbers = {o: int(o.split()[0]) for o in HOLD_OPTIONS if o[0].isdigit()}
    right = min((o for o, m in numbers.items() if m >= ninth), key=numbers.get)
    if actual != right:
        raise AssertionError(_t("msg_wrong_promise", name="hold_promise", actual=actual))


def _practice_kind(ns):
    actual = expect_choice(ns, "budget_question_kind", KINDS)
    if actual != "comparison":                    # the agent asks the customer to compare with 5,000 yuan
        raise AssertionError(_t("msg_wrong_kind", name="budget_question_kind", actual=actual))


# ---------------------------------------------------------------- assignment (form only)

def _form_promise(name):
    return lambda ns: expect_choice(ns, name, PROMISE_OPTIONS[name])


def _form_verdict(name):
    return lambda ns: expect_choice(ns, name, VERDICTS)


def _form_kind(name):
    return lambda ns: expect_choice(ns, name, KINDS)


def _form_index(ns):
    value = ns["shop_index"]
    if type(value) is not float:
        raise AssertionError(_t("msg_plain_float", name="shop_index", kind=type(value).__name__))
    expect_in_range(ns, "shop_index", -2.0, 2.0)


def _form_function(ns):
    fn = ns["shortest_kept_promise"]
    if not callable(fn) or isinstance(fn, type):
        raise AssertionError(_t("msg_not_callable", name="shortest_kept_promise", kind=type(fn).__name__))
    out = fn([5, 10], [3, 4, 6], 0.5)
    if out is not None and type(out) not in (int, float):
        raise AssertionError(_t("msg_function_type", name="shortest_kept_promise", args="[5, 10], [3, 4, 6], 0.5",
                                kind=type(out).__name__))


_PRACTICE = {
    "practice_wheel": Question(
        names=("wheel_index",),
        tests=[(_t("desc_practice_wheel"), _practice_wheel)],
        hint=_t("hint_practice_wheel")),
    "practice_agents": Question(
        names=("agents_adjustment",),
        tests=[(_t("desc_practice_agents"), _practice_agents)],
        hint=_t("hint_practice_agents")),
    "practice_wait": Question(
        names=("caller_expects",),
        tests=[(_t("desc_practice_wait"), _practice_wait)],
        hint=_t("hint_practice_wait")),
    "practice_verdict": Question(
        names=("how_it_feels",),
        tests=[(_t("desc_practice_verdict"), _practice_verdict)],
        hint=_t("hint_practice_verdict")),
    "practice_promise": Question(
        names=("hold_promise",),
        tests=[(_t("desc_practice_promise"), _practice_promise)],
        hint=_t("hint_practice_promise")),
    "practice_kind": Question(
        names=("budget_question_kind",),
        tests=[(_t("desc_practice_kind"), _practice_kind)],
        hint=_t("hint_practice_kind")),
}

_ASSIGNMENT = {
    **{name: Question(names=(name,), tests=[(_t("desc_form_promise", name=name), _form_promise(name))],
                      hint=_t("hint_form_promise")) for name in PROMISE_OPTIONS},
    **{name: Question(names=(name,), tests=[(_t("desc_form_verdict", name=name), _form_verdict(name))],
                      hint=_t("hint_form_verdict")) for name in FEELS},
    **{name: Question(names=(name,), tests=[(_t("desc_form_kind", name=name), _form_kind(name))],
                      hint=_t("hint_form_kind")) for name in KIND_ITEMS},
    "shop_index": Question(names=("shop_index",), tests=[(_t("desc_form_index"), _form_index)],
                           hint=_t("hint_form_index")),
    # stretch (optional): form only, one harmless call
    "promise_function": Question(
        names=("shortest_kept_promise",),
        tests=[(_t("desc_form_function"), _form_function)],
        hint=_t("hint_form_function")),
}

QUESTIONS = register("anchoring", {**_PRACTICE, **_ASSIGNMENT})
