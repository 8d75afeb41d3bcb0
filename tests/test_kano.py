"""The Kano and SERVQUAL models against their sources (named in each test) and their input checks."""

from __future__ import annotations

import itertools
import math

import pytest

from servicepsych import findings
from servicepsych import kano as kn
from servicepsych import servqual as sq

# The Kano evaluation table as printed in Berger et al. (1993) and Matzler & Hinterhuber (1998), after
# Kano, Seraku, Takahashi & Tsuji (1984): rows = functional answer (attribute present), columns =
# dysfunctional answer (attribute absent), both in the order like, must-be, neutral, live-with, dislike.
# Written out here independently of the module's own table.
ORDER = ["like", "must-be", "neutral", "live-with", "dislike"]
PUBLISHED_TABLE = [
    ["Q", "A", "A", "A", "O"],   # like
    ["R", "I", "I", "I", "M"],   # must-be
    ["R", "I", "I", "I", "M"],   # neutral
    ["R", "I", "I", "I", "M"],   # live-with
    ["R", "R", "R", "R", "Q"],   # dislike
]
NAMES = {"A": "attractive", "O": "one-dimensional", "M": "must-be", "I": "indifferent", "R": "reverse",
         "Q": "questionable"}
CELLS = [(f, d, NAMES[PUBLISHED_TABLE[i][j]]) for i, f in enumerate(ORDER) for j, d in enumerate(ORDER)]


@pytest.mark.parametrize("functional, dysfunctional, expected", CELLS)
def test_every_cell_of_the_evaluation_table_berger_1993(functional, dysfunctional, expected):
    """Berger et al. (1993) / Matzler & Hinterhuber (1998): each of the 25 cells."""
    assert kn.classify(functional, dysfunctional) == expected


def test_table_size_and_answers_match_the_findings():
    """Kano et al. (1984): five answers per question, 25 cells, six results."""
    assert len(kn.ANSWERS) == findings.get("kano84_answer_options").value == 5
    assert len(kn.EVALUATION_TABLE) == findings.get("kano84_evaluation_cells").value == 25
    assert set(kn.EVALUATION_TABLE.values()) == set(kn.CATEGORIES)
    assert len(kn.CATEGORIES) == findings.get("kano84_result_categories").value == 6


def test_the_named_cells_of_the_brief():
    """The defining cells: like/dislike = O; like/middle = A; middle/dislike = M; like/like, dislike/dislike = Q."""
    middle = ("must-be", "neutral", "live-with")
    assert kn.classify("like", "dislike") == "one-dimensional"
    assert {kn.classify("like", d) for d in middle} == {"attractive"}
    assert {kn.classify(f, "dislike") for f in middle} == {"must-be"}
    assert kn.classify("like", "like") == kn.classify("dislike", "dislike") == "questionable"
    assert {kn.classify(f, d) for f, d in itertools.product(middle, middle)} == {"indifferent"}
    assert {kn.classify("dislike", d) for d in ORDER[:-1]} == {"reverse"}
    assert {kn.classify(f, "like") for f in middle} == {"reverse"}


def test_classify_forgives_case_spaces_and_underscores():
    assert kn.classify("  LIKE ", "Live_With") == "attractive"
    assert kn.classify("must be", "DISLIKE") == "must-be"


@pytest.mark.parametrize("bad", ["love", "", "yes", "likes"])
def test_classify_refuses_unknown_answers(bad):
    with pytest.raises(ValueError, match="not a Kano answer"):
        kn.classify(bad, "dislike")
    with pytest.raises(ValueError, match="dysfunctional"):
        kn.classify("like", bad)


@pytest.mark.parametrize("bad", [None, 3, ["like"], b"like"])
def test_classify_refuses_non_text(bad):
    with pytest.raises(TypeError):
        kn.classify(bad, "like")


# ---------------------------------------------------------------- Berger et al.'s coefficients
def test_coefficients_follow_berger_1993_formulas():
    """Berger et al. (1993): better = (A+O)/(A+O+M+I), worse = -(O+M)/(A+O+M+I); R and Q left out."""
    a, o, m, i, r, q = 12, 8, 4, 16, 2, 1
    cats = (["attractive"] * a + ["one-dimensional"] * o + ["must-be"] * m + ["indifferent"] * i
            + ["reverse"] * r + ["questionable"] * q)
    better, worse = kn.coefficients(cats)
    assert better == pytest.approx((a + o) / (a + o + m + i)) == pytest.approx(0.5)
    assert worse == pytest.approx(-(o + m) / (a + o + m + i)) == pytest.approx(-0.3)
    assert kn.coefficients_from_counts(kn.count_categories(cats)) == (better, worse)


