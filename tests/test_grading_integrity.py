"""Integrity checks: static reading of learner code, dynamic probes after it, edits to locked cells.

Static checks are tested on code strings; dynamic probes by running code
through the real sandboxed driver (each probe must catch the tampering even
when the static check is not consulted: an obfuscated learner); cell and
metadata edits through :func:`prepare` against a real released assignment.
"""

from __future__ import annotations

import copy
import json
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "grading"))
import cohort  # noqa: E402

from servicepsych.grading.grade.execute import execute_job  # noqa: E402
from servicepsych.grading.grade.gradebook import load_spec  # noqa: E402
from servicepsych.grading.grade.integrity import REASONS, static_flags, write_report  # noqa: E402
from servicepsych.grading.grade.prepare import SubmissionError, prepare, read_notebook  # noqa: E402
from servicepsych.grading.grade.sandbox import Limits, bwrap_problem  # noqa: E402

LIMITS = asdict(Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=5, total_timeout=30))
SETUP = "from servicepsych.check import check, expect_number\nimport numpy as np\nanswer = 40.0"


def reasons(code: str) -> set:
    return {f.reason for f in static_flags(code, "answer")}


@pytest.mark.parametrize("code", [
    "anchor_gap = 120.0 - 80.0",
    "import numpy as np\nvalues = np.array([1, 2, 3])\nshare = float(values.mean())",
    "def gesture_needed(loss, lam=2.25):\n    return float((lam * loss ** 0.88) ** (1 / 0.88))",
    "import pandas as pd\nframe = pd.DataFrame({'a': [1]})\ntotal = sum([1, 2])\nmax_value = max(1, 2)",
    "class Shift:\n    def __init__(self, hours):\n        self.hours = hours\n"
    "    def __repr__(self):\n        return 'Shift'",
    "%matplotlib inline\nx = 1",
    "%time total = sum(range(10))\n%timeit -n 3 -r 1 total = sum(range(10))\nlen?",
    "import os\nhere = os.path.join(os.getcwd(), 'data.csv')\nfrom os import path\nimport os.path as osp",
    "import sys\nold_python = sys.version_info < (3, 8)\nimport io\nbuffer = io.StringIO()",
    "class Shift:\n    hours = 8\nshift = Shift()\nh = getattr(shift, 'hours', 0)\nok = hasattr(shift, 'mean')",
    "import operator\nby_wait = sorted([(1, 'a')], key=operator.itemgetter(0))",
    "note = '{name} waited {0:.1f} min ({shift.hours} h shift)'.format(3.5, name='Ana', shift=object())",
])
def test_ordinary_answers_are_not_flagged(code):
    assert reasons(code) == set()


