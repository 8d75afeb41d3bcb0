"""Widgets of the customer-emotion lesson (07).

* :func:`transcript_stepper`: step through a labelled transcript; see which step each line
  serves, what is still missing, what comes next and which steps came too early.
* :func:`contagion_map`: what four studies of emotional contagion in service measured and
  found, drawn as reported associations (solid) and tested-but-unsupported links (dashed).
* :func:`apology_builder`: put an apology together part by part and see which parts it has.

Examples
--------
>>> ex = transcript_stepper()
>>> ex.controls["transcript"].value = "leak"
>>> ex.controls["line"].value = 2
>>> ex.result["missing"][0], [(p.early, p.late) for p in ex.result["order"]]
('identify', [])
>>> ex.controls["line"].value = 4
>>> [(p.early, p.late) for p in ex.result["order"]]
[('solve', 'identify')]
>>> ab = apology_builder()
>>> ab.controls["wording"].value = "light"
>>> ab.result["fits"]
False
"""

from __future__ import annotations

import html

from .. import customer_emotion as ce
from ..strings import text
from ._base import Explorer, choice, html_table, slider

__all__ = ["apology_builder", "contagion_map", "transcript_stepper"]


def _t(key: str, **fields) -> str:
    return text("customer_emotion", key, **fields)


def _step_name(step) -> str:
    return _t("step_none") if step is None else _t(f"step_{step}")


def _p(body: str, style: str = "margin:3px 0") -> str:
    return f"<p style='{style}'>{html.escape(body)}</p>"


# ---------------------------------------------------------------- transcript stepper
def transcript_stepper(name: str = "kettle") -> Explorer:
    """Step through one of the course's labelled transcripts line by line.

    Parameters
    ----------
    name : str
        The transcript shown first (one of :func:`servicepsych.customer_emotion.list_transcripts`).

    Returns
    -------
    Explorer
        Controls ``transcript``, ``line`` (how many lines are shown; its maximum follows the
        transcript) and ``labels`` (``True`` shows the step labels, ``False`` hides them to
        self-test). ``result`` holds ``shown`` (the lines), ``covered``, ``missing``, ``next``
        and ``order`` (:class:`~servicepsych.customer_emotion.OrderProblem` list) for the lines
        shown; ``views[0]`` is the HTML.
    """
    names = ce.list_transcripts()
    if name not in names:
        raise ValueError(f"name must be one of {', '.join(map(repr, names))}, not {name!r}")
    first = ce.transcript(name)
    controls = {
        "transcript": choice(_t("stepper_transcript"), [(_t(f"tr_{n}_title"), n) for n in names], value=name),
        "line": slider(_t("stepper_line"), len(first), 1, len(first), 1),
        "labels": choice(_t("stepper_labels"), [(_t("stepper_labels_show"), True),
                                                (_t("stepper_labels_hide"), False)], buttons=True),
    }

    def compute(transcript, line, labels):
        rows = ce.transcript(transcript)
        shown = rows[:max(1, min(int(line), len(rows)))]
        return {"name": transcript, "shown": shown, "total": len(rows), "labels": bool(labels),
                "covered": ce.steps_covered(shown), "missing": ce.missing_steps(shown),
                "next": ce.next_step(shown), "order": ce.order_problems(shown)}

    def render(r):
        table_rows = []
        for i, (speaker, words, step) in enumerate(r["shown"], start=1):
            label = "" if speaker == "customer" else (_step_name(step) if r["labels"] else _t("stepper_hidden"))
            table_rows.append((i, _t(f"speaker_{speaker}"), words, label))
        table = html_table(table_rows, ["#", _t("stepper_col_who"), _t("stepper_col_line"), _t("stepper_col_step")])
        parts = [table]
        if r["labels"]:
            none = _t("stepper_none")
            order = _t("clause_sep").join(_t("stepper_order_item", line=p.line, early=_step_name(p.early), late=_step_name(p.late))
                              for p in r["order"]) or none
            sep = _t("list_sep")
            parts += [_p(_t("stepper_covered", steps=sep.join(map(_step_name, r["covered"])) or none)),
                      _p(_t("stepper_missing", steps=sep.join(map(_step_name, r["missing"])) or none)),
                      _p(_t("stepper_next", step=_step_name(r["next"]))),
                      _p(_t("stepper_order", problems=order),
                         "margin:3px 0;color:#b3261e" if r["order"] else "margin:3px 0")]
        if len(r["shown"]) == r["total"]:
            parts.append(_p(_t("stepper_end"), "margin:3px 0;font-style:italic"))
        parts.append(_p(_t("stepper_practice"), "margin:3px 0;color:#555"))
        return "".join(parts)

    explorer = Explorer(controls, compute, render, title=_t("stepper_title"))

    def _fit_slider(change):
        total = len(ce.transcript(change["new"]))
        line = controls["line"]
        if line.value > total:
            line.value = total
        line.max = total
        if line.value != total:
            line.value = total  # a new transcript starts fully shown
        else:
            explorer.refresh()

    controls["transcript"].observe(_fit_slider, names="value")
    return explorer


