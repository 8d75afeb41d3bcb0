"""nbconvert preprocessors that make an autograded notebook safe to hand back.

An autograded notebook holds the full test cells (nbgrader's ``OverwriteCells``
restores them, hidden tests included), tracebacks that print those lines, and
task cells with their mark scheme. :class:`HideTestCode` removes all of that;
:class:`FeedbackSummary` puts a results table at the top.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from nbformat.v4 import new_markdown_cell
from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme, NbGraderPreprocessor
from traitlets import Enum, Unicode

from ...strings import text
from .._gradebook_read import error_message

SECRET_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS", "BEGIN MARK SCHEME", "END MARK SCHEME")
_DOCSTRING = re.compile(r'^\s*[rRuU]?("""|\'\'\'|"|\')(?P<doc>.*?)\1', re.S)
KEEP_TEST_OUTPUTS = ("display_data",)


def _meta(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {}) or {}


def is_test_cell(cell) -> bool:
    """A graded code cell the learner did not write (an autograder test)."""
    meta = _meta(cell)
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def docstring(source: str) -> str:
    """The opening docstring of a test cell, on one line ('' if none).

    Examples
    --------
    >>> docstring("'''Checks the gap is a float.'''\\nassert x")
    'Checks the gap is a float.'
    >>> docstring("assert x")
    ''
    """
    match = _DOCSTRING.match(source)
    return " ".join(match.group("doc").split()) if match else ""


def _first_line(source: str, width: int = 80) -> str:
    """The first non-empty line of a markdown prompt, without heading marks, shortened.

    Examples
    --------
    >>> _first_line("\\n## Explain why the first price matters\\nmore")
    'Explain why the first price matters'
    """
    for line in source.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= width else line[: width - 1] + "\u2026"
    return ""


class HideTestCode(NbGraderPreprocessor):
    """Remove hidden tests, mark schemes and test tracebacks from a graded notebook.

    Always runs, whatever ``enabled`` says: feedback must never show hidden test code.
    """

    test_code = Enum(["visible", "docstring"], default_value="visible",
                     help="What of a test cell's source to show: the visible part (the hidden "
                          "region removed) or only its one-line docstring.").tag(config=True)

    def __call__(self, nb, resources):  # never skipped, even if disabled in a config
        return self.preprocess(nb, resources)

    def preprocess(self, nb, resources):
        hidden = ClearHiddenTests(enforce_metadata=False)
        scheme = ClearMarkScheme(enforce_metadata=False)
        for cell in nb.cells:
            if _meta(cell).get("solution"):
                continue  # the learner's own work: shown as written
            docs = docstring(cell.source) if is_test_cell(cell) else ""
            hidden._remove_hidden_test_region(cell)
            if cell.cell_type == "markdown":
                scheme._remove_mark_scheme_region(cell)
            if is_test_cell(cell):
                _meta(cell)["description"] = docs
                if self.test_code == "docstring":
                    cell.source = f'"""{docs}"""' if docs else ""
            elif _meta(cell).get("task"):
                _meta(cell)["description"] = _first_line(cell.source)
            if is_test_cell(cell):
                cell.outputs = [self._safe_output(o) for o in cell.get("outputs", [])
                                if o.get("output_type") in (*KEEP_TEST_OUTPUTS, "error")]
        nb.metadata.pop("celltoolbar", None)
        _audit(nb)
        return nb, resources

    @staticmethod
    def _safe_output(output):
        if output.get("output_type") == "error":
            output["traceback"] = [error_message(output)]
        return output


def _audit(nb) -> None:
    """Refuse to continue if anything secret is left (a malformed marker, say)."""
    for cell in nb.cells:
        if _meta(cell).get("solution"):
            continue
        blob = cell.source + (json.dumps(cell.get("outputs", [])) if is_test_cell(cell) else "")
        leaked = [m for m in SECRET_MARKERS if m in blob]
        if leaked:
            raise RuntimeError(f"feedback would show {leaked} in cell {_meta(cell).get('grade_id')!r}; "
                               "fix the markers in the source notebook")


