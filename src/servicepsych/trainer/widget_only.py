"""The widget-only view: a small notebook of one lesson's widget cells, for Voilà.

Generated from the lesson every time (never committed), so it cannot drift: the lesson's import
statements, then each widget cell under its section's heading, in the lesson's order (a cell
repeated word for word is shown once). Voilà hides the code, so the page shows the headings and
live widgets only.

Examples
--------
>>> from servicepsych.trainer.lesson import read_lesson, ROOT
>>> nb = widget_notebook(read_lesson(ROOT / "notebooks" / "01_anchoring.ipynb"))
>>> [c.cell_type for c in nb.cells][:3]
['markdown', 'code', 'markdown']
>>> sum("wait_promise()" in c.source for c in nb.cells)
1
"""

from __future__ import annotations

import ast
import builtins

from .lesson import Lesson


def _free_names(source: str) -> set[str]:
    tree = ast.parse(source)
    stored = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    loaded = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return loaded - stored - set(dir(builtins))


def _imported(statements: list[str]) -> set[str]:
    names = set()
    for stmt in statements:
        for node in ast.walk(ast.parse(stmt)):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def widget_notebook(lesson: Lesson):
    """The widget-only notebook (nbformat) of ``lesson``.

    Raises
    ------
    ValueError
        When the lesson has no widget cell, or a widget cell uses a name that only an earlier,
        non-import cell of the lesson defines (the widget-only view could not run it).
    """
    import nbformat

    if not lesson.widgets:
        raise ValueError(f"{lesson.path.name} has no widget cell (a cell whose last line calls a builder "
                         "imported from servicepsych.widgets)")
    v4 = nbformat.v4
    imported = _imported(lesson.imports)
    intro = (f"# {lesson.title}\n\n本课的互动组件，可现场操作（由 `notebooks/zh/{lesson.path.name}` 生成："
             "请修改课程本身，不要改这一页）。" if lesson.lang == "zh" else
             f"# {lesson.title}\n\nThe lesson's widgets, live (generated from "
             f"`notebooks/{lesson.path.name}`: edit the lesson, not this page).")
    setup = list(lesson.imports)
    if lesson.lang != "en":  # the widgets' labels and plots in the lesson's language
        setup = [s for s in setup if s != "from servicepsych.strings import set_language"]
        setup += ["from servicepsych.strings import set_language", f'set_language("{lesson.lang}")']
    cells = [v4.new_markdown_cell(intro),
             v4.new_code_cell("\n".join(setup))]
    seen, section = set(), None
    for w in lesson.widgets:
        if w.source in seen:
            continue
        seen.add(w.source)
        missing = _free_names(w.source) - imported
        if missing:
            raise ValueError(f"{lesson.path.name}, cell {w.index}: the widget cell uses "
                             f"{', '.join(sorted(missing))}, defined elsewhere in the lesson; "
                             "give the builder its values as literals")
        if w.section != section:
            cells.append(v4.new_markdown_cell(f"## {w.section}" if w.section else
                                              ("## 互动组件" if lesson.lang == "zh" else "## Widgets")))
            section = w.section
        cells.append(v4.new_code_cell(w.source))
    nb = v4.new_notebook(cells=cells)
    nb.metadata = nbformat.from_dict({
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    if lesson.lang == "zh":  # Voilà's kernel then shows the widgets' Chinese labels
        nb.metadata["servicepsych"] = {"lang": "zh"}
    for i, cell in enumerate(nb.cells):
        cell.id = f"w{i:02d}"
    return nb
