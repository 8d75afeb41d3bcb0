"""Which names each test cell reads: derived from the trusted source, checked on every real assignment.

The tests' process receives exactly these names (as plain data) from the
learner's process, so a name the derivation missed would fail an honest learner
and a spurious one would be harmless but noisy. Each real assignment's answer key
binds every name its tests read (and the key scoring full marks under
``servicepsych grade`` is tested in ``test_grading_grade.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from servicepsych.grading.grade.gradebook import CellSpec, NotebookSpec, _derive_reads
from servicepsych.grading.grade.reads import free_names, read_names

REPO = Path(__file__).resolve().parents[1]
SOURCES = sorted((REPO / "course" / "source").glob("*/*.ipynb"))


def _spec_from(path: Path) -> NotebookSpec:
    nb = nbformat.read(path, as_version=4)
    ns = NotebookSpec(path.stem)
    for c in nb.cells:
        m = c.metadata.get("nbgrader", {})
        if m.get("grade_id"):
            ns.cells[m["grade_id"]] = CellSpec(m["grade_id"], c.cell_type, bool(m.get("locked")), c.source, c.source,
                                               "", grade=bool(m.get("grade")), solution=bool(m.get("solution")),
                                               task=bool(m.get("task")), points=float(m.get("points") or 0))
    _derive_reads(ns, path)
    return ns


def _bound_at_top(nb) -> set:
    names = set()
    for c in nb.cells:
        if c.cell_type != "code":
            continue
        try:
            tree = ast.parse(c.source)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            for t in getattr(node, "targets", []) + [getattr(node, "target", None)]:
                if t is not None:
                    names |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_every_name_a_test_reads_is_an_answer_the_key_defines(path):
    spec = _spec_from(path)
    key_names = _bound_at_top(nbformat.read(path, as_version=4))
    tests = [c for c in spec.cells.values() if c.grade and not c.solution and c.cell_type == "code"]
    assert tests, "no autograded test cells"
    assert spec.prelude, "the source has no imports for the tests' process"
    for cell in tests:
        assert cell.reads, f"{cell.grade_id} reads no learner name: it would test nothing the learner did"
        missing = set(cell.reads) - key_names
        assert not missing, f"{cell.grade_id} reads {sorted(missing)}, which the answer key never defines"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.parent.name)
def test_tests_read_no_module_or_helper_the_prelude_provides(path):
    spec = _spec_from(path)
    from servicepsych.grading.grade.reads import import_bound

    bound = import_bound(spec.prelude)
    for cell in spec.cells.values():
        assert not (set(cell.reads) & bound), cell.grade_id


def test_free_names_leave_out_what_the_cell_binds_itself():
    src = ("from builtins import max\n_rng = __import__('random').Random(1)\n"
           "def _f(a, *rest, k=1):\n    return [v for v in rest if v > a] + [k]\n"
           "for _i, _j in enumerate(answer):\n    assert _f(_i) and other[_j]\n"
           "try:\n    pass\nexcept ValueError as exc:\n    print(exc)\n")
    assert free_names(src) == {"answer", "other"}


def test_metadata_reads_override_the_derivation():
    assert read_names("assert globals()['x'] == 1", set(), override=["x", "y"]) == ["x", "y"]
    assert read_names("assert globals()['x'] == 1", set()) == []


def test_check_calls_add_the_questions_names():
    from servicepsych.questions._base import get_bank, list_concepts

    concept = list_concepts()[0]
    question, q = next(iter(get_bank(concept).items()))
    src = f"from servicepsych.check import check\ncheck({concept + '.' + question!r}, strict=True)"
    assert set(read_names(src, set())) == set(q.names)
