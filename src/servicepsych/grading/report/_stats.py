"""Cohort statistics from the long scores table (pure pandas/numpy, no plotting).

Classical test theory on the graded cells ("items") of each assignment:

- *difficulty* (the item "p-value"): the mean share of the item's points earned;
- *discrimination*: the corrected item-total correlation, the Pearson correlation
  between the item score and the rest of the assignment (its total minus the item),
  across the learners who submitted;
- *mastery* of a concept (the assignment's slug: ``01_anchoring`` -> ``anchoring``):
  the share of the concept's points a learner earned.
"""

from __future__ import annotations

import math

__all__ = ["corrected_item_total", "item_table", "mastery_tables", "review_table", "score_table"]


def corrected_item_total(item, total) -> float:
    """Correlation of an item's scores with the rest of the test (``total - item``).

    ``nan`` when fewer than three learners or either score does not vary.

    Examples
    --------
    >>> round(corrected_item_total([1, 1, 0, 0], [5, 4, 2, 0]), 3)
    0.845
    >>> corrected_item_total([1, 1, 1], [3, 2, 1])
    nan
    """
    import numpy as np

    item = np.asarray(item, dtype=float)
    rest = np.asarray(total, dtype=float) - item
    if item.size < 3 or item.std() == 0 or rest.std() == 0:
        return math.nan
    return float(np.corrcoef(item, rest)[0, 1])


def score_table(long):
    """One row per student: each assignment's score, ``total``, ``max_total``, ``percent``."""
    per = long.groupby(["student", "assignment"])[["score", "points"]].sum()
    scores = per["score"].unstack("assignment")
    scores["total"] = per["score"].groupby(level="student").sum()
    scores["max_total"] = per["points"].groupby(level="student").sum()
    scores["percent"] = 100 * scores["total"] / scores["max_total"]
    scores.columns.name = None
    return scores


def item_table(long):
    """One row per item (assignment, notebook, grade_id) in notebook order: kind, points,
    n (submissions with a grade), ungraded (still awaiting a manual grade), mean score,
    difficulty and discrimination. Ungraded manual items are left out of their statistics."""
    import pandas as pd

    totals = long.groupby(["assignment", "student"])["score"].sum()
    rows = []
    keys = ["assignment", "notebook", "grade_id"]
    for (assignment, notebook, grade_id), group in long.groupby(keys, sort=False):
        graded = group[~group["needs_manual_grade"].astype(bool)]
        points = float(group["points"].max())
        rest_total = totals.loc[assignment].reindex(graded["student"]).to_numpy()
        mean = float(graded["score"].mean()) if len(graded) else math.nan
        rows.append({
            "assignment": assignment, "notebook": notebook, "grade_id": grade_id,
            "concept": group["concept"].iloc[0], "kind": group["kind"].iloc[0], "points": points,
            "n": len(graded), "ungraded": int(len(group) - len(graded)), "mean_score": mean,
            "difficulty": mean / points if points > 0 and len(graded) else math.nan,
            "discrimination": corrected_item_total(graded["score"].to_numpy(), rest_total),
        })
    return pd.DataFrame(rows)


def mastery_tables(long, threshold: float = 0.8):
    """Mastery per concept: ``(per_student, cohort)``.

    ``per_student``: students x concepts, the share of the concept's points earned.
    ``cohort``: per concept, the number of students, the mean and median share, and the
    share of students at or above ``threshold``.
    """
    import pandas as pd

    per = long.groupby(["student", "concept"])[["score", "points"]].sum()
    share = (per["score"] / per["points"].where(per["points"] > 0)).unstack("concept")
    concepts = list(dict.fromkeys(long["concept"]))
    share = share.reindex(columns=concepts)
    share.columns.name = None
    cohort = pd.DataFrame({
        "students": share.notna().sum(),
        "mean": share.mean(),
        "median": share.median(),
        f"share_at_or_above_{threshold:g}": (share >= threshold).sum() / share.notna().sum(),
    })
    cohort.index.name = "concept"
    return share, cohort


def review_table(items, easy: float = 0.9, hard: float = 0.2, low_discrimination: float = 0.2):
    """Items worth a second look, with the reason(s): too easy (difficulty above ``easy``),
    too hard (below ``hard``), negative discrimination (stronger learners do worse on it:
    check the key and the tests), low discrimination (below ``low_discrimination``), or
    still awaiting manual grades. The defaults are common rules of thumb; tune them."""
    import pandas as pd

    rows = []
    for item in items.itertuples(index=False):
        reasons = []
        if item.difficulty == item.difficulty:  # not nan
            if item.difficulty > easy:
                reasons.append(f"too easy: {item.difficulty:.0%} of points earned")
            elif item.difficulty < hard:
                reasons.append(f"too hard: {item.difficulty:.0%} of points earned")
        if item.discrimination == item.discrimination:
            if item.discrimination < 0:
                reasons.append(f"negative discrimination ({item.discrimination:.2f}): check the key and tests")
            elif item.discrimination < low_discrimination:
                reasons.append(f"low discrimination ({item.discrimination:.2f})")
        if item.ungraded:
            reasons.append(f"{item.ungraded} submission(s) await a manual grade")
        if reasons:
            rows.append({"assignment": item.assignment, "grade_id": item.grade_id, "kind": item.kind,
                         "difficulty": item.difficulty, "discrimination": item.discrimination,
                         "reason": "; ".join(reasons)})
    return pd.DataFrame(rows, columns=["assignment", "grade_id", "kind", "difficulty", "discrimination", "reason"])
