"""Widgets of the service-recovery lesson (08).

* :func:`recovery_designer`: set compensation, speed, voice, flexibility,
  apology, explanation and courtesy; see the recovery's justice profile and the
  teaching index.
* :func:`budget_tradeoff`: a fixed budget per passenger and four recovery
  packages for a delayed flight; which one does the index favour within budget?
* :func:`paradox_explorer`: could this recovery leave the customer above the
  no-failure baseline, and does the evidence back a paradox for the outcome the
  manager hopes for?

Examples
--------
>>> ex = recovery_designer(loss=100, compensation=60, hours=1)
>>> round(ex.result["profile"]["distributive"], 2)
0.6
>>> b = budget_tradeoff(budget=100)
>>> b.result["best"]
'voucher_now'
>>> b.controls["budget"].value = 200
>>> b.result["best"]
'lounge_rebook'
>>> p = paradox_explorer()
>>> p.controls["outcome"].value = "repurchase"
>>> p.result["check"]["verdict"]
'not_supported'
"""

from __future__ import annotations

from .. import recovery as rc
from ..strings import text
from ._base import Explorer, choice, figure, html_table, slider

__all__ = ["FLIGHT_PACKAGES", "budget_tradeoff", "paradox_explorer", "recovery_designer"]

_COLOURS = {"distributive": "#1f5fa8", "procedural": "#c4661f", "interactional": "#1b7f3b", "index": "#444444"}

#: The lesson's delayed flight: four packages per passenger (costs and features invented for the exercise).
FLIGHT_PACKAGES = {
    "voucher_now": {"cost": 60, "compensation": 60, "hours": 0.5, "voice": False, "flexibility": False,
                    "apology": True, "explanation": True, "courtesy": True},
    "cash_later": {"cost": 200, "compensation": 200, "hours": 1008, "voice": False, "flexibility": False,
                   "apology": False, "explanation": False, "courtesy": False},
    "wait_and_see": {"cost": 0, "compensation": 0, "hours": 4, "voice": False, "flexibility": False,
                     "apology": False, "explanation": True, "courtesy": True},
    "lounge_rebook": {"cost": 150, "compensation": 150, "hours": 1, "voice": True, "flexibility": True,
                      "apology": True, "explanation": True, "courtesy": True},
}

_FEATURES = ("voice", "flexibility", "apology", "explanation", "courtesy")


def _t(key: str, **fields) -> str:
    return text("recovery", key, **fields)


def _weights_choice(value: str = "rank"):
    return choice(_t("weights_label"), [(_t("weights_rank"), "rank"), (_t("weights_equal"), "equal")], value,
                  buttons=True)


def _weights(name: str) -> dict:
    return rc.RANK_WEIGHTS if name == "rank" else rc.EQUAL_WEIGHTS


def _yes_no(label: str, value: bool):
    return choice(label, [(_t("no"), False), (_t("yes"), True)], bool(value), buttons=True)


def _profile(package: dict, loss: float) -> dict:
    return rc.justice_profile(package["compensation"], loss, package["hours"],
                              **{f: package[f] for f in _FEATURES})


