"""Run nbgrader's feedback converter with the hidden-test-clearing preprocessors added."""

from __future__ import annotations

import logging
from pathlib import Path

from nbconvert.exporters import NotebookExporter
from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import GenerateFeedback
from nbgrader.preprocessors import GetGrades
from traitlets import List
from traitlets.config import Config

from .._course import state_dir
from ._preprocessors import FeedbackSummary, HideTestCode

__all__ = ["SafeFeedback", "generate_feedback", "load_course_config"]


class SafeFeedback(GenerateFeedback):
    """nbgrader's ``GenerateFeedback`` whose first step always is :class:`HideTestCode`."""

    preprocessors = List([HideTestCode, GetGrades, FeedbackSummary, CSSHTMLHeaderPreprocessor]).tag(config=True)

    def start(self) -> None:
        # a course config may replace GenerateFeedback.preprocessors: keep the safety step first anyway
        self.preprocessors = [HideTestCode, *[p for p in self.preprocessors if p is not HideTestCode]]
        super().start()


def load_course_config(course: Path) -> Config:
    """The course's ``nbgrader_config.py`` as a traitlets Config, with its root pinned to ``course``."""
    from traitlets.config.loader import PyFileConfigLoader

    cfg = Config()
    path = Path(course) / "nbgrader_config.py"
    if path.is_file():
        cfg.merge(PyFileConfigLoader(path.name, path=str(path.parent)).load_config())
    cfg.CourseDirectory.root = str(Path(course).resolve())
    return cfg


def generate_feedback(course: str | Path, assignment: str, students: list[str] | None = None, *,
                      notebooks: bool = False, test_code: str = "visible", force: bool = True,
                      log_level: int = logging.WARNING) -> list[Path]:
    """Write feedback for ``assignment`` to ``<course>/feedback/<student>/<assignment>/``.

    Parameters
    ----------
    course : path
        The nbgrader course root.
    assignment : str
        Assignment name.
    students : list of str, optional
        Only these students (default: everyone with an autograded submission).
    notebooks : bool
        Also write the cleaned ``.ipynb`` beside each ``.html``.
    test_code : {"visible", "docstring"}
        Show a test cell's visible part (hidden region removed) or only its docstring.
    force : bool
        Overwrite existing feedback (default True).

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    ValueError
        If there is no autograded submission to give feedback on.
    """
    from nbgrader.coursedir import CourseDirectory

    course = Path(course).resolve()
    if test_code not in ("visible", "docstring"):
        raise ValueError(f"test_code must be 'visible' or 'docstring', not {test_code!r}")
    autograded = course / "autograded"
    who = sorted(students) if students else sorted(
        p.parent.name for p in autograded.glob(f"*/{assignment}") if p.is_dir())
    missing = [s for s in who if not (autograded / s / assignment).is_dir()]
    if not who or missing:
        raise ValueError(f"no autograded submission of {assignment} for "
                         f"{', '.join(missing) if missing else 'anyone'} under {autograded}: "
                         "grade first (servicepsych grade, or nbgrader autograde)")
    import tempfile

    from ...strings import get_language
    from ._template import localized_template

    cfg = load_course_config(course)
    cfg.HideTestCode.test_code = test_code
    workdir = tempfile.TemporaryDirectory(prefix="sp-feedback-")
    local = None if "template_name" in cfg.HTMLExporter else localized_template(get_language(), Path(workdir.name))
    if local:  # nbgrader's page, its fixed words in the learner's language
        cfg.HTMLExporter.template_name, cfg.HTMLExporter.extra_template_basedirs = local
    results = state_dir(course, assignment) / "results"
    cfg.FeedbackSummary.results_dir = str(results) if results.is_dir() else ""
    cfg.BaseConverter.force = force
    written: list[Path] = []
    try:
        for student in ([None] if not students else who):  # one converter for everyone when no filter
            coursedir = CourseDirectory(config=cfg)
            coursedir.assignment_id = assignment
            coursedir.student_id = student or "*"
            converter = SafeFeedback(coursedir=coursedir, config=cfg)
            converter.log.setLevel(log_level)
            converter.start()
    finally:
        workdir.cleanup()
    for student in who:
        dest = course / "feedback" / student / assignment
        for src in sorted((autograded / student / assignment).glob("*.ipynb")):
            written.append(dest / f"{src.stem}.html")
            if notebooks:
                written.append(_clean_notebook(src, dest / src.name, cfg, coursedir, student, assignment))
    return written


def _clean_notebook(src: Path, dest: Path, cfg: Config, coursedir, student: str, assignment: str) -> Path:
    """The same cleaned notebook as the HTML page, as ``.ipynb`` (outputs kept)."""
    exporter = NotebookExporter(config=cfg)
    for pp in (HideTestCode, GetGrades, FeedbackSummary):
        exporter.register_preprocessor(pp(config=cfg), enabled=True)
    resources = {"nbgrader": {"student": student, "assignment": assignment, "notebook": src.stem,
                              "db_url": coursedir.db_url}}
    body, _ = exporter.from_filename(str(src), resources=resources)
    dest.write_text(body, encoding="utf-8")
    return dest
