"""Integrity by structure: attacks on the tests earn nothing, honest code in any style is never flagged.

Every submission is built at test time from the real assignments' releases (the
assignments change; their cell contents are never copied here):

* **attacks**: each family of the grading-engine issue (reaching the driver
  through ``gc``, frames, closures or ``__globals__``; ``ctypes`` and raw numpy
  memory writes; IPython hooks replaced; ``sys.displayhook`` and forged
  ``execute_result`` output; ``BdbQuit``; a swapped ``__builtins__``; a metaclass
  posing as numpy; reading the tests' expected values; code smuggled through
  ``string.Formatter``, ``pydoc.locate``, ``pd.read_pickle``, ``timeit`` and
  magics), added to an *untouched* release: each must earn 0 autograded points,
  while the answer key graded in the same run (by the same warm tests' process)
  still earns full marks;
* **honest corpus**: the answer key written in varied styles (helpers, threads,
  ``getattr`` with a computed name, ``concurrent.futures``, ``sys.stdout.write``,
  ``e.__class__``, ``IPython.display``, ``@dataclass``, a variable named ``max``, ...);
  each scores full marks under plain ``nbgrader autograde`` (checked here) and under
  ``servicepsych grade``, with no flag.

The edits the integrity report keeps (locked cells, metadata, deleted tests) are
tested end to end in ``test_grading_grade.py``; :func:`prepare`'s flags here.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import nbformat
import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "grading"))
import cohort  # noqa: E402

from servicepsych.grading._course import state_dir  # noqa: E402
from servicepsych.grading.grade.gradebook import load_spec  # noqa: E402
from servicepsych.grading.grade.pipeline import Options, grade_assignment  # noqa: E402
from servicepsych.grading.grade.prepare import prepare  # noqa: E402
from servicepsych.grading.grade.sandbox import Limits, bwrap_problem  # noqa: E402

SANDBOX = pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")
REAL = cohort.real_assignments()[:1]
LIMITS = Limits(memory_bytes=768 * 1024 ** 2, cell_timeout=8, total_timeout=40, call_timeout=3)

# A forged verdict or reply, sprayed on every file descriptor a learner can guess.
SPRAY = ("def _spray():\n    import os, json\n"
         "    for _doc in ({'op': 'verdict', 'error': None, 'result': None}, {'values': {}}, {'ok': True}):\n"
         "        _b = json.dumps(_doc).encode()\n"
         "        for _fd in range(0, 64):\n"
         "            try:\n                os.write(_fd, b'%08d' % len(_b) + _b)\n"
         "            except OSError:\n                pass\n")


def _forge_all(names) -> str:
    """Code that binds every name the tests read to an object that claims to be anything."""
    lines = ["import numpy as _np",
             "class _Meta(type):",
             "    def __instancecheck__(cls, obj):\n        return True",
             "    def __subclasscheck__(cls, sub):\n        return True",
             "class _Anything(float, metaclass=_Meta):",
             "    __class__ = _np.ndarray",
             "    def __eq__(self, other):\n        return True",
             "    def __ne__(self, other):\n        return False",
             "    def __lt__(self, other):\n        return True",
             "    def __le__(self, other):\n        return True",
             "    def __gt__(self, other):\n        return True",
             "    def __ge__(self, other):\n        return True",
             "    def __abs__(self):\n        return 0.0",
             "    def __sub__(self, other):\n        return 0.0",
             "    def __rsub__(self, other):\n        return 0.0",
             "    def __hash__(self):\n        return 0"]
    lines += [f"{n} = _Anything(1.0)" for n in sorted(names)]
    return "\n".join(lines)


def _steal_all(names) -> str:
    """Code that makes every name the tests read a function that hunts for the tests' expected values."""
    lines = ["import gc, sys",
             "def _steal(*args, **kwargs):",
             "    for _o in gc.get_objects():",
             "        if type(_o) is dict:",
             "            for _k in ('_expected', '_want', '_exp', '_key', 'expected'):",
             "                if _k in _o:\n                    return _o[_k]",
             "    _f = sys._getframe(1)",
             "    while _f is not None:",
             "        for _k in ('_expected', '_want', '_exp', '_key'):",
             "            if _k in _f.f_locals:\n                return _f.f_locals[_k]",
             "            if _k in _f.f_globals:\n                return _f.f_globals[_k]",
             "        _f = _f.f_back",
             "    return 0.0"]
    lines += [f"{n} = _steal" for n in sorted(names)]
    return "\n".join(lines)


