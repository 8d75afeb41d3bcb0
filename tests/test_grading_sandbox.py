"""The sandbox that runs learner code (bubblewrap + the notebook driver), cell by cell.

Each test runs a few cells through :func:`execute_job`, exactly as a grading
worker does, and checks what the learner's code could and could not do.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from servicepsych.grading.grade.execute import execute_job
from servicepsych.grading.grade.sandbox import Limits, bwrap_problem, parse_size

pytestmark = pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")

REPO = Path(__file__).resolve().parents[1]
LIMITS = asdict(Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=5, total_timeout=30))


def run(*cells, limits=LIMITS, files=None, sandbox=True):
    out = execute_job(list(cells), files or {}, limits, sandbox=sandbox)
    assert out["problem"] is None, out["problem"]
    return out


def text(cell) -> str:
    return "".join(o.get("text", "") for o in cell["outputs"] if o["output_type"] == "stream")


def error(cell):
    errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
    return errors[0]["ename"] if errors else None


def test_cells_run_in_order_with_nbgrader_shaped_outputs():
    out = run("x = 6 * 7\nprint('hello')", None, "x", "raise ValueError('nope')",
              "import sys\nprint('w', file=sys.stderr)")
    first, skipped, result, failed, stderr = out["cells"]
    assert text(first) == "hello\n" and skipped is None
    assert result["outputs"][0]["output_type"] == "execute_result"
    assert result["outputs"][0]["data"]["text/plain"] == "42"
    assert error(failed) == "ValueError" and failed["outputs"][0]["evalue"] == "nope"
    assert stderr["outputs"][0]["name"] == "stderr"
    assert out["flags"] == []


@pytest.mark.parametrize("path", [str(REPO / "course" / "nbgrader_config.py"), str(REPO / "course" / "source"),
                                  str(REPO / "tests"), str(REPO / ".git"), "/etc/passwd"])
def test_course_and_host_files_are_invisible(path):
    out = run(f"import os\nprint(os.path.exists({path!r}))")
    assert text(out["cells"][0]) == "False\n"


@pytest.mark.parametrize("target", ["/usr/pwned", str(REPO / "pwned"), "/opt/grader/pwned",
                                    str(Path(sys.prefix) / "pwned")])
def test_writes_outside_the_scratch_folder_fail(target):
    out = run(f"open({target!r}, 'w').write('x')", "open('mine.txt', 'w').write('ok')\nprint(open('mine.txt').read())")
    if not target.startswith("/tmp/"):
        assert error(out["cells"][0]) in ("OSError", "PermissionError", "FileNotFoundError")
    # else (a checkout under /tmp): the sandbox's /tmp is its own RAM disk, so the write may succeed there;
    # what matters is that nothing reaches the host
    assert text(out["cells"][1]) == "ok\n"
    assert not Path(target).exists()


def test_no_network():
    out = run("import socket\ns = socket.socket()\ns.settimeout(3)\ns.connect(('151.101.0.223', 443))")
    assert error(out["cells"][0]) in ("OSError", "TimeoutError", "ConnectionRefusedError")
    out = run("import socket\nsocket.getaddrinfo('pypi.org', 443)")
    assert error(out["cells"][0]) in ("gaierror", "OSError")


def test_memory_cap_turns_a_bomb_into_a_memory_error():
    out = run("blob = bytearray(2 * 1024 ** 3)", "print('still alive')")
    assert error(out["cells"][0]) == "MemoryError"
    assert text(out["cells"][1]) == "still alive\n"


def test_cell_timeout_interrupts_one_cell_and_the_rest_runs():
    limits = dict(LIMITS, cell_timeout=1)
    out = run("while True:\n    pass", "print('next')", limits=limits)
    assert error(out["cells"][0]) == "TimeoutError"
    assert text(out["cells"][1]) == "next\n"


def test_total_timeout_and_crash_are_problems_not_results():
    limits = dict(LIMITS, cell_timeout=1, total_timeout=4)
    looping = execute_job(["import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass"],
                          {}, limits)
    assert looping["cells"] is None and "timed out" in looping["problem"]
    assert looping["duration_s"] < 15
    crashed = execute_job(["import os\nos._exit(7)"], {}, LIMITS)
    assert crashed["cells"] is None and "crashed" in crashed["problem"] and "7" in crashed["problem"]


def test_leftover_processes_are_killed():
    marker = "987.654321"
    out = run(f"import subprocess\np = subprocess.Popen(['sleep', '{marker}'], start_new_session=True)\nprint(p.pid)")
    assert text(out["cells"][0]).strip().isdigit()
    alive = subprocess.run(["pgrep", "-f", f"sleep {marker}"], capture_output=True, text=True)
    assert alive.stdout.strip() == "", "a process started by learner code survived grading"


def test_huge_output_is_truncated():
    out = run("print('y' * 30_000_000)", "for i in range(200_000):\n    print(i)",
              "from IPython.display import display\nfor i in range(20_000):\n    display(i)")
    assert all(len(text(c)) < 150_000 for c in out["cells"])
    assert "truncated" in text(out["cells"][0])
    assert 0 < len(out["cells"][2]["outputs"]) <= 500


def test_release_data_files_are_readable_in_the_scratch_folder():
    out = run("print(open('data/cases.csv').read())", files={"data/cases.csv": b"a,b\n1,2\n"})
    assert text(out["cells"][0]) == "a,b\n1,2\n\n"


def test_servicepsych_and_numpy_import_inside_the_sandbox():
    out = run("import numpy as np\nfrom servicepsych.check import check\nprint(np.arange(3).sum())")
    assert text(out["cells"][0]) == "3\n" and error(out["cells"][0]) is None


def test_unsafe_mode_runs_without_bwrap_but_keeps_the_limits():
    out = run("while True:\n    pass", "print(1)", limits=dict(LIMITS, cell_timeout=1), sandbox=False)
    assert error(out["cells"][0]) == "TimeoutError" and text(out["cells"][1]) == "1\n"


def test_missing_bwrap_is_reported(monkeypatch):
    from servicepsych.grading.grade import sandbox

    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    monkeypatch.setattr(sandbox, "_PROBLEM", {})
    problem = sandbox.bwrap_problem()
    assert "bubblewrap" in problem and "install" in problem


def test_parse_size_rejects_nonsense():
    assert parse_size("1.5G") == int(1.5 * 1024 ** 3)
    with pytest.raises(ValueError, match="give e.g. 2G"):
        parse_size("lots")



def test_filling_the_disk_stops_at_the_scratch_quota_and_data_files_are_read_only():
    fill = ("import os\nwritten = 0\ntry:\n    for i in range(100):\n"
            "        with open(f'f{i}.bin', 'wb') as fh:\n            fh.write(b'x' * 32 * 1024 * 1024)\n"
            "        written += 32\nexcept OSError as exc:\n    print('stopped', exc.errno, written)")
    out = run(fill, "open('data.csv', 'w').write('forged')", files={"data.csv": b"a\n1\n"})
    printed = text(out["cells"][0])
    assert printed.startswith("stopped") and int(printed.split()[-1]) <= 256
    assert error(out["cells"][1]) in ("OSError", "PermissionError")
