"""Which learner names a test cell reads, and the trusted imports tests run with.

Derived at grade time from the gradebook's source (never from a submission):

* a test cell reads its *free names*: names it loads but does not bind itself,
  minus builtins and the names the assignment's own imports bind;
* plus the ``names`` of every question a literal ``check("concept.question", ...)``
  call in the cell names (``check`` reads them from the namespace);
* unless the source notebook's cell metadata ``servicepsych.reads`` (a list of
  names) says otherwise.

The *prelude* is every top-level ``import`` statement of the source's code cells;
the tests' process runs it before the tests, so ``np``, ``pd`` and ``check`` there
are the real modules and functions, whatever the learner's notebook holds.

Examples
--------
>>> sorted(free_names("assert type(x) is float and abs(x - _want) < 1e-9\\n_want = 2.0"))
['x']
>>> checked_questions("from servicepsych.check import check\\ncheck('framing.kind_1', strict=True)")
['framing.kind_1']
>>> read_names("check('no_such.question')\\nassert len(y) == 5", {"check"})
['y']
>>> prelude_statements("import numpy as np\\nx = 1\\nfrom servicepsych.check import check")
['import numpy as np', 'from servicepsych.check import check']
"""

from __future__ import annotations

import ast
import builtins

__all__ = ["checked_questions", "free_names", "import_bound", "prelude_statements", "read_names"]

BUILTINS = set(dir(builtins)) | {"__builtins__", "__name__", "__doc__", "get_ipython", "display", "In", "Out",
                                 "exit", "quit"}


def _parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except SyntaxError:
        try:
            from IPython.core.inputtransformer2 import TransformerManager

            return ast.parse(TransformerManager().transform_cell(source))
        except Exception:
            return None


def _bound(tree: ast.AST) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            out.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            out.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.arg):
            out.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            out.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            out.update(node.names)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            out.add(node.name)
    return out


def free_names(source: str) -> set[str]:
    """Names ``source`` loads and does not bind anywhere in itself, minus builtins."""
    tree = _parse(source)
    if tree is None:
        return set()
    loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return loads - _bound(tree) - BUILTINS


def checked_questions(source: str) -> list[str]:
    """``concept.question`` of every ``check("concept.question", ...)`` call with a literal first argument."""
    tree = _parse(source)
    out = []
    for node in ast.walk(tree) if tree is not None else ():
        if (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            fn = node.func
            name = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else None
            if name == "check" and "." in node.args[0].value:
                out.append(node.args[0].value)
    return out


def question_names(key: str) -> list[str]:
    """The ``names`` of the question ``concept.question`` (empty if there is no such question)."""
    from servicepsych.questions._base import get_bank

    concept, _, question = key.partition(".")
    try:
        q = get_bank(concept).get(question)
    except (KeyError, ImportError):
        return []
    return [str(n) for n in getattr(q, "names", ())] if q is not None else []


def read_names(source: str, imported: set[str], override=None) -> list[str]:
    """The learner names the test cell ``source`` reads (sorted)."""
    if isinstance(override, (list, tuple)) and all(isinstance(n, str) for n in override):
        return sorted(set(override))
    names = free_names(source) - set(imported)
    for key in checked_questions(source):
        names.update(question_names(key))
    return sorted(n for n in names if n.isidentifier())


def prelude_statements(source: str) -> list[str]:
    """The top-level ``import`` statements of one cell, as source text (no relative imports)."""
    tree = _parse(source)
    out = []
    for node in tree.body if tree is not None else ():
        if isinstance(node, ast.Import) or (isinstance(node, ast.ImportFrom) and not node.level
                                            and node.module != "__future__"):
            out.append(ast.unparse(node))
    return out


def import_bound(statements: list[str]) -> set[str]:
    """Names the prelude's statements bind."""
    out: set[str] = set()
    for stmt in statements:
        tree = _parse(stmt)
        if tree is not None:
            out |= _bound(tree)
    return out
