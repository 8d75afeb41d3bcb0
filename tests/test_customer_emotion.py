"""The customer-emotion model (07): the seven steps on labelled transcripts, and apologies.

Each test names its source. The seven steps and the 对不起/不好意思 rule are practice wisdom from the
course's source documents (001 and 003), so the tests check that the model follows those texts and that
the findings mark them as practice; the research rows (Barger & Grandey 2006, Grandey et al. 2005,
Hennig-Thurau et al. 2006, Roschk & Kaiser 2013) hold only the counts their abstracts state.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from servicepsych import customer_emotion as ce
from servicepsych import findings

LESSON = Path(__file__).resolve().parents[1] / "notebooks" / "07_customer_emotion.ipynb"


def _rows():
    return {f.key: f for f in findings.all_findings() if f.concept == "customer_emotion"}


# ------------------------------------------------------------------ the source book's seven steps

def test_seven_steps_in_the_source_books_order():
    # Source document 001, chapter 3.1: identify, empathise, soothe, communicate to understand the
    # problem, respond and solve, feed back and follow up, adjust one's own emotion and reflect.
    row = findings.get("ce_practice_seven_steps")
    assert row.kind == "practice" and len(ce.STEPS) == row.value == 7
    assert ce.STEPS == ("identify", "empathise", "soothe", "understand", "solve", "follow_up", "reflect")
    assert [ce.step_number(s) for s in ce.STEPS] == list(range(1, 8))
    assert ce.IN_CONTACT_STEPS == ce.STEPS[:6]


def test_the_complete_transcript_serves_every_step_in_order():
    # The kettle chat is written to follow source document 001's sequence line by line.
    t = ce.transcript("kettle")
    assert ce.steps_covered(t) == ce.STEPS
    assert ce.missing_steps(t) == () and ce.missing_steps(t, include_reflect=True) == ()
    assert ce.order_problems(t) == [] and ce.next_step(t) == "reflect"


def test_solving_before_soothing_is_an_order_problem():
    # Source document 001: understand the problem once the emotion is steadier; the leak call fixes first.
    t = ce.transcript("leak")
    problems = ce.order_problems(t)
    assert {(p.early, p.late) for p in problems} == {("solve", "identify"), ("solve", "soothe"), ("solve", "understand")}
    assert all(p.line == 2 for p in problems)
    assert ce.missing_steps(t) == ("empathise", "follow_up")
    assert ce.next_step(t) == "empathise"


def test_lesson_transcripts_have_what_the_lesson_says():
    assert ce.missing_steps(ce.transcript("delay")) == ("understand",)
    assert ce.missing_steps(ce.transcript("store")) == ("empathise", "soothe")
    assert ce.transcript("store")[1][2] is None  # the reflexive 不好意思 serves no step
    assert ce.list_transcripts() == ["delay", "kettle", "leak", "store"]
    for name in ce.list_transcripts():
        rows = ce.transcript(name)
        assert ce.check_transcript(rows) == rows
        assert all(step is None for speaker, _, step in rows if speaker == "customer")


def test_order_problems_compare_first_appearances_only():
    t = [("agent", "We'll refund you.", "solve"), ("agent", "You sound upset.", "identify"),
         ("agent", "Refund confirmed.", "solve")]
    assert [(p.early, p.late, p.line) for p in ce.order_problems(t)] == [("solve", "identify", 1)]
    assert ce.order_problems([("customer", "Hi", None), ("agent", "Hello", None)]) == []


def test_missing_and_next_on_a_short_call():
    t = [("customer", "Where is my parcel?", None), ("agent", "You sound worried.", "identify"),
         ("note", "Breathe.", "reflect")]
    assert ce.steps_covered(t) == ("identify", "reflect")
    assert ce.missing_steps(t) == ("empathise", "soothe", "understand", "solve", "follow_up")
    assert ce.next_step(t) == "empathise"


@pytest.mark.parametrize("bad, error, match", [
    ("hello", TypeError, "list of"),
    ([], ValueError, "empty"),
    ([("agent", "hi")], TypeError, "triple"),
    (["agent"], TypeError, "triple"),
    ([("boss", "hi", None)], ValueError, "speaker"),
    ([("agent", 3, None)], TypeError, "str"),
    ([("customer", "hi", "solve")], ValueError, "customer"),
    ([("agent", "hi", "fix")], ValueError, "step must be"),
])
def test_bad_transcripts_give_clear_errors(bad, error, match):
    with pytest.raises(error, match=match):
        ce.steps_covered(bad)


def test_other_bad_input():
    with pytest.raises(ValueError, match="step must be"):
        ce.step_number("sooth")
    with pytest.raises(TypeError):
        ce.missing_steps([("agent", "hi", None)], include_reflect="yes")
    with pytest.raises(KeyError, match="kettle"):
        ce.transcript("nope")


# ------------------------------------------------------------------ apologies

def test_apology_word_follows_the_store_essay():
    # Source document 003: 对不起 owns a fault; 不好意思 is a light excuse-me, and a reflexive one can
    # anger an upset customer (so: empathy without an apology word when nobody in the company is at fault).
    row = findings.get("ce_practice_duibuqi_buhaoyisi")
    assert row.kind == "practice" and row.value == 10
    assert ce.apology_word(True, True) == ce.apology_word(True, False) == "duibuqi"
    assert ce.apology_word(False, False) == "buhaoyisi"
    assert ce.apology_word(False, True) == "empathise_no_apology"
    assert set(ce.APOLOGY_WORDS) == {"duibuqi", "buhaoyisi", "empathise_no_apology"}
    with pytest.raises(TypeError):
        ce.apology_word(1, False)


def test_review_apology_marks_roschk_and_kaisers_three_components_as_research():
    # Roschk & Kaiser (2013): empathy, intensity and timing; owning the fault is the store essay's.
    row = findings.get("rk13_components")
    research = [c for c, basis in ce.review_apology(owns_fault=True, empathy=True, intensity=True, early=True,
                                                    fix=True)["basis"].items() if basis == "research" and c != "fix"]
    assert sorted(research) == ["early", "empathy", "intensity"] and len(research) == row.value
    r = ce.review_apology(owns_fault=False, empathy=True, intensity=False, early=False, fix=True)
    assert r["present"] == ("empathy", "fix") and r["missing"] == ("owns_fault", "intensity", "early")
    assert r["basis"]["owns_fault"] == "practice"
    with pytest.raises(TypeError, match="empathy"):
        ce.review_apology(owns_fault=True, empathy="yes", intensity=True, early=True, fix=True)


# ------------------------------------------------------------------ findings

def test_findings_hold_what_the_abstracts_state():
    rows = _rows()
    # Barger & Grandey (2006) abstract: 173 customers; smiling coded at three points in time.
    assert rows["bg06_customers"].value == 173 and rows["bg06_time_points"].value == 3
    # Grandey et al. (2005) abstract: 255 customers of 64 restaurant servers (Study 2).
    assert rows["g05_customers"].value == 255 and rows["g05_servers"].value == 64
    # Hennig-Thurau et al. (2006) abstract: 223 consumers.
    assert rows["ht06_consumers"].value == 223
    for row in rows.values():
        assert row.population, row.key
        if row.kind == "research":
            assert "read" in row.note.lower() or "abstract" in row.note.lower(), row.key
    assert {r.kind for r in rows.values()} == {"research", "practice"}
    assert rows["rk13_components"].doi == "10.1007/s11002-012-9218-x"
    assert "not a meta-analysis" in rows["rk13_components"].note


def test_every_number_the_lesson_puts_in_bold_is_a_finding():
    nb = nbformat.read(LESSON, as_version=4)
    words = {"three": 3}
    values = {float(r.value) for r in _rows().values()}
    quoted = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for token in re.findall(r"\*\*([0-9][0-9,.]*|three)\*\*", cell.source):
                quoted.append(float(words.get(token, token.replace(",", ""))))
    assert quoted, "the lesson quotes no figure in bold"
    assert all(q in values for q in quoted), sorted(set(quoted) - values)


# ------------------------------------------------------------------ the live experiment (not yet in the workshop's registry)

def test_workshop_experiment_class_effect_against_hand_computation():
    from servicepsych.workshop.experiments import _base, customer_emotion as exp

    fix = [3, 4, 5, 4]          # mean 4
    emo = [5, 6, 7, 6, 6]       # mean 6
    answers = ([{"condition": "fix_first", "reply": "fix_first", "rating": r} for r in fix]
               + [{"condition": "emotion_first", "reply": "emotion_first", "rating": r} for r in emo])
    s = exp.summarise(answers)
    assert s.n == 9 and s.estimate == pytest.approx(2.0)
    # Welch by hand: variances 2/3 and 1/2, se^2 = (2/3)/4 + (1/2)/5 = 0.2667; df = 0.2667^2 / ((1/6)^2/3 + 0.1^2/4)
    se2 = (2 / 3) / 4 + 0.5 / 5
    df = se2 ** 2 / (((2 / 3) / 4) ** 2 / 3 + (0.5 / 5) ** 2 / 4)
    assert df == pytest.approx(6.05, abs=0.01)
    half = (s.high - s.low) / 2
    assert half / se2 ** 0.5 == pytest.approx(2.445, abs=0.005)  # t(0.975) at 6.05 df (tables: 2.447 at 6)
    assert [b["value"] for b in s.bars] == [pytest.approx(4.0), pytest.approx(6.0)]
    assert any("Roschk & Kaiser" in line for line in s.lines)
    assert s.published == []  # no number is drawn beside the class's: the course quotes none
    assert exp.parse({"rating": ["6"]}, "emotion_first") == {"reply": "emotion_first", "rating": 6}
    for bad in ({}, {"rating": ["8"]}, {"rating": ["6", "7"]}, {"rating": ["<b>"]}):
        with pytest.raises(_base.InputError):
            exp.parse(bad, "fix_first")
    form = exp.form_html("fix_first")
    assert "Sorry about that" in form and form.count('type="radio"') == 7
    assert exp.summarise([]).n == 0
