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

__all__ = ["Flag", "REASONS", "static_flags", "write_report"]

REASONS = {
    "locked_cell_edited": "edited a locked (read-only) cell",
    "metadata_edited": "edited nbgrader's cell metadata",
    "cell_deleted": "deleted a graded or locked cell",
    "builtins_patched": "replaced Python builtins",
    "module_patched": "replaced parts of servicepsych, the test helpers or another module",
    "eq_override": "defined objects that override comparison (e.g. __eq__)",
    "kernel_tampering": "changed how the kernel runs or reports later cells",
    "internals": "reached into Python internals",
}

COMPARISON_DUNDERS = {"__eq__", "__ne__", "__hash__", "__lt__", "__le__", "__gt__", "__ge__", "__bool__",
                      "__float__", "__int__", "__index__", "__abs__", "__sub__", "__rsub__", "__contains__",
                      "__instancecheck__", "__subclasscheck__", "__getattribute__", "__getattr__", "__class__"}
HARMLESS_DUNDERS = {"__name__", "__doc__", "__init__", "__repr__", "__str__", "__main__", "__file__",
                    "__version__", "__all__", "__len__", "__iter__", "__next__", "__getitem__", "__add__",
                    "__mul__", "__post_init__", "__enter__", "__exit__", "__slots__", "__future__"}
KERNEL_MODULES = {"ctypes", "gc", "inspect", "atexit", "signal", "threading", "_thread", "multiprocessing",
                  "importlib", "IPython", "ipykernel", "nbgrader", "faulthandler", "resource", "sysconfig",
                  "traceback", "pdb", "bdb", "trace", "code", "codeop", "concurrent"}
SYS_ATTRS = {"modules", "settrace", "setprofile", "_getframe", "meta_path", "path_hooks", "displayhook",
             "excepthook", "stdout", "stderr", "__stdout__", "__stderr__", "addaudithook", "setrecursionlimit",
             "exit"}
CALL_NAMES = {"exec": "kernel_tampering", "eval": "kernel_tampering", "compile": "kernel_tampering",
              "__import__": "internals", "get_ipython": "kernel_tampering", "setattr": "module_patched",
              "delattr": "module_patched", "globals": "internals", "vars": "internals", "locals": "internals"}
BUILTIN_NAMES = {n for n in dir(builtins) if not n.startswith("_")}
HELPER_NAMES = {"check", "expect_number", "expect_choice", "expect_str", "expect_bool", "servicepsych",
                "np", "numpy", "math", "Question"}
ALLOWED_MAGICS = re.compile(r"^\s*%(matplotlib|time|timeit|precision)\b")


@dataclass
class Flag:
    """One integrity finding: a reason code (a key of :data:`REASONS`), a detail, the cells."""

    reason: str
    detail: str
    cells: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"reason": self.reason, "detail": self.detail, "cells": list(self.cells)}


def _strip_magics(source: str, where: str, flags: list) -> str:
    lines = []
    for line in source.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            if not ALLOWED_MAGICS.match(stripped):
                flags.append(Flag("kernel_tampering", f"IPython magic or shell command `{stripped[:60]}`", [where]))
            lines.append("")
        else:
            lines.append(line)
    return "\n".join(lines)


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.value if not isinstance(node, ast.Call) else node.func
    return node.id if isinstance(node, ast.Name) else None


def static_flags(source: str, where: str) -> list[Flag]:
    """Integrity findings in one learner-written code cell (``where`` names it in the report)."""
    flags: list[Flag] = []
    source = _strip_magics(source, where, flags)
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return flags  # it will fail when run: no points, nothing to flag
    modules: set[str] = set()

    def add(reason, detail):
        if not any(f.reason == reason and f.detail == detail for f in flags):
            flags.append(Flag(reason, detail, [where]))

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
            if isinstance(node, ast.ImportFrom) and (node.module or "") in ("sys", "os"):
                for alias in node.names:
                    if alias.name in SYS_ATTRS or alias.name == "_exit":
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
        elif isinstance(node, ast.Name):
            if node.id == "__builtins__":
                add("builtins_patched", "uses __builtins__")
            elif node.id in CALL_NAMES and node.id not in ("globals", "vars", "locals") or node.id in (
                    "globals", "vars", "locals") and isinstance(node.ctx, ast.Load):
                add(CALL_NAMES[node.id], f"uses {node.id}()")
            if isinstance(node.ctx, (ast.Store, ast.Del)) and node.id in HELPER_NAMES:
                add("module_patched", f"rebinds `{node.id}`")
        elif isinstance(node, ast.Attribute):
            root = _root_name(node.value)
            if node.attr.startswith("__") and node.attr.endswith("__") and node.attr not in HARMLESS_DUNDERS:
                reason = "eq_override" if node.attr in COMPARISON_DUNDERS else "internals"
                add(reason, f"uses the attribute {node.attr}")
            elif node.attr.startswith(("f_", "gi_", "cr_", "tb_", "co_")) and node.attr not in ("f_", ):
                add("internals", f"uses the frame/code attribute {node.attr}")
            if root == "sys" and node.attr in SYS_ATTRS:
                add("kernel_tampering", f"uses sys.{node.attr}")
            if root == "os" and node.attr in ("_exit", "kill", "fork", "setsid", "dup2", "write", "killpg"):
                add("kernel_tampering", f"uses os.{node.attr}")
            if root == "builtins":
                add("builtins_patched", f"uses builtins.{node.attr}")
            if isinstance(node.ctx, (ast.Store, ast.Del)) and root is not None and (
                    root in modules or root in HELPER_NAMES or root in BUILTIN_NAMES):
                add("module_patched", f"assigns to {root}.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value
            if value in COMPARISON_DUNDERS:
                add("eq_override", f"names {value} in a string")
            elif value == "__builtins__" or value in ("builtins",):
                add("builtins_patched", f"names {value} in a string")
    # rebinding a builtin or helper to a function (hides the real one from the tests)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in BUILTIN_NAMES and isinstance(
                        node.value, (ast.Lambda, ast.Name, ast.Attribute)):
                    add("builtins_patched", f"rebinds the builtin name `{target.id}`")
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
