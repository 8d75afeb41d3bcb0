"""The trainer's live workshop: classroom experiments on participants' phones.

``servicepsych workshop`` (or ``./kit workshop``) starts a small web app (Starlette on
uvicorn, answers in SQLite) where participants join by QR code and take the module's
classic experiment; the trainer's page shows the class's result, with a 95%
interval, beside the published figure. In a notebook, :func:`load_results` gives
the class's answers as a DataFrame:

>>> from servicepsych.workshop import load_results          # doctest: +SKIP
>>> df = load_results("workshop_answers.csv", "anchoring")  # doctest: +SKIP
>>> class_result(df, "anchoring").estimate                  # doctest: +SKIP

Submodules: :mod:`.experiments` (one per module: texts, form, scoring, class result),
:mod:`.stats` (intervals), :mod:`.store` (SQLite), :mod:`.app` (the web app),
:mod:`.export` (CSV and DataFrame), :mod:`.serve` (the command).
Nothing heavy is imported until used.
"""

from importlib import import_module

__all__ = ["class_result", "create_app", "load_results"]

_LAZY = {"class_result": "export", "create_app": "app", "load_results": "export"}


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
