"""Data sets of the emotional-labor module.

``agent_wellbeing`` is a *simulated* call centre built so that "surface acting goes
with burnout" is a hypothesis a learner can test against rival explanations, not a
rule the data were made from alone. See :func:`_agent_wellbeing` for the recipe.
"""

from __future__ import annotations

from . import Dataset

#: Path weights of the generator (standardised units). They are teaching choices, not
#: published estimates: sizes were picked so that the raw surface-acting/burnout
#: correlation lands near the meta-analytic range (Hülsheger & Schewe, 2011, report
#: rho .39 to .48 for emotion-rule dissonance and surface acting with impaired
#: well-being) while most of it runs through the rival paths.
PATHS = {
    "workload_to_abuse": 0.30,     # busier queues meet more abusive callers
    "abuse_to_surface": 0.55,      # abused agents fake more (a common cause of both)
    "workload_to_exhaustion": 0.30,
    "abuse_to_exhaustion": 0.40,
    "support_to_exhaustion": -0.25,  # a supportive team lead goes with less exhaustion
    "surface_to_exhaustion": 0.10,   # the only direct path from surface acting
    "exhaustion_to_surface": 0.12,   # reverse direction: tired agents fake more
    "support_to_deep": 0.30,
    "exhaustion_noise": 0.75,
}


def _agent_wellbeing(seed: int, n: int = 400):
    """Build the simulated call centre (one row per agent).

    Recipe (all latent scores standard normal before scaling; weights in :data:`PATHS`):

    1. ``workload``, ``support`` independent; ``abuse`` = 0.30 workload + noise.
    2. surface acting (before strain) = 0.55 abuse + noise: abusive calls make agents fake more.
    3. exhaustion = 0.30 workload + 0.40 abuse - 0.25 support + 0.10 surface acting + 0.75 noise.
    4. reported surface acting = step 2 + 0.12 exhaustion (reverse causation: tired agents fake more).
    5. deep acting = 0.30 support + noise (no path to exhaustion at all).

    Observed columns: ``calls_per_hour`` (8 + 2 workload, at least 2), ``abusive_calls_week``
    (Poisson count, rate exp(0.9 + 0.8 abuse)), ``abuse_group`` ("0-2", "3-4", "5+" abusive
    calls), ``lead_support`` (1-5), ``surface_acting`` and ``deep_acting`` (1-5 scale means),
    ``cbi_work`` (a CBI-style work-burnout score, 0-100: 45 + 15 exhaustion, clipped).
    Because abuse is seen only through a noisy weekly count, grouping by ``abuse_group``
    removes only part of the common cause, as in real survey data.
    """
    import numpy as np
    import pandas as pd

    p = PATHS
    rng = np.random.default_rng(int(seed))
    workload = rng.standard_normal(n)
    abuse = p["workload_to_abuse"] * workload + np.sqrt(1 - p["workload_to_abuse"] ** 2) * rng.standard_normal(n)
    support = rng.standard_normal(n)
    surface0 = p["abuse_to_surface"] * abuse + np.sqrt(1 - p["abuse_to_surface"] ** 2) * rng.standard_normal(n)
    exhaustion = (p["workload_to_exhaustion"] * workload + p["abuse_to_exhaustion"] * abuse
                  + p["support_to_exhaustion"] * support + p["surface_to_exhaustion"] * surface0
                  + p["exhaustion_noise"] * rng.standard_normal(n))
    surface = surface0 + p["exhaustion_to_surface"] * exhaustion
    deep = p["support_to_deep"] * support + np.sqrt(1 - p["support_to_deep"] ** 2) * rng.standard_normal(n)
    abusive = rng.poisson(np.exp(0.9 + 0.8 * abuse))
    group = np.where(abusive <= 2, "0-2", np.where(abusive <= 4, "3-4", "5+"))

    def scale(z, centre, spread, lo, hi):
        return np.round(np.clip(centre + spread * z, lo, hi), 1)

    return pd.DataFrame({
        "agent": np.arange(1, n + 1),
        "calls_per_hour": scale(workload, 8.0, 2.0, 2.0, 20.0),
        "abusive_calls_week": abusive.astype(int),
        "abuse_group": pd.Categorical(group, categories=["0-2", "3-4", "5+"], ordered=True),
        "lead_support": np.clip(np.round(3 + support), 1, 5).astype(int),
        "surface_acting": scale(surface, 2.6, 0.8, 1.0, 5.0),
        "deep_acting": scale(deep, 3.0, 0.8, 1.0, 5.0),
        "cbi_work": scale(exhaustion, 45.0, 15.0, 0.0, 100.0),
    })


DATASETS = {
    "agent_wellbeing": Dataset(
        description=(
            "400 simulated call-centre agents (not real people), one row each: agent (id), calls_per_hour "
            "(workload), abusive_calls_week (abusive calls in the survey week), abuse_group ('0-2', '3-4', '5+'), "
            "lead_support (1-5, how supportive the team lead is), surface_acting and deep_acting (1-5 scale "
            "means) and cbi_work (work-related burnout, 0-100, CBI-style). Generated with rival effects and "
            "noise: workload, customer abuse and low support all raise burnout; abuse also makes agents "
            "surface-act more (a common cause), exhausted agents fake more (reverse causation), and surface "
            "acting has only a small direct path to burnout; deep acting has none. So the raw surface-acting/"
            "burnout correlation is a hypothesis to test against these rivals, not the rule the data were "
            "made from. Path weights are teaching choices (see servicepsych.datasets._emotional_labor.PATHS), "
            "chosen so the raw correlation lands near the range Hulsheger & Schewe (2011, J. Occupational "
            "Health Psychology 16(3), 361-389) report for emotion-rule dissonance and surface acting with "
            "impaired well-being (rho .39 to .48)."
        ),
        build=_agent_wellbeing,
    ),
}
