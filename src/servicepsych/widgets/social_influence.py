"""Widgets of the social-influence lesson (09).

* :func:`card_designer`: norm type x reference group x study -> the towel-reuse rate reported for that
  card, or "no published figure"; a bar chart of the study's cards that have one.
* :func:`reciprocity_explorer`: the mean tips Strohmetz et al. (2002) reported, one experiment at a time,
  and the difference between two conditions.
* :func:`tactic_classifier`: the course's three questions applied to an example tactic (or to your own
  answers).

Examples
--------
>>> ex = card_designer()
>>> ex.result["rate"]
44.1
>>> ex.controls["experiment"].value = 2
>>> ex.controls["group"].value = "same_room"
>>> ex.result["rate"]
49.0
>>> ex.controls["group"].value = "citizens"
>>> ex.result["rate"] is None, ex.result["tested"]
(True, True)
>>> tc = tactic_classifier()
>>> tc.controls["example"].value = "fake_timer"
>>> tc.result.label
'manipulation'
"""

from __future__ import annotations

import html
import textwrap

from .. import social_influence as si
from ..strings import text
from ._base import Explorer, choice, figure

__all__ = ["card_designer", "reciprocity_explorer", "tactic_classifier"]

_BLUE, _GREY, _ORANGE = "#1f5fa8", "#b8c2cc", "#d9822b"
#: The model's setting values (English codes) -> the keys of their learner-facing labels.
_SETTING_KEYS = {"no group": "setting_no_group", "outside the setting": "setting_outside",
                 "same hotel": "setting_same_hotel", "same room": "setting_same_room"}


def _t(key: str, **fields) -> str:
    return text("social_influence", key, **fields)


def _p(body: str, style: str = "margin:3px 0") -> str:
    return f"<p style='{style}'>{html.escape(body)}</p>"


# ---------------------------------------------------------------- hotel-card designer
def card_designer() -> Explorer:
    """Design a towel card by norm type and reference group; see what was reported for it.

    Returns
    -------
    Explorer
        Controls ``norm``, ``group`` and ``experiment``. ``result`` holds ``norm``, ``group``,
        ``experiment``, ``rate`` (``None`` when no figure was published or checked), ``tested``, ``key``
        and ``setting``; ``views[0]`` is the HTML read-out, ``views[1]`` the bar chart.
    """
    controls = {
        "norm": choice(_t("card_norm"), [(_t(f"norm_{n}"), n) for n in si.NORM_TYPES], value="descriptive",
                       buttons=True),
        "group": choice(_t("card_group"), [(_t(f"group_{g}"), g) for g in si.REFERENCE_GROUPS],
                        value="hotel_guests"),
        "experiment": choice(_t("card_experiment"), [(_t("exp_1"), 1), (_t("exp_2"), 2)], value=1, buttons=True),
    }

    def compute(norm, group, experiment):
        note = ""
        if norm == "environmental":
            if group != "none":
                note = _t("card_env_group")
            group = "none"
        elif group == "none":
            group = "hotel_guests"
        return {"norm": norm, "group": group, "experiment": experiment, "note": note,
                "rate": si.card_reuse(norm, group, experiment=experiment),
                "tested": si.card_tested(norm, group, experiment=experiment),
                "key": si.card_finding(norm, group, experiment=experiment),
                "setting": si.reference_setting(group)}

    def render(r):
        exp = _t(f"exp_{r['experiment']}")
        parts = [_p(r["note"], "margin:3px 0;color:#555")] if r["note"] else []
        if r["rate"] is not None:
            parts.append(_p(_t("card_rate", rate=f"{r['rate']:.1f}", row=r["key"]), "margin:3px 0;font-weight:bold"))
        elif r["tested"]:
            parts.append(_p(_t("card_no_figure_tested", exp=exp), "margin:3px 0;color:#b3261e"))
        else:
            parts.append(_p(_t("card_no_figure_untested", exp=exp), "margin:3px 0;color:#b3261e"))
        parts.append(_p(_t("card_setting", setting=_t(_SETTING_KEYS[r["setting"]]))))
        parts.append(_p(_t("card_note"), "margin:3px 0;color:#555;font-size:90%"))

        fig, ax = figure(6.4, 2.6)
        cards = [(n, g) for (e, n, g) in si._CARDS if e == r["experiment"]]
        labels = [_t(f"group_{g}") if n == "descriptive" else _t("norm_environmental") for n, g in cards]
        values = [si.card_reuse(n, g, experiment=r["experiment"]) for n, g in cards]
        colours = [_BLUE if (n, g) == (r["norm"], r["group"]) else _GREY for n, g in cards]
        bars = ax.barh(range(len(cards)), values, color=colours)
        for bar, v in zip(bars, values):
            ax.text(v + 0.8, bar.get_y() + bar.get_height() / 2, f"{v:.1f}%", va="center", fontsize=9)
        ax.set_yticks(range(len(cards)), labels)
        ax.invert_yaxis()
        ax.set_xlim(0, 60)
        ax.set_xlabel(_t("card_axis"))
        ax.set_title(_t("card_plot_title", exp=exp), fontsize=10)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ["".join(parts), fig]

    explorer = Explorer(controls, compute, render, title=_t("card_title"))

    def _sync(change):
        group = controls["group"]
        if change["new"] == "environmental" and group.value != "none":
            group.value = "none"
        elif change["new"] == "descriptive" and group.value == "none":
            group.value = "hotel_guests"

    controls["norm"].observe(_sync, names="value")
    return explorer


