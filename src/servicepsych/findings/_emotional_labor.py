"""Findings on emotional labor and burnout (owned by the emotional-labor module)."""

from . import Finding

_HS11 = (
    "H\u00fclsheger, U. R., & Schewe, A. F. (2011). On the costs and benefits of emotional labor: "
    "A meta-analysis of three decades of research. Journal of Occupational Health Psychology, "
    "16(3), 361-389."
)
_HS11_DOI = "10.1037/a0022876"
_K05 = (
    "Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen "
    "Burnout Inventory: A new tool for the assessment of burnout. Work & Stress, 19(3), 192-207."
)
_K05_DOI = "10.1080/02678370500297720"
_HS_ABSTRACT = "Reported in the article's abstract."
_PUMA_RULE = ("Scoring instructions of the CBI as used in the PUMA study (Kristensen et al., 2005): the scale "
              "score is the mean of the answered items; with fewer answered items the respondent is a "
              "non-responder.")

FINDINGS = [
    Finding("hs11_surface_wellbeing_rho_low", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlation of surface acting (and emotion-rule dissonance) with indicators of "
            "impaired well-being such as emotional exhaustion: lower end of the reported range",
            0.39, "correlation rho", _HS11, _HS11_DOI,
            _HS_ABSTRACT + " The course's models use it as the default correlation of surface acting with "
            "exhaustion (a conservative choice within the range)."),
    Finding("hs11_surface_wellbeing_rho_high", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlation of surface acting (and emotion-rule dissonance) with indicators of "
            "impaired well-being: upper end of the reported range",
            0.48, "correlation rho", _HS11, _HS11_DOI, _HS_ABSTRACT),
    Finding("hs11_deep_performance_rho_low", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlation of deep acting with emotional performance and customer "
            "satisfaction: the smaller of the two reported values",
            0.18, "correlation rho", _HS11, _HS11_DOI,
            _HS_ABSTRACT + " The same abstract reports only weak relationships of deep acting with impaired "
            "well-being."),
    Finding("hs11_deep_performance_rho_high", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlation of deep acting with emotional performance and customer "
            "satisfaction: the larger of the two reported values",
            0.37, "correlation rho", _HS11, _HS11_DOI, _HS_ABSTRACT),
    Finding("hs11_independent_studies", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "independent studies pooled in the meta-analysis", 95, "studies", _HS11, _HS11_DOI,
            _HS_ABSTRACT + " They yielded 494 individual correlations."),
    Finding("k05_puma_baseline_n", "emotional_labor", "Kristensen et al. (2005)",
            "human-service employees in the PUMA study at baseline, on which the CBI was validated",
            1914, "people", _K05, _K05_DOI, "Reported in the article's abstract."),
    Finding("cbi_min_answered_personal", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 6) for a personal-burnout score", 3, "items", _K05, _K05_DOI, _PUMA_RULE),
    Finding("cbi_min_answered_work", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 7) for a work-related burnout score", 4, "items", _K05, _K05_DOI, _PUMA_RULE),
    Finding("cbi_min_answered_client", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 6) for a client-related burnout score", 3, "items", _K05, _K05_DOI,
            _PUMA_RULE + " (At least half the items, as for the personal scale.)"),
    Finding("cbi_points_always", "emotional_labor", "Kristensen et al. (2005)",
            "points for 'Always' / 'To a very high degree'; the other options score 75, 50, 25 and 0",
            100, "points", _K05, _K05_DOI, _PUMA_RULE),
]
