"""Load test of the workshop app: N simulated phones join and answer at the same time.

Starts ``servicepsych workshop`` on loopback (a fresh SQLite file), then N participants
(default 300, at most 2000) each join, open and answer every experiment of the session
(12 requests each) concurrently: they join at random moments within ``--arrive``
seconds (default 20) and pause a random ``--think`` seconds (mean 1) before each
request, much faster than people read (``--arrive 0 --think 0`` fires everything
at once). 10% of them send one answer a second time. Prints p50/p95/p99 latency (overall and per
kind of request), throughput, the machine's load, and checks that every answer is
stored exactly once (the trainer's CSV export and the SQLite file itself).

Bounded: every request has a timeout, the whole run a deadline; the server is stopped
at the end. Exit status 1 if an answer is lost or duplicated or a request failed.

    .venv/bin/python benchmarks/workshop_load.py                  # 300 participants
    .venv/bin/python benchmarks/workshop_load.py --arrive 0 --think 0   # everyone in the same instant
    .venv/bin/python benchmarks/workshop_load.py --db demo.sqlite3 --participants 40   # keep the answers

The simulated answers lean the way the published effects go (plus noise), so a kept
database gives a trainer's page that looks like a real session; they are not data.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path


EXPERIMENTS = ("anchoring", "framing", "loss_aversion", "peak_end", "emotional_labor")
LOSSES = (20, 30, 40, 50, 60, 80, 100)
SCENES = ("gate", "chat", "resident", "late_desk")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answer_for(exp: str, page: str, rng: random.Random) -> dict:
    """A plausible answer to the question page ``page`` (reads the condition shown on it)."""
    if exp == "anchoring":
        anchor = int(re.search(r"more or less than (\d+)", page).group(1))
        est = min(100, max(0, round(rng.gauss(30 + 0.4 * (anchor - 37), 15))))
        return {"comparison": "more" if est > anchor else "less", "estimate": str(est)}
    if exp == "framing":
        gain = "Plan A" in page
        sure = rng.random() < (0.7 if gain else 0.35)
        return {"choice": "sure" if sure else "risky"}
    if exp == "loss_aversion":
        lam = rng.lognormvariate(0.7, 0.45)
        return {f"loss_{x}": ("accept" if 100 > lam * x else "reject") for x in LOSSES}
    if exp == "peak_end":
        return {"repeat": "long" if rng.random() < 0.6 else "short"}
    form = {}
    for s in SCENES:
        feel = rng.choice(("as_rule", "irritated", "anxious", "hurt"))
        form[f"{s}_feel"] = feel
        form[f"{s}_show"] = "as_rule" if rng.random() < 0.85 else "real"
    surface = sum(form[f"{s}_feel"] != "as_rule" and form[f"{s}_show"] == "as_rule" for s in SCENES)
    for i in range(1, 7):
        if rng.random() < 0.9:
            form[f"cbi_c{i}"] = str(min(100, max(0, 25 * round((30 + 10 * surface + rng.gauss(0, 20)) / 25))))
    return form


class Response:
    def __init__(self, status: int, headers: dict, text: str, cookies: dict):
        self.status_code, self.headers, self.text, self.cookies = status, headers, text, cookies


class Phone:
    """A minimal HTTP/1.1 client on one keep-alive connection: a phone with its own cookie.

    Written on asyncio streams rather than a full client library so that 300 simulated phones
    cost the machine little CPU and the latencies measure the server, not the load generator.
    """

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None
        self.cookies: dict[str, str] = {}

    async def _connect(self):
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def request(self, method: str, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data or {}, doseq=True).encode() if data is not None else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if data is not None:
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        for attempt in (1, 2):
            if self.writer is None:
                await self._connect()
            try:
                self.writer.write(raw)
                await self.writer.drain()
                head = await self.reader.readuntil(b"\r\n\r\n")
                break
            except (ConnectionError, asyncio.IncompleteReadError):
                self.writer = None  # the server closed an idle connection: reconnect once
                if attempt == 2:
                    raise
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split()[1])
        hdrs: dict[str, str] = {}
        for line in header_lines:
            if ":" in line:
                k, v = line.split(":", 1)
                k, v = k.strip().lower(), v.strip()
                if k == "set-cookie":
                    name, _, rest = v.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
                hdrs[k] = v
        text = (await self.reader.readexactly(int(hdrs.get("content-length", "0")))).decode("utf-8", "replace")
        if hdrs.get("connection", "").lower() == "close":
            self.writer.close()
            self.writer = None
        return Response(status, hdrs, text, dict(self.cookies))

    async def close(self):
        if self.writer is not None:
            self.writer.close()


async def participant(i: int, host: str, port: int, arrive: float, think: float, resubmit: bool, lat: dict,
                      errors: list, seed: int):
    """One phone: its own connection and cookie, one request after another."""
    rng = random.Random(seed * 100_003 + i)
    phone = Phone(host, port)
    await asyncio.sleep(rng.uniform(0, arrive))  # people scan the QR code at different moments

    async def call(kind, method, path, **kw):
        if think:
            await asyncio.sleep(rng.uniform(0, 2 * think))
        t0 = time.perf_counter()
        r = await asyncio.wait_for(phone.request(method, path, **kw), timeout=30)
        lat[kind].append(time.perf_counter() - t0)
        if r.status_code >= 400:
            errors.append(f"participant {i}: {method} {path} -> {r.status_code}")
        return r

    try:
        await call("join page", "GET", "/")
        r = await call("join", "POST", "/join", data={"nickname": f"agent {i}"})
        if r.status_code != 303:
            return
        for exp in EXPERIMENTS:
            r = await call("question page", "GET", f"/e/{exp}")
            try:
                form = answer_for(exp, r.text, rng)
            except AttributeError:
                errors.append(f"participant {i}: {exp} page without a question ({r.status_code}): {r.text[-300:]}")
                return
            r = await call("answer", "POST", f"/e/{exp}", data=form)
            if "your answer is in" not in r.text:
                errors.append(f"participant {i}: {exp} answer not confirmed")
        if resubmit:
            await call("repeat answer", "POST", "/e/framing", data={"choice": "risky"})
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
        errors.append(f"participant {i}: {type(e).__name__}: {e}")
    finally:
        await phone.close()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux), or NaN."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))]


async def load(host: str, port: int, n: int, arrive: float, think: float, seed: int, deadline: float):
    lat: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    resub = set(random.Random(seed).sample(range(n), max(1, n // 10)))
    t0 = time.perf_counter()
    tasks = [participant(i, host, port, arrive, think, i in resub, lat, errors, seed) for i in range(n)]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=deadline)
    except asyncio.TimeoutError:
        errors.append(f"the run did not finish within {deadline:.0f} s")
    return lat, errors, time.perf_counter() - t0, len(resub)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--participants", type=int, default=300)
    ap.add_argument("--arrive", type=float, default=20.0,
                    help="participants join at random moments within this many seconds (0: all at once)")
    ap.add_argument("--think", type=float, default=1.0,
                    help="mean random pause before each request, seconds (real people read for 5-30 s; 0: none)")
    ap.add_argument("--deadline", type=float, default=240.0, help="give up after this many seconds")
    ap.add_argument("--db", default=None, help="keep the answers in this SQLite file (default: a temporary one)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    n = max(1, min(args.participants, 2000))
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db or Path(tmp.name) / "load.sqlite3").resolve()
    if db.exists():
        print(f"{db} exists already: give a new file", file=sys.stderr)
        return 2
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = open(Path(tmp.name) / "server.out", "w+")
    server = subprocess.Popen([sys.executable, "-m", "servicepsych.cli", "workshop", "--host", "127.0.0.1",
                               "--port", str(port), "--db", str(db)], stdout=log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1.0).read()
                break
            except OSError:
                if server.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            print("server did not start", file=sys.stderr)
            return 1
        log.seek(0)
        token = re.search(r"Trainer token:\s+(\S+)", log.read()).group(1)
        load_before = os.getloadavg()
        cpu0, client0 = cpu_seconds(server.pid), time.process_time()
        lat, errors, wall, n_resub = asyncio.run(load("127.0.0.1", port, n, args.arrive, args.think,
                                                             args.seed, args.deadline))
        server_cpu, client_cpu = cpu_seconds(server.pid) - cpu0, time.process_time() - client0
        load_after = os.getloadavg()
        req = urllib.request.Request(base + "/trainer/export.csv", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            export_text = resp.read().decode("utf-8")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    rows = list(csv.DictReader(io.StringIO(export_text)))
    per = Counter((r["participant"], r["experiment"]) for r in rows)
    with sqlite3.connect(db) as con:
        db_rows = con.execute("SELECT COUNT(*), COUNT(DISTINCT pid || '/' || experiment) FROM answers").fetchone()
        people = con.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
        framing_changed = con.execute("SELECT COUNT(*) FROM answers WHERE experiment='framing' "
                                      "AND data LIKE '%\"choice\": \"risky\"%'").fetchone()[0]
    expected = n * len(EXPERIMENTS)
    duplicated = sum(c - 1 for c in per.values() if c > 1)
    lost = expected - len(per)
    everything = [x for xs in lat.values() for x in xs]
    print(f"workshop load test: {n} participants x {len(EXPERIMENTS)} experiments, joining within {args.arrive:g} s, "
          f"mean pause {args.think:g} s before each request, on {os.cpu_count()} cores")
    print(f"  machine load (1-min average) before {load_before[0]:.2f}, after {load_after[0]:.2f} "
          f"(shared machine: other work competes with server and clients)")
    print(f"  {len(everything)} requests in {wall:.1f} s ({len(everything) / wall:.0f} requests/s); server CPU "
          f"{server_cpu:.1f} s = {1000 * server_cpu / max(len(everything), 1):.1f} ms per request, so one free core "
          f"would serve about {len(everything) / server_cpu if server_cpu else float('nan'):.0f} requests/s; "
          f"the simulated phones used {client_cpu:.1f} s CPU")
    print(f"  {'request':<16}{'count':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for kind in ("join page", "join", "question page", "answer", "repeat answer"):
        xs = lat.get(kind, [])
        if xs:
            print(f"  {kind:<16}{len(xs):>7}{1000 * pct(xs, 50):>9.0f}{1000 * pct(xs, 95):>9.0f}"
                  f"{1000 * pct(xs, 99):>9.0f}{1000 * max(xs):>9.0f}")
    p50, p95 = pct(everything, 50), pct(everything, 95)
    print(f"  {'all':<16}{len(everything):>7}{1000 * p50:>9.0f}{1000 * p95:>9.0f}{1000 * pct(everything, 99):>9.0f}"
          f"{1000 * max(everything):>9.0f}")
    print(f"  participants stored {people} of {n}; answers expected {expected}, in the export {len(rows)}, "
          f"in SQLite {db_rows[0]} ({db_rows[1]} distinct)")
    print(f"  lost {lost}, duplicated {duplicated}; {n_resub} repeated submits changed nothing: "
          f"{'yes' if len(rows) == expected else 'NO'}")
    print(f"  p95 {1000 * p95:.0f} ms against the aim of 300 ms: {'met' if p95 < 0.3 else 'NOT met'} "
          f"(ratio {p95 / 0.3:.2f})")
    for e in errors[:10]:
        print("  error:", e)
    if args.db:
        print(f"  answers kept in {db} (framing risky choices: {framing_changed})")
    ok = not errors and lost == 0 and duplicated == 0 and len(rows) == expected == db_rows[0] == db_rows[1]
    print("exactly once: OK" if ok else "exactly once: FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
