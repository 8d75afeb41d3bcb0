"""Lesson 04's R² table labels come from ``strings/peak_end.py``: Chinese in the Chinese lesson, English unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from servicepsych.strings import text, using_language

REPO = Path(__file__).resolve().parents[1]
LABELS = {"fit_length_only": ("length only", "只看时长"), "fit_average_only": ("average only", "只看平均"),
          "fit_r2_column": ("R² (0 to 1)", "R²（0 到 1）")}


def _cell(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return next("".join(c["source"]) for c in cells if c.get("id") == "203f6a0c")


def test_labels_in_both_languages():
    for key, (en, zh) in LABELS.items():
        with using_language("en"):
            assert text("peak_end", key) == en
        with using_language("zh"):
            assert text("peak_end", key) == zh


def test_both_lessons_take_the_labels_from_the_catalogue():
    for path in (REPO / "notebooks" / "04_peak_end.ipynb", REPO / "notebooks" / "zh" / "04_peak_end.ipynb"):
        source = _cell(path)
        for key, (en, _) in LABELS.items():
            assert f'text("peak_end", "{key}")' in source and f'"{en}"' not in source, (path.name, key)