ATTACKS = {
    # the driver's state, through gc, frames, closures and function globals
    "gc_driver": "import gc\nfor _o in gc.get_objects():\n    try:\n        if type(_o) is dict and ('cells' in _o or "
                 "'verdicts' in _o or 'handles' in _o):\n            _o.clear()\n        if type(_o) is list and "
                 "len(_o) > 3 and all(type(x) is dict and 'source' in x for x in _o):\n            _o[:] = []\n"
                 "    except Exception:\n        pass",
    "frames": "import sys\n_f = sys._getframe()\nwhile _f is not None:\n    for _k in list(_f.f_locals):\n"
              "        if _k in ('reply', 'verdict', 'values', 'req'):\n            try:\n"
              "                _f.f_locals[_k] = {'op': 'verdict', 'error': None}\n            except Exception:\n"
              "                pass\n    _f = _f.f_back",
    "closures_globals": "import gc, types\nfor _fn in gc.get_objects():\n    if isinstance(_fn, types.FunctionType):\n"
                        "        _g = _fn.__globals__\n        if '_wire' in _g and '_plain' in _g:\n"
                        "            _g['_plain'].encode = lambda *a, **k: {'t': 'float', 'v': 1.0}\n"
                        "            _g['_plain'].decode = lambda *a, **k: 1.0\n"
                        "        for _c in (_fn.__closure__ or ()):\n            try:\n"
                        "                if type(_c.cell_contents) is dict:\n"
                        "                    _c.cell_contents.clear()\n            except ValueError:\n"
                        "                pass",
    # raw memory: ctypes and a numpy view
    "ctypes_write": "import ctypes\nfor _small in (0, 1, 2, 3):\n    ctypes.c_ssize_t.from_address(id(_small) + 24).value = 4",
    "numpy_raw_view": "import ctypes, numpy as np\n_buf = (ctypes.c_char * 64).from_address(id(False))\n"
                      "_view = np.ctypeslib.as_array(_buf)\n_view[24:32] = 1",
    # IPython: hooks replaced in place, results forged
    "ipython_hooks": "_ip = get_ipython()\n_ip.input_transformers_cleanup.append(lambda lines: ['pass\\n'])\n"
                     "_ip.events.register('post_run_cell', lambda *a: print('1.0'))\n"
                     "_ip.run_cell = lambda *a, **k: None",
    "displayhook_forge": "import sys\nfrom IPython.display import display\n"
                         "sys.displayhook = lambda value: None\n"
                         "get_ipython().events.register('post_run_cell', lambda *a: display({'text/plain': '100'}, raw=True))\n"
                         "display({'text/plain': '100'}, raw=True)",
    "bdbquit": "import bdb, sys\nsys.settrace(lambda *a: (_ for _ in ()).throw(bdb.BdbQuit()))\nraise bdb.BdbQuit()",
    "swapped_builtins": "import builtins\nbuiltins.isinstance = lambda *a: True\nbuiltins.type = lambda *a: float\n"
                        "builtins.abs = lambda x: 0\nglobals()['__builtins__'] = {'__import__': __import__}",
    # smuggled code, which also sprays forged frames on every descriptor
    "formatter": SPRAY + "import string\n_spray_fn = string.Formatter().get_field('0', [_spray], {})[0]\n_spray_fn()",
    "pydoc_locate": SPRAY + "import pydoc\n_w = pydoc.locate('os.write')\n_spray()\n_w(1, b'00000002{}')",
    "read_pickle": "import pickle, io, pandas as pd\nclass _P:\n    def __reduce__(self):\n"
                   "        return (exec, ('import os\\nfor _fd in range(64):\\n    try:\\n'\n"
                   "                       '        os.write(_fd, b\"00000002{}\")\\n    except OSError:\\n'\n"
                   "                       '        pass',))\n"
                   "_buf = io.BytesIO(pickle.dumps(_P()))\npd.read_pickle(_buf)\nprint('unpickled')",
    "timeit": SPRAY + "import timeit\ntimeit.timeit('_spray()', globals=globals(), number=1)",
    "magics": SPRAY + "%time _spray()\nget_ipython().run_line_magic('timeit', '-n1 -r1 _spray()')\n!echo 1.0",
}
NAMED_ATTACKS = {"metaclass_numpy": _forge_all, "read_expected": _steal_all}

