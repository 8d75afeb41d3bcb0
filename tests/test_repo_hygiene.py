"""Repository conventions that keep the kit reviewable and quick to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import COURSE, NOTEBOOKS, REPO

ALL_NOTEBOOKS = sorted(NOTEBOOKS.glob("*.ipynb")) + sorted((COURSE / "source").rglob("*.ipynb"))
SOURCES = sorted((REPO / "src" / "servicepsych").rglob("*.py"))


def test_there_are_lessons():
    """Lesson notebooks exist (an empty notebooks/ must not pass silently)."""
    assert len(list(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))) >= 1


def test_notebooks_are_committed_clean():
    """Notebooks carry no outputs and are in the normalised format (run scripts/normalize_notebooks.py)."""
    proc = subprocess.run([sys.executable, str(REPO / "scripts" / "normalize_notebooks.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_install_or_star_import(path: Path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert "pip install" not in cell.source, f"{path.name}: no installs inside notebooks"
        assert "import *" not in cell.source, f"{path.name}: no star imports"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO / "src")))
def test_module_is_small_and_explicit(path: Path):
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") < 900, f"{path.name} is over 900 lines: split it"
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            assert not any(a.name == "*" for a in node.names), f"star import in {path.name}"


def test_import_is_light():
    """`import servicepsych` loads neither pandas nor matplotlib nor ipywidgets."""
    code = ("import sys, servicepsych, servicepsych.prospect, servicepsych.peak_end;"
            "print(','.join(m for m in ('pandas', 'matplotlib', 'ipywidgets', 'nbgrader') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == ""


def _always_true_eq(node: ast.ClassDef) -> bool:
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__eq__":
            returns = [n for n in ast.walk(item) if isinstance(n, ast.Return)]
            if returns and all(isinstance(r.value, ast.Constant) and r.value.value is True for r in returns):
                return True
    return False


TEST_FILES = sorted((REPO / "tests").glob("test_*.py"))


@pytest.mark.parametrize("path", TEST_FILES, ids=lambda p: p.name)
def test_shared_test_helpers_are_defined_once_in_conftest(path: Path):
    """Always-equal trick objects and the nbgrader/servicepsych CLI runners live in tests/conftest.py only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tricks = [n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and _always_true_eq(n)]
    assert not tricks, f"{path.name} defines its own always-equal class(es) {tricks}: use conftest.trick_values()"
    runners = [n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in ("nbgrader", "servicepsych")]
    assert not runners, f"{path.name} defines its own CLI runner {runners}: use conftest.nbgrader / conftest.servicepsych"