@pytest.mark.parametrize("code, reason", [
    ("class F(float):\n    def __eq__(self, other):\n        return True", "eq_override"),
    ("F = type('F', (float,), {'__eq__': lambda s, o: True})", "eq_override"),
    ("class F(float):\n    __eq__ = lambda s, o: True", "eq_override"),
    ("import builtins\nbuiltins.isinstance = lambda *a: True", "builtins_patched"),
    ("__builtins__.abs = lambda x: 0", "builtins_patched"),
    ("isinstance = lambda *a: True", "builtins_patched"),
    ("def isinstance(a, b):\n    return True", "builtins_patched"),
    ("import servicepsych.check as c\nc.check = lambda *a, **k: None", "module_patched"),
    ("from servicepsych import check\ncheck.expect_number = print", "module_patched"),
    ("def check(*a, **k):\n    pass", "module_patched"),
    ("import sys\nsys.modules['servicepsych.check'] = None", "kernel_tampering"),
    ("import sys\nsys.settrace(lambda *a: None)", "kernel_tampering"),
    ("import sys\nsys.setprofile(print)", "kernel_tampering"),
    ("get_ipython().events.register('post_run_cell', print)", "kernel_tampering"),
    ("ip = get_ipython()\nip.input_transformers_post.append(lambda lines: [])", "kernel_tampering"),
    ("get_ipython().ast_transformers.append(None)", "kernel_tampering"),
    ("import atexit\natexit.register(print)", "kernel_tampering"),
    ("import ctypes", "kernel_tampering"),
    ("import gc\ngc.get_objects()", "kernel_tampering"),
    ("import os\nos._exit(0)", "kernel_tampering"),
    ("exec('x = 1')", "kernel_tampering"),
    ("m = __import__('buil' + 'tins')", "internals"),
    ("f = (lambda: 0).__globals__", "internals"),
    ("!ls /", "kernel_tampering"),
    ("%load_ext something", "kernel_tampering"),
    # reaching the driver or its report channel: aliases, computed attribute names, raw descriptors
    ("import sys as s\nr = s.stdout", "kernel_tampering"),
    ("import sys\nout = getattr(sys, 'std' + 'out')", "internals"),
    ("import sys\nout = getattr(sys, 'stdout')", "kernel_tampering"),
    ("import sys\ndef grab(module):\n    return module\nm = grab(sys)", "kernel_tampering"),
    ("from os import write", "kernel_tampering"),
    ("import os\nos.fdopen(0, 'w')", "kernel_tampering"),
    ("import io\nio.open(0, 'w', closefd=False)", "kernel_tampering"),
    ("f = open(0, 'w')", "kernel_tampering"),
    ("mem = open('/proc/self/mem', 'rb')", "kernel_tampering"),
    ("import numpy as np\nc = np.ctypeslib", "internals"),
    ("import random\no = random._os", "internals"),
    ("from operator import attrgetter\nget = attrgetter('std' + 'out')", "internals"),
    ("import subprocess", "kernel_tampering"),
    ("import asyncio", "kernel_tampering"),
    ("frame = getattr(err, 'tb_frame')", "internals"),
    # forged values without a class statement, and removing a shadow once a test has used it
    ("F = type(float)('F', (float,), {})", "internals"),
    ("M = type(float)\nF = M('F', (float,), dict(__sub__=None))", "eq_override"),
    ("for type in [lambda v: float]:\n    pass\ndel type", "builtins_patched"),
    ("ip = exit._ip\nip.transform_cell = print", "kernel_tampering"),
    ("from logging import currentframe", "internals"),
    # IPython syntax that plain `ast.parse` cannot read used to hide code from these checks
    (">>> import sys as s\n>>> out = s.stdout", "kernel_tampering"),
    ("%time import builtins", "builtins_patched"),
    ("%timeit -n1 -r1 import sys as s", "kernel_tampering"),
    ("x = %time import sys as s", "kernel_tampering"),
    ("%%time\nimport sys as s", "kernel_tampering"),
    ("listing = !ls /", "kernel_tampering"),
    # attribute access that is not written as an attribute
    ("text = '{0.__traceback__.tb_frame.f_back.f_locals}'.format(err)", "internals"),
    ("g = getattr\nframe = g(err, 'tb_' + 'frame')", "internals"),
])
def test_tampering_patterns_are_flagged(code, reason):
    assert reason in reasons(code), (code, reasons(code))


def test_every_reason_has_an_explanation():
    flagged = set().union(*(reasons(c) for c in ("import builtins", "class A:\n    def __eq__(s, o): pass",
                                                    "import ctypes", "x.__dict__", "def check(): pass")))
    assert flagged <= set(REASONS)


sandboxed = pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")


def probe_reasons(*cells) -> set:
    out = execute_job([SETUP, *cells], {}, LIMITS)
    assert out["problem"] is None, out["problem"]
    return {r for r, _ in out["flags"]}


@sandboxed
def test_probes_pass_on_honest_code():
    assert probe_reasons("x = float(np.mean([1.0, 2.0]))\nprint(x)", "raise ValueError('a wrong answer')",
                         "def mean(values):\n    return sum(values) / len(values)\nclass Shift:\n    pass\n"
                         "shift = Shift()",
                         "%matplotlib inline\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()",
                         "x = (", "from IPython.display import Markdown\nMarkdown('*done*')") == set()


@sandboxed
@pytest.mark.parametrize("code, reason", [
    # each written so that a naive static check would miss it
    ("b = getattr(__import__('b' + 'uiltins'), 'abs')\nsetattr(__import__('b' + 'uiltins'), 'len', lambda x: 0)",
     "builtins_patched"),
    ("mod = __import__('servicepsych.check', fromlist=['x'])\nsetattr(mod, 'expect_number', lambda *a, **k: None)",
     "module_patched"),
    ("answer = type('F', (float,), {'__' + 'eq__': lambda s, o: True})(1.0)", "eq_override"),
    ("ip = eval('get_' + 'ipython')()\nip.events.register('post_run_cell', lambda *a: None)", "kernel_tampering"),
    ("ip = eval('get_' + 'ipython')()\nsetattr(ip, '_showtraceback', lambda *a, **k: None)", "kernel_tampering"),
    ("s = __import__('s' + 'ys')\ngetattr(s, 'set' + 'trace')(lambda *a: None)", "kernel_tampering"),
    ("ip = eval('get_' + 'ipython')()\nip.ast_transformers.append(__import__('ast').NodeTransformer())",
     "kernel_tampering"),
    ("isinstance = eval('lambda *a: True')", "builtins_patched"),
    ("import servicepsych.check as c\nsetattr(c.expect_number, '__co' + 'de__', (lambda ns, *a, **k: None).__code__)",
     "module_patched"),
    # before: turned every later test cell into `pass` but left the canary alone (full marks, unflagged)
    ("ip = getattr(exit, '_' + 'ip')\nsetattr(ip, 'transform_cell', lambda raw: raw if 'Integrity' in raw else 'pass')",
     "kernel_tampering"),
    ("ip = getattr(exit, '_' + 'ip')\nC = type(ip.compile)\nsetattr(C, 'ast_parse', lambda self, s, *a, **k: None)",
     "kernel_tampering"),
    # the hidden tests draw their inputs from random.Random: a patched class makes them predictable
    ("import random\nC = random.Random\nC.uniform = lambda self, a, b: 1.0", "module_patched"),
])
def test_dynamic_probes_catch_obfuscated_tampering(code, reason):
    assert reason in probe_reasons(code)