HONEST = {
    "helpers": "def _double(x):\n    return x * 2\n\n\n_unused = _double(3)",
    "threads": "import threading\n_done = []\n_t = threading.Thread(target=lambda: _done.append(1))\n_t.start()\n_t.join()",
    "getattr_computed": "import math\n_fn = getattr(math, 'sq' + 'rt')\n_root = _fn(16.0)",
    "concurrent_futures": "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor(2) as _ex:\n"
                          "    _squares = list(_ex.map(lambda v: v * v, [1, 2, 3]))",
    "sys_stdout_write": "import sys\nsys.stdout.write('working on it\\n')\nsys.stdout.flush()",
    "exception_class": "try:\n    1 / 0\nexcept Exception as e:\n    print(e.__class__.__name__)",
    "ipython_display": "from IPython.display import Markdown, display\ndisplay(Markdown('**checked**'))",
    "dataclass": "from dataclasses import dataclass\n\n\n@dataclass\nclass Note:\n    text: str\n\n\n_note = Note('ok')",
    "variable_named_max": "def _largest(values):\n    max = values[0]\n    for v in values:\n        if v > max:\n"
                          "            max = v\n    return max\n\n\n_top = _largest([3, 1, 4])",
    "globals_and_vars": "_here = globals().get('__name__')\n_attrs = sorted(vars(type(_here)))[:2]",
    "magics_and_shell": "%time _total = sum(range(100))\n!echo hello",
    "matplotlib": "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n_fig, _ax = plt.subplots()\n"
                  "_ax.plot([1, 2, 3])\nplt.close(_fig)",
    "inspect_and_type_names": "import inspect\n_sig = str(inspect.signature(print))\n_kind = type(1.5).__name__",
    "subprocess_quiet": "import subprocess\n_out = subprocess.run(['echo', 'hi'], capture_output=True, text=True).stdout",
}


def _release_with(course, assignment, code):
    nb = cohort.blank(course, assignment)
    cohort.answer_cells(nb)[0].source = code
    return nb


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    course = cohort.make_course(tmp_path_factory.mktemp("attacks") / "course", REAL)
    for assignment in REAL:
        names = set().union(*cohort.reads(course, assignment).values())
        cohort.submit(course, assignment, "key", cohort.key(course, assignment))
        for label, code in ATTACKS.items():
            cohort.submit(course, assignment, label, _release_with(course, assignment, code))
        for label, make in NAMED_ATTACKS.items():
            cohort.submit(course, assignment, label, _release_with(course, assignment, make(names)))
        # the same attacks, after a correct first answer: whatever else they do, they earn at most the key's parts
        grade_assignment(course, assignment, Options(workers=2, limits=LIMITS, progress=False))
    return course


def _result(course, assignment, student):
    return json.loads((state_dir(course, assignment) / "results" / f"{student}.json").read_text())


