"""The hard-and-soft-service widgets, driven headless: every control changes what is shown."""

from __future__ import annotations

import pytest

from servicepsych import kano as kn
from servicepsych import servqual as sq
from servicepsych.widgets.kano import (FOLLOWUP_COUNTS, OFFICE_EXPECTATIONS, OFFICE_PERCEPTIONS, OFFICE_WEIGHTS,
                                       kano_survey, kano_table, servqual_gaps)

PNG = b"\x89PNG\r\n\x1a\n"


def snapshot(ex):
    return tuple(v.value for v in ex.views)


# ------------------------------------------------------------------ kano_table

def test_table_highlights_the_model_category():
    ex = kano_table("like", "neutral")
    assert ex.result["category"] == kn.classify("like", "neutral") == "attractive"
    html = ex.views[0].value
    assert html.count("<td") == 25 and "border:3px solid" in html and "Berger et al. (1993)" in html


@pytest.mark.parametrize("name, value", [("functional", "dislike"), ("dysfunctional", "dislike")])
def test_every_table_control_changes_the_view(name, value):
    ex = kano_table("like", "neutral")
    before = snapshot(ex)
    ex.controls[name].value = value
    assert ex.error == "" and snapshot(ex) != before


def test_table_visits_every_cell():
    ex = kano_table()
    for f in kn.ANSWERS:
        for d in kn.ANSWERS:
            ex.controls["functional"].value = f
            ex.controls["dysfunctional"].value = d
            assert ex.result["category"] == kn.EVALUATION_TABLE[(f, d)]


# ------------------------------------------------------------------ kano_survey

def test_survey_shows_the_model_coefficients():
    ex = kano_survey()
    assert (ex.result["better"], ex.result["worse"]) == kn.coefficients_from_counts(FOLLOWUP_COUNTS)
    assert ex.views[0].value[:8] == PNG and ex.views[1].value[:8] == PNG
    assert "Better = 0.50, worse = -0.30" in ex.views[2].value
    assert ex.result["mode"] == "indifferent"


@pytest.mark.parametrize("name", kn.CATEGORIES)
def test_every_survey_control_changes_the_view(name):
    ex = kano_survey()
    before = snapshot(ex)
    ex.controls[name].value = 30
    assert ex.error == "" and snapshot(ex) != before, f"moving {name} changed nothing"


def test_survey_reverse_changes_shares_not_coefficients():
    ex = kano_survey()
    coef = (ex.result["better"], ex.result["worse"])
    ex.controls["reverse"].value = 30
    assert (ex.result["better"], ex.result["worse"]) == coef
    assert ex.result["shares"]["reverse"] == pytest.approx(30 / 71)


def test_survey_without_counted_answers_explains_itself():
    ex = kano_survey({"reverse": 3})
    assert ex.error == "" and ex.result["better"] is None
    assert "cannot be computed" in ex.views[2].value
    ex = kano_survey({})
    assert ex.error == "" and ex.result["mode"] is None


# ------------------------------------------------------------------ servqual_gaps

def test_gaps_follow_the_model_and_weights_flip_the_first_fix():
    ex = servqual_gaps()
    expected = sq.weighted_gaps(OFFICE_PERCEPTIONS, OFFICE_EXPECTATIONS, OFFICE_WEIGHTS)
    assert ex.result["weighted"] == pytest.approx(expected["weighted"])
    assert ex.result["first_fix"] == "reliability"
    assert ex.views[0].value[:8] == PNG and "Largest shortfall" in ex.views[1].value
    ex.controls["weights"].value = "equal"
    assert ex.result["first_fix"] == "responsiveness"


@pytest.mark.parametrize("name", [*sq.DIMENSIONS, "weights"])
def test_every_servqual_control_changes_the_view(name):
    ex = servqual_gaps()
    before = snapshot(ex)
    ex.controls[name].value = "equal" if name == "weights" else 6.9
    assert ex.error == "" and snapshot(ex) != before, f"moving {name} changed nothing"


def test_no_shortfall_is_said_plainly():
    ex = servqual_gaps(perceptions={d: 7.0 for d in sq.DIMENSIONS})
    assert ex.result["first_fix"] is None and "No dimension falls short" in ex.views[1].value