@sandboxed
def test_no_attribute_path_leads_from_learner_code_to_the_driver():
    # before: sys.stdout.runner.job["cells"] let a learner replace every later test cell by `pass`
    # (full marks, unflagged), and job["nonce"] let them forge the report
    search = (
        "import sys\n"
        "seen, todo, hits = set(), [sys.stdout, sys.stderr, get_ipython()], []\n"
        "while todo and len(seen) < 20000:\n"
        "    obj = todo.pop()\n"
        "    if id(obj) in seen or isinstance(obj, (int, float, bytes, type(sys))):\n"
        "        continue\n"
        "    seen.add(id(obj))\n"
        "    if isinstance(obj, str):\n"
        "        hits += ['found'] if 'LATER_CELL_' + 'MARKER' in obj else []\n"
        "        continue\n"
        "    if isinstance(obj, dict):\n"
        "        todo += list(obj.values())\n"
        "    elif isinstance(obj, (list, tuple, set)):\n"
        "        todo += list(obj)\n"
        "    try:\n"
        "        todo += [v for k, v in vars(obj).items() if not k.startswith('__')]\n"
        "    except TypeError:\n"
        "        pass\n"
        "print(hits or 'nothing', len(seen))")
    out = execute_job([SETUP, search, "# LATER_CELL_MARKER"], {}, LIMITS)
    printed = "".join(o.get("text", "") for o in out["cells"][1]["outputs"] if o["output_type"] == "stream")
    assert printed.startswith("nothing") and int(printed.split()[1]) > 100, printed


@sandboxed
def test_the_driver_memory_and_descriptors_are_not_visible():
    out = execute_job(["import os\nprint(os.path.exists('/proc/self/mem'), os.path.exists('/dev/fd/0'))"], {}, LIMITS)
    assert out["cells"][0]["outputs"][0]["text"] == "False False\n"


@sandboxed
def test_writes_to_the_report_channel_are_detected():
    write_all = ("import os\nfor fd in range(10):\n    try:\n"
                 "        os.write(fd, b'{\"nonce\": \"guess\", \"cells\": []}')\n    except OSError:\n        pass")
    assert "kernel_tampering" in probe_reasons(write_all)
    forged = execute_job([SETUP, write_all + "\nos._exit(0)"], {}, LIMITS)
    assert forged["problem"] is not None or "kernel_tampering" in {r for r, _ in forged["flags"]}
    crashed = execute_job([SETUP, write_all + "\nos._exit(3)"], {}, LIMITS)
    assert crashed["cells"] is None and "crashed" in crashed["problem"]


@sandboxed
@pytest.mark.parametrize("code, reason", [
    # a shadow set up for the next test cell and removed after it: seen between cells
    ("for type in [lambda v: float]:\n    pass", "builtins_patched"),
    # a forged float kept alive only in a closure, its class out of the namespace
    ("F = type(float)('F', (float,), {'__s' + 'ub__': lambda s, o: 0.0})\nkeep = (lambda v: lambda: v)(F(1.0))\n"
     "del F", "eq_override"),
    # something left running that could change values or the report during later cells
    ("__import__('thre' + 'ading').Thread(target=__import__('time').sleep, args=(2,)).start()", "kernel_tampering"),
    ("__import__('subpro' + 'cess').Popen(['sleep', '3'])", "kernel_tampering"),
    ("s = __import__('sig' + 'nal')\ns.signal(s.SIGVTALRM, lambda *a: None)\ns.setitimer(s.ITIMER_VIRTUAL, 50)",
     "kernel_tampering"),
])
def test_state_left_for_later_cells_is_caught_even_if_cleaned_up(code, reason):
    cleanup = "for name in ('type', 'F', 'keep', 's'):\n    globals().pop(name, None)"
    assert reason in probe_reasons(code, "assert True", cleanup)


