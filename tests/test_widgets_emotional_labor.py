"""The emotional-labor widgets, driven headless: set every control, read result and views."""

from __future__ import annotations

import ipywidgets as W
import pytest

from servicepsych import emotional_labor as el
from servicepsych.widgets.emotional_labor import apology_explorer, association_explorer, cbi_self_check


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


def test_controls_use_the_shared_layout():
    # slider()/choice() from widgets/_base.py size label and track from the text (no track squeezed to
    # nothing, no label cut off); the exact pixels are _base.py's business, so only check they are set.
    for ex in (association_explorer(n=200), apology_explorer(), cbi_self_check()):
        for control in ex.controls.values():
            assert control.style.description_width not in ("", None), control.description
            if isinstance(control, (W.FloatSlider, W.IntSlider, W.Dropdown)):
                assert control.layout.width not in (None, "", "auto"), control.description


def test_association_explorer_every_control_changes_the_view():
    ex = association_explorer(n=400)
    assert not ex.error and ex.views[0].value[:4] == b"\x89PNG"
    lo, hi = el.RHO_DISSONANCE_SURFACE_WELLBEING
    assert ex.controls["rho"].value == lo and ex.result["inside"]
    for name, value in (("rho", 0.0), ("cutoff", 10), ("n", 1500), ("relation", "deep"), ("rho", 0.37)):
        png, summary = ex.views[0].value, ex.views[1].value
        ex.controls[name].value = value
        assert not ex.error
        assert ex.views[0].value != png, f"moving {name} did not change the picture"
        assert ex.views[1].value != summary or name == "relation", f"moving {name} did not change the summary"
    assert "emotional performance" in ex.views[1].value.lower() or "performance" in ex.views[1].value
    assert ex.result["inside"]  # .37 lies in deep acting's published range (.18 and .37)


def test_association_explorer_reads_a_correlation_as_shares_not_a_slope():
    ex = association_explorer(n=2000)
    ex.controls["rho"].value = 0.0
    high, low = ex.result["expected"]
    assert high == low == pytest.approx(0.25)
    ex.controls["rho"].value = 0.48
    high, low = ex.result["expected"]
    assert (high, low) == pytest.approx(el.share_above_cutoff(0.48, 0.25))
    obs_high, obs_low = ex.result["observed"]
    assert obs_high > obs_low and abs(obs_high - high) < 0.05
    text = ex.views[1].value
    assert "not say how much one agent" in text and "no option for deep acting and exhaustion" in text
    assert "shift" not in text.lower()
    ex.controls["rho"].value = 0.55
    assert "outside" in ex.views[1].value


def test_association_sliders_do_not_recompute_while_dragging():
    ex = association_explorer(n=200)
    for name in ("rho", "cutoff", "n"):
        assert ex.controls[name].continuous_update is False


def test_apology_explorer():
    ex = apology_explorer()
    assert ex.result == "light_apology"
    assert "不好意思" in ex.views[0].value
    ex.controls["upset"].value = 0.8
    assert ex.result == "real_apology" and "对不起" in ex.views[0].value
    ex.controls["upset"].value = 0.0
    assert ex.result == "light_apology"
    ex.controls["company_at_fault"].value = True
    assert ex.result == "real_apology"
    assert ex.updates == 4


def test_apology_explorer_shows_every_step_of_the_upset_slider():
    """Below the threshold the advice stays the same, but the gauge and its line move with every step."""
    ex = apology_explorer()
    shown = [ex.views[0].value]
    for value in (0.3, 0.4):
        ex.controls["upset"].value = value
        shown.append(ex.views[0].value)
    assert ex.result == "light_apology" and len(set(shown)) == 3
    assert "0.4" in shown[-1] and "0.5" in shown[-1]  # the level and the rule's line
    ex.controls["company_at_fault"].value = True
    assert "company caused the problem" in ex.views[0].value
