"""The README's learner example is real: it names a question that exists and behaves as the text says."""

from __future__ import annotations

import json
import re

import pytest

from conftest import NOTEBOOKS, REPO
from servicepsych.check import CheckResult, check

README = (REPO / "README.md").read_text(encoding="utf-8")


def _learner_example() -> str:
    section = README.split("## For learners", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks, "the README's 'For learners' section has no python example"
    return blocks[0]


def _run(code: str) -> CheckResult:
    ns = {"check": check}
    *body, last = code.strip().splitlines()
    exec("\n".join(body), ns)  # noqa: S102 - our own README
    return eval(last, ns)  # the cell's last expression is what the notebook displays


def test_learner_example_runs_untouched_and_shows_the_neutral_panel():
    result = _run(_learner_example())
    assert isinstance(result, CheckResult)
    assert result.pending and not result.failed, "an untouched practice cell must not show a failure"
    assert "Your answer goes here" in result._repr_html_()


def test_learner_example_turns_green_or_red_once_answered():
    code = _learner_example()
    question = re.search(r'check\("([a-z_]+\.[a-z_]+)"\)', code).group(1)
    choices = re.findall(r'"(\w+)"', code.split("#", 1)[1].splitlines()[0])  # the comment lists the options
    assert len(choices) >= 2, "the example's comment should list the allowed answers"
    outcomes = {c: _run(code.replace("...", repr(c), 1)) for c in choices}
    assert sum(r.passed for r in outcomes.values()) == 1, f"exactly one answer should pass {question}"
    assert all(r.failed for r in outcomes.values() if not r.passed)


def test_learner_example_is_a_practice_cell_of_a_lesson():
    code = _learner_example()
    question = re.search(r'check\("([a-z_]+\.[a-z_]+)"\)', code).group(1)
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        if any(f'check("{question}")' in "".join(c["source"]) for c in cells if c["cell_type"] == "code"):
            return
    pytest.fail(f"no lesson has a practice cell check({question!r}) like the README's example")
