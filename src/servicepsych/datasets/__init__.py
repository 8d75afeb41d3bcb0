"""Seeded synthetic data sets a lesson can analyse.

Each data set is generated from a fixed seed, so every learner, every trainer and
every test sees the same rows. Data sets are defined in one small private module
per concept (``datasets/_<concept>.py``, each defining ``DATASETS``: a dict of
name -> :class:`Dataset`) and found here on first use.

Examples
--------
>>> from servicepsych.datasets import list_datasets, read_dataset
>>> "service_journeys" in list_datasets()
True
>>> df = read_dataset("service_journeys")
>>> df.equals(read_dataset("service_journeys"))   # seeded: the same every time
True
"""

from __future__ import annotations

import pkgutil
from dataclasses import dataclass
from importlib import import_module
from typing import Callable

__all__ = ["Dataset", "DEFAULT_SEED", "describe", "list_datasets", "read_dataset"]

#: The seed every data set uses unless the caller asks for another.
DEFAULT_SEED = 20240601


@dataclass(frozen=True)
class Dataset:
    """A named, seeded data set.

    Attributes
    ----------
    description : str
        One paragraph: what a row is, what the columns mean, how it was generated
        (and which published effect sizes it follows).
    build : callable
        ``build(seed: int) -> pandas.DataFrame``; must be deterministic in ``seed``.
    """

    description: str
    build: Callable


_REGISTRY: dict[str, Dataset] | None = None


def _registry() -> dict[str, Dataset]:
    global _REGISTRY
    if _REGISTRY is None:
        found: dict[str, Dataset] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
            if info.name.startswith("_"):
                module = import_module(f"{__name__}.{info.name}")
                for name, ds in getattr(module, "DATASETS", {}).items():
                    if name in found:
                        raise RuntimeError(f"data set {name!r} is defined twice")
                    found[name] = ds
        _REGISTRY = found
    return _REGISTRY


def list_datasets() -> list[str]:
    """Names of every bundled data set, sorted."""
    return sorted(_registry())


def describe(name: str) -> str:
    """The description of data set ``name``."""
    return _lookup(name).description


def _lookup(name: str) -> Dataset:
    registry = _registry()
    if name not in registry:
        raise KeyError(f"no data set called {name!r}; available: {', '.join(sorted(registry))}")
    return registry[name]


def read_dataset(name: str, seed: int | None = None):
    """Build data set ``name`` as a pandas DataFrame.

    Parameters
    ----------
    name : str
        One of :func:`list_datasets`.
    seed : int, optional
        Another seed for a fresh sample; the default gives the course's rows.
    """
    ds = _lookup(name)
    return ds.build(DEFAULT_SEED if seed is None else int(seed))
