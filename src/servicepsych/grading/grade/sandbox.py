"""Run the notebook driver on untrusted learner code, inside bubblewrap.

The sandbox sees only what Python needs, read-only (``/usr``, the Python
installation, the virtual environment, the folder holding the installed
``servicepsych`` package, the release's data files) and a small writable RAM
disk as its home and ``/tmp``; no ``/proc``, no course folder,
no gradebook, no other submission, no network (``--unshare-all``). The driver
caps its own memory (``RLIMIT_AS``) and file sizes before any learner code
runs; a total timeout is enforced from outside by killing the whole process
group, and bubblewrap's PID namespace takes every process the learner started
down with it (``--die-with-parent``).

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

__all__ = ["Limits", "SandboxUnavailable", "bwrap_problem", "parse_size", "run_driver"]

RUNNER = Path(__file__).with_name("_runner.py")
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
        Largest report the driver may send back.
    """

    memory_bytes: int = 2 * 1024 ** 3
    cell_timeout: float = 60.0
    total_timeout: float = 300.0
    file_bytes: int = 64 * 1024 ** 2
    report_bytes: int = 64 * 1024 ** 2


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
    cmd += ["--ro-bind", str(RUNNER), "/opt/grader/runner.py",
            "--dev", "/dev",
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


def run_driver(job_json: str, scratch: Path, limits: Limits, sandbox: bool = True) -> tuple[str, str | None]:
    """Run the driver on ``job_json`` with ``scratch`` as its working folder.

    Returns
    -------
    (report, problem)
        The driver's JSON report (``""`` when there is none) and ``None``, or a
        sentence saying what went wrong (timeout, crash, oversized report).
    """
    if sandbox:
        cmd = bwrap_command(scratch)
        for key, value in _environment(SANDBOX_HOME).items():
            cmd += ["--setenv", key, value]
        cmd += [sys.executable, "-I", "/opt/grader/runner.py"]
        env = None
    else:
        cmd = [sys.executable, "-I", str(RUNNER)]
        env = _environment(str(scratch))
    report_path = scratch.parent / (scratch.name + ".report")
    with open(report_path, "w+b") as report:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=report, stderr=subprocess.DEVNULL,
                                cwd=scratch, env=env, start_new_session=True)
        problem = None
        try:
            proc.communicate(job_json.encode("utf-8"), timeout=limits.total_timeout)
        except subprocess.TimeoutExpired:
            problem = f"timed out: the notebook ran longer than the total limit of {limits.total_timeout:g} s"
        finally:
            _kill_group(proc)  # whatever the learner left behind
            proc.wait()
        size = report.tell()
        if problem is None and size > limits.report_bytes:
            problem = f"the notebook's output was too large ({size} bytes)"
        report.seek(0)
        text = report.read(limits.report_bytes).decode("utf-8", errors="replace") if problem is None else ""
    report_path.unlink(missing_ok=True)
    code = proc.returncode
    if problem is None and (not text or code != 0):  # the driver always ends with exit code 0
        how = f"killed by signal {-code}" if code and code < 0 else f"exit code {code}"
        problem = (f"the notebook crashed: its process ended without a report ({how})" if not text else
                   f"the notebook crashed after writing output ({how}); its report is not trusted")
    return text, problem
