"""Slides: every lesson carries RISE slide metadata derived from its structure, and normalising is idempotent."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil

import nbformat
import pytest

from servicepsych.trainer.lesson import lesson_paths, read_lesson
from servicepsych.trainer.slides import apply_slides, is_lesson, slide_types

from conftest import COURSE, REPO

LESSONS = lesson_paths(REPO)
ALLOWED = {"slide", "subslide", "fragment", "skip", "-"}


def _normalizer():
    spec = importlib.util.spec_from_file_location("normalize_notebooks", REPO / "scripts" / "normalize_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_every_lesson_has_slide_metadata_from_its_structure(path):
    nb = nbformat.read(path, as_version=4)
    have = [c.metadata.get("slideshow", {}).get("slide_type") for c in nb.cells]
    assert None not in have, f"{path.name}: cells without slide metadata: run .venv/bin/python scripts/normalize_notebooks.py"
    assert have == slide_types(nb), f"{path.name}: slide metadata is stale: run scripts/normalize_notebooks.py"
    assert set(have) <= ALLOWED
    assert nb.metadata.get("rise", {}).get("scroll") is True
    lesson = read_lesson(path)
    slides = [c for c, t in zip(nb.cells, have) if t == "slide"]
    assert len(slides) >= len(lesson.sections), "every ## section starts a slide"
    for w in lesson.widgets:
        assert have[w.index] == "subslide", f"cell {w.index} ({w.builder}) should be a slide of its own"
        if w.index + 1 < len(have):
            assert have[w.index + 1] in ("slide", "subslide"), f"the cell after {w.builder}() should start a new slide"
    practice = [t for c, t in zip(nb.cells, have) if c.cell_type == "code" and re.search(r"(?<![\w.])check\(", c.source)]
    assert practice and all(t in ("fragment", "subslide") for t in practice)


def test_normalising_is_idempotent_and_adds_slides(tmp_path):
    norm = _normalizer()
    for path in LESSONS:
        copy = tmp_path / path.name
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:  # as a lesson author would leave it: no slide metadata at all
            cell.metadata.pop("slideshow", None)
        nb.metadata.pop("rise", None)
        nbformat.write(nb, copy)
        assert norm.main([str(copy)]) == 0
        once = copy.read_text(encoding="utf-8")
        assert norm.main([str(copy)]) == 0
        assert copy.read_text(encoding="utf-8") == once, f"{path.name}: a second normalisation changed the file"
        assert norm.main(["--check", str(copy)]) == 0
        cells = json.loads(once)["cells"]
        assert all("slideshow" in c["metadata"] for c in cells)
        assert [c["metadata"]["slideshow"]["slide_type"] for c in cells] == slide_types(nb)


def test_assignments_get_no_slide_metadata(tmp_path):
    norm = _normalizer()
    sources = sorted((COURSE / "source").glob("*/*.ipynb"))
    assert sources
    copy = tmp_path / sources[0].name
    shutil.copy(sources[0], copy)
    nb = nbformat.read(copy, as_version=4)
    assert not is_lesson(nb)
    norm.main([str(copy)])
    after = nbformat.read(copy, as_version=4)
    assert "rise" not in after.metadata
    before_meta = [c.metadata.get("slideshow") for c in nb.cells]
    assert [c.metadata.get("slideshow") for c in after.cells] == before_meta


def test_slide_rules_on_a_small_lesson():
    v4 = nbformat.v4
    nb = v4.new_notebook(cells=[
        v4.new_markdown_cell("# 09 · Title"),
        v4.new_code_cell("from servicepsych.widgets.peak_end import journey_builder\nimport numpy as np"),
        v4.new_markdown_cell("Intro text."),
        v4.new_markdown_cell("Some text.\n\n## A section in the middle of a cell"),
        v4.new_code_cell("x = np.arange(3)\nx"),
        v4.new_code_cell("journey_builder(close=2)"),
        v4.new_code_cell("print('after the widget')"),
        v4.new_markdown_cell("#### Practice 2"),
        v4.new_code_cell("answer = ...\ncheck('peak_end.q')"),
        v4.new_code_cell("journey_builder"),  # not a call: not a widget cell
    ])
    assert slide_types(nb) == ["slide", "skip", "-", "slide", "-", "subslide", "subslide", "subslide", "fragment", "-"]
    apply_slides(nb)
    first = json.dumps(nb, sort_keys=True)
    apply_slides(nb)
    assert json.dumps(nb, sort_keys=True) == first
