"""The workshop's answers on disk: one SQLite file in WAL mode, safe to restart.

Tables
------
``meta``          the session's trainer token and assignment seed (kept across restarts)
``participants``  pid, the SHA-256 of the participant's cookie token, nickname, join time
``assignments``   one condition per participant and experiment, drawn in permuted blocks
``answers``       one row per participant and experiment (primary key): a repeated submit
                  cannot add a second row, and the first answer stands.

Every write is one short transaction under a lock, so the server never stores half
an answer; ``synchronous=NORMAL`` in WAL mode keeps every committed answer across a
crash of the server process (only a power cut or an operating-system crash could lose the
last commits: ``FULL`` would prevent that at about 5 ms of disk flush per answer).
"""

from __future__ import annotations

import hashlib
import json
import random
import secrets
import sqlite3
import threading
import time
from pathlib import Path

__all__ = ["Store", "block_condition"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (
    pid INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT UNIQUE NOT NULL,
    nickname TEXT NOT NULL,
    joined REAL NOT NULL);
CREATE TABLE IF NOT EXISTS assignments (
    pid INTEGER NOT NULL REFERENCES participants(pid),
    experiment TEXT NOT NULL,
    condition TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (pid, experiment));
CREATE TABLE IF NOT EXISTS answers (
    pid INTEGER NOT NULL REFERENCES participants(pid),
    experiment TEXT NOT NULL,
    condition TEXT NOT NULL,
    data TEXT NOT NULL,
    submitted REAL NOT NULL,
    PRIMARY KEY (pid, experiment));
"""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def block_condition(seed: str, experiment: str, seq: int, conditions) -> str:
    """The condition of the ``seq``-th assignment (0-based) of ``experiment``.

    Permuted blocks: each block of ``2 * len(conditions)`` assignments holds every
    condition exactly twice, in an order drawn from the session's secret ``seed``. So
    the groups never differ by more than two, and nobody can predict the next one.

    Examples
    --------
    >>> got = [block_condition("s", "anchoring", i, ("low", "high")) for i in range(8)]
    >>> got.count("low"), got.count("high")
    (4, 4)
    """
    conditions = tuple(conditions)
    size = 2 * len(conditions)
    block, pos = divmod(seq, size)
    order = list(conditions) * 2
    random.Random(f"{seed}|{experiment}|{block}").shuffle(order)
    return order[pos]


class Store:
    """The SQLite store of one workshop session (``path`` is created when missing)."""

    def __init__(self, path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)
        self.version = 0  # bumps on every stored answer (the trainer page's cache key)
        self.version = self.count_answers()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---- meta
    def meta(self, key: str, default_factory=None) -> str | None:
        """The stored value of ``key``; when missing and ``default_factory`` is given, store and return it."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
            if row is None and default_factory is not None:
                value = default_factory()
                self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
                return value
            return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @property
    def seed(self) -> str:
        return self.meta("assignment_seed", lambda: secrets.token_hex(16))

    # ---- participants
    def add_participant(self, nickname: str) -> tuple[int, str]:
        """A new participant: ``(pid, cookie token)``. Only the token's hash is stored."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            cur = self._db.execute("INSERT INTO participants (token_hash, nickname, joined) VALUES (?, ?, ?)",
                                   (_hash(token), nickname, time.time()))
            return cur.lastrowid, token

    def participant(self, token: str) -> tuple[int, str] | None:
        """``(pid, nickname)`` of the cookie ``token``, or None."""
        with self._lock:
            row = self._db.execute("SELECT pid, nickname FROM participants WHERE token_hash = ?",
                                   (_hash(token),)).fetchone()
        return (row[0], row[1]) if row else None

    def count_participants(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM participants").fetchone()[0]

    # ---- assignments
    def assign(self, pid: int, experiment: str, conditions) -> str:
        """The participant's condition in ``experiment``: drawn once (permuted blocks), then fixed."""
        seed = self.seed
        with self._lock:
            row = self._db.execute("SELECT condition FROM assignments WHERE pid = ? AND experiment = ?",
                                   (pid, experiment)).fetchone()
            if row:
                return row[0]
            self._db.execute("BEGIN IMMEDIATE")
            try:
                seq = self._db.execute("SELECT COUNT(*) FROM assignments WHERE experiment = ?",
                                       (experiment,)).fetchone()[0]
                condition = block_condition(seed, experiment, seq, conditions)
                self._db.execute("INSERT INTO assignments (pid, experiment, condition, seq) VALUES (?, ?, ?, ?)",
                                 (pid, experiment, condition, seq))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return condition

    # ---- answers
    def save_answer(self, pid: int, experiment: str, condition: str, data: dict) -> bool:
        """Store an answer once. True if stored now, False if this participant had answered already."""
        payload = json.dumps(data, sort_keys=True, allow_nan=False)
        with self._lock:
            cur = self._db.execute(
                "INSERT OR IGNORE INTO answers (pid, experiment, condition, data, submitted) VALUES (?, ?, ?, ?, ?)",
                (pid, experiment, condition, payload, time.time()))
            stored = cur.rowcount == 1
            if stored:
                self.version += 1
            return stored

    def answer(self, pid: int, experiment: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT data FROM answers WHERE pid = ? AND experiment = ?",
                                   (pid, experiment)).fetchone()
        return json.loads(row[0]) if row else None

    def count_answers(self, experiment: str | None = None) -> int:
        with self._lock:
            if experiment is None:
                return self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
            return self._db.execute("SELECT COUNT(*) FROM answers WHERE experiment = ?", (experiment,)).fetchone()[0]

    def answers(self, experiment: str | None = None) -> list[dict]:
        """Every stored answer (oldest first): pid, nickname, experiment, condition, submitted, and the data."""
        sql = ("SELECT a.pid, p.nickname, a.experiment, a.condition, a.submitted, a.data FROM answers a "
               "JOIN participants p ON p.pid = a.pid")
        args: tuple = ()
        if experiment is not None:
            sql += " WHERE a.experiment = ?"
            args = (experiment,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY a.submitted, a.pid", args).fetchall()
        out = []
        for pid, nick, exp, cond, submitted, data in rows:
            d = json.loads(data)
            d.update(pid=pid, nickname=nick, experiment=exp, condition=cond, submitted=submitted)
            out.append(d)
        return out
