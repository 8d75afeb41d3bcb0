"""Start the learner's process and the tests' process, each inside bubblewrap.

The sandbox sees only what Python needs, read-only (``/usr``, the Python
installation, the virtual environment, the folder holding the installed
``servicepsych`` package, the release's data files) and a small writable RAM
disk as its home and ``/tmp``; no ``/proc``, no course folder,
no gradebook, no other submission, no network (``--unshare-all``). The driver
caps its own memory (``RLIMIT_AS``) and file sizes before any learner code
runs; every wait on it has a deadline, past which the whole process group is
killed, and bubblewrap's PID namespace takes every process the learner started
down with it (``--die-with-parent``). The tests' process runs in the same kind
of sandbox, with the same view.

Examples
--------
>>> limits = Limits()
>>> limits.memory_bytes == 2 * 1024 ** 3, limits.cell_timeout
(True, 60.0)
>>> parse_size("512M")
536870912
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Limits", "SandboxUnavailable", "bwrap_problem", "driver_command", "kill_group", "parse_size"]

DRIVERS = ("_learner.py", "_tester.py", "_plain.py", "_wire.py")  # what runs inside, from this folder
GRADER_DIR = "/opt/grader"
SANDBOX_HOME = "/home/learner"
SCRATCH_BYTES = 256 * 1024 ** 2  # the learner's writable folder is a RAM disk of this size


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces on this machine."""


@dataclass(frozen=True)
class Limits:
    """Resource limits for one notebook.

    Parameters
    ----------
    memory_bytes : int
        Address-space cap of the learner's process (default 2 GiB).
    cell_timeout : float
        Seconds one cell may run before it is interrupted (its test scores 0).
    total_timeout : float
        Seconds the whole notebook may take; past it, every process is killed
        and the submission gets an error.
    file_bytes : int
        Largest file the learner's code may write.
    report_bytes : int
        Largest message (a cell's outputs, an answer's data) either process may send.
    call_timeout : float
        Seconds one call of a learner's function by a test may take.
    """

    memory_bytes: int = 2 * 1024 ** 3
    cell_timeout: float = 60.0
    total_timeout: float = 300.0
    file_bytes: int = 64 * 1024 ** 2
    report_bytes: int = 16 * 1024 ** 2
    call_timeout: float = 10.0


def parse_size(text: str | int) -> int:
    """Bytes in ``"2G"``, ``"512M"``, ``"64K"`` or a plain number.

    Examples
    --------
    >>> parse_size("2G"), parse_size(1024)
    (2147483648, 1024)
    """
    if isinstance(text, int):
        return text
    units = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}
    raw = str(text).strip().upper().removesuffix("IB").removesuffix("B")
    try:
        if raw and raw[-1] in units:
            return int(float(raw[:-1]) * units[raw[-1]])
        return int(raw)
    except ValueError:
        raise ValueError(f"memory size {text!r} is not a size: give e.g. 2G, 512M or a number of bytes") from None


def _package_root() -> Path:
    import servicepsych

    return Path(servicepsych.__file__).resolve().parent.parent


def _readonly_paths() -> list[Path]:
    paths = [Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), _package_root()]
    out: list[Path] = []
    for p in paths:
        if p.exists() and not any(p == q or q in p.parents for q in out) and not str(p).startswith("/usr/"):
            out.append(p)
    return out


def bwrap_command(scratch: Path) -> list[str]:
    """The bubblewrap command line that confines the driver to ``scratch``."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        raise SandboxUnavailable("bubblewrap (bwrap) is not installed: install it with `./kit setup` "
                                 "or `apt-get install bubblewrap`")
    cmd = [bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
           "--ro-bind", "/usr", "/usr"]
    for link in ("bin", "lib", "lib64", "sbin"):
        target = Path("/") / link
        if target.is_symlink():
            cmd += ["--symlink", os.readlink(target), str(target)]
        elif target.is_dir():
            cmd += ["--ro-bind", str(target), str(target)]
    # /tmp first: the Python installation may itself live under /tmp (a CI clone), and a
    # later tmpfs would hide it
    cmd += ["--size", str(SCRATCH_BYTES // 4), "--tmpfs", "/tmp"]
    for path in _readonly_paths():
        cmd += ["--ro-bind", str(path), str(path)]
    # no /proc: /proc/self/mem and /proc/self/fd would let learner code read the driver's
    # memory (the report's nonce) and find its report channel
    for name in DRIVERS:
        cmd += ["--ro-bind", str(Path(__file__).with_name(name)), f"{GRADER_DIR}/{name}"]
    cmd += ["--dev", "/dev",
            "--size", str(SCRATCH_BYTES), "--tmpfs", SANDBOX_HOME]
    for path in sorted(p for p in Path(scratch).rglob("*") if p.is_file()):  # the release's data files
        cmd += ["--ro-bind", str(path), f"{SANDBOX_HOME}/{path.relative_to(scratch)}"]
    cmd += ["--chdir", SANDBOX_HOME, "--remount-ro", "/", "--clearenv"]
    return cmd


def _environment(home: str) -> dict[str, str]:
    return {"HOME": home, "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "LANG": "C.UTF-8",
            "MPLBACKEND": "Agg", "MPLCONFIGDIR": "/tmp/mpl" if home == SANDBOX_HOME else str(Path(home) / ".mpl"),
            "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "PYTHONDONTWRITEBYTECODE": "1", "NBGRADER_EXECUTION": "autograde"}


_PROBLEM: dict[str, str | None] = {}


def bwrap_problem() -> str | None:
    """``None`` when bubblewrap works here, else a sentence saying why it does not."""
    if "bwrap" in _PROBLEM:
        return _PROBLEM["bwrap"]
    problem = None
    with tempfile.TemporaryDirectory(prefix="sp-probe-") as tmp:
        try:
            cmd = bwrap_command(Path(tmp)) + [sys.executable, "-I", "-c", "print('ok')"]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            if proc.returncode != 0 or proc.stdout.strip() != "ok":
                problem = ("bubblewrap is installed but cannot create a sandbox here "
                           f"(exit {proc.returncode}: {proc.stderr.strip()[:300]}); user namespaces may be disabled")
        except SandboxUnavailable as exc:
            problem = str(exc)
        except (OSError, subprocess.TimeoutExpired) as exc:
            problem = f"bubblewrap failed to start: {exc}"
    _PROBLEM["bwrap"] = problem
    return problem


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.kill()
    except ProcessLookupError:
        pass


def driver_command(driver: str, scratch: Path, sandbox: bool = True) -> tuple[list[str], dict | None]:
    """``(argv, env)`` that starts ``driver`` (``_learner.py`` or ``_tester.py``) with ``scratch`` as its
    working folder: inside bubblewrap, or (``sandbox=False``, trusted code only) as a plain subprocess."""
    if sandbox:
        cmd = bwrap_command(scratch)
        for key, value in _environment(SANDBOX_HOME).items():
            cmd += ["--setenv", key, value]
        return cmd + [sys.executable, "-I", f"{GRADER_DIR}/{driver}"], None
    return [sys.executable, "-I", str(Path(__file__).with_name(driver))], _environment(str(scratch))


def kill_group(proc: subprocess.Popen) -> None:
    """Kill ``proc`` and every process it started (its process group)."""
    _kill_group(proc)
