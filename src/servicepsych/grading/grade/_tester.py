"""The tests' process: runs test cells on plain data, never learner code.

Run as a script (``python -I _tester.py``) inside its own sandbox, one per
grading worker, and kept warm across submissions. It speaks length-prefixed JSON
frames (``_wire.py``) with the parent:

* ``notebook``: start a fresh namespace and run the trusted imports of the
  assignment (taken from the gradebook's source, never from a submission);
* ``test``: put the learner's values (plain data, rebuilt by ``_plain.decode``)
  under the names the test reads, run the test cell from the gradebook's source
  (visible and hidden parts) and reply with its verdict and outputs. A learner
  function arrives as a proxy: calling it sends ``call`` to the parent (which
  asks the learner's process) and waits for plain data or an exception;
* ``bye``.

Whatever the learner did, nothing of theirs runs here: their answers are
numbers, text, containers, arrays and tables of exact types, and their
functions are proxies. So the expected values, the tests and the verdicts stay
out of their reach, and a verdict here is what a score is made from.
"""

import ast
import builtins
import io
import os
import re
import resource
import signal
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _plain  # noqa: E402
import _wire  # noqa: E402

MAX_STREAM_CHARS = 100_000
MAX_RESULT_CHARS = 10_000


class TestTimeout(BaseException):
    pass


class _Capture(io.StringIO):
    def write(self, text):
        if self.tell() < MAX_STREAM_CHARS:
            super().write(str(text)[:MAX_STREAM_CHARS])
        return len(text)


_SAFE = re.compile(r"[^A-Za-z0-9_]")


class Channel:
    def __init__(self, cmd_in, reply_out):
        self.cmd_in, self.reply_out = cmd_in, reply_out
        self.test_id, self.calls = None, 0

    def proxy(self, handle, name):
        channel = self

        def call(*args, **kwargs):
            try:
                data = {"op": "call", "h": handle, "args": [_plain.encode(a) for a in args],
                        "kwargs": {str(k): _plain.encode(v) for k, v in kwargs.items()}}
            except _plain.NotPlain as exc:
                raise TypeError(f"{name}() can only be called with plain values here ({exc})") from None
            channel.calls += 1
            cid = channel.calls
            _wire.write_frame(channel.reply_out, dict(data, id=channel.test_id, cid=cid))
            reply = _wire.read_frame(channel.cmd_in)
            while reply.get("cid") != cid:  # an answer to a call this test stopped waiting for
                reply = _wire.read_frame(channel.cmd_in)
            if "value" in reply:
                try:
                    return _plain.decode(reply["value"], channel.proxy)
                except _plain.NotPlain as exc:
                    raise TypeError(f"{name}() returned something that is not a plain value: {exc}") from None
            if reply.get("timeout"):
                raise TimeoutError(f"{name}() ran longer than the time limit of one call")
            if "not_plain" in reply:
                raise TypeError(f"{name}() returned something that is not a plain value: {reply['not_plain']}")
            if "raised" in reply:
                raised = reply["raised"]
                base = getattr(builtins, str(raised.get("builtin", "")), None)
                if not (isinstance(base, type) and issubclass(base, Exception)):
                    base = Exception
                kind = _SAFE.sub("_", str(raised.get("type", "Exception")))[:100] or "Exception"
                klass = base if kind == base.__name__ else type(kind, (base,), {"__module__": "learner"})
                raise klass(str(raised.get("message", "")))
            raise RuntimeError(f"{name}() could not be called: the learner's notebook is not running any more")

        call.__name__ = _SAFE.sub("_", name) or "function"
        call.__qualname__ = call.__name__
        return call


def run_test(ns, source, limit):
    """Run ``source`` in ``ns``; the last expression's repr is its result (partial credit)."""
    out, err = _Capture(), _Capture()
    verdict = {"error": None, "result": None}
    try:
        tree = ast.parse(source)
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        body = compile(tree, "<test>", "exec")
        tail = compile(ast.Expression(last.value), "<test>", "eval") if last is not None else None
    except SyntaxError as exc:
        verdict["error"] = {"ename": "SyntaxError", "evalue": str(exc), "traceback": [f"SyntaxError: {exc}"]}
        return verdict, "", ""

    def ring(signum, frame):
        raise TestTimeout()

    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        exec(body, ns)
        if tail is not None:
            value = eval(tail, ns)
            if value is not None:
                verdict["result"] = repr(value)[:MAX_RESULT_CHARS]
    except TestTimeout:
        verdict["error"] = {"ename": "TimeoutError", "evalue": f"the test ran longer than {limit:g} s",
                            "traceback": [f"TimeoutError: the test ran longer than {limit:g} s"]}
    except BaseException as exc:  # the test failed (AssertionError...), whatever its kind
        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        verdict["error"] = {"ename": type(exc).__name__, "evalue": str(exc)[:5000],
                            "traceback": [line[:5000] for line in tb[-30:]]}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout, sys.stderr = old
    return verdict, out.getvalue(), err.getvalue()


def main():
    job = _wire.read_frame(0)
    cmd_in, reply_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    mem = int(job.get("memory_bytes") or 0)
    if mem > 0:
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    language = job.get("language")
    if isinstance(language, str) and language in ("en", "zh"):  # the check messages' language
        from servicepsych.strings import set_language

        set_language(language)
    for name in job.get("warm", []):  # what tests compute with, imported once
        try:
            __import__(name)
        except Exception:
            pass
    channel = Channel(cmd_in, reply_out)
    ns = {}
    _wire.write_frame(reply_out, {"op": "ready"})
    while True:
        try:
            req = _wire.read_frame(cmd_in)
        except _wire.ChannelError:
            break
        op = req.get("op")
        if op is None:  # a late answer to a call an interrupted test no longer waits for
            continue
        channel.test_id = req.get("id")
        if op == "notebook":
            ns = {"__name__": "__main__", "__builtins__": builtins}
            errors = []
            for source in req.get("prelude", []):
                verdict, _, _ = run_test(ns, source, float(req.get("timeout") or 60))
                if verdict["error"]:
                    errors.append(f"{verdict['error']['ename']}: {verdict['error']['evalue']}")
            reply = {"op": "ready", "errors": errors}
        elif op == "test":
            for name in req.get("missing", []):
                ns.pop(name, None)
            problem = None
            for name, data in (req.get("values") or {}).items():
                try:
                    ns[name] = _plain.decode(data, channel.proxy)
                except _plain.NotPlain as exc:
                    problem = f"{name}: {exc}"
            if problem:
                verdict, out, err = {"error": {"ename": "ValueError", "evalue": f"malformed answer data ({problem})",
                                               "traceback": []}, "result": None}, "", ""
            else:
                verdict, out, err = run_test(ns, str(req.get("source", "")), float(req.get("timeout") or 60))
            reply = dict(verdict, op="verdict", stdout=out, stderr=err)
        elif op == "bye":
            break
        else:
            reply = {"op": "error"}
        reply["id"] = req.get("id")
        _wire.write_frame(reply_out, reply)
    os._exit(0)


if __name__ == "__main__":
    main()
