"""Slide metadata for presenting a lesson with RISE (``jupyterlab-rise``), derived from its structure.

``scripts/normalize_notebooks.py`` calls :func:`apply_slides` on every *lesson* (a notebook with no
nbgrader cell metadata), so the slide types are a pure function of the lesson's cells: authors never
edit them and they cannot drift. The rules, in order:

==========================================================  ============
cell                                                        slide type
==========================================================  ============
markdown with a level-1 or level-2 heading anywhere          ``slide``
markdown opening with a level-3+ heading (a practice, …)     ``subslide``
code cell of import statements only                          ``skip``
widget cell (last statement calls a ``servicepsych.widgets``  ``subslide``
builder the lesson imported)
the cell right after a widget cell                           ``subslide``
practice cell (calls ``check(``)                             ``fragment``
anything else                                                ``-`` (same slide)
==========================================================  ============

So every ``##`` section is a slide, every widget gets a slide of its own, and a practice question's
code appears only when the presenter moves on (the room answers first).

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_markdown_cell("# Title"),
...     nbformat.v4.new_code_cell("from servicepsych.widgets.anchoring import wait_promise"),
...     nbformat.v4.new_markdown_cell("## A section"),
...     nbformat.v4.new_code_cell("wait_promise()"),
...     nbformat.v4.new_markdown_cell("Try this."),
...     nbformat.v4.new_markdown_cell("### Practice 1"),
...     nbformat.v4.new_code_cell("x = ...\\ncheck('anchoring.x')"),
... ])
>>> slide_types(nb)
['slide', 'skip', 'slide', 'subslide', 'subslide', 'subslide', 'fragment']
"""

from __future__ import annotations

import ast
import re

from .lesson import import_statements, headings, widget_builder

_CHECK = re.compile(r"(?<![\w.])check\(")
RISE_SETTINGS = {"scroll": True, "enable_chalkboard": False}


def is_lesson(nb) -> bool:
    """A lesson carries no nbgrader cell metadata (assignments carry it on every cell)."""
    return not any("nbgrader" in cell.get("metadata", {}) for cell in nb.cells)


def _imports_only(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    return bool(tree.body) and all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)


def slide_types(nb) -> list[str]:
    """The RISE ``slide_type`` of every cell of the lesson ``nb``, by the rules in the module docstring."""
    builders: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type == "code":
            builders |= import_statements(cell.source)[1]
    types: list[str] = []
    after_widget = False
    for index, cell in enumerate(nb.cells):
        kind = "-"
        if cell.cell_type == "markdown":
            found = headings(cell.source)
            first = cell.source.lstrip().splitlines()[0] if cell.source.strip() else ""
            if index == 0 or any(level <= 2 for level, _ in found):
                kind = "slide"
            elif first.startswith("#") and found:
                kind = "subslide"
            elif after_widget:
                kind = "subslide"
            after_widget = False
        elif cell.cell_type == "code":
            if widget_builder(cell.source, builders):
                kind, after_widget = "subslide", True
                types.append(kind)
                continue
            if _imports_only(cell.source):
                kind = "skip"
            elif after_widget:
                kind = "subslide"
            elif _CHECK.search(cell.source):
                kind = "fragment"
            after_widget = False
        types.append(kind)
    return types


def apply_slides(nb) -> None:
    """Set ``cell.metadata.slideshow.slide_type`` on every cell of the lesson ``nb`` and RISE's settings.

    Idempotent: applying it twice gives the same notebook as applying it once.
    """
    for cell, kind in zip(nb.cells, slide_types(nb)):
        cell.metadata["slideshow"] = {"slide_type": kind}
    nb.metadata["rise"] = dict(RISE_SETTINGS)