# ---------------------------------------------------------------- contagion map
#: Node positions (x, y in 0..1) and edges (source, target, supported) per study, as the
#: abstracts report them (findings rows in ``findings/_customer_emotion.py``). Barger & Grandey's
#: mood route is drawn dashed end to end: the abstract reports that customers' affect did not
#: mediate the smile-satisfaction link, and says nothing more about its two halves.
_MAPS = {
    "p01": {"nodes": {"display": (0.14, 0.5), "cust_affect": (0.72, 0.78), "quality": (0.72, 0.22)},
            "edges": [("display", "cust_affect", True), ("display", "quality", True)]},
    "bg06": {"nodes": {"emp_smile": (0.12, 0.5), "cust_smile": (0.45, 0.86), "cust_mood": (0.45, 0.5),
                       "quality": (0.45, 0.14), "satisfaction": (0.85, 0.32)},
             "edges": [("emp_smile", "cust_smile", True), ("emp_smile", "cust_mood", False),
                       ("cust_mood", "satisfaction", False), ("emp_smile", "quality", True),
                       ("quality", "satisfaction", True)]},
    "g05": {"nodes": {"authentic": (0.14, 0.5), "friendly": (0.72, 0.78), "satisfaction": (0.72, 0.22)},
            "edges": [("authentic", "friendly", True), ("authentic", "satisfaction", True)]},
    "ht06": {"nodes": {"smile_extent": (0.14, 0.78), "deep": (0.14, 0.22), "cust_emotion": (0.74, 0.5)},
             "edges": [("smile_extent", "cust_emotion", False), ("deep", "cust_emotion", True)]},
}


def contagion_map(study: str = "bg06") -> Explorer:
    """What a study of emotional contagion in service measured, and which links it found.

    Solid arrows are associations the authors report; dashed grey arrows are links they tested
    and did not support. No coefficient is drawn (none could be checked against the papers'
    tables), and no arrow is a slope one could move.

    Parameters
    ----------
    study : {"p01", "bg06", "g05", "ht06"}
        Pugh (2001); Barger & Grandey (2006); Grandey et al. (2005); Hennig-Thurau et al. (2006).

    Returns
    -------
    Explorer
        Controls ``study`` and ``show`` (``"found"`` or ``"limits"``); ``result`` holds the
        study's ``edges`` and the texts; ``views[0]`` the diagram, ``views[1]`` the notes (HTML).
    """
    if study not in _MAPS:
        raise ValueError(f"study must be one of {', '.join(map(repr, _MAPS))}, not {study!r}")
    controls = {
        "study": choice(_t("map_study"), [(_t(f"study_{k}"), k) for k in _MAPS], value=study),
        "show": choice(_t("map_show"), [(_t("map_show_found"), "found"), (_t("map_show_limits"), "limits")],
                       buttons=True),
    }

    def compute(study, show):
        spec = _MAPS[study]
        return {"study": study, "show": show, "nodes": spec["nodes"], "edges": spec["edges"],
                "design": _t(f"design_{study}"), "sample": _t(f"sample_{study}"), "limits": _t(f"limits_{study}")}

    def render(r):
        from matplotlib.figure import Figure
        from matplotlib.patches import FancyArrowPatch

        from ..i18n.fonts import configure_matplotlib

        configure_matplotlib()  # Chinese labels need the CJK font (the figure is not made by _base.figure)

        fig = Figure(figsize=(8.4, 3.0), dpi=100)
        ax = fig.add_axes([0.01, 0.02, 0.98, 0.96])
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.axis("off")
        faded = r["show"] == "limits"
        for key, (x, y) in r["nodes"].items():
            ax.text(x, y, _t(f"node_{key}"), ha="center", va="center", fontsize=10,
                    color="#777" if faded else "black",
                    bbox=dict(boxstyle="round,pad=0.4", facecolor="#f4f6f8", edgecolor="#9aa5b1"))
        for src, dst, supported in r["edges"]:
            (x0, y0), (x1, y1) = r["nodes"][src], r["nodes"][dst]
            colour = "#1b7f3b" if supported else "#9aa5b1"
            if faded:
                colour = "#c5ccd3"
            ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=16,
                                         shrinkA=48, shrinkB=48, color=colour, linewidth=2,
                                         linestyle="-" if supported else "--"))
        ax.text(0.01, 0.01, _t("map_solid") + "   \u00b7   " + _t("map_dashed"), fontsize=8, color="#555",
                ha="left", va="bottom")
        if r["show"] == "found":
            notes = _p(_t("map_design", design=r["design"], sample=r["sample"])) + _p(_t("map_not_causal"))
        else:
            notes = _p(r["limits"], "margin:3px 0;border-left:4px solid #b3261e;padding-left:8px")
        return [fig, notes]

    return Explorer(controls, compute, render, title=_t("map_title"))


