"""One grading task: a notebook's learner cells in one process, its tests in another (runs on a Dask worker).

::

    parent (this code, trusted)
      |-- run cell i ----------------> learner's process (sandbox): the learner's cells only
      |<- outputs (shown, never scored)
      |-- export names of test t ----> learner's process
      |<- plain data (or "not a plain value")
      |-- test t + plain data -------> tests' process (sandbox, warm): test code, expected values
      |     |<- call f(args) ------------ (a test calls a learner function)
      |     |-- f(args) ---------------> learner's process  ->  plain data / exception / timeout
      |<- verdict (error?, stderr?, result)   ==> points, by the scoring policy

The task takes plain data (the steps of :func:`~.prepare.plan`, the release's
data files, the limits) and returns plain data, so it runs the same on a local
thread or a remote Dask worker; it never sees the course. Every wait has a
deadline and every message a size cap; whatever the learner's process sends is
data to display or to hand to the tests, never an instruction or a score.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from . import _wire
from .sandbox import Limits, driver_command, kill_group

__all__ = ["TESTER_WARM", "close_testers", "grade_notebook"]

TESTER_WARM = ["servicepsych", "servicepsych.check", "numpy", "pandas", "math", "random"]
GRACE_S = 5.0  # beyond a process's own alarm, before the parent gives up on it
NOT_PLAIN = "NotPlainValue"


class _Down(Exception):
    """A process stopped answering (the message says how)."""


class _Proc:
    """A driver in its sandbox, spoken to in frames with deadlines."""

    def __init__(self, driver: str, files: dict, limits: Limits, sandbox: bool, job: dict):
        self.tmp = Path(tempfile.mkdtemp(prefix="sp-grade-"))
        scratch = self.tmp / "home"
        scratch.mkdir()
        for rel, data in files.items():
            dest = scratch / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
        cmd, env = driver_command(driver, scratch, sandbox)
        self.max_bytes = limits.report_bytes
        self.stopped = None  # why the parent stopped it, if it did
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     cwd=scratch, env=env, start_new_session=True)
        self.send(job)
        self.recv(120.0)  # "ready"

    def send(self, obj) -> None:
        try:
            _wire.write_frame(self.proc.stdin.fileno(), obj)
        except (OSError, ValueError, _wire.ChannelError) as exc:
            raise _Down(f"it stopped reading ({type(exc).__name__})") from None

    def recv(self, timeout: float) -> dict:
        try:
            reply = _wire.read_frame(self.proc.stdout.fileno(), timeout=timeout, max_bytes=self.max_bytes)
        except _wire.ChannelError as exc:
            raise _Down(str(exc)) from None
        except (OSError, ValueError) as exc:
            raise _Down(type(exc).__name__) from None
        if not isinstance(reply, dict):
            raise _Down("malformed")
        return reply

    def request(self, obj: dict, timeout: float) -> dict:
        """Send ``obj`` and return the reply carrying its id; any other frame (one the learner's code
        wrote on the channel itself, say) is dropped, within the same deadline."""
        token = secrets.token_hex(12)
        self.send(dict(obj, id=token))
        deadline = time.monotonic() + max(timeout, 0.1)
        for _ in range(10_000):
            reply = self.recv(deadline - time.monotonic())
            if reply.get("id") == token:
                return reply
        raise _Down("malformed")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        kill_group(self.proc)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------- the warm tests' processes (one per thread)
_LOCAL = threading.local()
_ALL: list = []
_ALL_LOCK = threading.Lock()


def _tester(files: dict, limits: Limits, sandbox: bool, language: str = "en") -> _Proc:
    key = (hashlib.sha256(repr(sorted((k, hashlib.sha256(v).hexdigest()) for k, v in files.items())).encode())
           .hexdigest(), limits.memory_bytes, sandbox, language)
    current = getattr(_LOCAL, "tester", None)
    if current is not None and (current[0] != key or not current[1].alive()):
        current[1].close()
        current = None
    if current is None:
        proc = _Proc("_tester.py", files, limits, sandbox, {"memory_bytes": limits.memory_bytes,
                                                            "warm": TESTER_WARM, "language": language})
        with _ALL_LOCK:
            _ALL.append(proc)
        current = _LOCAL.tester = (key, proc)
    return current[1]


def _drop_tester() -> None:
    current = getattr(_LOCAL, "tester", None)
    if current is not None:
        current[1].close()
        _LOCAL.tester = None


def close_testers() -> None:
    """Stop every warm tests' process this process started (at the end of a run)."""
    with _ALL_LOCK:
        procs, _ALL[:] = list(_ALL), []
    for proc in procs:
        proc.close()


# ---------------------------------------------------------------- cleaning what the learner's process sends
_OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error"}


