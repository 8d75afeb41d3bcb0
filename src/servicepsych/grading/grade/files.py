"""A submission's files besides its notebooks, and its ``timestamp.txt``, as ``nbgrader autograde`` treats them.

nbgrader builds ``autograded/<student>/<assignment>/`` in two steps
(``BaseConverter.init_assignment`` then ``Autograde.init_assignment``): it copies
every file of the submission that is not a notebook and not matched by
``CourseDirectory.ignore`` (``*.pyc``, ``__pycache__``, ``.ipynb_checkpoints``,
``feedback``) — data files, sub-folders, ``timestamp.txt`` — and then overwrites
them with the instructor's versions of the same files from ``source/<assignment>/``,
except those ``Autograde.exclude_overwriting`` lists for the assignment (a helper
module the learner was asked to edit, say). :func:`supplementary_files` computes
the same set, and the learner's process is given exactly these files, as the
notebook under nbgrader runs in that folder.

Where this is stricter than nbgrader (it trusts nothing it reads): symbolic links
are not followed or copied (nbgrader copies the file a link points to, which could
be anything the grader can read), and a submission's extra files are capped at
:data:`MAX_FILES` files and :data:`MAX_TOTAL_BYTES` bytes; what is left out is
listed in the result.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["MAX_FILES", "MAX_TOTAL_BYTES", "TimestampError", "read_timestamp", "supplementary_files",
           "write_files"]

MAX_FILES = 500
MAX_TOTAL_BYTES = 100 * 1024 ** 2  # nbgrader's own default CourseDirectory.max_dir_size (100 MB)
MAX_TIMESTAMP_BYTES = 4096


class TimestampError(ValueError):
    """``timestamp.txt`` holds something that is not a date (nbgrader refuses such a submission too)."""


def read_timestamp(folder: Path):
    """The submission time from ``folder/timestamp.txt``, as nbgrader's ``get_existing_timestamp`` reads it.

    None when there is no file or it is empty (nbgrader warns "Empty timestamp file" and grades
    the submission as having no time). :class:`TimestampError` when it cannot be read as a date.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "timestamp.txt").write_text("2026-03-01 09:30:00.000000 UTC")
    >>> read_timestamp(d)
    datetime.datetime(2026, 3, 1, 9, 30)
    >>> _ = (d / "timestamp.txt").write_text("  ")
    >>> read_timestamp(d) is None
    True
    >>> _ = (d / "timestamp.txt").write_text("last tuesday-ish")
    >>> read_timestamp(d)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    servicepsych.grading.grade.files.TimestampError: timestamp.txt says 'last tuesday-ish', which is not a date and time ...
    """
    from nbgrader.utils import parse_utc

    path = Path(folder) / "timestamp.txt"
    if path.is_symlink() or not path.is_file():
        return None
    with open(path, "rb") as fh:
        raw = fh.read(MAX_TIMESTAMP_BYTES + 1)
    text = raw.decode("utf-8", errors="replace").strip()
    if not text:
        return None
    problem = None
    if len(raw) > MAX_TIMESTAMP_BYTES:
        problem = "is too long to be a date and time"
    else:
        try:
            return parse_utc(text)
        except (ValueError, OverflowError, TypeError):
            problem = "is not a date and time"
    raise TimestampError(
        f"timestamp.txt says {text[:60]!r}, which {problem} (e.g. 2026-03-01 09:30:00 UTC). nbgrader refuses "
        "such a submission too; correct or delete the file and grade again")


def _walk(folder: Path, ignore: list, skip_notebooks: bool = True):
    """(relative path, absolute path) of the files nbgrader's ``find_all_files`` finds, links left out."""
    from nbgrader.utils import find_all_files

    if not folder.is_dir():
        return []
    out = []
    for name in sorted(find_all_files(str(folder), list(ignore) + (["*.ipynb"] if skip_notebooks else []))):
        path = Path(name)
        rel = path.relative_to(folder)
        if path.is_symlink() or any(p.is_symlink() for p in list(path.parents)[: len(rel.parts) - 1]):
            continue
        out.append((rel.as_posix(), path))
    return out


def supplementary_files(submitted: Path, source: Path, ignore: list, keep: list) -> tuple[dict, list]:
    """The files besides notebooks that nbgrader puts in ``autograded/`` for one submission.

    Parameters
    ----------
    submitted : the learner's ``submitted/<student>/<assignment>/`` folder
    source : the instructor's ``source/<assignment>/`` folder
    ignore : ``CourseDirectory.ignore``
    keep : ``Autograde.exclude_overwriting[assignment]`` (kept as the learner submitted them)

    Returns
    -------
    (dict, list)
        ``{relative path: bytes}`` and the notes on what was left out.
    """
    files, notes, total = {}, [], 0

    def add(rel, path, who):
        nonlocal total
        size = path.stat().st_size
        if len(files) >= MAX_FILES and rel not in files:
            notes.append(f"{who} file {rel} left out: more than {MAX_FILES} files")
            return
        if total + size - len(files.get(rel, b"")) > MAX_TOTAL_BYTES:
            notes.append(f"{who} file {rel} left out: the files would exceed {MAX_TOTAL_BYTES} bytes")
            return
        total += size - len(files.get(rel, b""))
        files[rel] = path.read_bytes()

    for rel, path in _walk(Path(submitted), ignore):
        add(rel, path, "submitted")
    keep = {Path(k).as_posix() for k in keep}
    for rel, path in _walk(Path(source), ignore):
        if rel not in keep:
            add(rel, path, "source")
    return files, notes


def write_files(dest: Path, files: dict) -> None:
    """Write ``files`` (bytes) under ``dest``; paths were found by walking a folder, so none leaves it."""
    dest = Path(dest)
    root = os.path.normpath(dest) + os.sep
    for rel, data in files.items():
        target = dest / rel
        if not os.path.normpath(target).startswith(root):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
