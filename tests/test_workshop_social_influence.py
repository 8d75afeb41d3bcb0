"""The social-influence live experiment (09): form, parsing, and the class's result beside the published one.

Listed in ``servicepsych.workshop.experiments.NAMES``, so ``./kit workshop --module social_influence`` runs it.
"""

from __future__ import annotations

import math

import pytest

from servicepsych.workshop.experiments import _base
from servicepsych.workshop.experiments import social_influence as exp


def test_form_shows_the_assigned_card_only():
    appeal, norm = exp.form_html("appeal"), exp.form_html("room_norm")
    assert "HELP SAVE THE ENVIRONMENT" in appeal and "THIS ROOM" not in appeal
    assert "JOIN THE GUESTS WHO STAYED IN THIS ROOM" in norm and 'name="choice"' in norm


def test_parse_accepts_one_answer_and_refuses_others():
    assert exp.parse({"choice": ["reuse"]}, "room_norm") == {"card": "room_norm", "choice": "reuse"}
    for bad in ({}, {"choice": ["maybe"]}, {"choice": ["reuse", "replace"]}):
        with pytest.raises(_base.InputError):
            exp.parse(bad, "appeal")


def test_summary_difference_and_published_figures():
    # Goldstein, Cialdini & Griskevicius (2008), exp. 2 (secondary source): 37% standard, 49% same room.
    answers = ([{"condition": "appeal", "choice": "reuse"}] * 4 + [{"condition": "appeal", "choice": "replace"}] * 6
               + [{"condition": "room_norm", "choice": "reuse"}] * 6
               + [{"condition": "room_norm", "choice": "replace"}] * 4)
    s = exp.summarise(answers)
    assert s.n == 20 and math.isclose(s.estimate, 0.2) and s.low < 0.2 < s.high
    values = {p.key: p.value for p in s.published}
    assert values["gcg08_exp2_standard"] == pytest.approx(0.37) and values["gcg08_exp2_same_room"] == pytest.approx(0.49)
    assert [m["bar"] for m in s.markers] == [0, 1]
    assert "said what it would do" in s.lines[-1]


def test_empty_class_gives_no_number_and_no_error():
    s = exp.summarise([])
    assert s.n == 0 and math.isnan(s.estimate)
