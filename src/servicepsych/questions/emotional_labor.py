"""Questions of the emotional-labor module: ``check("emotional_labor.<name>")``.

Two kinds live here:

* **lesson practice** (``practice_*``): full instant feedback. Expected values are
  literals or plain Python on literals, never computed by package functions a
  learner could have replaced.
* **assignment** (every other question, one per graded item): *form* tests only
  (names, types, allowed labels). They never say which label is right; that is the
  job of the hidden tests in the nbgrader test cells.
"""

from __future__ import annotations

from ._base import Question, expect_choice, expect_number, register
from ..strings import text

#: Mei's answers to the seven work-related CBI items (lesson practice).
MEI_ANSWERS = ["To a high degree", "Somewhat", "To a high degree", "Often", "Sometimes", "Sometimes", "Seldom"]
#: Her score by hand: 75, 50, 75, 75, 50, 50 and the reversed last item 100 - 25 = 75.
MEI_SCORE = (75 + 50 + 75 + 75 + 50 + 50 + (100 - 25)) / 7

#: The labels of an emotional-labor moment (Grandey, 2000; "off_rule": the display rule is not met).
STRATEGY_LABELS = ("genuine", "deep", "surface", "off_rule")
#: Assignment, part 2: what a team lead can offer an agent.
SUPPORT_OPTIONS = ("recovery_break", "reappraisal_coaching", "workload_review_and_referral", "no_action")
#: Assignment, part 3: the complaints line's display rule and its rule for abusive callers.
DISPLAY_RULES = ("always_cheerful", "calm_and_respectful", "no_rule")
ABUSE_RULES = ("absorb_everything", "warn_then_end", "end_at_first_raised_voice")
#: Assignment, part 4: the sentences the learner chooses from.
CLAIMS = ("a", "b", "c", "d")
#: Lesson practice on the agent_wellbeing data set.
WITHIN_GROUP_OPTIONS = ("gone", "smaller_but_present", "as_strong_or_stronger")

#: Lesson practice 4: in a very large team with rho = .39 and the top 25% marked, the share of the
#: upper half of surface acting above the cut-off (bivariate normal, worked out once by numerical
#: integration: 0.3503); the tolerance allows reading it off the widget's bar.
UPPER_HALF_SHARE, UPPER_HALF_TOL = 0.35, 0.02
#: Lesson practice 2: share of variance a correlation of .39 accounts for.
RHO_LOW = 0.39  # Hülsheger & Schewe (2011), finding hs11_erd_surface_wellbeing_rho_low


def _t(key, **fields):
    return text("emotional_labor", key, **fields)


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_score(ns):
    expect_number(ns, "mei_score", MEI_SCORE, tol=0.05)


def _practice_strategy(ns):
    # The moment in the lesson: the agent smiles and says the right words while still furious inside.
    actual = expect_choice(ns, "strategy_moment", STRATEGY_LABELS)
    if actual != "surface":
        raise AssertionError(_t("msg_wrong_strategy", name="strategy_moment", actual=actual))


def _practice_rho(ns):
    expect_number(ns, "share_explained", RHO_LOW * RHO_LOW, tol=0.0005)


def _practice_upper_half(ns):
    value = ns["upper_half_share"]
    if type(value) in (int, float) and 1 < value <= 100:
        raise AssertionError(_t("msg_share_not_percent", name="upper_half_share", actual=value))
    expect_number(ns, "upper_half_share", UPPER_HALF_SHARE, tol=UPPER_HALF_TOL)


def _practice_within(ns):
    actual = expect_choice(ns, "within_groups", WITHIN_GROUP_OPTIONS)
    if actual != "smaller_but_present":
        raise AssertionError(_t(f"msg_within_{actual}"))


# ---------------------------------------------------------------- assignment (form only)

def _form(name, options):
    def test(ns):
        expect_choice(ns, name, options)
    return test


def _work_burnout_form(ns):
    fn = ns["work_burnout"]
    if not callable(fn) or isinstance(fn, type):
        raise AssertionError(_t("msg_not_callable", name="work_burnout", kind=type(fn).__name__))
    example = [50, 50, 50, 50, 50, 50, 50]
    got = fn(list(example))
    if type(got) is not float:
        raise AssertionError(_t("msg_function_type", name="work_burnout", args=repr(example),
                                kind=type(got).__name__))


def _choice_question(name, options, hint_key):
    return Question(names=(name,), tests=[(_t("desc_form_label", name=name), _form(name, options))],
                    hint=_t(hint_key, options=", ".join(map(repr, options))))


_ASSIGNMENT = {}
for _item in ("a", "b", "c", "d"):
    _ASSIGNMENT[f"transcript_{_item}"] = _choice_question(f"transcript_{_item}", STRATEGY_LABELS, "hint_form_strategy")
for _agent in ("hana", "omar", "wei"):
    _ASSIGNMENT[f"support_{_agent}"] = _choice_question(f"support_{_agent}", SUPPORT_OPTIONS, "hint_form_support")
_ASSIGNMENT["display_rule"] = _choice_question("display_rule", DISPLAY_RULES, "hint_form_policy")
_ASSIGNMENT["abuse_rule"] = _choice_question("abuse_rule", ABUSE_RULES, "hint_form_policy")
_ASSIGNMENT["report_claim"] = _choice_question("report_claim", CLAIMS, "hint_form_claim")
_ASSIGNMENT["work_burnout"] = Question(
    names=("work_burnout",),
    tests=[(_t("desc_form_work_burnout"), _work_burnout_form)],
    hint=_t("hint_work_burnout"),
)

QUESTIONS = register("emotional_labor", {
    "practice_score": Question(
        names=("mei_score",),
        tests=[(_t("desc_practice_score"), _practice_score)],
        hint=_t("hint_practice_score"),
    ),
    "practice_strategy": Question(
        names=("strategy_moment",),
        tests=[(_t("desc_practice_strategy"), _practice_strategy)],
        hint=_t("hint_practice_strategy"),
    ),
    "practice_rho": Question(
        names=("share_explained",),
        tests=[(_t("desc_practice_rho"), _practice_rho)],
        hint=_t("hint_practice_rho"),
    ),
    "practice_upper_half": Question(
        names=("upper_half_share",),
        tests=[(_t("desc_practice_upper_half"), _practice_upper_half)],
        hint=_t("hint_practice_upper_half"),
    ),
    "practice_within": Question(
        names=("within_groups",),
        tests=[(_t("desc_practice_within"), _practice_within)],
        hint=_t("hint_practice_within"),
    ),
    **_ASSIGNMENT,
})
