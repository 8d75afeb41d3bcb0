"""The restricted serializer: the only way a value crosses between the learner's process and the tests'.

A value is *plain* when it is built only from exact ``int``, ``float``, ``bool``,
``str``, ``None``, numpy scalars, ``list``, ``tuple``, ``dict`` (``str`` or ``int``
keys), ``set``/``frozenset`` (of numbers, text or tuples), numpy arrays of a numeric, boolean or string dtype, and pandas
``DataFrame``/``Series`` holding such columns. It is written as tagged JSON data
(never pickle, never a learner-defined class; subclasses are not plain) within a
size budget, and read back by building fresh objects of those exact types.
A learner's function crosses as a *handle* (``{"t": "function", "h": 3}``): the
tests' side turns it into a proxy that forwards calls (see ``_tester.py``).

This module is used inside both sandboxes (standard library, plus numpy and
pandas when the value needs them) and is imported by path, not as a package.

Examples
--------
>>> data = encode({"a": [1, 2.5, True, None], 3: ("x",)})
>>> decode(data) == {"a": [1, 2.5, True, None], 3: ("x",)}
True
>>> class Sneaky(float):
...     pass
>>> encode(Sneaky(1.0))
Traceback (most recent call last):
...
servicepsych.grading.grade._plain.NotPlain: it is a Sneaky, not a plain value (a number, text, True/False, None, a list, tuple or dict of those, a numpy array or a pandas table)
"""

import math

__all__ = ["MAX_ITEMS", "NotPlain", "decode", "encode"]

MAX_ITEMS = 2_000_000  # numbers, strings and containers in one value
MAX_STR = 1_000_000  # characters in one string
MAX_DEPTH = 40
ARRAY_KINDS = "biuf"  # bool, signed, unsigned, float (plus "U": str)
HASHABLE_TAGS = {"none", "bool", "int", "float", "str", "tuple"}
PLAIN_WORDS = ("a number, text, True/False, None, a list, tuple or dict of those, a numpy array or a pandas table")


class NotPlain(ValueError):
    """The value cannot cross: it is not plain data (or too large)."""


class _Budget:
    def __init__(self, items=MAX_ITEMS):
        self.left = items

    def take(self, n=1):
        self.left -= n
        if self.left < 0:
            raise NotPlain(f"it is too large to grade (more than {MAX_ITEMS} items)")


def _np():
    import sys

    return sys.modules.get("numpy")


def _pd():
    import sys

    return sys.modules.get("pandas")


def _scalar_types(np):
    return {np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64,
            np.float16, np.float32, np.float64, np.str_}


def _float(x):
    return x if math.isfinite(x) else repr(x)  # "nan", "inf", "-inf": JSON has no such numbers