# ---------------------------------------------------------------- apology builder
#: Situation -> (company at fault, customer upset) and the parts the course expects there.
_SITUATIONS = {
    "wrong_size": ((True, True), ce.APOLOGY_COMPONENTS),
    "hold": ((False, False), ("early", "fix")),
    "sale_ended": ((False, True), ("empathy", "early", "fix")),
}
_WORDING_FOR = {"duibuqi": "real", "buhaoyisi": "light", "empathise_no_apology": "none"}


def apology_builder(situation: str = "wrong_size") -> Explorer:
    """Build an apology part by part for a situation; see which parts it has and whether the word fits.

    The word follows the store essay's rule (:func:`servicepsych.customer_emotion.apology_word`,
    practice wisdom); the parts follow :func:`servicepsych.customer_emotion.review_apology`
    (empathy, intensity and timing: Roschk & Kaiser 2013; an offer that repays in kind: Roschk &
    Gelbrich 2014). Intensity is disabled while no real apology is chosen.

    Returns
    -------
    Explorer
        Controls ``situation``, ``wording`` ("real", "light", "none"), ``empathy``, ``intensity``,
        ``timing`` ("early"/"late") and ``fix``; ``result`` holds ``sentence``, ``rule`` (the word
        the situation calls for), ``fits`` and ``missing`` (parts expected here but absent).
    """
    if situation not in _SITUATIONS:
        raise ValueError(f"situation must be one of {', '.join(map(repr, _SITUATIONS))}, not {situation!r}")
    yes_no = [(_t("apo_yes"), True), (_t("apo_no"), False)]
    controls = {
        "situation": choice(_t("apo_situation"), [(_t(f"apo_sit_{k}"), k) for k in _SITUATIONS], value=situation),
        "wording": choice(_t("apo_owns"), [(_t("apo_owns_real"), "real"), (_t("apo_owns_light"), "light"),
                                           (_t("apo_owns_none"), "none")], buttons=True),
        "empathy": choice(_t("apo_empathy"), yes_no, buttons=True),
        "intensity": choice(_t("apo_intensity"), yes_no, buttons=True),
        "timing": choice(_t("apo_timing"), [(_t("apo_early"), "early"), (_t("apo_late"), "late")], buttons=True),
        "fix": choice(_t("apo_fix"), yes_no, buttons=True),
    }

    def compute(situation, wording, empathy, intensity, timing, fix):
        (at_fault, upset), expected = _SITUATIONS[situation]
        rule = ce.apology_word(at_fault, upset)
        real = wording == "real"
        review = ce.review_apology(owns_fault=real, empathy=bool(empathy), intensity=bool(intensity and real),
                                   early=timing == "early", fix=bool(fix))
        missing = tuple(c for c in review["missing"] if c in expected)
        real_key = f"frag_intense_{situation}" if intensity else f"frag_early_real_{situation}"
        apology = {"real": _t(real_key), "light": _t("frag_light"), "none": ""}[wording]
        body = [_t(f"frag_empathy_{situation}") if empathy else "",
                _t(f"frag_fix_{situation}") if fix else _t(f"frag_plain_{situation}")]
        pieces = [apology, *body] if timing == "early" else [*body, apology]
        sentence = ""
        for piece in (p for p in pieces if p):  # "a b c" in English, "abc" in Chinese
            sentence = _t("sentence_join", first=sentence, second=piece) if sentence else piece
        return {"situation": situation, "rule": rule, "fits": _WORDING_FOR[rule] == wording,
                "missing": missing, "review": review, "sentence": sentence}

    def render(r):
        colour = "#1b7f3b" if r["fits"] else "#b3261e"
        rule = _t(f"apo_rule_{r['rule']}")
        verdict = _t("apo_fits", rule=rule) if r["fits"] else _t("apo_misfits", rule=rule)
        parts = [f"<p style='margin:4px 0;font-size:1.05em'><strong>{html.escape(_t('apo_your_apology', sentence=r['sentence']))}</strong></p>",
                 _p(verdict, f"margin:3px 0;border-left:4px solid {colour};padding-left:8px")]
        if r["missing"]:
            parts.append(_p(_t("apo_missing", parts=_t("clause_sep").join(_t(f"apo_part_{c}") for c in r["missing"]))))
        else:
            parts.append(_p(_t("apo_complete")))
        parts.append(_p(_t("apo_caution"), "margin:3px 0;color:#555"))
        return "".join(parts)

    explorer = Explorer(controls, compute, render, title=_t("apo_title"))

    def _intensity_enabled(change=None):
        controls["intensity"].disabled = controls["wording"].value != "real"

    controls["wording"].observe(_intensity_enabled, names="value")
    _intensity_enabled()
    return explorer
