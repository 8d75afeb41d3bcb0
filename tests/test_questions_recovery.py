"""The service-recovery questions.

* Lesson practice questions: the right answer passes, wrong answers and trick objects fail with a clear message.
* Assignment questions check the form only: a well-formed *wrong* answer passes them (so they reveal nothing
  about the key), while wrong types, labels outside the allowed set and incomplete rankings fail.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import nbformat
import pytest

from conftest import trick_values
from servicepsych import recovery as rc
from servicepsych.check import check, list_questions
from servicepsych.questions import recovery as Q

REPO = Path(__file__).resolve().parents[1]
KEY_NOTEBOOK = REPO / "course" / "source" / "08_service_recovery" / "08_service_recovery.ipynb"
LESSON = REPO / "notebooks" / "08_service_recovery.ipynb"

ALL = list_questions("recovery")
PRACTICE = sorted(q for q in ALL if q.split(".")[1].startswith("practice_"))
ASSIGNMENT = sorted(q for q in ALL if not q.split(".")[1].startswith("practice_"))

#: The lesson's answers, worked out by hand.
PRACTICE_KEY = {
    "voucher_dimension": "distributive",     # what the passenger gets
    "weakest_dimension": "procedural",       # 3 hours late, no voice, no flexibility
    "gate_package": "voucher_now",           # cash_later (200) and lounge_rebook (150) are over 100 yuan
    "refusal_sentence": "c",
    "repurchase_backed": False,              # de Matos et al. (2007)
}
PRACTICE_WRONG = {
    "voucher_dimension": "interactional", "weakest_dimension": "distributive", "gate_package": "wait_and_see",
    "refusal_sentence": "a", "repurchase_backed": True,
}


def key_answers() -> dict:
    """The answer key's values, read by running the key notebook's solution cells."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    ns: dict = {}
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"):
            exec(compile(cell.source, "<key>", "exec"), ns)
    return {k: v for k, v in ns.items() if not k.startswith("__")}


def allowed(name: str):
    if name == "package_hotel":
        return Q.HOTEL_PACKAGES
    if name == "package_parcel":
        return Q.PARCEL_PACKAGES
    if name in Q.ACTION_ITEMS:
        return Q.DIMENSIONS
    return None


def test_the_expected_questions_exist():
    assert set(PRACTICE) == {f"recovery.{n}" for n in ("practice_dimension", "practice_weakest", "practice_budget",
                                                         "practice_sentence", "practice_paradox")}
    assert set(ASSIGNMENT) == {f"recovery.{n}" for n in ("package_hotel", "package_parcel", *Q.ACTION_ITEMS,
                                                           "pm_ranking", *Q.CLAIMS)}
    for q in ALL:
        assert len(Q.QUESTIONS[q.split(".")[1]].names) == 1, f"{q}: one item, one name"


# ------------------------------------------------------------------ lesson practice

@pytest.mark.parametrize("question", PRACTICE)
def test_practice_right_answer_passes(question):
    assert check(question, namespace=PRACTICE_KEY).passed


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_wrong_answer_fails_with_a_message(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    result = check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]})
    assert not result.passed and name in result.messages()[0]
    with pytest.raises(AssertionError):
        check(question, namespace={**PRACTICE_KEY, name: PRACTICE_WRONG[name]}, strict=True)


