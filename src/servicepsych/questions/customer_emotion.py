"""Questions of the customer-emotion module (07): ``check("customer_emotion.<name>")``.

Two kinds live here:

* **lesson practice** (``practice_*``): full instant feedback. Expected values are
  literals, never computed by package functions a learner could have replaced.
* **assignment** (every other question, one per graded item): *form* tests only
  (names, types, allowed labels). They never say which label is right; that is the
  job of the hidden tests in the nbgrader test cells.
"""

from __future__ import annotations

from ._base import Question, expect_choice, register
from ..strings import text

#: The seven steps (the same tuple as ``servicepsych.customer_emotion.STEPS``, written out so a
#: learner who replaces the package's constant cannot change what is allowed).
STEPS = ("identify", "empathise", "soothe", "understand", "solve", "follow_up", "reflect")
IN_CONTACT_STEPS = STEPS[:6]
APOLOGY_WORDS = ("duibuqi", "buhaoyisi", "empathise_no_apology")
BG06_ROUTES = ("customer_mood", "service_quality_appraisal", "neither")
LETTERS_3 = ("a", "b", "c")
LETTERS_4 = ("a", "b", "c", "d")


def _t(key, **fields):
    return text("customer_emotion", key, **fields)


# ---------------------------------------------------------------- lesson practice (full feedback)

def _practice_line(ns):
    # "I'm sorry you've had to chase us. I'm not going anywhere until this is fixed." (lesson, Practice 1)
    actual = expect_choice(ns, "line_step", STEPS)
    if actual != "soothe":
        raise AssertionError(_t("msg_wrong_line", name="line_step", actual=actual, why=_t("why_line_soothe")))


def _practice_missing(ns):
    # The airport-gate transcript: nobody asks what the passenger needs before the voucher.
    actual = expect_choice(ns, "delay_missing", IN_CONTACT_STEPS)
    if actual != "understand":
        raise AssertionError(_t("msg_wrong_missing", name="delay_missing", actual=actual))


def _practice_order(ns):
    # The leak call: the plumber's slot (solve) comes in line 2, before any other step.
    actual = expect_choice(ns, "leak_too_early", IN_CONTACT_STEPS)
    if actual != "solve":
        raise AssertionError(_t("msg_wrong_order", name="leak_too_early", actual=actual))


def _practice_apology(ns):
    # The shop charged a package the customer never ordered: the company's fault.
    actual = expect_choice(ns, "store_apology", APOLOGY_WORDS)
    if actual != "duibuqi":
        raise AssertionError(_t("msg_wrong_apology", name="store_apology", actual=actual))


def _practice_contagion(ns):
    actual = expect_choice(ns, "smile_route", BG06_ROUTES)
    if actual != "service_quality_appraisal":
        raise AssertionError(_t("msg_wrong_contagion", name="smile_route", actual=actual))


# ---------------------------------------------------------------- assignment (form only)

def _form(name, options):
    def test(ns):
        expect_choice(ns, name, options)
    return test


def _choice_question(name, options, hint_key):
    return Question(names=(name,), tests=[(_t("desc_form_label", name=name), _form(name, options))],
                    hint=_t(hint_key, options=", ".join(map(repr, options))))


_ASSIGNMENT = {}
for _item in ("a", "b", "c", "d"):
    _ASSIGNMENT[f"line_{_item}"] = _choice_question(f"line_{_item}", STEPS, "hint_form_step")
for _call in ("gym", "courier", "bank"):
    _ASSIGNMENT[f"missing_{_call}"] = _choice_question(f"missing_{_call}", IN_CONTACT_STEPS, "hint_form_missing")
for _item in ("a", "b", "c"):
    _ASSIGNMENT[f"next_{_item}"] = _choice_question(f"next_{_item}", LETTERS_3, "hint_form_next")
    _ASSIGNMENT[f"apology_{_item}"] = _choice_question(f"apology_{_item}", APOLOGY_WORDS, "hint_form_apology")
_ASSIGNMENT["coaching_note"] = _choice_question("coaching_note", LETTERS_4, "hint_form_diagnosis")

QUESTIONS = register("customer_emotion", {
    "practice_line": Question(
        names=("line_step",),
        tests=[(_t("desc_practice_line"), _practice_line)],
        hint=_t("hint_practice_line"),
    ),
    "practice_missing": Question(
        names=("delay_missing",),
        tests=[(_t("desc_practice_missing"), _practice_missing)],
        hint=_t("hint_practice_missing"),
    ),
    "practice_order": Question(
        names=("leak_too_early",),
        tests=[(_t("desc_practice_order"), _practice_order)],
        hint=_t("hint_practice_order"),
    ),
    "practice_apology": Question(
        names=("store_apology",),
        tests=[(_t("desc_practice_apology"), _practice_apology)],
        hint=_t("hint_practice_apology"),
    ),
    "practice_contagion": Question(
        names=("smile_route",),
        tests=[(_t("desc_practice_contagion"), _practice_contagion)],
        hint=_t("hint_practice_contagion"),
    ),
    **_ASSIGNMENT,
})
