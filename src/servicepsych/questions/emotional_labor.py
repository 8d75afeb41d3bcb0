"""Questions of the emotional-labor module: ``check("emotional_labor.<name>")``.

Practice questions of the lesson (``practice_*``) and the visible tests of the
graded assignment (the others). The data each question uses are module
constants, so the lesson, the assignment and the tests share one copy.
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_number, register
from ..strings import text

#: Mei's answers to the seven work-related CBI items (lesson practice).
MEI_ANSWERS = ["To a high degree", "Somewhat", "To a high degree", "Often", "Sometimes", "Sometimes", "Seldom"]
#: Lin's answers (assignment): points per item, None = not answered.
LIN_ANSWERS = [75, 75, 50, 75, None, 50, 25]
#: Function checks the learner sees: (answers, expected score, or None when a ValueError is expected).
WORK_BURNOUT_CASES = [
    ([100, 100, 100, 100, 100, 100, 100], 600 / 7),
    ([0, 0, 0, 0, None, None, None], 0.0),
    ([50, None, None, None, None, None, 0], None),
]
#: Assignment, part 3: the complaints queue's extra surface acting (SD) and the published rho range.
QUEUE_SURFACE_SD = 1.5
RHO_LOW, RHO_HIGH = 0.39, 0.48  # Hülsheger & Schewe (2011); findings hs11_surface_wellbeing_rho_low/_high
STRATEGY_LABELS = ("genuine", "deep", "surface", "off_rule")


def _plain_float(ns, name, expected, tol=1e-6):
    value = ns[name]
    if type(value) is not float:
        raise AssertionError(text("emotional_labor", "msg_plain_float", name=name, kind=type(value).__name__))
    return expect_number(ns, name, expected, tol=tol)


def _score(answers):
    from ..emotional_labor import score_cbi

    return score_cbi(answers, scale="work")


# ---------------------------------------------------------------- lesson practice

def _practice_score(ns):
    expect_number(ns, "mei_score", _score(MEI_ANSWERS), tol=0.05)


def _practice_strategy(ns):
    # The moment in the lesson: the agent smiles and says the right words while still furious inside.
    actual = expect_choice(ns, "strategy_moment", STRATEGY_LABELS)
    if actual != "surface":
        raise AssertionError(text("emotional_labor", "msg_wrong_strategy", name="strategy_moment", actual=actual))


def _practice_rho(ns):
    expect_number(ns, "share_explained", RHO_LOW ** 2, tol=0.0005)


# ---------------------------------------------------------------- assignment (visible tests)

def _fmt(args):
    return repr(args)


def _function_cases(ns):
    fn = ns["work_burnout"]
    if not callable(fn) or isinstance(fn, type):
        raise AssertionError(text("emotional_labor", "msg_not_callable", name="work_burnout", kind=type(fn).__name__))
    for answers, expected in WORK_BURNOUT_CASES:
        if expected is None:
            try:
                got = fn(list(answers))
            except ValueError:
                continue
            raise AssertionError(text("emotional_labor", "msg_function_raise", name="work_burnout",
                                      args=_fmt(answers), actual=got))
        got = fn(list(answers))
        if type(got) is not float:
            raise AssertionError(text("emotional_labor", "msg_function_type", name="work_burnout",
                                      args=_fmt(answers), kind=type(got).__name__))
        if abs(got - expected) > 1e-6:
            raise AssertionError(text("emotional_labor", "msg_function_value", name="work_burnout",
                                      args=_fmt(answers), actual=got, expected=round(expected, 4)))


def _lin_score(ns):
    _plain_float(ns, "lin_score", _score(LIN_ANSWERS))


def _strategy_labels(ns):
    for name in ("moment_a", "moment_b", "moment_c", "moment_d"):
        expect_choice(ns, name, STRATEGY_LABELS)


def _surface_effect(ns):
    _plain_float(ns, "expected_z", RHO_LOW * QUEUE_SURFACE_SD)
    _plain_float(ns, "expected_t", 50 + 10 * RHO_LOW * QUEUE_SURFACE_SD)
    _plain_float(ns, "expected_t_high", 50 + 10 * RHO_HIGH * QUEUE_SURFACE_SD)
    _plain_float(ns, "share_explained", RHO_LOW ** 2)


def _team_correlations(ns):
    import numpy as np

    from ..datasets import read_dataset

    df = read_dataset("agent_wellbeing")
    _plain_float(ns, "r_surface", float(np.corrcoef(df["surface_acting"], df["exhaustion"])[0, 1]))
    _plain_float(ns, "r_deep", float(np.corrcoef(df["deep_acting"], df["exhaustion"])[0, 1]))


def _team_stronger(ns):
    expect_choice(ns, "stronger", ("surface", "deep"))


QUESTIONS = register("emotional_labor", {
    "practice_score": Question(
        names=("mei_score",),
        tests=[("mei_score is Mei's work-related burnout score", _practice_score)],
        hint=text("emotional_labor", "hint_practice_score"),
    ),
    "practice_strategy": Question(
        names=("strategy_moment",),
        tests=[("strategy_moment names the strategy", _practice_strategy)],
        hint=text("emotional_labor", "hint_practice_strategy"),
    ),
    "practice_rho": Question(
        names=("share_explained",),
        tests=[("share_explained is rho squared", _practice_rho)],
        hint=text("emotional_labor", "hint_practice_rho"),
    ),
    "work_burnout": Question(
        names=("work_burnout", "lin_score"),
        tests=[("work_burnout scores the example answers", _function_cases),
               ("lin_score is Lin's work-related burnout score", _lin_score)],
        hint=text("emotional_labor", "hint_work_burnout"),
    ),
    "desk_strategies": Question(
        names=("moment_a", "moment_b", "moment_c", "moment_d"),
        tests=[("each moment is labelled with one of the four strategies", _strategy_labels)],
        hint=text("emotional_labor", "hint_desk_strategies"),
    ),
    "surface_effect": Question(
        names=("expected_z", "expected_t", "expected_t_high", "share_explained"),
        tests=[("the expected exhaustion of the complaints queue", _surface_effect)],
        hint=text("emotional_labor", "hint_surface_effect"),
    ),
    "team_analysis": Question(
        names=("r_surface", "r_deep", "stronger"),
        tests=[("the correlations in agent_wellbeing", _team_correlations),
               ("stronger names a strategy", _team_stronger)],
        hint=text("emotional_labor", "hint_team_analysis"),
    ),
})
