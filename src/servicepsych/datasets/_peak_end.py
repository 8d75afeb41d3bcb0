"""Data sets of the peak-end module: service journeys moment by moment, and call logs.

Both are simulated (no real customers) from a fixed seed. The remembered scores
are generated from the peak-end rule plus noise, as Redelmeier & Kahneman (1996)
and Kahneman et al. (1993) found for pain: a learner who analyses them should
rediscover that the worst moment and the ending predict memory, and that the
length of the wait adds little once the peak is known.
"""

from __future__ import annotations

import numpy as np

from . import Dataset

#: The phases of a service journey, in order, and the typical frustration (0-10) of each.
PHASES = ("greeting", "wait", "problem", "fix", "close")
_PHASE_MEAN = {"greeting": 2.0, "wait": 4.0, "problem": 6.0, "fix": 4.0, "close": 3.0}
_CHANNELS = ("phone", "chat", "store")


def _service_journeys(seed: int, n_journeys: int = 60):
    import pandas as pd

    from ..peak_end import peak_end

    rng = np.random.default_rng(seed)
    rows = []
    for j in range(1, n_journeys + 1):
        channel = _CHANNELS[rng.integers(len(_CHANNELS))]
        warm_close = bool(rng.random() < 0.5)
        lengths = {"greeting": 1, "wait": int(rng.integers(1, 9)), "problem": int(rng.integers(1, 4)),
                   "fix": int(rng.integers(1, 4)), "close": 1}
        ratings, phases = [], []
        for phase in PHASES:
            for k in range(lengths[phase]):
                mu = _PHASE_MEAN[phase] + (0.4 * k if phase == "wait" else 0.0)
                if phase == "close":
                    mu = 1.5 if warm_close else 5.0
                ratings.append(float(np.clip(np.round(rng.normal(mu, 1.3)), 0, 10)))
                phases.append(phase)
        remembered = float(np.clip(np.round(10 - peak_end(ratings) + rng.normal(0, 0.8), 1), 0, 10))
        for moment, (phase, rating) in enumerate(zip(phases, ratings), start=1):
            rows.append({"journey_id": j, "channel": channel, "moment": moment, "minute": moment - 1,
                         "phase": phase, "rating": rating, "warm_close": warm_close,
                         "remembered_satisfaction": remembered})
    return pd.DataFrame(rows)


def _call_logs(seed: int, n_calls: int = 400):
    import pandas as pd

    rng = np.random.default_rng(seed)
    wait = np.round(rng.exponential(4.0, n_calls), 1)
    handle = np.round(rng.gamma(4.0, 2.0, n_calls), 1)
    resolved = rng.random(n_calls) < 0.8
    warm_close = rng.random(n_calls) < 0.5
    peak = np.clip(np.round(3 + 0.5 * wait + 2.0 * ~resolved + rng.normal(0, 1.2, n_calls)), 0, 10)
    end = np.clip(np.round(np.where(warm_close, 1.5, 4.0) + 2.5 * ~resolved + rng.normal(0, 1.2, n_calls)), 0, 10)
    end = np.minimum(end, peak)  # the end is one of the moments, so it cannot exceed the peak
    remembered = np.clip(np.round((peak + end) / 2 + rng.normal(0, 0.7, n_calls), 1), 0, 10)
    return pd.DataFrame({
        "call_id": np.arange(1, n_calls + 1),
        "wait_minutes": wait,
        "handle_minutes": handle,
        "resolved": resolved,
        "warm_close": warm_close,
        "peak_frustration": peak,
        "end_rating": end,
        "remembered_rating": remembered,
    })


DATASETS = {
    "service_journeys": Dataset(
        description=(
            "60 simulated service journeys (phone, chat or store), one row per minute-long moment: journey_id, "
            "channel, moment (1, 2, ...), minute (0, 1, ...), phase (greeting, wait, problem, fix, close), "
            "rating (the customer's frustration at that moment, 0 = none to 10 = worst), warm_close (whether "
            "the journey ended with a warm close) and remembered_satisfaction (0-10, the same on every row of "
            "a journey). Waits last 1 to 8 minutes and grow more frustrating minute by minute; the close is "
            "mild (about 1.5) after a warm close and sharp (about 5) otherwise. Remembered satisfaction is "
            "10 minus the journey's peak-end frustration, plus normal noise (SD 0.8), clipped to 0-10: the "
            "peak-end rule of Kahneman et al. (1993, Psychological Science 4(6), 401-405) and Redelmeier & "
            "Kahneman (1996, Pain 66(1), 3-8). Simulated data, not real customers."
        ),
        build=_service_journeys,
    ),
    "call_logs": Dataset(
        description=(
            "400 simulated support calls, one row each: call_id, wait_minutes (time on hold, exponential with "
            "mean 4), handle_minutes (time with an agent, gamma with mean 8), resolved (80% are), warm_close "
            "(half end with a summary and next step), peak_frustration (worst moment, 0-10: about 3 plus 0.5 "
            "per minute on hold, plus 2 if unresolved), end_rating (frustration at the close: about 1.5 after "
            "a warm close, 4 otherwise, plus 2.5 if unresolved, never above the peak) and remembered_rating "
            "(frustration remembered a day later: (peak_frustration + end_rating) / 2 plus normal noise with "
            "SD 0.7, clipped to 0-10). The hold time matters to memory only through the peak it causes, as "
            "duration neglect predicts (Redelmeier & Kahneman, 1996). Simulated data, not real calls."
        ),
        build=_call_logs,
    ),
}
