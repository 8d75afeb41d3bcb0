"""Integrity checks: what a learner's code may not do, and the integrity report.

Static checks read the learner's own code cells (answers and any cell they
added) with :mod:`ast`, before anything runs; dynamic probes run inside the
sandbox after the learner's cells (see ``_runner.py``). A flagged submission
earns nothing automatically: its autograded points are withheld for review.

Examples
--------
>>> [f.reason for f in static_flags("x = 40.0", "answer")]
[]
>>> [f.reason for f in static_flags("class F(float):\\n    def __eq__(self, o): return True", "answer")]
['eq_override']
>>> sorted({f.reason for f in static_flags("import builtins\\nbuiltins.abs = lambda x: 0", "answer")})
['builtins_patched', 'module_patched']
"""

from __future__ import annotations

import ast
import builtins
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .journal import atomic_write

__all__ = ["Flag", "REASONS", "static_flags", "hidden_name_flags", "write_report"]

REASONS = {
    "locked_cell_edited": "edited a locked (read-only) cell",
    "metadata_edited": "edited nbgrader's cell metadata",
    "cell_deleted": "deleted a graded or locked cell",
    "builtins_patched": "replaced Python builtins",
    "module_patched": "replaced parts of servicepsych, the test helpers or another module",
    "eq_override": "defined objects that override comparison (e.g. __eq__)",
    "kernel_tampering": "changed how the kernel runs or reports later cells",
    "internals": "reached into Python internals",
    "test_state_read": "read variables that only the (hidden) tests define",
}

COMPARISON_DUNDERS = {"__eq__", "__ne__", "__hash__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__",
                      "__float__", "__int__", "__index__", "__abs__", "__sub__", "__rsub__", "__contains__",
                      "__instancecheck__", "__subclasscheck__", "__getattribute__", "__getattr__", "__class__"}
HARMLESS_DUNDERS = {"__name__", "__doc__", "__init__", "__repr__", "__str__", "__main__", "__file__",
                    "__version__", "__all__", "__len__", "__iter__", "__next__", "__getitem__", "__add__",
                    "__mul__", "__post_init__", "__enter__", "__exit__", "__slots__", "__future__"}
KERNEL_MODULES = {"ctypes", "gc", "inspect", "atexit", "signal", "threading", "_thread", "multiprocessing",
                  "importlib", "IPython", "ipykernel", "nbgrader", "faulthandler", "resource", "sysconfig",
                  "traceback", "pdb", "bdb", "trace", "code", "codeop", "concurrent", "subprocess", "asyncio",
                  "_io", "_os", "posix", "pty", "fcntl", "mmap", "socket", "select", "selectors", "types",
                  "weakref", "marshal", "pickle", "copyreg", "tracemalloc", "runpy", "pkgutil", "zipimport",
                  "site", "dask", "distributed", "tqdm", "sched", "_signal", "_ctypes", "cffi", "_posixsubprocess"}
# sys, os and io give raw access to the process (file descriptors, frames, exit, modules): a learner
# may use only these of their attributes, and only by writing `sys.attr` (no alias, no bare `sys`)
GUARDED = {
    "sys": {"version", "version_info", "float_info", "int_info", "maxsize", "float_repr_style", "platform",
            "getsizeof", "byteorder"},
    "os": {"path", "listdir", "getcwd", "sep", "linesep", "curdir", "pardir", "extsep", "makedirs", "mkdir",
           "remove", "cpu_count", "scandir", "walk", "fspath", "PathLike", "getenv", "environ"},
    "io": {"StringIO", "BytesIO"},
}
SYS_ATTRS = {"modules", "settrace", "setprofile", "_getframe", "meta_path", "path_hooks", "displayhook",
             "excepthook", "stdout", "stderr", "__stdout__", "__stderr__", "addaudithook", "setrecursionlimit",
             "exit"}
