"""Length-prefixed JSON frames: how the parent talks to the learner's and the tests' processes.

A frame is 8 ASCII digits (the byte length) and that many bytes of UTF-8 JSON.
The sandboxed drivers read and write frames with blocking calls; the parent
reads with a deadline and a size cap (:func:`read_frame`), so whatever the
other side does (silence, garbage, a flood) costs at most that time and memory.
Standard library only: the drivers import it by path inside the sandbox.

Examples
--------
>>> import os
>>> r, w = os.pipe()
>>> write_frame(w, {"op": "run", "n": 1})
>>> read_frame(r, timeout=1)
{'op': 'run', 'n': 1}
"""

import json
import os
import select
import time

__all__ = ["ChannelError", "read_frame", "write_frame"]

HEADER = 8
MAX_FRAME = 96 * 1024 ** 2
#: Frames larger than this are checked for container density before they are parsed ...
DENSE_FROM = 1024 ** 2
#: ... and refused when more than one byte in DENSITY opens a JSON object or array.
DENSITY = 8


class ChannelError(Exception):
    """The other side broke the protocol, went silent past the deadline, or ended."""


def write_frame(fd, obj):
    data = json.dumps(obj, allow_nan=True).encode("utf-8")
    if len(data) >= 10 ** HEADER:
        raise ChannelError("frame too large")
    view = memoryview(b"%08d" % len(data) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_exact(fd, n, deadline):
    chunks, got = [], 0
    while got < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChannelError("timeout")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                raise ChannelError("timeout")
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise ChannelError("ended")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def read_frame(fd, timeout=None, max_bytes=MAX_FRAME):
    """The next frame's object; :class:`ChannelError` ("timeout", "ended", "malformed", "too large")."""
    deadline = None if timeout is None else time.monotonic() + max(0.0, timeout)
    head = _read_exact(fd, HEADER, deadline)
    if not head.isdigit():
        raise ChannelError("malformed")
    size = int(head)
    if size > max_bytes:
        raise ChannelError("too large")
    body = _read_exact(fd, size, deadline)
    if size > DENSE_FROM and body.count(b"{") + body.count(b"[") > size // DENSITY:
        # JSON that is mostly containers costs the parser ~25x its bytes (empty objects): refuse it
        # unparsed. Plain answers and cell outputs are numbers, text and base64, never this dense.
        raise ChannelError("malformed")
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: JSON nested too deeply
        raise ChannelError("malformed") from None
