"""The two sandboxed processes of a grading task, and the plain data between them.

Each test runs a few steps through :func:`grade_notebook`, exactly as a grading
worker does: cells in the learner's process (what learner code could and could not
do there), and test cells in the tests' process (what crosses, and how a learner's
function is called across the boundary).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from servicepsych.grading.grade.sandbox import Limits, bwrap_problem, parse_size
from servicepsych.grading.grade.session import grade_notebook

pytestmark = pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")

REPO = Path(__file__).resolve().parents[1]
LIMITS = asdict(Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=5, total_timeout=30, call_timeout=2))


def steps(*cells):
    """Run steps for code strings; ``("test", source, reads)`` tuples are test cells."""
    out = []
    for i, cell in enumerate(cells):
        if isinstance(cell, tuple):
            out.append({"kind": "test", "index": i, "grade_id": f"t{i}", "source": cell[1], "reads": list(cell[2])})
        elif cell is not None:
            out.append({"kind": "run", "index": i, "source": cell})
    return out


def execute(cells, files=None, limits=LIMITS, sandbox=True, prelude=(), compatibility=False):
    return grade_notebook(steps(*cells), list(prelude), files or {}, limits, sandbox, compatibility)


def run(*cells, limits=LIMITS, files=None, sandbox=True, prelude=()):
    out = execute(cells, files, limits, sandbox, prelude)
    assert out["problem"] is None, out["problem"]
    out["cells"] = [out["cells"].get(i) for i in range(len(cells))]
    return out


def text(cell) -> str:
    return "".join(o.get("text", "") for o in cell["outputs"] if o["output_type"] == "stream")


def error(cell):
    errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
    return errors[0]["ename"] if errors else None


def verdict(out, i):
    return out["verdicts"][f"t{i}"]


def test_cells_run_in_order_with_nbgrader_shaped_outputs():
    out = run("x = 6 * 7\nprint('hello')", None, "x", "raise ValueError('nope')",
              "import sys\nprint('w', file=sys.stderr)")
    first, skipped, result, failed, stderr = out["cells"]
    assert text(first) == "hello\n" and skipped is None
    assert result["outputs"][0]["output_type"] == "execute_result"
    assert result["outputs"][0]["data"]["text/plain"] == "42"
    assert error(failed) == "ValueError" and failed["outputs"][0]["evalue"] == "nope"
    assert stderr["outputs"][0]["name"] == "stderr"


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
    looping = execute(["import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\nwhile True:\n    pass"],
                      limits=limits)
    assert "timed out" in looping["problem"]
    assert looping["duration_s"] < 30  # the total limit, not the per-cell grace, stopped it (slack for a busy machine)
    crashed = execute(["import os\nos._exit(7)"])
    assert "crashed" in crashed["problem"] and "7" in crashed["problem"]


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


# ---------------------------------------------------------------- the tests' process and what crosses
def test_a_test_sees_the_learners_values_with_their_exact_types():
    import numpy as np  # noqa: F401  (the test cell below uses its own import)

    test = ("test", "import numpy as np\nimport pandas as pd\n"
                    "assert type(a) is float and a == 0.25\nassert type(b) is list and b == [1, 'x', None, True]\n"
                    "assert type(c) is np.ndarray and c.dtype == np.int64 and c.shape == (2, 2)\n"
                    "assert type(d) is pd.DataFrame and list(d.columns) == ['k', 'v'] and d['k'].tolist() == ['a', 'b']\n"
                    "assert type(e) is np.float64 and type(f) is tuple and type(g) is dict and g == {1: 'one'}\n"
                    "assert h != h", "abcdefgh")
    out = run("import numpy as np, pandas as pd\na = 0.25\nb = [1, 'x', None, True]\nc = np.arange(4).reshape(2, 2)\n"
              "d = pd.DataFrame({'k': ['a', 'b'], 'v': [1.5, 2.5]})\ne = np.float64(3)\nf = (1, 2)\n"
              "g = {1: 'one'}\nh = float('nan')", test)
    assert verdict(out, 1)["error"] is None, verdict(out, 1)


def test_an_object_that_is_not_plain_data_fails_that_test_only():
    out = run("class Anything(float):\n    def __eq__(self, other):\n        return True\nx = Anything(1)\ny = 2.0",
              ("test", "assert x == 1", "x"), ("test", "assert y == 2.0", "y"))
    assert verdict(out, 1)["error"]["ename"] == "NotPlainValue" and "not a plain value" in verdict(out, 1)["error"]["evalue"]
    assert out["not_plain"] == {"t1": [["x", out["not_plain"]["t1"][0][1]]]}
    assert verdict(out, 2)["error"] is None


def test_a_missing_answer_is_a_name_error_in_the_test():
    out = run("pass", ("test", "assert answer == 1", "answer"))
    assert verdict(out, 1)["error"]["ename"] == "NameError"


def test_learner_functions_are_called_across_the_boundary():
    learner = ("class Late(ValueError):\n    pass\n\n"
               "def area(w, h):\n    if w < 0:\n        raise Late('negative width')\n    return float(w * h)\n\n"
               "def slow(x):\n    while True:\n        pass\n")
    test = ("test", "assert area(2, 3) == 6.0 and type(area(2, 3)) is float\n"
                    "try:\n    area(-1, 1)\nexcept ValueError as exc:\n    assert type(exc).__name__ == 'Late'\n"
                    "    assert str(exc) == 'negative width'\nelse:\n    raise AssertionError('no error')", ["area"])
    timed = ("test", "slow(1)", ["slow"])
    after = ("test", "assert area(1, 1) == 1.0", ["area"])
    out = run(learner, test, timed, after)
    assert verdict(out, 1)["error"] is None, verdict(out, 1)
    assert verdict(out, 2)["error"]["ename"] == "TimeoutError"
    assert verdict(out, 3)["error"] is None  # the learner's process lives on after an interrupted call


def test_the_learner_never_sees_the_tests_or_their_expected_values():
    spy = ("import gc, sys\nseen = []\n"
           "def probe(x):\n    found = [repr(o)[:80] for o in gc.get_objects() if type(o) is str and 'SECRET' in o]\n"
           "    frames = []\n    f = sys._getframe()\n    while f is not None:\n"
           "        frames += [k for k in f.f_locals if 'SECRET' in repr(f.f_locals[k])[:10000]]\n        f = f.f_back\n"
           "    seen.append(found + frames)\n    return 0\n")
    test = ("test", "_expected = 'SECRET-' + str(41 + 1)\nprobe(1)\n### BEGIN HIDDEN TESTS\nassert _expected\n"
                    "### END HIDDEN TESTS", ["probe"])
    out = run(spy, test, "print(seen)")
    assert text(out["cells"][2]).strip() == "[[]]"


def test_the_tests_process_runs_the_trusted_prelude_not_the_learners_modules():
    learner = "import types\nnp = types.SimpleNamespace(isclose=lambda *a, **k: True)\nx = 1.0"
    test = ("test", "assert not np.isclose(x, 2.0)", ["x"])
    out = run(learner, test, prelude=["import numpy as np"])
    assert verdict(out, 1)["error"] is None


def test_partial_credit_and_stderr_come_from_the_test_itself():
    out = run("x = 1", ("test", "0.5", []), ("test", "import sys\nprint('bad', file=sys.stderr)", []))
    assert verdict(out, 1)["result"] == "0.5"
    assert verdict(out, 2)["stderr"] is True


def test_compatibility_mode_runs_tests_beside_the_learners_code():
    out = execute(["x = 1.0", ("test", "assert x == 1.0\n0.5", ["x"])], compatibility=True)
    assert out["problem"] is None
    assert out["verdicts"]["t1"] == {"error": None, "stderr": False, "stderr_text": "", "result": "0.5"}


def test_a_function_that_will_not_stop_costs_its_notebook_only():
    stubborn = ("import signal\ndef f(x):\n    signal.signal(signal.SIGALRM, signal.SIG_IGN)\n    while True:\n"
                "        pass\n")
    out = execute([stubborn, ("test", "f(1)", ["f"]), "print('never')"])
    assert "timed out" in out["problem"] and "would not stop" in out["problem"]
    assert out["duration_s"] < 25
    after = run("x = 2", ("test", "assert x == 2", ["x"]))  # the same worker's tests' process goes on
    assert verdict(after, 1)["error"] is None


def test_the_warm_tests_process_forgets_each_notebook():
    first = run("x = 1", ("test", "_left_behind = 'from the first notebook'", []))
    second = run("x = 1", ("test", "assert '_left_behind' not in globals()", []))
    assert verdict(first, 1)["error"] is None and verdict(second, 1)["error"] is None


def test_a_result_nbgrader_would_refuse_fails_one_cell_not_the_run():
    """More points than the cell has, or an empty result: nbgrader's parser raises and stops the run;
    here that cell scores 0 and waits for review (read from outputs, as compatibility mode does)."""
    from servicepsych.grading._policy import test_cell_score

    out = execute(["x = 1", ("test", "999", []), ("test", "from IPython.display import display\n"
                                                   "display({'text/plain': ''}, raw=True)\n''", [])],
                  compatibility=True)
    assert out["problem"] is None
    assert test_cell_score(out["verdicts"]["t1"], 2.0)[:2] == (0.0, None)
    assert test_cell_score({"error": None, "stderr": False, "result": ""}, 2.0)[:2] == (0.0, None)