# ---------------------------------------------------------------- reciprocity explorer
def reciprocity_explorer() -> Explorer:
    """The mean tips reported for sweets with the bill, and the difference between two conditions.

    Returns
    -------
    Explorer
        Controls ``experiment``, ``condition`` and ``baseline`` (the condition lists follow the
        experiment: experiment 1 had only no sweet and one sweet). ``result`` holds the rates and the
        ``difference`` in percentage points; ``views[0]`` is the chart, ``views[1]`` the HTML.
    """
    controls = {
        "experiment": choice(_t("tip_experiment"), [(_t("exp_1"), 1), (_t("exp_2"), 2)], value=2, buttons=True),
        "condition": choice(_t("tip_condition"), [(_t(f"tip_{c}"), c) for c in si.TIP_CONDITIONS],
                            value="one_plus_one"),
        "baseline": choice(_t("tip_baseline"), [(_t(f"tip_{c}"), c) for c in si.TIP_CONDITIONS], value="none"),
    }

    def compute(experiment, condition, baseline):
        conditions = tuple(c for c in si.TIP_CONDITIONS if c in si._TIPS[experiment])
        return {"experiment": experiment, "conditions": conditions, "condition": condition, "baseline": baseline,
                "rates": {c: si.tip_rate(c, experiment=experiment) for c in conditions},
                "difference": si.tip_difference(condition, baseline, experiment=experiment)}

    def render(r):
        fig, ax = figure(6.4, 2.8)
        xs = range(len(r["conditions"]))
        values = [r["rates"][c] for c in r["conditions"]]
        colours = [_BLUE if c == r["condition"] else _ORANGE if c == r["baseline"] else _GREY
                   for c in r["conditions"]]
        bars = ax.bar(xs, values, color=colours, width=0.6)
        for bar, v in zip(bars, values):
            ax.text(bar.get_x() + bar.get_width() / 2, v + 0.3, f"{v:.1f}%", ha="center", fontsize=9)
        ax.set_xticks(list(xs), [textwrap.fill(_t(f"tip_{c}"), 18) for c in r["conditions"]], fontsize=8)
        ax.set_ylim(0, 26)
        ax.set_ylabel(_t("tip_axis"))
        ax.set_title(_t("tip_plot_title", exp=_t(f"exp_{r['experiment']}")), fontsize=10)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if r["condition"] == r["baseline"]:
            line = _p(_t("tip_same"))
        else:
            line = _p(_t("tip_line", a=_t(f"tip_{r['condition']}"), ra=f"{r['rates'][r['condition']]:.1f}",
                         b=_t(f"tip_{r['baseline']}"), rb=f"{r['rates'][r['baseline']]:.1f}",
                         d=r["difference"]), "margin:3px 0;font-weight:bold")
        return [fig, line + _p(_t("tip_caution"), "margin:3px 0;color:#555")]

    explorer = Explorer(controls, compute, render, title=_t("tip_title"))

    def _fit(change):
        conditions = [c for c in si.TIP_CONDITIONS if c in si._TIPS[change["new"]]]
        options = [(_t(f"tip_{c}"), c) for c in conditions]
        kept = {name: controls[name].value for name in ("condition", "baseline")}
        for name, fallback in (("condition", conditions[-1]), ("baseline", "none")):
            widget = controls[name]
            keep = kept[name] if kept[name] in conditions else fallback
            widget.unobserve(explorer._on_change, names="value")
            widget.options = options
            widget.value = keep
            widget.observe(explorer._on_change, names="value")
        explorer.refresh()

    # the lists must follow the experiment before the explorer recomputes
    controls["experiment"].unobserve(explorer._on_change, names="value")
    controls["experiment"].observe(_fit, names="value")
    return explorer


