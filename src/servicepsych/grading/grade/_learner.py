"""The learner's process: runs the learner's notebook cells, answers with plain data.

Run as a script (``python -I _learner.py``) inside the sandbox, never imported by
the kit. It speaks length-prefixed JSON frames (``_wire.py``) with the parent on
its original stdin/stdout and understands four requests:

* ``run``: run one cell (the learner's cells and the locked cells the learner was
  given; never a test cell) with IPython and return its outputs in nbformat's shape;
* ``export``: the current values of some names, through the restricted serializer
  (``_plain.py``); a function crosses as a handle;
* ``call``: call the function behind a handle with plain-data arguments and return
  plain data, or the exception's type and message; the per-call timeout is an alarm;
* ``bye``.

Nothing it says decides a score: it only ever sees the learner's own notebook
and the arguments tests pass to the learner's functions, and everything it sends
is read by the parent as untrusted data. Learner code may therefore do what it
likes here (threads, ``sys.stdout``, hooks, ``gc``, ``ctypes``...): at worst it
changes its own answers or breaks its own submission.
"""

import builtins
import json
import os
import resource
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import _plain  # noqa: E402
import _wire  # noqa: E402

MAX_STREAM_CHARS = 100_000  # per cell, like nbgrader's LimitOutput (in characters)
MAX_DATA_CHARS = 200_000  # per rich output
MAX_OUTPUTS = 500  # per cell
MAX_MESSAGE = 2_000


class CellTimeout(BaseException):
    """Raised inside a cell (or a call) that ran longer than its limit."""


class _Stream:
    """A bounded text stream that records into the current cell's outputs."""

    def __init__(self, name, record):
        self.name, self._record, self.encoding, self.errors = name, record, "utf-8", "replace"

    def write(self, text):
        text = text if isinstance(text, str) else str(text)
        self._record(self.name, text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("this stream has no file descriptor")

    def readable(self):
        return False

    def writable(self):
        return True


class Outputs:
    """The outputs of the cell running now, in nbformat's shape, bounded."""

    def __init__(self):
        self.items, self.stream_chars, self.count, self.active = [], 0, 0, False

    def stream(self, name, text):
        if not self.active:
            return
        room = MAX_STREAM_CHARS - self.stream_chars
        if room <= 0:
            return
        if len(text) > room:
            text = text[:room] + "\n... Output truncated ...\n"
        self.stream_chars += len(text)
        last = self.items[-1] if self.items else None
        if last and last["output_type"] == "stream" and last["name"] == name:
            last["text"] += text
        else:
            self.items.append({"output_type": "stream", "name": name, "text": text})

    def data(self, output_type, data):
        if not self.active or len(self.items) >= MAX_OUTPUTS:
            return
        clean = {}
        for mime, value in (data or {}).items():
            if not isinstance(value, str):
                try:
                    value = json.dumps(value) if str(mime).endswith("json") else str(value)
                except Exception:
                    value = ""
            if len(value) > MAX_DATA_CHARS:
                value = value[:MAX_DATA_CHARS] + "... Output truncated ..."
            clean[str(mime)] = value
        out = {"output_type": output_type, "data": clean, "metadata": {}}
        if output_type == "execute_result":
            out["execution_count"] = self.count
        self.items.append(out)

    def error(self, ename, evalue, traceback):
        if self.active and len(self.items) < MAX_OUTPUTS:
            self.items.append({"output_type": "error", "ename": str(ename)[:500], "evalue": str(evalue)[:5000],
                               "traceback": [str(line)[:5000] for line in list(traceback)[:100]]})


def make_shell(outputs):
    from IPython.core.displayhook import DisplayHook
    from IPython.core.displaypub import DisplayPublisher
    from IPython.core.interactiveshell import InteractiveShell

    class Hook(DisplayHook):
        def write_output_prompt(self):
            pass

        def write_format_data(self, format_dict, md_dict=None):
            outputs.data("execute_result", format_dict)

        def finish_displayhook(self):
            pass

    class Publisher(DisplayPublisher):
        def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kw):
            outputs.data("display_data", data)

        def clear_output(self, wait=False):
            if outputs.active:
                del outputs.items[:]

    shell = InteractiveShell.instance(colors="NoColor", history_length=0, autocall=0)
    shell.history_manager.enabled = False
    shell.displayhook = Hook(shell=shell, cache_size=0)
    shell.display_pub = Publisher(shell=shell)
    shell.display_trap.hook = shell.displayhook
    shell._showtraceback = lambda etype, evalue, stb: outputs.error(getattr(etype, "__name__", str(etype)),
                                                                    evalue, stb)
    return shell


