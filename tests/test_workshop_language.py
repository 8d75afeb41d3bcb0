"""Module 06's live experiment (``workshop/experiments/service_language.py``): parsing, class result, published figures.

The class result is checked against a hand computation (Wilson and Newcombe intervals from
``servicepsych.workshop.stats``); the published shares are Langer, Blank & Chanowitz (1978), large request:
24% complied with the empty reason, 42% with the real one.
"""

from __future__ import annotations

import math

import pytest

from servicepsych.workshop import stats
from servicepsych.workshop.experiments import _base
from servicepsych.workshop.experiments import service_language as exp


def _answers(rows):
    return [dict(exp.parse({k: [str(v)] for k, v in form.items()}, cond), condition=cond) for cond, form in rows]


def test_the_two_notices_differ_only_in_the_reason():
    empty, real = exp.form_html("empty"), exp.form_html("real")
    assert "because we need the garage to be empty" in empty and "resealed" in real
    assert empty.count('name="agree"') == real.count('name="agree"') == 2


def test_parse_accepts_the_two_answers_and_refuses_anything_else():
    assert exp.parse({"agree": ["yes"]}, "real") == {"reason": "real", "agree": "yes"}
    for bad in ({}, {"agree": ["maybe"]}, {"agree": ["<b>yes</b>"]}):
        with pytest.raises(_base.InputError):
            exp.parse(bad, "empty")


def test_class_result_against_hand_computation_and_published_figures():
    rows = [("empty", {"agree": "yes"})] * 3 + [("empty", {"agree": "no"})] * 7
    rows += [("real", {"agree": "yes"})] * 6 + [("real", {"agree": "no"})] * 2
    s = exp.summarise(_answers(rows))
    assert s.n == 18
    assert s.estimate == pytest.approx(6 / 8 - 3 / 10)
    d, lo, hi = stats.newcombe_diff(6, 8, 3, 10)
    assert (s.low, s.high) == pytest.approx((lo, hi))
    assert (s.bars[0]["value"], s.bars[1]["value"]) == (0.3, 0.75)
    assert (s.bars[1]["low"], s.bars[1]["high"]) == pytest.approx(stats.wilson(6, 8))
    empty, real, diff = s.published
    assert (empty.key, real.key) == ("lbc78_large_request_placebic_reason", "lbc78_large_request_real_reason")
    assert (empty.value, real.value, diff.value) == pytest.approx((0.24, 0.42, 0.18))
    assert [m["value"] for m in s.markers] == pytest.approx([0.24, 0.42])


def test_an_empty_class_gives_no_numbers_but_no_error():
    s = exp.summarise([])
    assert s.n == 0 and all(math.isnan(b["value"]) for b in s.bars)
