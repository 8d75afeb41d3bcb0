"""The bundled data sets: discoverable, described, seeded and reproducible."""

import pytest

from servicepsych import datasets


def test_datasets_are_listed_and_described():
    names = datasets.list_datasets()
    assert names, "no data sets are registered"
    for name in names:
        assert len(datasets.describe(name)) > 40


@pytest.mark.parametrize("name", datasets.list_datasets())
def test_dataset_is_seeded(name):
    a = datasets.read_dataset(name)
    assert len(a) > 0
    assert a.equals(datasets.read_dataset(name))
    assert not a.equals(datasets.read_dataset(name, seed=1))


def test_unknown_dataset_is_a_clear_error():
    with pytest.raises(KeyError, match="available"):
        datasets.read_dataset("nope")