# ---------------------------------------------------------------- tactic classifier
#: The course's own answers (true information, customer's interest, free to refuse) for each example.
EXAMPLES = {
    "room_norm": (True, True, True),
    "fake_timer": (False, False, False),
    "sweet": (True, True, True),
    "fake_reviews": (False, False, True),
    "preticked": (True, False, False),
    "small_first": (True, True, True),
}


def tactic_classifier() -> Explorer:
    """Ask the course's three questions of an example tactic; change the answers to see the verdict move.

    Returns
    -------
    Explorer
        Controls ``example`` (choosing one sets the three answers to the course's) and ``true_information``,
        ``customer_interest``, ``free_to_refuse``. ``result`` is a
        :class:`~servicepsych.social_influence.TacticVerdict`; ``views[0]`` is the HTML.
    """
    yes_no = [(_t("tactic_yes"), True), (_t("tactic_no"), False)]
    controls = {
        "example": choice(_t("tactic_example"), [(_t(f"tactic_ex_{k}"), k) for k in EXAMPLES], value="room_norm"),
        "true_information": choice(_t("tactic_q_true"), yes_no, value=True, buttons=True),
        "customer_interest": choice(_t("tactic_q_interest"), yes_no, value=True, buttons=True),
        "free_to_refuse": choice(_t("tactic_q_free"), yes_no, value=True, buttons=True),
    }
    state = {"example": "room_norm"}

    def compute(example, true_information, customer_interest, free_to_refuse):
        state["example"] = example
        return si.classify_tactic(true_information=true_information, customer_interest=customer_interest,
                                  free_to_refuse=free_to_refuse)

    def render(verdict):
        if verdict.label == "honest":
            head = _p(_t("tactic_verdict_honest"), "margin:4px 0;font-weight:bold;color:#1b6e34")
        else:
            failed = _t("tactic_list_sep").join(_t(f"tactic_failed_{f}") for f in verdict.failed)
            head = _p(_t("tactic_verdict_manipulation", failed=failed), "margin:4px 0;font-weight:bold;color:#b3261e")
        course = EXAMPLES[state["example"]]
        answers = _t("tactic_answer_sep").join(
            _t("tactic_answer", question=q, answer=_t("tactic_yes") if a else _t("tactic_no"))
            for q, a in zip((_t("tactic_q_true"), _t("tactic_q_interest"), _t("tactic_q_free")), course))
        return (head + _p(_t("tactic_course_view", answers=answers), "margin:3px 0;color:#555")
                + _p(_t("tactic_ethics"), "margin:3px 0;color:#555;font-size:90%"))

    explorer = Explorer(controls, compute, render, title=_t("tactic_title"))

    def _load(change):
        answers = dict(zip(("true_information", "customer_interest", "free_to_refuse"), EXAMPLES[change["new"]]))
        for name, value in answers.items():
            widget = controls[name]
            widget.unobserve(explorer._on_change, names="value")
            widget.value = value
            widget.observe(explorer._on_change, names="value")
        explorer.refresh()

    controls["example"].unobserve(explorer._on_change, names="value")
    controls["example"].observe(_load, names="value")
    return explorer
