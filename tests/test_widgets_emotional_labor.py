"""The emotional-labor widgets, driven headless: set controls, read result and views."""

from __future__ import annotations

import numpy as np
import pytest

from servicepsych import emotional_labor as el
from servicepsych.widgets.emotional_labor import acting_simulator, apology_explorer, cbi_self_check


def test_cbi_self_check_scores_only_with_enough_answers():
    ex = cbi_self_check("work")
    assert len(ex.controls) == 7 and ex.result["score"] is None
    assert "at least 4" in ex.views[0].value
    for name, points in zip(["item_1", "item_2", "item_3"], [75, 50, 75]):
        ex.controls[name].value = points
    assert ex.result["score"] is None and ex.result["answered"] == 3
    ex.controls["item_7"].value = 100  # "Always" enough energy: reversed to 0 points
    expected = (75 + 50 + 75 + 0) / 4
    assert ex.result["score"] == pytest.approx(expected)
    assert ex.result["band"] == el.cbi_band(expected)
    assert f"{expected:.1f} out of 100" in ex.views[0].value
    assert "(reversed)" in ex.views[0].value


def test_cbi_self_check_other_scales_and_skip():
    ex = cbi_self_check("client")
    assert len(ex.controls) == 6 and "client-related" in ex.children[0].value
    for i in range(1, 7):
        ex.controls[f"item_{i}"].value = 100
    assert ex.result["score"] == 100.0 and ex.result["band"] == "often_or_more"
    ex.controls["item_6"].value = None  # skipping an item leaves it out of the mean
    ex.controls["item_5"].value = 0
    assert ex.result["score"] == pytest.approx(400 / 5)


def test_acting_simulator_moves_with_surface_not_deep():
    ex = acting_simulator(n=400)
    base = ex.result["mean"]
    assert ex.result["share_above_60"] == pytest.approx(ex.result["ref_share_above_60"])
    png_before = ex.views[0].value
    ex.controls["surface"].value = 1.5
    # the team's mean moves by 10 * rho * 1.5 T-points (same draws, only shifted)
    assert ex.result["mean"] - base == pytest.approx(10 * el.RHO_SURFACE_EXHAUSTION * 1.5)
    assert ex.result["share_above_60"] > ex.result["ref_share_above_60"]
    assert ex.views[0].value != png_before and ex.views[0].value[:4] == b"\x89PNG"
    assert f"{ex.result['mean']:.1f}" in ex.views[1].value
    moved = ex.result["mean"]
    ex.controls["deep"].value = 2.0  # default rho_deep is 0: deep acting does not move exhaustion
    assert ex.result["mean"] == pytest.approx(moved)
    ex.controls["rho"].value = 0.48
    assert ex.result["mean"] > moved
    ex.controls["n"].value = 1000
    assert len(ex.result["team"]) == 1000 and not ex.error


def test_acting_simulator_reference_is_unshifted():
    ex = acting_simulator(n=2000)
    ex.controls["surface"].value = -2.0
    assert np.mean(ex.result["reference"]) == pytest.approx(50, abs=1.0)
    assert ex.result["mean"] < np.mean(ex.result["reference"])


def test_apology_explorer():
    ex = apology_explorer()
    assert ex.result == "light_apology"
    assert "不好意思" in ex.views[0].value
    ex.controls["upset"].value = 0.8
    assert ex.result == "real_apology" and "对不起" in ex.views[0].value
    ex.controls["upset"].value = 0.0
    ex.controls["company_at_fault"].value = True
    assert ex.result == "real_apology"
    assert ex.updates == 4