def _alarm(limit):
    def ring(signum, frame):
        raise CellTimeout(f"ran longer than {limit:g} s")

    signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, limit)


def run_cell(shell, outputs, source, limit):
    outputs.items, outputs.stream_chars, outputs.active = [], 0, True
    outputs.count += 1
    sys.stdout = _Stream("stdout", outputs.stream)
    sys.stderr = _Stream("stderr", outputs.stream)
    timed_out = False
    try:
        _alarm(limit)
        shell.run_cell(source, store_history=False, silent=False)
    except CellTimeout as exc:
        timed_out = True
        outputs.error("TimeoutError", f"the cell {exc}", [f"TimeoutError: the cell {exc}"])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    for out in outputs.items:  # a CellTimeout caught by IPython is reported through showtraceback
        if out["output_type"] == "error" and out["ename"] == "CellTimeout":
            out["ename"], timed_out = "TimeoutError", True
    outputs.active = False
    return {"outputs": outputs.items, "execution_count": outputs.count, "timed_out": timed_out}


def _builtin_name(exc):
    for klass in type(exc).__mro__:
        if klass.__module__ == "builtins":
            return klass.__name__
    return "Exception"


def _message(exc):
    try:
        return str(exc)[:MAX_MESSAGE]
    except BaseException:
        return ""


def main():
    job = _wire.read_frame(0)
    cmd_in, reply_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    mem, fsize = int(job.get("memory_bytes") or 0), int(job.get("file_bytes") or 0)
    if mem > 0:
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    if fsize > 0:
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cell_limit = float(job.get("cell_timeout") or 60)
    call_limit = float(job.get("call_timeout") or 10)
    outputs = Outputs()
    shell = make_shell(outputs)
    run_cell(shell, outputs, "pass", cell_limit)  # builds IPython's lazy parts first
    outputs.count = 0
    sys.path.insert(0, "")  # as in a Jupyter kernel: the notebook's folder (helper modules submitted beside it)
    handles, ids = {}, {}

    def register(fn):
        key = id(fn)
        if key not in ids:
            ids[key] = len(handles) + 1
            handles[ids[key]] = fn
        return ids[key]

    _wire.write_frame(reply_out, {"op": "ready"})
    while True:
        try:
            req = _wire.read_frame(cmd_in)
        except _wire.ChannelError:
            break
        op = req.get("op")
        if op == "run":
            reply = run_cell(shell, outputs, str(req.get("source", "")), cell_limit)
        elif op == "export":
            values = {}
            for name in req.get("names", []):
                if name not in shell.user_ns:
                    values[name] = {"missing": True}
                    continue
                try:
                    values[name] = {"ok": _plain.encode(shell.user_ns[name], register)}
                except _plain.NotPlain as exc:
                    values[name] = {"not_plain": str(exc)[:500]}
                except BaseException as exc:
                    values[name] = {"not_plain": f"reading it raised {type(exc).__name__}"}
            reply = {"values": values}
        elif op == "call":
            fn = handles.get(req.get("h"))
            sys.stdout = sys.stderr = _Stream("stdout", lambda name, text: None)
            try:
                if fn is None:
                    raise LookupError("unknown function")
                args = [_plain.decode(a) for a in req.get("args", [])]
                kwargs = {str(k): _plain.decode(v) for k, v in (req.get("kwargs") or {}).items()}
                _alarm(call_limit)
                try:
                    value = fn(*args, **kwargs)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                reply = {"value": _plain.encode(value, register)}
            except CellTimeout:
                reply = {"timeout": True}
            except _plain.NotPlain as exc:
                reply = {"not_plain": str(exc)[:500]}
            except BaseException as exc:
                reply = {"raised": {"type": type(exc).__name__[:100], "builtin": _builtin_name(exc),
                                    "message": _message(exc)}}
        elif op == "bye":
            break
        else:
            reply = {"error": "unknown request"}
        reply["id"] = req.get("id")  # the parent matches replies to requests and drops any other frame
        try:
            _wire.write_frame(reply_out, reply)
        except Exception:
            _wire.write_frame(reply_out, {"error": "the reply could not be written", "id": req.get("id")})
    os._exit(0)


if __name__ == "__main__":
    builtins  # the driver needs nothing else
    main()