def recovery_designer(loss: float = 300, compensation: float = 150, hours: int = 24, *, voice: bool = False,
                      flexibility: bool = False, apology: bool = True, explanation: bool = False,
                      courtesy: bool = True, weights: str = "rank") -> Explorer:
    """A recovery's justice profile and teaching index, from its concrete features.

    Parameters
    ----------
    loss : float
        What the failure cost the customer (yuan); fixed for the widget.
    compensation, hours : float, int
        Starting compensation (yuan, 0 to twice the loss) and hours to the remedy (0 to 168).
    voice, flexibility, apology, explanation, courtesy : bool
        Starting features (see :func:`servicepsych.recovery.justice_profile`).
    weights : {"rank", "equal"}
        Starting weights of the index.

    Returns
    -------
    Explorer
        ``result`` holds ``profile``, ``index``, ``ratio`` (compensation / loss),
        ``speed`` and ``weights``; ``views[0]`` is the bar chart, ``views[1]`` a table.
    """
    top = int(round(2 * float(loss)))
    controls = {
        "compensation": slider(_t("designer_compensation"), int(round(compensation)), 0, top, 10),
        "hours": slider(_t("designer_hours"), int(hours), 0, 168, 1),
        **{f: _yes_no(_t(f"designer_{f}"), v) for f, v in
           zip(_FEATURES, (voice, flexibility, apology, explanation, courtesy))},
        "weights": _weights_choice(weights),
    }

    def compute(compensation, hours, voice, flexibility, apology, explanation, courtesy, weights):
        profile = rc.justice_profile(compensation, loss, hours, voice=voice, flexibility=flexibility,
                                     apology=apology, explanation=explanation, courtesy=courtesy)
        return {"profile": profile, "index": rc.satisfaction_index(profile, _weights(weights)),
                "ratio": float(compensation) / float(loss),
                "speed": rc.SPEED_HALF_HOURS / (rc.SPEED_HALF_HOURS + float(hours)), "weights": weights}

    def render(r):
        fig, ax = figure(6.8, 3.0)
        names = list(rc.DIMENSIONS) + ["index"]
        values = [r["profile"][d] for d in rc.DIMENSIONS] + [r["index"]]
        labels = [_t(f"dim_short_{d}") for d in rc.DIMENSIONS] + [_t("index_label")]
        ax.bar(labels, values, color=[_COLOURS[n] for n in names])
        for x, v in enumerate(values):
            ax.text(x, v + 0.02, f"{v:.2f}", ha="center", fontsize=9)
        ax.set_ylim(0, 1.12)
        ax.set_ylabel(_t("designer_axis_y"))
        weights_name = _t(f"weights_{r['weights']}")
        rows = [[_t(f"dim_{d}"), f"{r['profile'][d]:.2f}"] for d in rc.DIMENSIONS]
        rows += [[_t("designer_row_ratio"), f"{r['ratio']:.2f}"], [_t("designer_row_speed"), f"{r['speed']:.2f}"],
                 [_t("designer_row_index", weights=weights_name), f"{r['index']:.2f}"]]
        table = html_table(rows, [_t("col_what"), _t("col_score")], caption=_t("designer_loss", loss=float(loss)))
        return [fig, f"{table}<p style='max-width:640px;font-size:90%'>{_t('device_note')}</p>"]

    return Explorer(controls, compute, render, title=_t("designer_title"))


def budget_tradeoff(budget: int = 100, loss: int = 100, packages: dict | None = None,
                    weights: str = "rank") -> Explorer:
    """Which recovery package does the teaching index favour within a budget per customer?

    Parameters
    ----------
    budget, loss : int
        Starting budget per customer and loss to the customer (yuan).
    packages : dict, optional
        ``{name: {"cost", "compensation", "hours", "voice", "flexibility",
        "apology", "explanation", "courtesy"}}``; default :data:`FLIGHT_PACKAGES`.
        Names need a string ``pkg_<name>`` in ``strings/recovery.py``.
    weights : {"rank", "equal"}
        Starting weights of the index.

    Returns
    -------
    Explorer
        ``result`` holds ``rows`` (name, cost, fits, index, profile, sorted by
        index) and ``best`` (the best package within budget, or None).
    """
    packages = dict(FLIGHT_PACKAGES if packages is None else packages)
    controls = {
        "budget": slider(_t("budget_budget"), int(budget), 0, 400, 10),
        "loss": slider(_t("budget_loss"), int(loss), 20, 400, 10),
        "weights": _weights_choice(weights),
    }

    def compute(budget, loss, weights):
        rows = []
        for name, pkg in packages.items():
            profile = _profile(pkg, loss)
            rows.append({"name": name, "cost": pkg["cost"], "fits": pkg["cost"] <= budget, "profile": profile,
                         "index": rc.satisfaction_index(profile, _weights(weights))})
        rows.sort(key=lambda row: -row["index"])
        fitting = [row for row in rows if row["fits"]]
        return {"rows": rows, "best": fitting[0]["name"] if fitting else None, "budget": budget}

    def render(r):
        fig, ax = figure(6.8, 2.8)
        rows = list(reversed(r["rows"]))
        labels = [_t(f"pkg_{row['name']}") for row in rows]
        colours = ["#1f5fa8" if row["fits"] else "#cccccc" for row in rows]
        bars = ax.barh(labels, [row["index"] for row in rows], color=colours)
        for bar, row in zip(bars, rows):
            if row["name"] == r["best"]:
                bar.set_edgecolor("#000000")
                bar.set_linewidth(2.5)
            ax.text(row["index"] + 0.01, bar.get_y() + bar.get_height() / 2,
                    f"{row['index']:.2f}" + ("" if row["fits"] else f"  ({_t('budget_over')})"),
                    va="center", fontsize=9)
        ax.set_xlim(0, 1.55)
        ax.set_xlabel(_t("budget_axis_x"))
        budget = float(r["budget"])
        best = (_t("budget_best", budget=budget, name=_t(f"pkg_{r['best']}")) if r["best"]
                else _t("budget_none", budget=budget))
        table = html_table([[_t(f"pkg_{row['name']}"), f"{row['cost']:g}",
                             _t("budget_within") if row["fits"] else _t("budget_over"), f"{row['index']:.2f}"]
                            for row in r["rows"]],
                           [_t("budget_col_package"), _t("budget_col_cost"), _t("budget_col_fits"),
                            _t("index_label")])
        return [fig, f"<p><b>{best}</b></p>{table}<p style='max-width:640px;font-size:90%'>{_t('device_note')}</p>"]

    return Explorer(controls, compute, render, title=_t("budget_title"))


