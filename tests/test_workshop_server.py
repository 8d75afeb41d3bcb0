"""The real workshop server: started by the command on loopback, restarted, stopped.

``servicepsych workshop`` runs as a child process on 127.0.0.1 (a free port), prints
the join address, a terminal QR code and the trainer token; answers go in over HTTP
(every request with a timeout); the server is killed without warning and restarted on
the same database, and every answer is still there, exported to a DataFrame.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

import pytest

REQUEST_TIMEOUT = 10


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def start_server(db, modules=("anchoring", "framing"), port=None, startup=40.0):
    """Run ``servicepsych workshop`` on loopback; yields (base_url, token, printed_output)."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "servicepsych.cli", "workshop", "--host", "127.0.0.1", "--port", str(port),
           "--db", str(db), "--module", *modules]
    out_path = f"{db}.{port}.out"
    with open(out_path, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                env=dict(os.environ, PYTHONUNBUFFERED="1"))
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + startup
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    proc.kill()
                    pytest.fail("workshop server did not start: " + open(out_path).read()[-2000:])
                time.sleep(0.2)
        printed = open(out_path).read()
        m = re.search(r"Trainer token:\s+(\S+)", printed)
        assert m, printed
        yield base, m.group(1), printed, proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


class Phone:
    """A participant: an HTTP client with its own cookie jar."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        return self.opener.open(self.base + path, timeout=REQUEST_TIMEOUT)

    def post(self, path, **form):
        data = urllib.parse.urlencode(form).encode()
        try:
            return self.opener.open(self.base + path, data=data, timeout=REQUEST_TIMEOUT)
        except urllib.error.HTTPError as e:
            return e


def test_command_prints_join_url_qr_and_token_then_survives_a_kill(tmp_path):
    from servicepsych.workshop import load_results

    db = tmp_path / "class.sqlite3"
    port = free_port()
    with start_server(db, port=port) as (base, token, printed, proc):
        assert f"Join (participants):  {base}/" in printed
        assert "\u2580" in printed or "\u2584" in printed or "\u2588" in printed  # the terminal QR code
        assert "loopback only" in printed
        phones = [Phone(base) for _ in range(6)]
        for i, p in enumerate(phones):
            assert p.post("/join", nickname=f"agent {i}").status == 200
            p.get("/e/framing")
            body = p.post("/e/framing", choice="sure" if i % 3 else "risky").read().decode()
            assert "your answer is in" in body
        os.killpg(proc.pid, signal.SIGKILL)  # no shutdown at all, as in a crash of the server
        proc.wait(timeout=10)
    with start_server(db, port=port) as (base2, token2, printed2, _):
        assert token2 == token, "a restart keeps the trainer token"
        assert "(6 so far" in printed2
        df = load_results(base2, token=token2)
        assert len(df) == 6 and set(df["experiment"]) == {"framing"}
        assert sorted(df["nickname"]) == [f"agent {i}" for i in range(6)]
        assert (df["choice"] == "risky").sum() == 2
        with pytest.raises(PermissionError):
            load_results(base2, token="not-the-token")
        # the same phone after the restart: recognised, cannot answer twice
        body = phones[0].post("/e/framing", choice="sure").read().decode()
        assert "first answer stands" in body
        assert len(load_results(base2, token=token2)) == 6
