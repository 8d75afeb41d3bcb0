"""Finding and describing an nbgrader course directory."""

from __future__ import annotations

from pathlib import Path

__all__ = ["CourseNotFound", "find_course", "state_dir"]


class CourseNotFound(Exception):
    """No nbgrader course (a folder holding ``nbgrader_config.py``) was found."""


def find_course(course: str | Path | None = None, start: Path | None = None) -> Path:
    """The course root: ``course`` if given, else the nearest folder at or above
    ``start`` (default: the current directory) holding ``nbgrader_config.py``,
    else ``./course`` when that is a course (running from the repository root).

    Raises
    ------
    CourseNotFound
        With what was looked at and what to do.
    """
    if course is not None:
        root = Path(course).expanduser().resolve()
        if not (root / "nbgrader_config.py").is_file():
            raise CourseNotFound(f"{root} is not an nbgrader course: it has no nbgrader_config.py")
        return root
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "nbgrader_config.py").is_file():
            return folder
    if (here / "course" / "nbgrader_config.py").is_file():
        return here / "course"
    raise CourseNotFound(
        f"no nbgrader course at or above {here}: run from inside the course folder or pass --course DIR"
    )


def state_dir(course: Path, assignment: str) -> Path:
    """Where the pipeline keeps its state and reports for one assignment:
    ``<course>/grading_runs/<assignment>/`` (git-ignored)."""
    return Path(course) / "grading_runs" / assignment