def encode(value, functions=None, _budget=None, _depth=0):
    """Tagged JSON data for ``value``, or :class:`NotPlain` saying why it cannot cross.

    ``functions`` (a callable taking the function and returning an int handle)
    lets learner functions cross as handles; without it they are not plain.
    """
    budget = _budget or _Budget()
    budget.take()
    if _depth > MAX_DEPTH:
        raise NotPlain("it is nested too deeply")
    t = type(value)
    if value is None:
        return {"t": "none"}
    if value is Ellipsis:  # the placeholder of an unanswered ``x = ...``: the tests say "not answered"
        return {"t": "ellipsis"}
    if t is bool:
        return {"t": "bool", "v": value}
    if t is int:
        if value.bit_length() > 4096:
            raise NotPlain("it is an integer too large to grade")
        return {"t": "int", "v": value}
    if t is float:
        return {"t": "float", "v": _float(value)}
    if t is str:
        if len(value) > MAX_STR:
            raise NotPlain(f"it is a text longer than {MAX_STR} characters")
        budget.take(len(value) // 64)
        return {"t": "str", "v": value}
    if t is list or t is tuple:
        return {"t": t.__name__, "v": [encode(v, functions, budget, _depth + 1) for v in value]}
    if t is set or t is frozenset:
        items = [encode(v, None, budget, _depth + 1) for v in value]
        if any(i["t"] not in HASHABLE_TAGS for i in items):
            raise NotPlain(f"it is a {t.__name__} holding something other than numbers, text or tuples")
        return {"t": t.__name__, "v": items}
    if t is dict:
        items = []
        for k, v in value.items():
            if type(k) is not str and type(k) is not int:
                raise NotPlain(f"it is a dict with a key of type {type(k).__name__} (only str or int keys)")
            items.append([encode(k, None, budget, _depth + 1), encode(v, functions, budget, _depth + 1)])
        return {"t": "dict", "v": items}
    np = _np()
    if np is not None:
        if t in _scalar_types(np):
            if t is np.str_:
                return {"t": "npscalar", "dtype": "str", "v": str(value)}
            kind = np.dtype(t).kind
            raw = bool(value) if kind == "b" else (int(value) if kind in "iu" else _float(float(value)))
            return {"t": "npscalar", "dtype": np.dtype(t).name, "v": raw}
        if t is np.ndarray:
            return _encode_array(np, value, budget)
    pd = _pd()
    if pd is not None:
        if t is pd.Series:
            return {"t": "Series", "name": _label(value.name), "index": _encode_index(pd, np, value.index, budget),
                    "data": _encode_column(np, value, budget)}
        if t is pd.DataFrame:
            return {"t": "DataFrame", "columns": [_label(c) for c in value.columns],
                    "index": _encode_index(pd, np, value.index, budget),
                    "data": [_encode_column(np, value.iloc[:, i], budget) for i in range(value.shape[1])]}
    if functions is not None and callable(value) and not isinstance(value, type) and t.__name__ != "module":
        return {"t": "function", "h": int(functions(value)), "name": str(getattr(value, "__name__", "function"))[:100]}
    raise NotPlain(f"it is a {t.__name__}, not a plain value ({PLAIN_WORDS})")


def _label(label):
    if label is None or type(label) in (str, int, bool, float):
        return label
    np = _np()
    if np is not None and type(label) in _scalar_types(np):
        return label.item()
    raise NotPlain(f"a table label of type {type(label).__name__} is not plain")


def _encode_array(np, arr, budget):
    kind = arr.dtype.kind
    if kind not in ARRAY_KINDS and kind != "U":
        raise NotPlain(f"it is a numpy array of dtype {arr.dtype}, not of numbers, True/False or text")
    budget.take(int(arr.size))
    flat = arr.ravel().tolist()
    if kind == "f":
        flat = [_float(x) for x in flat]
    return {"t": "ndarray", "dtype": "str" if kind == "U" else arr.dtype.name, "shape": list(arr.shape), "v": flat}


def _encode_column(np, series, budget):
    values = series.to_numpy()
    if values.dtype.kind == "O":  # pandas keeps text as objects: plain only when every item is a str or None
        budget.take(len(values))
        if not all(v is None or type(v) is str for v in values):
            raise NotPlain("it is a table with a column that holds objects other than text")
        return {"t": "list", "v": [encode(v, None, budget) for v in values]}
    return _encode_array(np, values, budget)


def _encode_index(pd, np, index, budget):
    if type(index) is pd.RangeIndex:
        return {"t": "range", "v": [index.start, index.stop, index.step]}
    return {"t": "list", "v": [encode(_label(v), None, budget) for v in index.tolist()]}


# ---------------------------------------------------------------- decoding (the tests' side)

def _unfloat(v):
    if type(v) is float or type(v) is int:
        return float(v)
    if v in ("nan", "inf", "-inf"):
        return float(v)
    raise NotPlain("a malformed float")


def decode(data, function=None, _budget=None, _depth=0):
    """The value ``data`` (from :func:`encode`) stands for, built from exact types only.

    ``function(handle, name)`` makes the proxy for a learner function; without it a
    handle is refused. Anything malformed raises :class:`NotPlain`.
    """
    budget = _budget or _Budget()
    budget.take()
    if _depth > MAX_DEPTH + 2 or type(data) is not dict:
        raise NotPlain("malformed data")
    tag = data.get("t")
    v = data.get("v")
    if tag == "none":
        return None
    if tag == "ellipsis":
        return Ellipsis
    if tag == "bool" and type(v) is bool:
        return v
    if tag == "int" and type(v) is int:
        return v
    if tag == "float":
        return _unfloat(v)
    if tag == "str" and type(v) is str:
        return v
    if tag in ("list", "tuple") and type(v) is list:
        out = [decode(x, function, budget, _depth + 1) for x in v]
        return out if tag == "list" else tuple(out)
    if tag in ("set", "frozenset") and type(v) is list:
        out = [decode(x, None, budget, _depth + 1) for x in v]
        try:
            return set(out) if tag == "set" else frozenset(out)
        except TypeError:
            raise NotPlain("malformed set") from None
    if tag == "dict" and type(v) is list:
        out = {}
        for pair in v:
            if type(pair) is not list or len(pair) != 2:
                raise NotPlain("malformed dict")
            key = decode(pair[0], None, budget, _depth + 1)
            if type(key) not in (str, int):
                raise NotPlain("malformed dict key")
            out[key] = decode(pair[1], function, budget, _depth + 1)
        return out
    if tag == "function" and function is not None and type(data.get("h")) is int:
        return function(data["h"], str(data.get("name", "function"))[:100])
    if tag == "npscalar":
        import numpy as np

        dtype = data.get("dtype")
        if dtype == "str" and type(v) is str:
            return np.str_(v)
        dt = _dtype(np, dtype)
        return dt.type(_unfloat(v) if dt.kind == "f" else v)
    if tag == "ndarray":
        import numpy as np

        return _decode_array(np, data, budget)
    if tag in ("Series", "DataFrame"):
        import pandas as pd

        index = _decode_index(pd, data.get("index"), budget)
        if tag == "Series":
            return pd.Series(_decode_column(data.get("data"), budget), index=index,
                             name=_unlabel(data.get("name")))
        columns = data.get("columns")
        cols = data.get("data")
        if type(columns) is not list or type(cols) is not list or len(columns) != len(cols):
            raise NotPlain("malformed table")
        frame = pd.DataFrame({i: _decode_column(c, budget) for i, c in enumerate(cols)}, index=index)
        frame.columns = [_unlabel(c) for c in columns]
        return frame
    raise NotPlain(f"unknown or malformed data ({str(tag)[:40]})")


def _dtype(np, name):
    if type(name) is not str:
        raise NotPlain("malformed dtype")
    try:
        dt = np.dtype(name)
    except TypeError:
        raise NotPlain("malformed dtype") from None
    if dt.kind not in ARRAY_KINDS or dt.name != name:
        raise NotPlain("unsupported dtype")
    return dt


def _decode_array(np, data, budget):
    shape, flat, dtype = data.get("shape"), data.get("v"), data.get("dtype")
    if type(shape) is not list or not all(type(n) is int and n >= 0 for n in shape) or type(flat) is not list:
        raise NotPlain("malformed array")
    if math.prod(shape) != len(flat):
        raise NotPlain("malformed array")
    budget.take(len(flat))
    if dtype == "str":
        if not all(type(x) is str for x in flat):
            raise NotPlain("malformed text array")
        return np.array(flat, dtype=str).reshape(shape) if flat else np.array([], dtype=str).reshape(shape)
    dt = _dtype(np, dtype)
    if dt.kind == "f":
        flat = [_unfloat(x) for x in flat]
    elif dt.kind == "b":
        if not all(type(x) is bool for x in flat):
            raise NotPlain("malformed bool array")
    elif not all(type(x) is int for x in flat):
        raise NotPlain("malformed integer array")
    return np.array(flat, dtype=dt).reshape(shape)


def _decode_column(data, budget):
    import numpy as np

    if type(data) is not dict:
        raise NotPlain("malformed column")
    if data.get("t") == "list":
        out = decode(data, None, budget)
        if not all(x is None or type(x) is str for x in out):
            raise NotPlain("malformed text column")
        return np.array(out, dtype=object)
    if data.get("t") != "ndarray":
        raise NotPlain("malformed column")
    return _decode_array(np, data, budget)


def _unlabel(label):
    if label is None or type(label) in (str, int, bool, float):
        return label
    raise NotPlain("malformed label")


def _decode_index(pd, data, budget):
    if type(data) is not dict:
        raise NotPlain("malformed index")
    if data.get("t") == "range":
        v = data.get("v")
        if type(v) is not list or len(v) != 3 or not all(type(x) is int for x in v) or v[2] == 0:
            raise NotPlain("malformed index")
        return pd.RangeIndex(*v)
    labels = decode(data, None, budget)
    if type(labels) is not list or not all(_unlabel(x) is x for x in labels):
        raise NotPlain("malformed index")
    return pd.Index(labels)