@sandboxed
def test_swallowed_errors_are_detected_by_the_canary():
    code = ("from IPython.core.interactiveshell import InteractiveShell\n"
            "_orig = InteractiveShell.run_cell\n"
            "def _quiet(self, *a, **k):\n    k['silent'] = True\n    return _orig(self, 'pass')\n"
            "setattr(InteractiveShell, 'run_cell', _quiet)")
    assert "kernel_tampering" in probe_reasons(code, "assert False, 'a failing test'")


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    course = cohort.make_course(tmp_path_factory.mktemp("integrity") / "course")
    spec = load_spec(course, cohort.FIXTURE)
    return course, spec.notebooks[cohort.notebook_name(course, cohort.FIXTURE)]


@pytest.mark.slow
def test_untouched_release_and_key_prepare_without_flags(released):
    course, spec = released
    for nb in (cohort.blank(course, cohort.FIXTURE), cohort.key(course, cohort.FIXTURE)):
        prepared = prepare(nb, spec)
        assert prepared.flags == [] and prepared.deleted == set()
        hidden = [c.source for c in prepared.nb.cells if "BEGIN HIDDEN TESTS" in c.source]
        assert len(hidden) == 3  # the hidden tests are back for grading


@pytest.mark.slow
def test_reading_a_hidden_test_variable_is_flagged(released):
    """A learner's function that returns a value only the hidden tests define earns nothing."""
    course, spec = released
    nb = cohort.key(course, cohort.FIXTURE)
    answer = cohort.answer_cells(nb)[0]
    answer.source += "\n\ndef sneaky():\n    return secret_hidden_check_value\n"
    flags = prepare(nb, spec).flags
    assert [f.reason for f in flags] == ["test_state_read"]
    assert "secret_hidden_check_value" in flags[0].detail


@pytest.mark.slow
@pytest.mark.parametrize("edit, reason", [
    (lambda nb: setattr(cohort.test_cells(nb)[0], "source", "pass"), "locked_cell_edited"),
    (lambda nb: nb.cells[0].__setitem__("source", "# my own title"), "locked_cell_edited"),
    (lambda nb: cohort.test_cells(nb)[0].metadata.nbgrader.__setitem__("points", 99), "metadata_edited"),
    (lambda nb: cohort.test_cells(nb)[0].metadata.nbgrader.__setitem__("grade", False), "metadata_edited"),
    (lambda nb: cohort.answer_cells(nb)[0].metadata.nbgrader.__setitem__("grade", True), "metadata_edited"),
    (lambda nb: nb.cells.remove(cohort.test_cells(nb)[1]), "cell_deleted"),
    (lambda nb: nb.cells.append(copy.deepcopy(cohort.test_cells(nb)[0])), "metadata_edited"),
])
def test_edits_to_what_the_learner_may_not_change_are_flagged_and_undone(released, edit, reason):
    course, spec = released
    nb = cohort.key(course, cohort.FIXTURE)
    edit(nb)
    prepared = prepare(nb, spec)
    assert reason in {f.reason for f in prepared.flags}
    for cell in prepared.nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and not meta.get("solution"):
            assert meta["points"] == spec.cells[meta["grade_id"]].points
            assert cell.source == spec.cells[meta["grade_id"]].source


@pytest.mark.parametrize("content, message", [
    (b"", "invalid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2]", "no 'cells' list"),
    (b'{"cells": [], "metadata": {}}', "no 'cells' list or 'nbformat'"),
    (json.dumps({"cells": [{"cell_type": "code"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode(),
     "not a valid notebook"),
])
def test_malformed_files_are_refused_with_a_reason(tmp_path, content, message):
    path = tmp_path / "a.ipynb"
    path.write_bytes(content)
    with pytest.raises(SubmissionError, match=message):
        read_notebook(path)


def test_missing_and_oversized_notebooks_are_refused(tmp_path, monkeypatch):
    from servicepsych.grading.grade import prepare as prep

    with pytest.raises(SubmissionError, match="was not submitted"):
        read_notebook(tmp_path / "absent.ipynb")
    big = tmp_path / "big.ipynb"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr(prep, "MAX_NOTEBOOK_BYTES", 1024)
    with pytest.raises(SubmissionError, match="over the 1024 byte limit"):
        read_notebook(big)


def test_report_lists_flagged_students_with_reasons_and_withheld_points(tmp_path):
    results = [
        {"student": "zoe", "cells": [{"points": 2.0, "withheld": True}, {"points": 1.0, "withheld": True}],
         "flags": [{"reason": "eq_override", "detail": "class F defines __eq__", "cells": ["answer"]}]},
        {"student": "amy", "cells": [{"points": 2.0, "withheld": False}], "flags": []},
    ]
    json_path, md_path = write_report(tmp_path, "01_x", results)
    doc = json.loads(json_path.read_text())
    assert doc["assignment"] == "01_x" and doc["generated"]
    assert doc["flagged"] == [{"student": "zoe", "reasons": ["eq_override"], "withheld_points": 3.0}]
    md = md_path.read_text()
    assert "zoe" in md and "amy" not in md and "class F defines __eq__" in md