def paradox_explorer(baseline: float = 0.75, share: float = 1.0, hours: int = 2, care: bool = True,
                     outcome: str = "satisfaction", failures: int = 1) -> Explorer:
    """The service-recovery paradox: is the recovered customer above the no-failure baseline, and for what?

    Parameters
    ----------
    baseline : float
        Starting satisfaction with no failure (0 to 1).
    share : float
        Starting compensation as a share of the loss (0 to 1.5).
    hours : int
        Starting hours to the remedy.
    care : bool
        Apology, explanation, courtesy and voice all given (True) or none (False).
    outcome : str
        Starting outcome (one of :data:`servicepsych.recovery.OUTCOMES`).
    failures : {1, 2}
        Starting number of failures this customer has had.

    Returns
    -------
    Explorer
        ``result`` holds ``after`` (the index), ``baseline`` and ``check``
        (the dict of :func:`servicepsych.recovery.paradox_check`).
    """
    controls = {
        "baseline": slider(_t("paradox_baseline"), float(baseline), 0.0, 1.0, 0.05),
        "share": slider(_t("paradox_share"), float(share), 0.0, 1.5, 0.05),
        "hours": slider(_t("paradox_hours"), int(hours), 0, 168, 1),
        "care": _yes_no(_t("paradox_care"), care),
        "outcome": choice(_t("paradox_outcome"), [(_t(f"outcome_{o}"), o) for o in rc.OUTCOMES], outcome),
        "failures": choice(_t("paradox_failures"), [(_t("paradox_first"), 1), (_t("paradox_second"), 2)],
                           int(failures), buttons=True),
    }

    def compute(baseline, share, hours, care, outcome, failures):
        profile = rc.justice_profile(share * 100.0, 100.0, hours, voice=care, flexibility=False, apology=care,
                                     explanation=care, courtesy=care)
        after = rc.satisfaction_index(profile)
        return {"after": after, "baseline": float(baseline), "profile": profile, "share": float(share),
                "check": rc.paradox_check(after, baseline, outcome=outcome, failures=int(failures))}

    def render(r):
        check = r["check"]
        colour = {"paradox_possible": "#1b7f3b", "below_baseline": "#b3261e", "not_supported": "#8a6d00"}
        fig, ax = figure(5.6, 2.8)
        ax.bar([_t("paradox_bar_baseline"), _t("paradox_bar_after")], [r["baseline"], r["after"]],
               color=["#8a8a8a", colour[check["verdict"]]])
        ax.axhline(r["baseline"], color="#444444", linestyle="--", linewidth=1)
        for x, v in enumerate((r["baseline"], r["after"])):
            ax.text(x, v + 0.02, f"{v:.2f}", ha="center", fontsize=9)
        ax.set_ylim(0, 1.12)
        ax.set_ylabel(_t("paradox_axis_y"))
        if check["verdict"] == "not_supported":
            key = "verdict_not_supported_second" if check["failures"] > 1 else "verdict_not_supported_outcome"
        else:
            key = f"verdict_{check['verdict']}"
        message = _t(key, outcome=_t(f"outcome_{check['outcome']}").lower())
        share = _t("paradox_share_capped" if r["share"] > 1 else "paradox_share_line", share=r["share"],
                   counted=min(r["share"], 1.0))
        return [fig, f"<p style='max-width:640px;color:{colour[check['verdict']]}'><b>{message}</b></p>"
                     f"<p style='max-width:640px'>{share}</p>"
                     f"<p style='max-width:640px;font-size:90%'>{_t('device_note')}</p>"]

    return Explorer(controls, compute, render, title=_t("paradox_title"))