def _auto(res):
    return sum(c["score"] or 0 for c in res["cells"] if c["kind"] == "autograded")


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("assignment", REAL)
@pytest.mark.parametrize("attack", sorted(ATTACKS) + sorted(NAMED_ATTACKS))
def test_attack_on_an_untouched_release_earns_nothing(attacked, assignment, attack):
    res = _result(attacked, assignment, attack)
    assert _auto(res) == 0, [(c["grade_id"], c["score"], c["message"]) for c in res["cells"]]
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{attacked / 'gradebook.db'}") as gb:
        sub = gb.find_submission(assignment, attack)
        assert sub.score == 0


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("assignment", REAL)
def test_the_key_graded_beside_the_attacks_keeps_full_marks(attacked, assignment):
    res = _result(attacked, assignment, "key")
    assert res["flags"] == [] and _auto(res) == sum(cohort.autograded_points(attacked, assignment).values())


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("assignment", REAL)
def test_objects_posing_as_values_are_reported_as_not_plain(attacked, assignment):
    res = _result(attacked, assignment, "metaclass_numpy")
    assert {f["reason"] for f in res["flags"]} == {"not_plain_value"}
    messages = [c["message"] for c in res["cells"] if c["kind"] == "autograded"]
    assert all("not a plain value" in m for m in messages), messages


@pytest.fixture(scope="module")
def honest(tmp_path_factory):
    import grading_fixture

    course = cohort.make_course(tmp_path_factory.mktemp("honest") / "course", REAL)
    for assignment in REAL:
        key = cohort.key(course, assignment)
        for label, code in HONEST.items():
            cohort.submit(course, assignment, label, cohort.inject(key, code, after=True))
    plain = cohort.copy_course(course, tmp_path_factory.mktemp("plain") / "course")
    for assignment in REAL:
        grading_fixture.nbgrader(plain, "autograde", assignment, "--force")
        grade_assignment(course, assignment, Options(workers=2, limits=LIMITS, progress=False))
    return course, plain


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("assignment", REAL)
@pytest.mark.parametrize("style", sorted(HONEST))
def test_honest_code_in_any_style_scores_full_and_is_never_flagged(honest, assignment, style):
    course, plain = honest
    from nbgrader.api import Gradebook

    points = cohort.autograded_points(course, assignment)
    with Gradebook(f"sqlite:///{plain / 'gradebook.db'}") as gb:
        grades = {g.name: g.auto_score for g in gb.find_submission_notebook(
            cohort.notebook_name(course, assignment), assignment, style).grades if g.name in points}
    assert grades == points, f"plain nbgrader autograde does not give {style} full marks: {grades}"
    res = _result(course, assignment, style)
    assert res["status"] == "graded" and res["flags"] == []
    assert {c["grade_id"]: c["score"] for c in res["cells"] if c["kind"] == "autograded"} == points


# ---------------------------------------------------------------- the flags prepare() raises
@pytest.fixture(scope="module")
def released(tmp_path_factory):
    return cohort.make_course(tmp_path_factory.mktemp("prep") / "course")


def _prepared(released, nb, tmp_path):
    path = tmp_path / f"{cohort.FIXTURE}.ipynb"
    nbformat.write(nb, path)
    return prepare(path, load_spec(released, cohort.FIXTURE).notebooks[cohort.FIXTURE])


@pytest.mark.slow
def test_prepare_flags_only_edits_and_names_the_parts_they_touch(released, tmp_path):
    key = cohort.key(released, cohort.FIXTURE)
    assert _prepared(released, key, tmp_path).flags == []
    nb = copy.deepcopy(key)
    nb.cells[0].source = "# my notes"  # a locked instruction cell: restored, no points withheld
    test = cohort.test_cells(nb)[1]
    test.source = "pass"
    test.metadata["nbgrader"]["points"] = 99
    prepared = _prepared(released, nb, tmp_path)
    by_reason = {}
    for f in prepared.flags:
        by_reason.setdefault(f.reason, set()).update(f.cells)
    gid = test.metadata["nbgrader"]["grade_id"]
    assert by_reason == {"locked_cell_edited": {gid}, "metadata_edited": {gid}}
    assert "BEGIN HIDDEN TESTS" in cohort.test_cells(prepared.nb)[1].source
    assert prepared.nb.cells[0].source != "# my notes"


@pytest.mark.slow
def test_prepare_never_flags_code_style(released, tmp_path):
    key = cohort.key(released, cohort.FIXTURE)
    for code in list(HONEST.values()) + list(ATTACKS.values()):
        assert _prepared(released, cohort.inject(key, code, after=True), tmp_path).flags == []