def _text(value, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def clean_outputs(outputs, limit: int = 200_000) -> list:
    """Outputs in nbformat's shape, whatever was sent: unknown kinds dropped, every text bounded."""
    out = []
    for o in outputs if isinstance(outputs, list) else []:
        if not isinstance(o, dict) or o.get("output_type") not in _OUTPUT_TYPES or len(out) >= 500:
            continue
        kind = o["output_type"]
        if kind == "stream":
            out.append({"output_type": "stream", "name": "stderr" if o.get("name") == "stderr" else "stdout",
                        "text": _text(o.get("text"), limit)})
        elif kind == "error":
            tb = o.get("traceback") if isinstance(o.get("traceback"), list) else []
            out.append({"output_type": "error", "ename": _text(o.get("ename"), 500) or "Error",
                        "evalue": _text(o.get("evalue"), 5000), "traceback": [_text(t, 5000) for t in tb[:100]]})
        else:
            data = o.get("data") if isinstance(o.get("data"), dict) else {}
            clean = {str(k)[:100]: _text(v, limit) for k, v in list(data.items())[:20] if isinstance(v, str)}
            item = {"output_type": kind, "data": clean, "metadata": {}}
            if kind == "execute_result":
                count = o.get("execution_count")
                item["execution_count"] = count if type(count) is int else None
            out.append(item)
    return out


def _verdict_outputs(verdict: dict) -> list:
    """The test cell's outputs, as the tests' process produced them."""
    outs = []
    for name in ("stdout", "stderr"):
        if verdict.get(name):
            outs.append({"output_type": "stream", "name": name, "text": _text(verdict[name], 100_000)})
    if verdict.get("result") is not None and not verdict.get("error"):
        outs.append({"output_type": "execute_result", "data": {"text/plain": _text(verdict["result"], 10_000)},
                     "metadata": {}, "execution_count": None})
    if verdict.get("error"):
        e = verdict["error"]
        tb = e.get("traceback") if isinstance(e.get("traceback"), list) else []
        outs.append({"output_type": "error", "ename": _text(e.get("ename"), 500) or "Error",
                     "evalue": _text(e.get("evalue"), 5000), "traceback": [_text(t, 5000) for t in tb[:60]]})
    return outs


def verdict_from_outputs(outputs: list) -> dict:
    """Compatibility mode: a test cell's verdict read from its outputs, as nbgrader's ``determine_grade`` does."""
    verdict = {"error": None, "stderr": False, "stderr_text": "", "result": None}
    for o in outputs:
        if o["output_type"] == "error":
            verdict["error"] = {"ename": o["ename"], "evalue": o["evalue"]}
            return verdict
        if o["output_type"] == "stream" and o["name"] == "stderr":
            verdict.update(stderr=True, stderr_text=o["text"])
            return verdict
        if o["output_type"] == "execute_result":
            verdict["result"] = o["data"].get("text/plain", "")
            return verdict
    return verdict


# ---------------------------------------------------------------- one notebook
def _relay_test(tester: _Proc, learner: _Proc | None, request: dict, limits: Limits, deadline: float) -> dict:
    """Send one test to the tests' process, forwarding its calls of learner functions."""
    token = secrets.token_hex(12)
    tester.send(dict(request, id=token))
    until = min(deadline, time.monotonic() + limits.cell_timeout + GRACE_S)
    for _ in range(100_000):
        reply = tester.recv(max(until - time.monotonic(), 0.1))
        if reply.get("id") != token:  # left over from an earlier, interrupted exchange
            continue
        if reply.get("op") == "verdict":
            return reply
        if reply.get("op") != "call":
            raise _Down("malformed")
        answer = {"dead": True}
        if learner is not None and learner.alive():
            try:
                got = learner.request({"op": "call", "h": reply.get("h"), "args": reply.get("args", []),
                                       "kwargs": reply.get("kwargs", {})},
                                      min(limits.call_timeout + GRACE_S, max(deadline - time.monotonic(), 0.1)))
                answer = {k: got[k] for k in ("value", "raised", "timeout", "not_plain") if k in got} or answer
            except _Down:
                learner.close()  # stuck in a call it will not leave (an ignored alarm): it is stopped
                learner.stopped = (f"a function a test called ran past the limit of {limits.call_timeout:g} s "
                                   "and would not stop, so the notebook was stopped")
        tester.send(dict(answer, cid=reply.get("cid")))
    raise _Down("malformed")


def grade_notebook(steps: list, prelude: list, files: dict, limits: dict, sandbox: bool = True,
                   compatibility: bool = False, learner_files: dict | None = None, language: str = "en") -> dict:
    """Grade one prepared notebook.

    Returns
    -------
    dict
        ``{"cells": {index: {"outputs", "execution_count"}}, "verdicts": {grade_id: verdict},
        "not_plain": {grade_id: [[name, why], ...]}, "problem": str | None, "duration_s": float}``;
        ``problem`` says why the notebook has no result (timeout, crash...).
        ``learner_files`` (default ``files``): the files the learner's process sees, as the
        submission's folder under ``nbgrader autograde`` holds them (see :mod:`.files`).
        ``language``: the language of the check messages the tests print (a plain code, ``"en"``/``"zh"``).
    """
    lim = Limits(**limits)
    start = time.monotonic()
    deadline = start + lim.total_timeout
    out = {"cells": {}, "verdicts": {}, "not_plain": {}, "problem": None, "duration_s": 0.0}
    learner = None
    try:
        try:
            learner = _Proc("_learner.py", files if learner_files is None else learner_files, lim, sandbox,
                            {"cell_timeout": lim.cell_timeout, "call_timeout": lim.call_timeout,
                             "memory_bytes": lim.memory_bytes, "file_bytes": lim.file_bytes})
        except _Down as exc:
            raise _Down(f"the notebook's process did not start ({exc})") from None
        tester = None
        if not compatibility and any(s["kind"] == "test" for s in steps):
            try:
                tester = _tester(files, lim, sandbox, language or "en")
                tester.request({"op": "notebook", "prelude": list(prelude), "timeout": lim.cell_timeout},
                               lim.cell_timeout + GRACE_S)
            except _Down as exc:
                _drop_tester()
                return dict(out, problem=f"the tests' process failed ({exc}); grade again")
        for step in steps:
            if time.monotonic() > deadline:
                raise _Down("total")
            if step["kind"] == "run" or compatibility:
                if not learner.alive():
                    raise _Down("ended")
                reply = learner.request({"op": "run", "source": step["source"]},
                                        min(lim.cell_timeout + GRACE_S, deadline - time.monotonic()))
                outputs = clean_outputs(reply.get("outputs"))
                count = reply.get("execution_count")
                out["cells"][step["index"]] = {"outputs": outputs,
                                               "execution_count": count if type(count) is int else None}
                if step["kind"] == "test":
                    out["verdicts"][step["grade_id"]] = verdict_from_outputs(outputs)
                continue
            # a test: the names it reads, as plain data, then the test in the tests' process
            if not learner.alive():
                raise _Down("ended")
            values = learner.request({"op": "export", "names": step["reads"]},
                                     min(lim.cell_timeout + GRACE_S, deadline - time.monotonic())).get("values")
            values = values if isinstance(values, dict) else {}
            ok, missing, bad = {}, [], []
            for name in step["reads"]:
                entry = values.get(name)
                if isinstance(entry, dict) and "ok" in entry:
                    ok[name] = entry["ok"]
                elif isinstance(entry, dict) and entry.get("missing"):
                    missing.append(name)
                else:
                    why = entry.get("not_plain") if isinstance(entry, dict) else None
                    bad.append([name, _text(why, 500) or "it could not be read"])
            if bad:
                message = "; ".join(f"`{n}` is not a plain value: {w}" for n, w in bad)
                verdict = {"error": {"ename": NOT_PLAIN, "evalue": message,
                                     "traceback": [f"{NOT_PLAIN}: {message}"]}, "result": None}
                out["not_plain"][step["grade_id"]] = bad
            else:
                try:
                    verdict = _relay_test(tester, learner, {"op": "test", "source": step["source"], "values": ok,
                                                            "missing": missing, "timeout": lim.cell_timeout},
                                          lim, deadline)
                except _Down as exc:
                    _drop_tester()
                    raise _Down(f"tests:{exc}") from None
            verdict = {"error": verdict.get("error") if isinstance(verdict.get("error"), dict) else None,
                       "stderr": bool(verdict.get("stderr")), "stderr_text": _text(verdict.get("stderr"), 2000),
                       "result": verdict.get("result") if isinstance(verdict.get("result"), str) else None,
                       "stdout": _text(verdict.get("stdout"), 100_000), "stderr_full": verdict.get("stderr")}
            outputs = _verdict_outputs(dict(verdict, stderr=verdict.pop("stderr_full")))
            out["verdicts"][step["grade_id"]] = verdict
            out["cells"][step["index"]] = {"outputs": outputs, "execution_count": None}
        if learner.alive():
            learner.send({"op": "bye"})
    except _Down as exc:
        why = str(exc)
        if learner is not None and learner.stopped:
            out["problem"] = f"timed out: {learner.stopped}"
        elif why == "total" or (why == "timeout" and time.monotonic() >= deadline - 0.5):
            out["problem"] = f"timed out: the notebook ran longer than the total limit of {lim.total_timeout:g} s"
        elif why.startswith("tests:"):
            out["problem"] = (f"the tests' process stopped while testing this notebook ({why[6:]}); "
                              "it was restarted for the others")
        elif why == "timeout":
            out["problem"] = (f"timed out: a cell ran past its limit of {lim.cell_timeout:g} s and would not stop, "
                              "so the notebook was stopped")
        elif why in ("ended", "it stopped reading (BrokenPipeError)") or (learner is not None and not learner.alive()):
            code = None
            if learner is not None:
                try:  # the channel can close a moment before the process is gone
                    code = learner.proc.wait(timeout=3)
                except subprocess.TimeoutExpired:
                    code = None
            how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
            out["problem"] = f"the notebook crashed: its process ended ({how})"
        else:
            out["problem"] = f"the notebook's process broke its channel ({why})"
    finally:
        if learner is not None:
            learner.close()
    out["duration_s"] = time.monotonic() - start
    return out


_ = os  # (os is used by the sandbox helpers' callers)
