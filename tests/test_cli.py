"""The assessor CLI: one verb per workflow, a clear error outside a course."""

import subprocess
import sys

from servicepsych import cli
from servicepsych.grading._course import CourseNotFound, find_course

import pytest


def test_help_lists_verbs():
    proc = subprocess.run([sys.executable, "-m", "servicepsych.cli", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for verb in cli.VERBS:
        assert verb in proc.stdout


def test_find_course(tmp_path, monkeypatch):
    (tmp_path / "c" / "source").mkdir(parents=True)
    (tmp_path / "c" / "nbgrader_config.py").write_text("c = get_config()\n")
    assert find_course(start=tmp_path / "c" / "source") == tmp_path / "c"
    assert find_course(tmp_path / "c") == tmp_path / "c"
    with pytest.raises(CourseNotFound, match="--course"):
        find_course(start=tmp_path)
    with pytest.raises(CourseNotFound, match="no nbgrader_config.py"):
        find_course(tmp_path)
