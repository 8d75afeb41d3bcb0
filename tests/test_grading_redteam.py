"""Red team of grading engine v2, on the real assignment ``01_anchoring`` (released with the real nbgrader).

A learner who has read this repository and nbgrader's writes each submission
(the cases are built at test time from the release and the answer key, never
copied), the cohort is graded with the real ``servicepsych grade`` command line,
and each case must earn nothing it did not earn, cost only its own submission,
and leave a re-run with nothing to do. Families:

* **the channel**: a forged frame of JSON nested too deeply for the parent's parser
  (it used to escape as a "lost worker", so the submission was never journalled and
  every re-run graded it again); forged frames and a forked child writing on every
  descriptor from inside a function a test calls;
* **the file system**: a submitted notebook, or the assignment's folder, that is a
  symbolic link to the instructor's ``source/`` (it used to be followed: the answer
  key scored full marks); reading ``source/`` and the gradebook, or the network, from
  learner code;
* **forwarded calls**: a learner function returning its own arguments, itself, raising
  ``StopIteration`` or ignoring the per-call alarm;
* **honest side**: an unanswered ``x = ...`` (it used to be flagged "not a plain
  value"), and stretch functions written as a callable object, with a
  ``ProcessPoolExecutor`` or imported from a helper module submitted beside the
  notebook: each scores as under plain ``nbgrader autograde`` (checked here), unflagged.

Closed after the review: the parent parsed each frame in full, and JSON of empty objects
cost it about 25 times the frame's bytes (a 64 MiB frame peaked at 1.7 GB). Frames over
1 MiB that are mostly containers are now refused unparsed, and ``report_bytes`` is 16 MiB.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import sys
import threading
import tracemalloc
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "grading"))
import cohort  # noqa: E402

from conftest import nbgrader, servicepsych  # noqa: E402
from servicepsych.grading._course import state_dir  # noqa: E402
from servicepsych.grading.grade import _wire  # noqa: E402
from servicepsych.grading.grade.sandbox import bwrap_problem  # noqa: E402

A = "01_anchoring"
SANDBOX = pytest.mark.skipif(bwrap_problem() is not None, reason=f"no sandbox here: {bwrap_problem()}")
GRADE = ("grade", A, "--workers", "2", "--no-progress", "--timeout", "60", "--cell-timeout", "8",
         "--call-timeout", "3")

PIPES = ("import os as _o, stat as _s\n"
         "def _pipes():\n"
         "    for _fd in range(3, 64):\n"
         "        try:\n            if _s.S_ISFIFO(_o.fstat(_fd).st_mode):\n                yield _fd\n"
         "        except OSError:\n            pass\n")
DEEP_JSON = PIPES + ("_b = b'[' * 300000\nfor _fd in list(_pipes()):\n"
                     "    try:\n        _o.write(_fd, b'%08d' % len(_b) + _b)\n    except OSError:\n        pass\n")


def _escape(course: Path) -> str:
    """Code that tries to read the answer key, the gradebook and the network, and answers from what it finds."""
    src = course / "source" / A / f"{A}.ipynb"
    return (f"import json, os, socket\n_found = []\n"
            f"for _p in ({str(src)!r}, {str(course / 'gradebook.db')!r}):\n"
            "    try:\n        _found.append(open(_p, 'rb').read())\n    except OSError:\n        pass\n"
            "try:\n    socket.create_connection(('1.1.1.1', 53), timeout=2)\n    _found.append(b'net')\nexcept OSError:\n"
            "    pass\n"
            "for _raw in _found:\n    try:\n        _key = json.loads(_raw)\n    except ValueError:\n        continue\n"
            "    for _c in _key['cells']:\n        if _c['metadata'].get('nbgrader', {}).get('solution'):\n"
            "            exec(''.join(_c['source']))\n")


def _stretch_body(key) -> str:
    src = cohort.answer_cells(key)[-1].source
    return src.split("### BEGIN SOLUTION\n")[1].split("### END SOLUTION")[0]


def _with_stretch(key, code: str):
    nb = copy.deepcopy(key)
    cohort.answer_cells(nb)[-1].source = code
    return nb


def _cases(course: Path) -> tuple[dict, dict]:
    """``(attacks, honest)``: name -> notebook."""
    key, blank = cohort.key(course, A), cohort.blank(course, A)
    body = _stretch_body(key)
    fn = "def shortest_kept_promise(options, waits, share=0.9):\n"
    fork_spam = ('    import os\n    if os.fork() == 0:\n        for _fd in range(64):\n            try:\n'
                 '                os.write(_fd, b"00000002{}")\n            except OSError:\n                pass\n'
                 '        os._exit(0)\n')
    attacks = {
        "deep_json": cohort.inject(blank, DEEP_JSON),
        "escape": cohort.inject(blank, _escape(course)),
        "fork_in_call": _with_stretch(key, body.replace('    """The shortest', fork_spam + '    """The shortest')),
        "returns_args": _with_stretch(key, fn + "    return options\n"),
        "returns_itself": _with_stretch(key, fn + "    return shortest_kept_promise\n"),
        "stop_iteration": _with_stretch(key, fn + "    raise StopIteration\n"),
        "ignores_alarm": _with_stretch(key, fn + "    while True:\n        try:\n            while True:\n"
                                                 "                pass\n        except BaseException:\n"
                                                 "            pass\n"),
    }
    first = cohort.answer_cells(key)[0]
    unanswered = copy.deepcopy(key)
    name = cohort.assigned_names(key)[0]
    cohort.answer_cells(unanswered)[0].source = "\n".join(
        f"{line.split('=')[0].strip()} = ..." if line.startswith(f"{name} ") else line
        for line in first.source.splitlines())
    private = body.replace("def shortest_kept_promise(", "def _kept(")
    honest = {
        "key": key,
        "unanswered_placeholder": unanswered,
        "callable_object": _with_stretch(key, private + "\nclass _Kept:\n    def __call__(self, *args, **kwargs):\n"
                                                        "        return _kept(*args, **kwargs)\n\n\n"
                                                        "shortest_kept_promise = _Kept()\n"),
        "process_pool": _with_stretch(key, private + "\nfrom concurrent.futures import ProcessPoolExecutor\n\n\n"
                                                     "def shortest_kept_promise(*args, **kwargs):\n"
                                                     "    with ProcessPoolExecutor(1) as pool:\n"
                                                     "        return pool.submit(_kept, *args, **kwargs).result()\n"),
        "helper_module": _with_stretch(key, "from my_helpers import shortest_kept_promise\n"),
    }
    return attacks, honest


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = cohort.make_course(tmp_path_factory.mktemp("redteam") / "course", [A])
    attacks, honest = _cases(course)
    for label, nb in {**attacks, **honest}.items():
        cohort.submit(course, A, label, nb)
    key = cohort.key(course, A)
    (course / "submitted" / "helper_module" / A / "my_helpers.py").write_text(_stretch_body(key))
    # a notebook, and a whole assignment folder, that are links to the instructor's answer key
    linked = course / "submitted" / "linked_notebook" / A
    linked.mkdir(parents=True)
    (linked / f"{A}.ipynb").symlink_to(course / "source" / A / f"{A}.ipynb")
    (course / "submitted" / "linked_folder").mkdir()
    (course / "submitted" / "linked_folder" / A).symlink_to(course / "source" / A)
    # the honest corpus under plain nbgrader, on a copy holding only those submissions
    plain = cohort.copy_course(course, tmp_path_factory.mktemp("plain") / "course")
    for folder in (plain / "submitted").iterdir():
        if folder.name not in honest:
            shutil.rmtree(folder)
    nbgrader(plain, "autograde", A, "--force", timeout=600)
    first = servicepsych(course, *GRADE, check=False, timeout=600)
    again = servicepsych(course, *GRADE, check=False, timeout=300)
    return course, plain, first, again, attacks, honest


def _result(course, student):
    return json.loads((state_dir(course, A) / "results" / f"{student}.json").read_text())


def _scores(res) -> dict:
    return {c["grade_id"]: c["score"] for c in res["cells"] if c["kind"] == "autograded"}


def _stretch(course) -> set:
    nb = cohort.blank(course, A)
    return {c.metadata["nbgrader"]["grade_id"] for c in cohort.test_cells(nb)
            if c.metadata.get("servicepsych", {}).get("stretch")}


@SANDBOX
@pytest.mark.slow
def test_every_submission_is_graded_once_and_a_rerun_has_nothing_left(graded):
    course, _, first, again, attacks, honest = graded
    assert first.returncode == 1, first.stdout + first.stderr  # errors: deep_json and the links
    assert "worker failed" not in first.stdout
    students = set(attacks) | set(honest) | {"linked_notebook", "linked_folder"}
    assert {json.loads(line)["student"] for line in
            (state_dir(course, A) / "journal.jsonl").read_text().splitlines()} == students
    assert again.returncode == 0 and f"{len(students)} already graded" in again.stdout, again.stdout


@SANDBOX
@pytest.mark.slow
def test_a_frame_nested_too_deeply_is_that_submissions_error(graded):
    course = graded[0]
    res = _result(course, "deep_json")
    assert res["status"] == "error" and "broke its channel" in res["error"], res["error"]
    assert sum(_scores(res).values()) == 0


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("student", ["linked_notebook", "linked_folder"])
def test_a_symbolic_link_to_the_answer_key_is_refused(graded, student):
    course = graded[0]
    res = _result(course, student)
    assert res["status"] == "error" and "symbolic link" in res["error"], res
    assert sum(_scores(res).values()) == 0


@SANDBOX
@pytest.mark.slow
def test_learner_code_reads_neither_the_answer_key_nor_the_gradebook_nor_the_network(graded):
    course = graded[0]
    assert sum(_scores(_result(course, "escape")).values()) == 0


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("student", ["returns_args", "returns_itself", "stop_iteration", "ignores_alarm"])
def test_a_wrong_function_earns_no_stretch_point(graded, student):
    course = graded[0]
    res = _result(course, student)
    scores, stretch = _scores(res), _stretch(course)
    assert stretch and all(scores[g] == 0 for g in stretch), scores
    core = {c["grade_id"]: c["points"] for c in res["cells"] if c["grade_id"] in scores and c["grade_id"] not in stretch}
    if student == "ignores_alarm" and res["status"] == "error":  # stopped, by the parent or by the tests' alarm
        assert "would not stop" in res["error"] or "time" in res["error"], res["error"]
    else:
        assert res["status"] == "graded" and {g: scores[g] for g in core} == core


@SANDBOX
@pytest.mark.slow
def test_forged_frames_from_a_forked_child_in_a_call_change_nothing(graded):
    course = graded[0]
    res = _result(course, "fork_in_call")
    assert res["status"] == "graded" and res["flags"] == []
    assert sum(_scores(res).values()) == sum(cohort.autograded_points(course, A).values())


@SANDBOX
@pytest.mark.slow
@pytest.mark.parametrize("student", ["key", "unanswered_placeholder", "callable_object", "process_pool",
                                     "helper_module"])
def test_honest_styles_score_as_under_nbgrader_and_are_never_flagged(graded, student):
    course, plain = graded[0], graded[1]
    from nbgrader.api import Gradebook

    points = cohort.autograded_points(course, A)
    with Gradebook(f"sqlite:///{plain / 'gradebook.db'}") as gb:
        expected = {g.name: g.auto_score for g in gb.find_submission_notebook(A, A, student).grades
                    if g.name in points}
    res = _result(course, student)
    assert res["status"] == "graded" and res["flags"] == [], res["flags"]
    assert _scores(res) == expected
    if student == "unanswered_placeholder":
        assert sum(expected.values()) == sum(points.values()) - 1  # one item left as `...`
    else:
        assert expected == points


def test_a_forged_frame_costs_the_parent_little_memory():
    body = b"[" + b"{}," * (2 * 1024 ** 2 // 3) + b"{}]"
    r, w = os.pipe()

    def write():
        os.write(w, b"%08d" % len(body))
        for i in range(0, len(body), 1 << 16):
            os.write(w, body[i:i + (1 << 16)])

    writer = threading.Thread(target=write)
    tracemalloc.start()
    writer.start()
    try:
        _wire.read_frame(r, timeout=30)
    except _wire.ChannelError:
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    writer.join()
    os.close(r)
    os.close(w)
    assert peak < 8 * len(body), f"a {len(body)} byte frame cost the parent {peak} bytes"
