"""The course's nbgrader configuration, read the way ``nbgrader autograde`` reads it.

:func:`load` builds nbgrader's own ``AutogradeApp`` with the course folder as the
working directory and calls its ``initialize([])``, so the same files are read in
the same order as on the command line (Jupyter's config path, then the
``nbgrader_config.py`` in the current folder and in ``CourseDirectory.root``), and
then asks nbgrader's own objects (``CourseDirectory``, ``Autograde``, ``Execute``,
``AssignLatePenalties``) for the values ``servicepsych grade`` honours.
The configuration file is the instructor's (trusted) code; no learner file is read.
"""

from __future__ import annotations

import fnmatch
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["NbConfig", "is_ignored", "load"]

_LOCK = threading.Lock()
_CACHE: dict = {}


@dataclass
class NbConfig:
    """The nbgrader settings ``servicepsych grade``, ``export``, ``feedback`` and ``report`` honour."""

    root: Path
    db_url: str
    student_id_exclude: list = field(default_factory=list)
    ignore: list = field(default_factory=lambda: [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback"])
    exclude_overwriting: dict = field(default_factory=dict)
    execute_timeout: int | None = None  # c.Execute.timeout (seconds per cell; None or -1: no limit)
    execute_timeout_set: bool = False  # set in the configuration (else nbgrader's default, 30 s)
    late_plugin: object = None  # an instance of AssignLatePenalties.plugin_class
    late_plugin_name: str = "nbgrader.plugins.LateSubmissionPlugin"
    penalty_method: str | None = None  # LateSubmissionPlugin.penalty_method, when that plugin is used
    language: str = "en"  # c.ServicePsych.language: check messages in test cells, feedback pages

    def excluded(self, student: str) -> bool:
        """Whether ``CourseDirectory.student_id_exclude`` names this student (nbgrader splits on commas)."""
        return student in self.student_id_exclude

    def gradebook_file(self) -> Path | None:
        """The SQLite file behind ``db_url`` (None for another database)."""
        prefix = "sqlite:///"
        return Path(self.db_url[len(prefix):]) if self.db_url.startswith(prefix) else None


def is_ignored(relpath: str, patterns: list) -> bool:
    """Whether any part of ``relpath`` matches one of nbgrader's ``CourseDirectory.ignore`` globs.

    Examples
    --------
    >>> is_ignored("helpers/__pycache__/x.pyc", ["*.pyc", "__pycache__"])
    True
    >>> is_ignored("data/calls.csv", ["*.pyc", "__pycache__"])
    False
    """
    parts = Path(relpath).parts
    return any(fnmatch.fnmatch(part, pat) for part in parts for pat in patterns)


def _signature(course: Path) -> tuple:
    out = []
    for path in (course / "nbgrader_config.py",):
        try:
            out.append(path.stat().st_mtime_ns)
        except OSError:
            out.append(None)
    return tuple(out)


def load(course: str | Path) -> NbConfig:
    """The nbgrader configuration of ``course`` (cached until its ``nbgrader_config.py`` changes).

    Raises
    ------
    ValueError
        When nbgrader refuses the configuration (the message is nbgrader's).
    """
    course = Path(course).resolve()
    key = (str(course), _signature(course))
    with _LOCK:
        if key not in _CACHE:
            _CACHE.clear()
            _CACHE[key] = _load(course)
        return _CACHE[key]


def _load(course: Path) -> NbConfig:
    import logging

    from nbgrader.apps.autogradeapp import AutogradeApp
    from nbgrader.converters import Autograde
    from nbgrader.plugins import LateSubmissionPlugin
    from nbgrader.preprocessors import AssignLatePenalties, Execute

    here, path = os.getcwd(), list(sys.path)
    app = AutogradeApp()
    app.log.setLevel(logging.ERROR)  # nbgrader's "root is not absolute" notes are not the assessor's concern
    try:
        os.chdir(course)
        app.initialize([])
        coursedir = app.coursedir
        autograde = Autograde(coursedir=coursedir, parent=app)
        execute = Execute(parent=app)
        late = AssignLatePenalties(parent=app)
        late.init_plugin()
    except SystemExit as exc:
        raise ValueError(f"nbgrader could not read the configuration of {course} (exit {exc.code})") from None
    finally:
        os.chdir(here)
        sys.path[:] = path
    plugin = late.plugin_inst
    cfg = app.config
    timeout_set = any(section in cfg and "timeout" in cfg[section] for section in ("Execute", "ExecutePreprocessor"))
    cls = type(plugin)
    exclude = [s for s in (coursedir.student_id_exclude or "").split(",") if s]
    return NbConfig(
        root=Path(coursedir.root), db_url=coursedir.db_url, student_id_exclude=exclude,
        ignore=list(coursedir.ignore), exclude_overwriting={k: list(v) for k, v in autograde.exclude_overwriting.items()},
        execute_timeout=execute.timeout, execute_timeout_set=timeout_set, late_plugin=plugin, late_plugin_name=f"{cls.__module__}.{cls.__qualname__}",
        penalty_method=plugin.penalty_method if isinstance(plugin, LateSubmissionPlugin) else None,
        language=_language(cfg))


def _language(cfg) -> str:
    """``c.ServicePsych.language`` of the course (a section nbgrader itself ignores), default English."""
    from ..strings import supported_languages

    value = str(cfg["ServicePsych"]["language"]) if "ServicePsych" in cfg and "language" in cfg["ServicePsych"] else "en"
    value = value.strip().lower()
    if value not in supported_languages():
        raise ValueError(f"c.ServicePsych.language = {value!r} in nbgrader_config.py: use one of "
                         f"{', '.join(supported_languages())}")
    return value
