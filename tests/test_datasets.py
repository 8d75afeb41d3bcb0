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


def test_service_recovery_cases_is_not_generated_by_the_rule_it_tests():
    """Loss-aversion records: the prospect-theory rule is one weak effect among rivals and noise."""
    df = datasets.read_dataset("service_recovery_cases")
    assert {"loss", "compensation", "gestures", "days_to_resolve", "acknowledged_first", "channel",
            "returned_90d"} <= set(df.columns)
    net = -2.25 * df["loss"] ** 0.88 + df["gestures"] * (df["compensation"] / df["gestures"]) ** 0.88
    made_whole = net >= 0
    # the rule does not decide the outcome: returns and non-returns on both sides of it
    assert df.loc[made_whole, "returned_90d"].nunique() == 2 and df.loc[~made_whole, "returned_90d"].nunique() == 2
    assert (made_whole == df["returned_90d"]).mean() < 0.7
    # a rival effect (speed of resolution) is visible in the records
    fast = df["days_to_resolve"] <= 2
    assert df.loc[fast, "returned_90d"].mean() > df.loc[~fast, "returned_90d"].mean()
