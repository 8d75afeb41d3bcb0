"""The findings table: complete rows with citations, unique keys, DataFrame API."""

import pytest

from servicepsych import findings


def test_every_finding_is_cited_and_numeric():
    rows = findings.all_findings()
    assert len(rows) >= 5
    for f in rows:
        assert f.key and f.concept and f.study and f.figure
        assert isinstance(f.value, (int, float)), f.key
        assert len(f.citation) > 30 and any(ch.isdigit() for ch in f.citation), f"{f.key}: full citation needed"


def test_table_and_lookup():
    table = findings.table()
    assert len(table) == len(findings.all_findings())
    assert table["key"].is_unique
    sub = findings.table("loss_aversion")
    assert set(sub["concept"]) == {"loss_aversion"}
    assert findings.get("tk92_loss_aversion_lambda").value == 2.25


def test_unknown_key_lists_known_ones():
    with pytest.raises(KeyError, match="tk92_alpha"):
        findings.get("no_such_finding")
