"""Shared pytest set-up: headless matplotlib, paths, and markers for optional tools."""

from __future__ import annotations

import importlib.util
import re
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

REPO = Path(__file__).resolve().parents[1]
COURSE = REPO / "course"
NOTEBOOKS = REPO / "notebooks"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture
def course_copy(tmp_path) -> Path:
    """A private copy of the course's source tree (no generated state), to run nbgrader on."""
    dest = tmp_path / "course"
    shutil.copytree(COURSE / "source", dest / "source")
    shutil.copy(COURSE / "nbgrader_config.py", dest / "nbgrader_config.py")
    return dest


# ---------------------------------------------------------------- command-line runners (one definition)
def _env() -> dict:
    # nbgrader runs `alembic` from PATH: make it the one beside this interpreter
    return dict(os.environ, PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))


def nbgrader(course: Path, *args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run the real nbgrader CLI (``python -m nbgrader ARGS``) in ``course``; fail the test if it fails."""
    proc = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course, env=_env(),
                          capture_output=True, text=True, timeout=timeout)
    if check:
        assert proc.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def servicepsych(course: Path, *args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
    """Run the kit's assessor CLI (``python -m servicepsych.cli ARGS --course COURSE``) in a subprocess."""
    proc = subprocess.run([sys.executable, "-m", "servicepsych.cli", *args, "--course", str(course)], cwd=course,
                          env=_env(), capture_output=True, text=True, timeout=timeout)
    if check:
        assert proc.returncode == 0, f"servicepsych {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def lab_tools():
    """``scripts/screenshot_lesson.py`` as a module: JupyterLab server, Chromium and lesson helpers."""
    name = "servicepsych_lab_tools"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / "screenshot_lesson.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# ---------------------------------------------------------------- assignment parts (pattern v2)
#: "(3 points", "(3 points, 1 per channel)", "(stretch, optional: 3 points)", "(1 point)"
POINTS_IN_HEADING = re.compile(r"\((?:[^()]*?\b)?(\d+(?:\.\d+)?)\s+points?\b[^()]*\)", re.I)
STRETCH_IN_HEADING = re.compile(r"\(\s*stretch\s*,\s*optional\b", re.I)


@dataclass
class Part:
    """A part of an assignment: from one ``## `` heading to the next."""

    heading: str
    cells: list = field(default_factory=list)

    @property
    def stated_points(self):
        m = POINTS_IN_HEADING.search(self.heading)
        return float(m.group(1)) if m else None

    @property
    def says_stretch(self) -> bool:
        return bool(STRETCH_IN_HEADING.search(self.heading))

    def graded(self):
        """Cells that carry points: autograded test cells and manually graded tasks or answers."""
        return [c for c in self.cells
                if nbgrader_meta(c).get("points", 0) and (nbgrader_meta(c).get("grade") or nbgrader_meta(c).get("task"))]

    def tests(self):
        return [c for c in self.cells if is_test(c)]

    def solutions(self):
        return [c for c in self.cells if c.cell_type == "code" and nbgrader_meta(c).get("solution")]


def nbgrader_meta(cell) -> dict:
    """A cell's nbgrader metadata ({} when it has none)."""
    return cell.metadata.get("nbgrader", {})


def is_test(cell) -> bool:
    m = nbgrader_meta(cell)
    return cell.cell_type == "code" and bool(m.get("grade")) and not m.get("solution")


def is_stretch(cell) -> bool:
    return bool(cell.metadata.get("servicepsych", {}).get("stretch"))


def parts_of(nb) -> list[Part]:
    """Split a notebook at its level-2 headings (a markdown cell whose first line starts with ``## ``)."""
    parts = [Part("(before the first part)")]
    for cell in nb.cells:
        first = cell.source.lstrip().splitlines()[0] if cell.source.strip() else ""
        if cell.cell_type == "markdown" and first.startswith("## "):
            parts.append(Part(first[3:].strip()))
        parts[-1].cells.append(cell)
    return parts


# ---------------------------------------------------------------- trick objects (one definition for every test)
class AlwaysEqual:
    """An object whose ``==`` always says True (the classic autograder cheat)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return 0


class AlwaysEqualFloat(float):
    """A float subclass that equals everything: passes a naive ``isinstance(x, float)`` test."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = float.__hash__


class AlwaysEqualStr(str):
    """A str subclass that equals everything and lower-cases to itself."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def lower(self):
        return self

    def strip(self, *args):
        return self

    __hash__ = str.__hash__


def trick_values():
    """Values no answer check may accept: always-equal objects of several shapes and a placeholder."""
    return [AlwaysEqual(), AlwaysEqualFloat(1.0), AlwaysEqualStr("x"), Ellipsis]


def assignments() -> list[str]:
    """Names of every assignment in course/source."""
    return sorted(p.name for p in (COURSE / "source").iterdir() if p.is_dir() and not p.name.startswith("."))


def pytest_sessionstart(session):
    """In CI, a missing sandbox or browser is a failure, not a reason to skip tests."""
    if not os.environ.get("CI"):
        return
    from servicepsych.grading.grade.sandbox import bwrap_problem

    problems = [p for p in (bwrap_problem(),) if p]
    if not shutil.which("chromium") and not Path("/usr/bin/chromium").exists():
        problems.append("Chromium is not installed")
    if problems:
        raise pytest.UsageError("CI must run every test, but: " + "; ".join(problems)
                                + ". ./kit test installs bubblewrap and Chromium from Debian.")
