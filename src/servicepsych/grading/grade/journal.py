"""The grading journal: what has been committed, so a killed run resumes.

One JSON line per committed submission, appended (and flushed to disk) only
after its grades are in the gradebook. A re-run skips every student whose
latest line has the same submission checksum; a student whose files changed
since is graded again. A lock file stops two runs on one assignment at once.

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> j = Journal(folder)
>>> j.record("ana", "abc", "graded")
>>> Journal(folder).committed()
{'ana': 'abc'}
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

__all__ = ["Journal", "RunLocked", "atomic_write", "submission_checksum"]

MAX_HASHED_BYTES = 64 * 1024 ** 2
MAX_HASHED_FILES = 10_000


class RunLocked(RuntimeError):
    """Another grading run holds the lock for this assignment."""


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old or the new file, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def submission_checksum(folder: Path) -> str:
    """SHA-256 over the names and bytes of every file in a submission folder.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "a.ipynb").write_text("{}")
    >>> len(submission_checksum(d))
    64
    """
    h = hashlib.sha256()
    for n, path in enumerate(sorted(p for p in Path(folder).rglob("*") if p.is_file())):
        if n >= MAX_HASHED_FILES:  # a folder of a million files costs no more than this
            h.update(b"...")
            break
        h.update(str(path.relative_to(folder)).encode() + b"\0")
        st = path.stat()
        if st.st_size > MAX_HASHED_BYTES:  # a huge file: its size and time, not its bytes
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
        h.update(b"\0")
    return h.hexdigest()


class Journal:
    """Append-only record of committed submissions under ``folder/journal.jsonl``."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / "journal.jsonl"
        self._lock_fh = None

    def committed(self) -> dict[str, str]:
        """``{student: checksum}`` of the latest committed line of each student."""
        out: dict[str, str] = {}
        if not self.path.exists():
            return out
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    entry = json.loads(line)
                    out[entry["student"]] = entry["checksum"]
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill: that submission is graded again
        return out

    def record(self, student: str, checksum: str, status: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"student": student, "checksum": checksum, "status": status, "time": time.time()})
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())

    def lock(self) -> None:
        """Take the assignment's lock (released when the process ends)."""
        import fcntl

        self.folder.mkdir(parents=True, exist_ok=True)
        fh = open(self.folder / "lock", "w")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise RunLocked(f"another `servicepsych grade` run is grading this assignment "
                            f"(lock: {self.folder / 'lock'}); wait for it to finish") from None
        self._lock_fh = fh

    def unlock(self) -> None:
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None