class FeedbackSummary(NbGraderPreprocessor):
    """Insert a results table (question, score, result) as the first cell.

    Runs after nbgrader's ``GetGrades``, which puts each cell's score in its metadata.
    ``results_dir`` (optional) holds ``servicepsych grade`` results (``<student>.json``),
    whose ``withheld`` marks are shown.
    """

    results_dir = Unicode("", help="folder of servicepsych grade results JSON files").tag(config=True)

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        withheld = self._withheld(info.get("student", ""), info.get("notebook", ""))
        pending = _pending_manual(info)
        rows = []
        for cell in nb.cells:
            meta = _meta(cell)
            if not (meta.get("grade") or meta.get("task")):
                continue
            gid = meta.get("grade_id", "")
            question = meta.get("description") or gid
            score, points = meta.get("score"), meta.get("points")
            anchor = gid if meta.get("grade") else f"comment-{gid}"  # the anchors nbgrader's template sets
            rows.append((anchor, question, _points(score), _points(points),
                         self._result(cell, meta, gid in withheld, gid in pending)))
        head = "".join(f"<th>{html.escape(text('feedback', k))}</th>"
                       for k in ("col_question", "col_score", "col_result"))
        body = "".join(
            f"<tr><td><a href='#{html.escape(gid, quote=True)}'>{html.escape(q)}</a></td>"
            f"<td>{html.escape(s)} / {html.escape(p)}</td><td>{html.escape(r)}</td></tr>"
            for gid, q, s, p, r in rows)
        total = text("feedback", "summary_total", score=_points(info.get("score")),
                     points=_points(info.get("max_score")))
        source = (f"## {text('feedback', 'summary_title')}\n\n**{html.escape(total)}**\n\n"
                  "<table class='table table-condensed servicepsych-summary'>"
                  f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n\n"
                  f"{text('feedback', 'hidden_note')}")
        nb.cells.insert(0, new_markdown_cell(source, metadata={"servicepsych": {"summary": True}}))
        return nb, resources

    def _withheld(self, student: str, notebook: str) -> set[str]:
        if not self.results_dir:
            return set()
        from .._gradebook_read import read_result

        folder = Path(self.results_dir)  # <course>/grading_runs/<assignment>/results
        result = read_result(folder.parents[2], folder.parent.name, student)
        if result is None:
            return set()
        return {c.grade_id for c in result.cells if c.withheld and c.notebook in (notebook, None)}

    @staticmethod
    def _result(cell, meta, withheld: bool, pending: bool) -> str:
        if withheld:
            return text("feedback", "withheld")
        if pending:
            return text("feedback", "awaiting_manual")
        if not is_test_cell(cell):
            return text("feedback", "graded_by_hand")
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            return error_message(errors[0])
        score, points = meta.get("score"), meta.get("points")
        if score is not None and points is not None and float(score) >= float(points):
            return text("feedback", "passed")
        return text("feedback", "failed_no_message")


def _pending_manual(info: dict) -> set[str]:
    """grade_ids of this submission still awaiting a manual grade (from the gradebook)."""
    from nbgrader.api import Gradebook, MissingEntry

    if not info.get("db_url"):
        return set()
    with Gradebook(info["db_url"]) as gb:
        try:
            sub = gb.find_submission_notebook(info["notebook"], info["assignment"], info["student"])
        except MissingEntry:
            return set()
        return {g.name for g in sub.grades if g.needs_manual_grade}


def _points(value) -> str:
    """A score for display: ``2``, ``1.5``; ``-`` when missing.

    Examples
    --------
    >>> _points(2.0), _points(1.5), _points(None)
    ('2', '1.5', '-')
    """
    if value is None:
        return "-"
    value = round(float(value), 2)
    return str(int(value)) if value.is_integer() else str(value)
