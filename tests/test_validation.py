"""Tests of servicepsych._validation: bad input gets a clear error, never a wrong number."""

import numpy as np
import pytest

from servicepsych import _validation as v


def test_as_float_array_accepts_numbers():
    assert v.as_float_array([1, 2], "x").tolist() == [1.0, 2.0]
    assert v.as_float_array(3, "x").ndim == 0


@pytest.mark.parametrize("bad, err, words", [
    ([], ValueError, "empty"),
    (["a", "b"], TypeError, "real numbers"),
    ("12", TypeError, "not text"),
    ([1, float("nan")], ValueError, "finite"),
    ([[1, 2], [3]], TypeError, "list of numbers"),
    ([None], TypeError, "real numbers"),
])
def test_as_float_array_refuses(bad, err, words):
    with pytest.raises(err, match=words):
        v.as_float_array(bad, "ratings")


def test_ndim_is_enforced():
    with pytest.raises(ValueError, match="1 dimension"):
        v.as_float_array([[1.0]], "p", ndim=1)


@pytest.mark.parametrize("probs, words", [
    ([0.5, 0.6], "sum to 1"),
    ([1.2, -0.2], "between 0 and 1"),
    ([0.3, 0.7, 0.0], "3 values but there are 2 outcomes"),
])
def test_probabilities_refused(probs, words):
    with pytest.raises(ValueError, match=words):
        v.as_probabilities(probs, n=2)


def test_probabilities_accepted():
    np.testing.assert_allclose(v.as_probabilities([0.25, 0.75], n=2), [0.25, 0.75])


@pytest.mark.parametrize("fn, bad, err", [
    (v.check_positive, 0, ValueError),
    (v.check_positive, True, TypeError),
    (v.check_nonnegative, -1, ValueError),
    (v.check_unit_interval, 1.5, ValueError),
    (v.check_finite_scalar, "3", TypeError),
    (v.check_finite_scalar, float("inf"), ValueError),
])
def test_scalar_checks(fn, bad, err):
    with pytest.raises(err):
        fn(bad, "x")


def test_scalar_checks_return_floats():
    assert type(v.check_positive(np.int64(3), "x")) is float
    assert v.check_unit_interval(1, "p") == 1.0
