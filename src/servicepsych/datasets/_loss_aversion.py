"""Data sets of the loss-aversion module (synthetic, seeded)."""

from __future__ import annotations

from . import Dataset

_CHANNELS = ("phone", "chat", "store")

#: Weights of the simulated 90-day return (logit scale). Documented in the data set's description.
_WEIGHTS = {
    "intercept": -0.35,
    "prospect_net": 0.0015,     # per unit of prospect-theory net feeling (gestures felt separately)
    "ratio": 0.35,              # per unit of compensation / loss: a plain "fair share" rival
    "fast": 0.80,               # resolved within 2 days
    "acknowledged": 0.55,       # the agent named the customer's loss before offering anything
    "channel": {"phone": 0.0, "chat": 0.15, "store": -0.45},
    "noise_sd": 1.0,            # case-to-case noise, normal on the logit scale
}


def _service_recovery_cases(seed: int):
    """Complaint cases: the customer's loss, the goodwill offered, how and how fast it was delivered."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    n = 400
    channel = rng.choice(_CHANNELS, size=n, p=[0.4, 0.35, 0.25])
    loss = np.clip(np.round(rng.lognormal(np.log(120), 0.6, n) / 5) * 5, 10, 1000)
    ratio = rng.uniform(0.5, 3.0, n)
    compensation = np.round(loss * ratio / 5) * 5
    # Stores split goodwill into several gestures more often (a confound: stores also have fewer returns).
    p_split = np.where(channel == "store", 0.6, 0.3)
    gestures = np.where(rng.random(n) < p_split, rng.choice([2, 3], size=n, p=[0.7, 0.3]), 1)
    days = np.clip(np.round(rng.gamma(2.0, 2.0, n)), 0, 30).astype(int)
    acknowledged = rng.random(n) < 0.55

    w = _WEIGHTS
    each = compensation / gestures
    net = -2.25 * loss**0.88 + gestures * each**0.88  # TK92 medians, gestures felt separately
    logit = (w["intercept"] + w["prospect_net"] * net + w["ratio"] * compensation / loss
             + w["fast"] * (days <= 2) + w["acknowledged"] * acknowledged
             + np.array([w["channel"][c] for c in channel]) + rng.normal(0, w["noise_sd"], n))
    returned = rng.random(n) < 1 / (1 + np.exp(-logit))
    return pd.DataFrame({
        "case_id": np.arange(1, n + 1),
        "channel": channel,
        "loss": loss.astype(int),
        "compensation": compensation.astype(int),
        "gestures": gestures.astype(int),
        "days_to_resolve": days,
        "acknowledged_first": acknowledged,
        "returned_90d": returned,
    })


DATASETS = {
    "service_recovery_cases": Dataset(
        description=(
            "400 SIMULATED complaint cases (one row each) for the loss-aversion lesson; not field data. "
            "`loss` is what the service failure cost the customer, `compensation` the total goodwill "
            "offered (0.5-3 times the loss), `gestures` how many separate gestures it came in (1-3; stores "
            "split goodwill more often), `days_to_resolve` how long the fix took, `acknowledged_first` "
            "whether the agent named the customer's loss before offering anything, `channel` where the "
            "complaint came in, and `returned_90d` whether the customer bought again within 90 days. "
            "The return flag is drawn from a logistic model that mixes several effects, so that no single "
            "rule generated it: a weak prospect-theory term (0.0015 per unit of net feeling with each "
            "gesture felt separately, Tversky & Kahneman 1992 medians), a rival 'fair share' term (0.35 "
            "per unit of compensation/loss, blind to how many gestures), resolution within 2 days (+0.80), "
            "acknowledging the loss first (+0.55), channel (chat +0.15, store -0.45, a confound with "
            "gestures), and normal noise (sd 1.0) on the logit scale, intercept -0.35. Use it to test "
            "hypotheses (does splitting goodwill add anything once speed and channel are considered?), "
            "not to estimate real effects."
        ),
        build=_service_recovery_cases,
    ),
}
