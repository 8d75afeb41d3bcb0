"""The social-influence model (09) against the figures the course could check.

Each test names its source. Goldstein, Cialdini & Griskevicius (2008) and Freedman & Fraser (1966) were
read through secondary sources, Strohmetz et al. (2002) through its abstract and secondary summaries; the
findings' notes say so, and a test below checks that they do.
"""

from __future__ import annotations

import pytest

from servicepsych import findings
from servicepsych import social_influence as si


def _rows():
    return {f.key: f for f in findings.all_findings() if f.concept == "social_influence"}


# ------------------------------------------------------------------ towel cards
def test_card_reuse_experiment_1_goldstein_2008():
    # Goldstein, Cialdini & Griskevicius (2008), exp. 1 (press report): 35.1% standard vs 44.1% norm card.
    assert si.card_reuse("environmental", "none", experiment=1) == 35.1
    assert si.card_reuse("descriptive", "hotel_guests", experiment=1) == 44.1
    assert si.compare_cards(("environmental", "none"), ("descriptive", "hotel_guests"), experiment=1) == {
        "a": 35.1, "b": 44.1, "difference": 9.0}


def test_card_reuse_experiment_2_same_room_goldstein_2008():
    # Goldstein et al. (2008), exp. 2 (Wise Interventions summary): 49% same room, 37% standard.
    assert si.card_reuse("descriptive", "same_room") == 49.0
    assert si.card_reuse("environmental", "none") == 37.0
    assert si.card_finding("descriptive", "same_room") == "gcg08_exp2_same_room"


@pytest.mark.parametrize("group", ["hotel_guests", "citizens", "gender"])
def test_no_invented_figure_for_cards_without_one(group):
    # The summary gives only 41-44% for these three cards together: the model returns None, not a guess.
    assert si.card_tested("descriptive", group, experiment=2)
    assert si.card_reuse("descriptive", group, experiment=2) is None
    assert si.compare_cards(("environmental", "none"), ("descriptive", group))["difference"] is None


def test_cards_not_tested_in_experiment_1():
    assert not si.card_tested("descriptive", "same_room", experiment=1)
    assert si.card_reuse("descriptive", "same_room", experiment=1) is None


def test_model_values_equal_the_findings_rows():
    rows = _rows()
    for (_exp, _norm, _group), (key, value) in si._CARDS.items():
        assert rows[key].value == value, key
    for experiment in si._TIPS.values():
        for key, value in experiment.values():
            assert rows[key].value == value, key
    for experiment in si._COMPLIANCE.values():
        for key, value in experiment.values():
            assert rows[key].value == value, key


def test_reference_setting_labels_the_provincial_norm():
    assert si.reference_setting("same_room") == "same room"
    assert si.reference_setting("hotel_guests") == "same hotel"
    assert si.reference_setting("gender") == "outside the setting"


def test_card_bad_input():
    with pytest.raises(ValueError, match="environmental card"):
        si.card_reuse("environmental", "same_room")
    with pytest.raises(ValueError, match="reference group"):
        si.card_reuse("descriptive", "none")
    with pytest.raises(ValueError, match="norm must be one of"):
        si.card_reuse("injunctive", "none")
    with pytest.raises(TypeError):
        si.card_reuse("descriptive", "same_room", experiment=2.0)
    with pytest.raises(ValueError):
        si.card_reuse("descriptive", "same_room", experiment=3)


# ------------------------------------------------------------------ sweets with the bill
def test_tips_strohmetz_2002():
    # Strohmetz, Rind, Fisher & Lynn (2002): exp. 1 15.1% vs 17.8%; exp. 2 19.0, 19.6, 21.6, 23.0%.
    assert (si.tip_rate("none", experiment=1), si.tip_rate("one", experiment=1)) == (15.1, 17.8)
    assert [si.tip_rate(c) for c in si.TIP_CONDITIONS] == [19.0, 19.6, 21.6, 23.0]
    assert si.tip_difference("one", experiment=1) == 2.7
    assert si.tip_difference("one_plus_one") == 4.0
    assert si.tip_difference("one_plus_one", "two") == 1.4


def test_tips_experiment_1_had_two_conditions():
    with pytest.raises(ValueError, match="experiment 1 had no 'two'"):
        si.tip_rate("two", experiment=1)
    with pytest.raises(TypeError):
        si.tip_rate(2)


# ------------------------------------------------------------------ foot in the door
def test_compliance_freedman_fraser_1966():
    # Freedman & Fraser (1966): exp. 2 76% vs 17% (Cialdini's Influence); exp. 1 52.8% vs 22.2%.
    assert (si.compliance_rate("small_first"), si.compliance_rate("large_only")) == (76.0, 17.0)
    assert (si.compliance_rate("small_first", experiment=1), si.compliance_rate("large_only", experiment=1)) == (
        52.8, 22.2)
    # Burger (1999): "more than twice as likely" in experiment 1.
    assert si.compliance_rate("small_first", experiment=1) > 2 * si.compliance_rate("large_only", experiment=1)


def test_later_foot_in_the_door_evidence_is_recorded_as_small():
    rows = _rows()
    # Dillard, Hunter & Burgoon (1984) abstract: small even under optimal conditions, r = .17.
    assert rows["dhb84_fitd_r"].value == 0.17 and rows["dhb84_fitd_r"].unit == "correlation r"
    assert rows["burger99_studies"].value == 100


# ------------------------------------------------------------------ manipulation check
@pytest.mark.parametrize("answers,label,failed", [
    ((True, True, True), "honest", ()),
    ((False, True, True), "manipulation", ("true_information",)),
    ((True, False, True), "manipulation", ("customer_interest",)),
    ((True, True, False), "manipulation", ("free_to_refuse",)),
    ((False, False, False), "manipulation", ("true_information", "customer_interest", "free_to_refuse")),
])
def test_classify_tactic(answers, label, failed):
    verdict = si.classify_tactic(true_information=answers[0], customer_interest=answers[1],
                                 free_to_refuse=answers[2])
    assert (verdict.label, verdict.failed) == (label, failed)


def test_classify_tactic_needs_real_bools():
    with pytest.raises(TypeError, match="True or False"):
        si.classify_tactic(true_information=1, customer_interest=True, free_to_refuse=True)


# ------------------------------------------------------------------ the findings themselves
def test_findings_say_what_was_read():
    rows = _rows()
    for key in ("gcg08_exp1_standard", "gcg08_exp1_descriptive", "gcg08_exp2_same_room", "gcg08_exp2_standard"):
        assert "secondary" in rows[key].note.lower(), key
    assert "49.3" in rows["gcg08_exp2_same_room"].note  # the figure that could not be checked is named
    for key in ("srfl02_exp1_none", "srfl02_exp2_one_plus_one", "ff66_exp2_small_first", "bs14_study1_n"):
        assert "abstract" in rows[key].note.lower(), key
    assert rows["bs14_study1_n"].value == 724 and rows["bs14_study2_n"].value == 204  # Bohner & Schlüter abstract


def test_practice_rows_are_marked_practice():
    rows = _rows()
    for key in ("sp_practice_authority", "sp_practice_principles", "sp_practice_manipulation_criteria"):
        assert rows[key].kind == "practice", key
    for key, row in rows.items():
        assert row.citation and row.population, key
        if row.kind == "research":
            assert row.study and row.unit, key
