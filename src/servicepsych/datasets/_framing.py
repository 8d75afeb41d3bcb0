"""Data sets of the framing module."""

from __future__ import annotations

from . import Dataset

#: Complaint probabilities used to simulate the A/B test. Invented for practice:
#: they are NOT a published estimate of the size of a framing effect.
_P_COMPLAIN = {"gain": 0.10, "loss": 0.18}


def build_delay_sms_ab(seed: int):
    """Rows of the simulated delay-message A/B test (see the data set's description).

    Examples
    --------
    >>> df = build_delay_sms_ab(1)
    >>> list(df.columns)
    ['customer_id', 'frame', 'delay_days', 'complained']
    >>> sorted(df["frame"].unique())
    ['gain', 'loss']
    """
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    n = 600
    frame = np.where(rng.permutation(n) % 2 == 0, "gain", "loss")
    delay = rng.integers(1, 5, size=n)
    base = np.where(frame == "gain", _P_COMPLAIN["gain"], _P_COMPLAIN["loss"])
    p = np.clip(base + 0.02 * (delay - 2), 0.0, 1.0)  # longer delays draw a few more complaints
    complained = rng.random(n) < p
    return pd.DataFrame({
        "customer_id": np.arange(1, n + 1),
        "frame": frame,
        "delay_days": delay.astype(int),
        "complained": complained.astype(bool),
    })


DATASETS = {
    "delay_sms_ab": Dataset(
        description=(
            "A simulated A/B test of a delayed-order text message at an online shop. Each row is one of 600 "
            "customers whose parcel was 1 to 4 days late. Half (at random) read a gain-framed message that "
            "names when the parcel will arrive ('Your parcel will reach you on Friday'), half a loss-framed message about the same delay ('Your parcel "
            "will miss its promised date by N days'). Columns: customer_id; frame ('gain' or 'loss'); "
            "delay_days; complained (True if the customer opened a complaint within a week). Generated with "
            "complaint probabilities of 10% (gain) and 18% (loss) plus 2 points per extra day of delay: "
            "invented for practice, not a published effect size."
        ),
        build=build_delay_sms_ab,
    ),
}
