"""The restricted serializer between the learner's process and the tests': what is plain data, and what is not.

No sandbox needed: :mod:`_plain` is pure Python; the sandboxed round trip is in
``test_grading_sandbox.py``.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from conftest import AlwaysEqualFloat

from servicepsych.grading.grade._plain import NotPlain, decode, encode


def roundtrip(value, **kw):
    return decode(json.loads(json.dumps(encode(value, **kw))))


@pytest.mark.parametrize("value", [
    0, -7, 2 ** 200, 1.5, -0.0, True, False, None, "", "déjà vu", [1, [2, [3]]], (1, "a", None), {"a": 1, 2: [3.5]},
    {"x", "y"}, frozenset({(1, 2), 3}), [], {}, (),
])
def test_plain_python_values_come_back_equal_and_of_the_same_exact_type(value):
    back = roundtrip(value)
    assert back == value and type(back) is type(value)


def test_special_floats_survive():
    back = roundtrip([math.inf, -math.inf, math.nan])
    assert back[0] == math.inf and back[1] == -math.inf and math.isnan(back[2])


@pytest.mark.parametrize("value", [np.float64(1.25), np.int32(-3), np.bool_(True), np.uint8(200), np.str_("a")])
def test_numpy_scalars_keep_their_type(value):
    back = roundtrip(value)
    assert type(back) is type(value) and back == value


@pytest.mark.parametrize("array", [np.arange(6).reshape(2, 3), np.array([0.5, np.nan]), np.array([True, False]),
                                   np.array(["gain", "loss"]), np.zeros((0, 3)), np.array(3.0)])
def test_numeric_bool_and_text_arrays_keep_dtype_shape_and_data(array):
    back = roundtrip(array)
    assert type(back) is np.ndarray and back.shape == array.shape
    assert (back.dtype == array.dtype) or array.dtype.kind == "U"
    np.testing.assert_array_equal(back, array)


def test_pandas_tables_and_series_come_back_as_data():
    frame = pd.DataFrame({"condition": ["low", "high"], "estimate": [129.0, 229.0], "n": [8, 8]},
                         index=["a", "b"])
    back = roundtrip(frame)
    assert type(back) is pd.DataFrame
    pd.testing.assert_frame_equal(back, frame)
    series = pd.Series([1.0, 2.0], name="rate", index=[10, 20])
    pd.testing.assert_series_equal(roundtrip(series), series)
    ranged = pd.DataFrame({"a": [1, 2, 3]})
    pd.testing.assert_frame_equal(roundtrip(ranged), ranged)


class _Meta(type):
    def __instancecheck__(cls, obj):
        return True


class _PosesAsArray(metaclass=_Meta):
    __class__ = np.ndarray


@pytest.mark.parametrize("value", [
    AlwaysEqualFloat(1.0), _PosesAsArray(), object(), np.array([object()]), np.array([1 + 2j]), {(1,): 2}, {1.5: "x"},
    [lambda: 1], pd.DataFrame({"a": [object()]}), {frozenset([1])}, b"bytes", range(3), np.datetime64("2024-01-01"),
])
def test_anything_else_is_not_plain(value):
    with pytest.raises(NotPlain, match="not|only|hold|too"):
        encode(value)


def test_functions_cross_only_as_handles_when_allowed():
    def f(x):
        return x

    handles = []
    data = encode({"f": f}, functions=lambda fn: handles.append(fn) or len(handles))
    assert data["v"][0][1] == {"t": "function", "h": 1, "name": "f"} and handles == [f]
    with pytest.raises(NotPlain):
        decode(data)  # without a proxy maker, a handle is refused
    assert decode(data, lambda h, name: (h, name)) == {"f": (1, "f")}


def test_size_and_depth_are_bounded():
    with pytest.raises(NotPlain, match="too large"):
        encode(list(range(3_000_000)))
    nested = []
    for _ in range(100):
        nested = [nested]
    with pytest.raises(NotPlain, match="deeply"):
        encode(nested)


@pytest.mark.parametrize("data", [
    {"t": "float", "v": "1e400x"}, {"t": "int", "v": 1.5}, {"t": "bool", "v": 1}, {"t": "list", "v": "abc"},
    {"t": "ndarray", "dtype": "object", "shape": [1], "v": [1]}, {"t": "ndarray", "dtype": "int64", "shape": [2], "v": [1]},
    {"t": "ndarray", "dtype": "int64", "shape": [1], "v": ["1"]}, {"t": "dict", "v": [[{"t": "float", "v": 1.0}, {"t": "none"}]]},
    {"t": "pickle", "v": "gASV"}, {"t": "npscalar", "dtype": "complex128", "v": 1}, [1, 2], "x",
    {"t": "DataFrame", "columns": ["a"], "index": {"t": "range", "v": [0, 1, 0]}, "data": []},
])
def test_malformed_data_is_refused_on_the_tests_side(data):
    with pytest.raises(NotPlain):
        decode(data)