# attribute names that lead from an allowed module to a dangerous one (np.ctypeslib, pd.io.common.os...)
# or to the driver's frames and code
DANGEROUS_ATTRS = set(KERNEL_MODULES) | set(GUARDED) - {"io"} | {
    "ctypeslib", "builtins", "currentframe", "attrgetter", "methodcaller", "exc_info", "exception", "_ip",
    "shell", "kernel"}
SHELL_NAMES = {"exit", "quit", "In", "Out", "get_ipython", "display"}  # objects that lead to the IPython shell
MODULE_NAMES = {"np", "numpy", "pd", "pandas", "math", "random", "statistics", "servicepsych", "plt", "matplotlib",
                "scipy", "json", "re", "collections", "itertools", "functools", "operator", "datetime", "string"}
DUNDER = re.compile(r"^__\w+__$")
ATTR_FUNCTIONS = {"getattr", "hasattr", "setattr", "delattr"}
CALL_NAMES = {"exec": "kernel_tampering", "eval": "kernel_tampering", "compile": "kernel_tampering",
              "__import__": "internals", "get_ipython": "kernel_tampering", "setattr": "module_patched",
              "delattr": "module_patched", "globals": "internals", "vars": "internals", "locals": "internals"}
BUILTIN_NAMES = {n for n in dir(builtins) if not n.startswith("_")}
HELPER_NAMES = {"check", "expect_number", "expect_choice", "expect_str", "expect_bool", "servicepsych",
                "np", "numpy", "math", "Question"}
ALLOWED_MAGICS = {"matplotlib", "precision", "pinfo", "pinfo2"}  # harmless IPython magics (and `obj?`)
TIMING_MAGICS = {"time", "timeit"}  # allowed too, and the code they time is read like any other code


@dataclass
class Flag:
    """One integrity finding: a reason code (a key of :data:`REASONS`), a detail, the cells."""

    reason: str
    detail: str
    cells: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"reason": self.reason, "detail": self.detail, "cells": list(self.cells)}


def _as_python(source: str) -> str:
    """The Python code IPython really runs for ``source``: magics, ``!``, ``?`` and ``>>>`` prompts
    rewritten exactly as the grading shell rewrites them (so none of them hides code from the checks)."""
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        return TransformerManager().transform_cell(source)
    except Exception:  # IPython cannot read it: neither can the shell, the cell will fail
        return source


def _timed_code(line: str) -> str:
    """The statement a ``%time``/``%timeit`` line runs, without ``%timeit``'s options."""
    tokens = line.split()
    while tokens and tokens[0].startswith("-"):
        option = tokens.pop(0)
        if option in ("-n", "-r", "-p") and tokens:  # options that take a separate value
            tokens.pop(0)
    return line[len(line) - len(" ".join(tokens)):] if tokens else ""


def _format_fields(text: str) -> list[str]:
    """The replacement fields of ``text`` read as a ``str.format`` template (``[]`` if it is not one)."""
    if "{" not in text:
        return []
    try:
        import string

        return [field for _, field, _, _ in string.Formatter().parse(text) if field]
    except ValueError:
        return []


