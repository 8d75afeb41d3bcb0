"""Data sets of the loss-aversion module (synthetic, seeded)."""

from __future__ import annotations

from . import Dataset

_CHANNELS = ("phone", "chat", "store")


def _service_recovery_cases(seed: int):
    """Complaint cases: the customer's loss, the goodwill offered, and how it was delivered."""
    import numpy as np
    import pandas as pd

    from ..prospect import segregated_value, value

    rng = np.random.default_rng(seed)
    n = 300
    loss = np.clip(np.round(rng.lognormal(np.log(120), 0.6, n) / 5) * 5, 10, 1000)
    ratio = rng.uniform(0.5, 3.5, n)
    compensation = np.round(loss * ratio / 5) * 5
    gestures = rng.choice([1, 2, 3], size=n, p=[0.6, 0.3, 0.1])
    net = np.array([value(-l) + segregated_value(np.full(g, c / g)) for l, c, g in zip(loss, compensation, gestures)])
    # Illustrative only: the chance of coming back rises with the net feeling (logistic, scale 40).
    p_return = 1 / (1 + np.exp(-(0.3 + net / 40)))
    return pd.DataFrame({
        "case_id": np.arange(1, n + 1),
        "channel": rng.choice(_CHANNELS, size=n),
        "loss": loss.astype(int),
        "compensation": compensation.astype(int),
        "gestures": gestures.astype(int),
        "returned_90d": rng.random(n) < p_return,
    })


DATASETS = {
    "service_recovery_cases": Dataset(
        description=(
            "300 synthetic complaint cases (one row each) for the loss-aversion lesson. `loss` is what the "
            "service failure cost the customer (damaged goods, a missed meal, a lost booking), `compensation` "
            "the total goodwill offered, `gestures` how many separate gestures it was delivered in (1-3), "
            "`channel` where the complaint came in, and `returned_90d` whether the customer bought again "
            "within 90 days. Losses are log-normal (median about 120) and compensation 0.5-3.5 times the "
            "loss. The return flag is simulated from the prospect-theory net feeling with the Tversky & "
            "Kahneman (1992) median parameters (findings tk92_*), so it illustrates the model; it is not "
            "field data."
        ),
        build=_service_recovery_cases,
    ),
}
