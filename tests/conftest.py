"""Shared pytest set-up: headless matplotlib, paths, and markers for optional tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

REPO = Path(__file__).resolve().parents[1]
COURSE = REPO / "course"
NOTEBOOKS = REPO / "notebooks"
SEEDS = REPO.parent / "shared" / "seeds"


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


def assignments() -> list[str]:
    """Names of every assignment in course/source."""
    return sorted(p.name for p in (COURSE / "source").iterdir() if p.is_dir() and not p.name.startswith("."))