@pytest.mark.parametrize("question", PRACTICE)
def test_practice_rejects_trick_objects(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    for trick in trick_values():
        assert not check(question, namespace={**PRACTICE_KEY, name: trick}).passed, (question, trick)


def test_practice_expected_values_follow_the_model():
    """The bank's literals agree with the model and the lesson's widget (the bank itself never calls them)."""
    from servicepsych.widgets.recovery import FLIGHT_PACKAGES, budget_tradeoff

    for name, pkg in FLIGHT_PACKAGES.items():
        lit = Q.GATE_PACKAGES[name]
        assert lit == (pkg["cost"], pkg["compensation"], pkg["hours"], *(int(pkg[f]) for f in
                       ("voice", "flexibility", "apology", "explanation", "courtesy")))
        profile = rc.justice_profile(pkg["compensation"], Q.GATE_LOSS, pkg["hours"],
                                     **{f: pkg[f] for f in ("voice", "flexibility", "apology", "explanation",
                                                            "courtesy")})
        assert Q._gate_index(lit) == pytest.approx(rc.satisfaction_index(profile))
    assert budget_tradeoff(budget=Q.GATE_BUDGET, loss=Q.GATE_LOSS).result["best"] == PRACTICE_KEY["gate_package"]
    assert rc.classify_action("voucher") == PRACTICE_KEY["voucher_dimension"]
    scene = rc.justice_profile(100, 100, 3, apology=True, explanation=True, courtesy=True)
    assert min(scene, key=scene.get) == PRACTICE_KEY["weakest_dimension"]
    assert rc.paradox_check(0.9, 0.7, outcome="repurchase")["verdict"] == "not_supported"


# ------------------------------------------------------------------ assignment: form only

def _wrong_values(name, key_value):
    options = allowed(name)
    if options:
        return [o for o in options if o != key_value]
    if name == "pm_ranking":
        return [list(p) for p in itertools.permutations(Q.REPLIES) if list(p) != key_value]
    return [not key_value]


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_the_key_passes_the_visible_checks(question):
    check(question, namespace=key_answers(), strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_a_well_formed_wrong_answer_passes_the_visible_checks(question):
    """The visible check must not reveal the key: every allowed but wrong answer passes it."""
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    wrong = _wrong_values(name, key_answers()[name])
    assert wrong
    for value in wrong:
        check(question, namespace={name: value}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_wrong_types_and_labels_fail(question):
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    if allowed(name):
        bad = [3, None, ["distributive"], "not an option", allowed(name)[0].upper() + "!"]
    elif name == "pm_ranking":
        bad = ["bcda", ["b", "c", "d"], ["b", "c", "d", "d"], ["b", "c", "d", "a", "e"], [1, 2, 3, 4], None,
               ("b", "c", "d", 4)]
    else:
        bad = ["True", 1, 0, None, "yes"]
    for value in bad:
        with pytest.raises(AssertionError):
            check(question, namespace={name: value}, strict=True)
    for trick in trick_values():
        with pytest.raises(AssertionError):
            check(question, namespace={name: trick}, strict=True)


@pytest.mark.parametrize("question", ASSIGNMENT)
def test_visible_messages_never_single_out_the_answer(question):
    """A malformed answer's message lists every allowed label alike (or names no value at all)."""
    name = Q.QUESTIONS[question.split(".")[1]].names[0]
    result = check(question, namespace={name: "not an option"})
    text = " ".join(result.messages()) + " " + result.hint
    if allowed(name):
        assert all(repr(option) in text for option in allowed(name))
    key = key_answers()[name]
    if name == "pm_ranking":
        assert str(key) not in text and "".join(key) not in text
    if name in Q.CLAIMS:
        assert "True or False" in text


# ------------------------------------------------------------------ the notebooks

def _check_calls(path):
    nb = nbformat.read(path, as_version=4)
    return re.findall(r'check\("(recovery\.[a-z_]+)"', "\n".join(c.source for c in nb.cells if c.cell_type == "code"))


def test_every_question_is_asked_and_every_check_names_a_real_question():
    used = _check_calls(LESSON) + _check_calls(KEY_NOTEBOOK)
    assert set(used) == set(ALL), f"unused: {set(ALL) - set(used)}; unknown: {set(used) - set(ALL)}"
    assert sorted(set(_check_calls(KEY_NOTEBOOK))) == sorted(ASSIGNMENT)


def test_hidden_tests_hold_literal_answers_that_match_the_key():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    key = key_answers()
    seen = 0
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if not (meta.get("grade") and cell.cell_type == "code"):
            continue
        seen += 1
        hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1]
        assert "servicepsych" not in hidden and "globals(" not in hidden and "eval(" not in hidden
        name = re.search(r'check\("recovery\.([a-z_]+)"', cell.source).group(1)
        value = key[name]
        if isinstance(value, str):
            assert f'"{value}"' in hidden and meta["grade_id"] == f"test_{name}"
        elif isinstance(value, bool):
            assert f"is {value}" in hidden and meta["grade_id"] == f"test_{name}"
        else:
            assert meta["grade_id"].startswith("test_pm_ranking_")
    assert seen == 14


def test_ranking_tests_score_three_independent_items():
    """A learner with only the best reply right loses exactly the other two items."""
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    cells = {c.metadata["nbgrader"]["grade_id"]: c.source for c in nb.cells
             if c.metadata.get("nbgrader", {}).get("grade") and "pm_ranking" in c.source}
    outcomes = {}
    for gid, source in cells.items():
        hidden = source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
        try:
            exec(hidden, {"pm_ranking": ["b", "d", "a", "c"]})
            outcomes[gid] = True
        except AssertionError:
            outcomes[gid] = False
    assert outcomes == {"test_pm_ranking_best": True, "test_pm_ranking_worst": False,
                        "test_pm_ranking_middle": False}


def test_package_answers_do_not_hinge_on_the_weights():
    """Part 1's keys are the best packages within budget under both the rank and the equal weights."""
    hotel = {"refund_later": (500, 600, 72, 0, 0, 0, 0, 0), "words_only": (0, 600, 1, 1, 0, 1, 1, 1),
             "refund_and_care": (300, 600, 1, 1, 1, 1, 1, 1), "suite_upgrade": (900, 600, 1, 1, 1, 1, 1, 1)}
    parcel = {"refund_after_return": (200, 200, 168, 0, 0, 0, 0, 1),
              "express_replacement": (200, 200, 20, 1, 1, 1, 1, 1),
              "coupon_now": (50, 200, 0.1, 0, 0, 1, 0, 1), "refund_plus_coupon": (300, 200, 168, 0, 0, 0, 0, 1)}
    costs = {"refund_later": 500, "words_only": 0, "refund_and_care": 300, "suite_upgrade": 900,
             "refund_after_return": 200, "express_replacement": 230, "coupon_now": 50, "refund_plus_coupon": 300}
    key = key_answers()
    for options, budget, name in ((hotel, 500, "package_hotel"), (parcel, 250, "package_parcel")):
        for weights in (rc.RANK_WEIGHTS, rc.EQUAL_WEIGHTS):
            scores = {}
            for label, (comp, loss, hours, voice, flex, apology, expl, court) in options.items():
                if costs[label] > budget:
                    continue
                p = rc.justice_profile(comp, loss, hours, voice=bool(voice), flexibility=bool(flex),
                                       apology=bool(apology), explanation=bool(expl), courtesy=bool(court))
                scores[label] = rc.satisfaction_index(p, weights)
            assert max(scores, key=scores.get) == key[name]


def test_points_promised_equal_points_given():
    nb = nbformat.read(KEY_NOTEBOOK, as_version=4)
    points = {c.metadata["nbgrader"]["grade_id"]: c.metadata["nbgrader"]["points"]
              for c in nb.cells if c.metadata.get("nbgrader", {}).get("points")}
    auto = sum(p for g, p in points.items() if g.startswith("test_"))
    assert (auto, points["written_gate_refusal"]) == (16, 4)
    assert "**Points:** 16 autograded + 4 for the written answer = 20." in nb.cells[0].source


def test_lesson_with_the_right_answers_passes_every_practice_check():
    """Fill the lesson's placeholders with the right answers: every practice check turns green."""
    nb = nbformat.read(LESSON, as_version=4)
    ns: dict = {}
    results = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "check(" not in cell.source or "= ..." not in cell.source:
            continue
        lines = cell.source.splitlines()
        for i, line in enumerate(lines):
            name, _, rest = line.partition(" = ")
            if rest.strip() == "...":
                lines[i] = f"{name} = {PRACTICE_KEY[name]!r}"
        exec(compile("\n".join(lines[:-1]), "<lesson>", "exec"), ns)
        results.append(check(re.search(r'check\("([a-z_.]+)"', lines[-1]).group(1), namespace=ns))
    assert len(results) == len(PRACTICE)
    assert all(r.passed for r in results), [r.messages() for r in results]