def test_reverse_and_questionable_answers_do_not_move_the_coefficients():
    base = ["attractive", "must-be", "indifferent", "one-dimensional"]
    assert kn.coefficients(base) == kn.coefficients(base + ["reverse"] * 50 + ["questionable"] * 9)


def test_worse_is_negative_and_the_extremes():
    assert kn.coefficients(["must-be"] * 5) == (0.0, -1.0)
    assert kn.coefficients(["attractive"] * 5) == (1.0, 0.0)
    b, w = kn.coefficients(["one-dimensional"])
    assert (b, w) == (1.0, -1.0)
    assert math.copysign(1, kn.coefficients(["indifferent"])[1]) == 1.0  # 0.0, not -0.0


def test_coefficients_clear_errors():
    with pytest.raises(ValueError, match="empty"):
        kn.coefficients([])
    with pytest.raises(ValueError, match="not a Kano category"):
        kn.coefficients(["attractive", "delightful"])
    with pytest.raises(ValueError, match="reverse and questionable"):
        kn.coefficients(["reverse", "questionable"])
    with pytest.raises(TypeError):
        kn.coefficients("attractive")
    with pytest.raises(TypeError):
        kn.coefficients({"attractive": 3})
    with pytest.raises(TypeError):
        kn.coefficients(["attractive", 3])
    with pytest.raises(TypeError):
        kn.coefficients(5)


def test_coefficients_from_counts_checks_counts():
    with pytest.raises(ValueError, match="0 or more"):
        kn.coefficients_from_counts({"attractive": -1, "must-be": 3})
    with pytest.raises(TypeError, match="whole number"):
        kn.coefficients_from_counts({"attractive": 1.5})
    with pytest.raises(TypeError, match="whole number"):
        kn.coefficients_from_counts({"attractive": True})
    with pytest.raises(ValueError, match="not a Kano category"):
        kn.coefficients_from_counts({"great": 2})


def test_shares_sum_to_one():
    s = kn.shares({"attractive": 12, "one-dimensional": 8, "must-be": 4, "indifferent": 16, "reverse": 2,
                   "questionable": 1})
    assert sum(s.values()) == pytest.approx(1.0)
    assert s["indifferent"] == pytest.approx(16 / 43)
    with pytest.raises(ValueError):
        kn.shares([])


def test_assignment_keys_follow_the_model():
    """The assignment's Part 1 and 2 keys, recomputed with the model from the printed data."""
    pairs = {
        "cat_wifi": {("neutral", "dislike"): 9, ("must-be", "dislike"): 6, ("like", "dislike"): 4,
                     ("like", "neutral"): 1},
        "cat_welcome_note": {("like", "neutral"): 8, ("neutral", "neutral"): 6, ("like", "live-with"): 4,
                             ("live-with", "live-with"): 2},
        "cat_fast_checkin": {("like", "dislike"): 10, ("neutral", "dislike"): 5, ("like", "neutral"): 3,
                             ("must-be", "dislike"): 2},
        "cat_robot": {("neutral", "neutral"): 9, ("like", "neutral"): 4, ("live-with", "neutral"): 4,
                      ("dislike", "like"): 3},
        "cat_wakeup_upsell": {("dislike", "like"): 6, ("dislike", "neutral"): 5, ("neutral", "neutral"): 5,
                              ("like", "like"): 2, ("live-with", "must-be"): 2},
    }
    key = {"cat_wifi": "must-be", "cat_welcome_note": "attractive", "cat_fast_checkin": "one-dimensional",
           "cat_robot": "indifferent", "cat_wakeup_upsell": "reverse"}
    for name, table in pairs.items():
        assert sum(table.values()) == 20
        cats = [kn.classify(f, d) for (f, d), n in table.items() for _ in range(n)]
        counts = kn.count_categories(cats)
        ranked = sorted(counts.values(), reverse=True)
        assert ranked[0] > ranked[1], f"{name}: a tie"
        assert max(counts, key=counts.get) == key[name]
    shop = {"order_tracking": (4, 10, 28, 6, 0, 2), "video_chat": (22, 6, 2, 18, 1, 1),
            "free_returns": (8, 24, 10, 6, 0, 2), "ar_preview": (6, 2, 1, 36, 3, 2)}
    coef = {k: kn.coefficients_from_counts(dict(zip(kn.CATEGORIES, v))) for k, v in shop.items()}
    assert min(coef, key=lambda k: coef[k][1]) == "order_tracking"
    assert max(("video_chat", "ar_preview"), key=lambda k: coef[k][0]) == "video_chat"
    assert max(coef, key=lambda k: -coef[k][0] + coef[k][1]) == "ar_preview"  # lowest better and |worse|