def _magic_call(node: ast.AST):
    """``(method, args)`` for ``get_ipython().method(<literal args>)``, else None."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Name)
            and node.func.value.func.id == "get_ipython" and not node.func.value.args):
        return None
    args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
    return node.func.attr, args


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.value if not isinstance(node, ast.Call) else node.func
    return node.id if isinstance(node, ast.Name) else None


def static_flags(source: str, where: str) -> list[Flag]:
    """Integrity findings in one learner-written code cell (``where`` names it in the report)."""
    flags: list[Flag] = []
    try:
        tree = ast.parse(_as_python(source))
    except (SyntaxError, ValueError):
        return flags  # it will fail when run: no points, nothing to flag
    modules: set[str] = set()
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def add(reason, detail):
        if not any(f.reason == reason and f.detail == detail for f in flags):
            flags.append(Flag(reason, detail, [where]))

    def check_attr_name(name, owner, root):
        """The rules for ``owner.name`` or ``getattr(owner, "name")`` (``owner`` a plain name or None)."""
        if DUNDER.match(name) and name not in HARMLESS_DUNDERS:
            add("eq_override" if name in COMPARISON_DUNDERS else "internals", f"uses the attribute {name}")
        elif name.startswith(("f_", "gi_", "cr_", "tb_", "co_", "ag_")):
            add("internals", f"uses the frame/code attribute {name}")
        elif name in DANGEROUS_ATTRS:
            add("internals", f"reaches {name} through another object")
        if owner in GUARDED and name not in GUARDED[owner]:
            add("kernel_tampering", f"uses {owner}.{name}")
        if root == "builtins":
            add("builtins_patched", f"uses builtins.{name}")
        if owner in SHELL_NAMES:
            add("kernel_tampering", f"reaches into {owner}.{name}")
        if (root in modules or root in MODULE_NAMES) and name.startswith("_") and not DUNDER.match(name):
            add("internals", f"uses the private attribute {name} of the module {root}")

    def check_string(value, what):
        for field_name in _format_fields(value):  # "{0.__traceback__.tb_frame}".format(err) reads attributes
            for attr in re.findall(r"\.(\w+)", field_name):
                check_attr_name(attr, None, None)
        if DUNDER.match(value) and value not in HARMLESS_DUNDERS:
            add("eq_override" if value in COMPARISON_DUNDERS else "internals", f"names {value} in {what}")
        elif value in ("__builtins__", "builtins"):
            add("builtins_patched", f"names {value} in {what}")
        if any(part in value for part in ("/proc", "/dev/fd", "/dev/std")):
            add("kernel_tampering", f"names the process's own files ({value[:40]!r})")

    allowed_shell_calls = set()  # the `get_ipython` of an allowed magic
    for node in ast.walk(tree):
        magic = _magic_call(node)
        if magic is None:
            continue
        method, args = magic
        name = args[0] if args else None
        if method in ("run_line_magic", "run_cell_magic") and name in ALLOWED_MAGICS | TIMING_MAGICS and all(
                a is not None for a in args):
            allowed_shell_calls.add(id(node.func.value.func))
            if name in TIMING_MAGICS:
                timed = [_timed_code(args[1])] + list(args[2:])
                for code in timed:
                    for flag in static_flags(code, where):
                        add(flag.reason, flag.detail)
        else:
            what = {"getoutput": "a shell command", "system": "a shell command"}.get(method, "an IPython command")
            add("kernel_tampering", f"uses {what} ({method} {name or ''})".replace(" )", ")"))
            allowed_shell_calls.add(id(node.func.value.func))
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for alias in node.names:
                modules.add((alias.asname or alias.name).split(".")[0])
            for name in names:
                top = name.split(".")[0]
                if top == "builtins":
                    add("builtins_patched", "imports the builtins module")
                elif top in KERNEL_MODULES:
                    add("kernel_tampering", f"imports {name}")
            if isinstance(node, ast.Import):
                for alias in node.names:
                    top = alias.name.split(".")[0]
                    if top in GUARDED and alias.asname and alias.name.split(".")[1:2] != ["path"]:
                        add("kernel_tampering", f"imports {alias.name} under another name")
            else:
                for alias in node.names:  # `from logging import currentframe` is `logging.currentframe`
                    if alias.name in DANGEROUS_ATTRS or alias.name.startswith(("f_", "tb_")):
                        add("internals", f"imports {alias.name} from {node.module}")
                mod = (node.module or "").split(".")
                if mod[0] in GUARDED and len(mod) == 1 and node.level == 0:
                    for alias in node.names:
                        if alias.name not in GUARDED[mod[0]]:
                            add("kernel_tampering", f"imports {node.module}.{alias.name}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name in COMPARISON_DUNDERS:
                        add("eq_override", f"class {node.name} defines {item.name}")
                    if isinstance(item, ast.Assign):
                        for t in item.targets:
                            if isinstance(t, ast.Name) and t.id in COMPARISON_DUNDERS:
                                add("eq_override", f"class {node.name} sets {t.id}")
                if node.keywords:
                    add("eq_override", f"class {node.name} uses a metaclass or class keywords")
            if not isinstance(node, ast.Lambda) and (node.name in BUILTIN_NAMES or node.name in HELPER_NAMES):
                add("builtins_patched" if node.name in BUILTIN_NAMES else "module_patched",
                    f"defines `{node.name}`, hiding the original")
        elif isinstance(node, ast.Call):
            fn = node.func.id if isinstance(node.func, ast.Name) else None
            if fn in ATTR_FUNCTIONS and len(node.args) >= 2:
                name = node.args[1]
                if isinstance(name, ast.Constant) and isinstance(name.value, str):
                    owner = node.args[0].id if isinstance(node.args[0], ast.Name) else None
                    check_attr_name(name.value, owner, _root_name(node.args[0]))
                else:
                    add("internals", f"uses {fn}() with a computed attribute name")
            elif fn in ATTR_FUNCTIONS and fn in ("getattr", "hasattr"):
                add("internals", f"uses {fn}() with a computed attribute name")
            inner = node.func.func if isinstance(node.func, ast.Call) else None  # type(x)(name, bases, ns)
            maker = inner.id if isinstance(inner, ast.Name) else None
            if (fn == "type" or maker == "type") and len(node.args) + len(node.keywords) >= 3:
                add("internals", "creates a class with type(name, bases, namespace)")
            if fn == "open" and node.args and isinstance(node.args[0], ast.Constant) and isinstance(
                    node.args[0].value, int):
                add("kernel_tampering", "opens a file descriptor by number")
            for kw in node.keywords:
                if kw.arg:
                    check_string(kw.arg, "a keyword argument")
        elif isinstance(node, ast.Name):
            if id(node) in allowed_shell_calls:
                continue
            if node.id in ATTR_FUNCTIONS and isinstance(node.ctx, ast.Load) and not (
                    isinstance(parents.get(node), ast.Call) and parents[node].func is node):
                add("internals", f"uses {node.id} as a value (its attribute name could not be read)")
            if node.id in GUARDED and isinstance(node.ctx, ast.Load) and not isinstance(
                    parents.get(node), ast.Attribute):
                add("kernel_tampering", f"uses the module {node.id} as a value (only `{node.id}.name` is allowed)")
            if node.id in ("attrgetter", "methodcaller"):
                add("internals", f"uses {node.id}")
            if node.id == "__builtins__":
                add("builtins_patched", "uses __builtins__")
            elif node.id in CALL_NAMES and node.id not in ("globals", "vars", "locals") or node.id in (
                    "globals", "vars", "locals") and isinstance(node.ctx, ast.Load):
                add(CALL_NAMES[node.id], f"uses {node.id}()")
            if isinstance(node.ctx, (ast.Store, ast.Del)) and node.id in HELPER_NAMES:
                add("module_patched", f"rebinds `{node.id}`")
            if isinstance(node.ctx, ast.Del) and node.id in BUILTIN_NAMES:  # removing a shadow after its use
                add("builtins_patched", f"deletes the name `{node.id}`")
        elif isinstance(node, ast.Attribute):
            root = _root_name(node.value)
            check_attr_name(node.attr, node.value.id if isinstance(node.value, ast.Name) else None, root)
            if root == "builtins":
                add("builtins_patched", f"uses builtins.{node.attr}")
            if isinstance(node.ctx, (ast.Store, ast.Del)) and root is not None and (
                    root in modules or root in HELPER_NAMES or root in BUILTIN_NAMES):
                add("module_patched", f"assigns to {root}.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            check_string(node.value, "a string")
    # rebinding a builtin or helper to a function (hides the real one from the tests)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in BUILTIN_NAMES and isinstance(
                        node.value, (ast.Lambda, ast.Name, ast.Attribute)):
                    add("builtins_patched", f"rebinds the builtin name `{target.id}`")
    return flags


def _names(source: str) -> tuple[set[str], set[str]]:
    """The plain names a cell defines and the ones it reads."""
    try:
        tree = ast.parse(_as_python(source))
    except (SyntaxError, ValueError):
        return set(), set()
    defined: set[str] = set()
    loaded: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else defined).add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            defined.add(node.name)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
        elif isinstance(node, ast.alias):
            defined.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
            defined.add(node.name)
    return defined, loaded


def hidden_name_flags(learner_cells, test_sources, given_sources) -> list[Flag]:
    """Flag learner code that reads names only the test cells define.

    Hidden tests keep helpers and expected values in the notebook's namespace
    (``_v``, ``_exp`` …); a learner's function that reads one of them at call
    time could hand a test its own answer. ``learner_cells`` is a list of
    ``(where, source)``; ``test_sources`` the grade cells' full code (hidden
    tests included); ``given_sources`` the other locked code cells, whose names
    learners may use.

    Examples
    --------
    >>> tests = ["_exp = 2 * 21\\nassert answer() == _exp"]
    >>> [f.detail for f in hidden_name_flags([("answer", "def answer():\\n    return _exp")], tests, [])]
    ['reads _exp, which only the tests define']
    >>> hidden_name_flags([("answer", "def answer():\\n    _exp = 42\\n    return _exp")], tests, [])
    []
    """
    test_only = set().union(*(_names(s)[0] for s in test_sources))
    test_only -= set().union(*(_names(s)[0] for s in given_sources)) | BUILTIN_NAMES
    learner_defined = set().union(*(_names(src)[0] for _, src in learner_cells))
    flags = []
    for where, source in learner_cells:
        used = sorted((_names(source)[1] & test_only) - learner_defined)
        if used:
            flags.append(Flag("test_state_read", f"reads {', '.join(used)}, which only the tests define", [where]))
    return flags


def _withheld(result: dict) -> float:
    return float(sum(c["points"] for c in result.get("cells", []) if c.get("withheld")))


def write_report(folder: Path, assignment: str, results: list[dict]) -> tuple[Path, Path]:
    """Write ``integrity.json`` and ``integrity.md`` for every flagged result under ``folder``."""
    flagged = []
    for res in sorted(results, key=lambda r: r["student"]):
        if res.get("flags"):
            reasons = sorted({f["reason"] for f in res["flags"]})
            flagged.append({"student": res["student"], "reasons": reasons, "withheld_points": _withheld(res),
                            "details": [f"{f['reason']}: {f['detail']}" for f in res["flags"]]})
    doc = {"assignment": assignment, "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "flagged": [{k: v for k, v in f.items() if k != "details"} for f in flagged]}
    folder.mkdir(parents=True, exist_ok=True)
    json_path, md_path = folder / "integrity.json", folder / "integrity.md"
    atomic_write(json_path, json.dumps(doc, indent=2, ensure_ascii=False))
    lines = [f"# Integrity report: {assignment}", "", f"Generated {doc['generated']}. "
             f"{len(flagged)} of {len(results)} graded submissions flagged; their autograded points are "
             "withheld (auto score 0, marked for manual grading in the formgrader) until an assessor reviews them.",
             ""]
    if flagged:
        lines += ["| student | reasons | points withheld |", "|---|---|---|"]
        lines += [f"| {f['student']} | {', '.join(REASONS.get(r, r) for r in f['reasons'])} | "
                  f"{f['withheld_points']:g} |" for f in flagged]
        lines.append("")
        for f in flagged:
            lines.append(f"## {f['student']}")
            lines += [f"- {d}" for d in f["details"]]
            lines.append("")
    else:
        lines.append("No submission was flagged.")
    atomic_write(md_path, "\n".join(lines) + "\n")
    return json_path, md_path