# ---------------------------------------------------------------- SERVQUAL
def test_servqual_has_the_five_dimensions_of_pzb_1988():
    """Parasuraman, Zeithaml & Berry (1988): tangibles, reliability, responsiveness, assurance, empathy."""
    assert len(sq.DIMENSIONS) == findings.get("pzb88_dimensions").value == 5
    assert set(sq.DIMENSIONS) == {"tangibles", "reliability", "responsiveness", "assurance", "empathy"}
    assert set(sq.ILLUSTRATIVE_ITEMS) == set(sq.DIMENSIONS)
    # The course's own statements: fewer than the instrument's 22 items, so it cannot be a copy of it.
    assert sum(len(v) for v in sq.ILLUSTRATIVE_ITEMS.values()) < findings.get("pzb88_items").value


def test_gap_is_perception_minus_expectation():
    """Parasuraman et al. (1988): quality as the gap P - E; negative = short of expectations."""
    e = {"tangibles": 5.5, "reliability": 6.6, "responsiveness": 6.0, "assurance": 6.1, "empathy": 5.8}
    p = {"tangibles": 4.0, "reliability": 5.6, "responsiveness": 5.2, "assurance": 5.7, "empathy": 5.0}
    g = sq.gap_scores(p, e)
    assert g == pytest.approx({"tangibles": -1.5, "reliability": -1.0, "responsiveness": -0.8, "assurance": -0.4,
                               "empathy": -0.8})
    assert sq.largest_shortfall(p, e) == "tangibles"
    w = {"tangibles": 5, "reliability": 35, "responsiveness": 30, "assurance": 15, "empathy": 15}
    r = sq.weighted_gaps(p, e, w)
    assert r["weighted"] == pytest.approx({"tangibles": -0.075, "reliability": -0.35, "responsiveness": -0.24,
                                           "assurance": -0.06, "empathy": -0.12})
    assert r["overall"] == pytest.approx(sum(r["weighted"].values()))
    assert sq.largest_shortfall(p, e, w) == "reliability"


def test_item_lists_are_averaged():
    e = {"tangibles": 4.0, "reliability": 6.4, "responsiveness": 6.5, "assurance": 5.8, "empathy": 5.5}
    p = {"tangibles": [4.6, 4.4], "reliability": [5.9, 6.1], "responsiveness": [5.2, 4.6],
         "assurance": [5.6, 5.4], "empathy": [4.2, 5.0]}
    assert sq.gap_scores(p, e) == pytest.approx({"tangibles": 0.5, "reliability": -0.4, "responsiveness": -1.6,
                                                 "assurance": -0.3, "empathy": -0.9})
    assert sq.largest_shortfall(p, e) == "responsiveness"


def test_servqual_clear_errors():
    full = {d: 5 for d in sq.DIMENSIONS}
    with pytest.raises(ValueError, match="missing"):
        sq.gap_scores({"tangibles": 5}, full)
    with pytest.raises(ValueError, match="unknown"):
        sq.gap_scores({**full, "price": 3}, full)
    with pytest.raises(TypeError):
        sq.gap_scores({**full, "empathy": "high"}, full)
    with pytest.raises(ValueError, match="finite"):
        sq.gap_scores({**full, "empathy": float("nan")}, full)
    with pytest.raises(ValueError, match="no item ratings"):
        sq.gap_scores({**full, "empathy": []}, full)
    with pytest.raises(TypeError):
        sq.gap_scores([5, 5, 5, 5, 5], full)
    with pytest.raises(ValueError, match="all be zero"):
        sq.weighted_gaps(full, full, {d: 0 for d in sq.DIMENSIONS})
    with pytest.raises(ValueError, match="0 or more"):
        sq.weighted_gaps(full, full, {**full, "empathy": -1})
    assert sq.largest_shortfall(full, full) is None
