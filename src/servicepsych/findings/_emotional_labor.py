"""Findings on emotional labor and burnout (owned by the emotional-labor module)."""

from . import Finding

_HS11 = (
    "H\u00fclsheger, U. R., & Schewe, A. F. (2011). On the costs and benefits of emotional labor: "
    "A meta-analysis of three decades of research. Journal of Occupational Health Psychology, "
    "16(3), 361-389."
)
_HS11_DOI = "10.1037/a0022876"
_HS11_POP = ("employees in emotional-labor jobs (service, care, teaching and similar work) across 95 "
             "independent studies, mostly self-report surveys at one point in time (the course's reading of "
             "the literature; the abstract does not state the designs)")
_K05 = (
    "Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen "
    "Burnout Inventory: A new tool for the assessment of burnout. Work & Stress, 19(3), 192-207."
)
_K05_DOI = "10.1080/02678370500297720"
_K05_POP = "Danish human-service employees (the PUMA study)"
_G00 = ("Grandey, A. A. (2000). Emotion regulation in the workplace: A new way to conceptualize emotional "
        "labor. Journal of Occupational Health Psychology, 5(1), 95-110.")
_GM17 = ("Grandey, A. A., & Melloy, R. C. (2017). The state of the heart: Emotional labor as emotion "
         "regulation reviewed and revised. Journal of Occupational Health Psychology, 22(3), 407-422.")
_H83 = ("Hochschild, A. R. (1983). The managed heart: Commercialization of human feeling. Berkeley: "
        "University of California Press.")
_GR98 = ("Gross, J. J. (1998). Antecedent- and response-focused emotion regulation: Divergent consequences "
         "for experience, expression, and physiology. Journal of Personality and Social Psychology, 74(1), "
         "224-237.")
_SEED_000 = ("Customer-service psychology guide for service advisers (Chinese web copy), course source "
             "document 000 (/work/shared/seeds/000_73c2d9a74952ec07.txt).")
_SEED_001 = ("Psychological quality and emotion management in customer service (Chinese short book, web "
             "copy), course source document 001 (/work/shared/seeds/001_ebd4303cfe5bf339.txt).")
_SEED_003 = ("Through the customer's psychological mirror (a mobile-operator retail-store essay, Chinese web "
             "copy), course source document 003 (/work/shared/seeds/003_b0990a5441322a0c.txt).")
_HS_ABSTRACT = "Reported in the article's abstract (only the abstract could be read for this course)."
_PUMA_RULE = ("Scoring instructions of the CBI as used in the PUMA study (Kristensen et al., 2005): the scale "
              "score is the mean of the answered items; with fewer answered items the respondent is a "
              "non-responder.")
_PRACTICE = ("Practice wisdom from the course's training material, not a research finding: the course may "
             "teach it as advice, never as evidence.")

FINDINGS = [
    # ---- Hülsheger & Schewe (2011): the meta-analysis
    Finding("hs11_erd_surface_wellbeing_rho_low", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of emotion-rule dissonance and surface acting (the two together, "
            "not surface acting alone) with indicators of impaired well-being such as emotional exhaustion: "
            "lower end of the reported range",
            0.39, "correlation rho", _HS11, _HS11_DOI,
            _HS_ABSTRACT + " The abstract gives one range for both constructs; which value belongs to "
            "surface acting alone is in the article's tables, which were not read. A correlation, mostly "
            "from cross-sectional data: not a slope.", population=_HS11_POP),
    Finding("hs11_erd_surface_wellbeing_rho_high", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of emotion-rule dissonance and surface acting (together) with "
            "indicators of impaired well-being: upper end of the reported range",
            0.48, "correlation rho", _HS11, _HS11_DOI, _HS_ABSTRACT, population=_HS11_POP),
    Finding("hs11_deep_performance_rho_low", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of deep acting with emotional performance and customer satisfaction "
            "(the abstract: 'rho .18 and .37'): the smaller value",
            0.18, "correlation rho", _HS11, _HS11_DOI,
            _HS_ABSTRACT + " The same abstract reports only 'weak relationships' of deep acting with impaired "
            "well-being and job attitudes, with no number; the course quotes none.", population=_HS11_POP),
    Finding("hs11_deep_performance_rho_high", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of deep acting with emotional performance and customer satisfaction: "
            "the larger value", 0.37, "correlation rho", _HS11, _HS11_DOI, _HS_ABSTRACT, population=_HS11_POP),
    Finding("hs11_erd_surface_performance_rho_low", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of emotion-rule dissonance and surface acting with performance "
            "outcomes: the most negative end of the reported range (-.20 to -.05)",
            -0.20, "correlation rho", _HS11, _HS11_DOI, _HS_ABSTRACT + " A 'small negative relationship'.",
            population=_HS11_POP),
    Finding("hs11_erd_surface_performance_rho_high", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "meta-analytic correlations of emotion-rule dissonance and surface acting with performance "
            "outcomes: the end of the reported range closest to zero", -0.05, "correlation rho", _HS11,
            _HS11_DOI, _HS_ABSTRACT, population=_HS11_POP),
    Finding("hs11_independent_studies", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "independent studies pooled in the meta-analysis", 95, "studies", _HS11, _HS11_DOI,
            _HS_ABSTRACT, population=_HS11_POP),
    Finding("hs11_correlations", "emotional_labor", "H\u00fclsheger & Schewe (2011)",
            "individual correlations the meta-analysis is based on", 494, "correlations", _HS11, _HS11_DOI,
            _HS_ABSTRACT, population=_HS11_POP),
    # ---- concepts and models (no effect sizes)
    Finding("h83_acting_forms", "emotional_labor", "Hochschild (1983)",
            "forms of acting named in the book that coined 'emotional labor': surface acting and deep acting",
            2, "forms of acting", _H83, "",
            "A qualitative study (chiefly of flight attendants and bill collectors); the origin of the "
            "concepts, not a measured effect.", population="US flight attendants and bill collectors"),
    Finding("g00_strategies", "emotional_labor", "Grandey (2000)",
            "emotion-regulation strategies in the model that recast emotional labor as emotion regulation: "
            "deep acting (antecedent-focused) and surface acting (response-focused)",
            2, "strategies", _G00, "10.1037/1076-8998.5.1.95",
            "A theoretical model (with individual and organisational factors such as supervisor support); "
            "no effect size.", population="a theoretical review, no sample"),
    Finding("gm17_revised_model", "emotional_labor", "Grandey & Melloy (2017)",
            "a revised model of emotional labor as emotion regulation (publication year; no figure is "
            "quoted from it)", 2017, "year", _GM17, "10.1037/ocp0000067",
            "Cited only as the revision of Grandey (2000); the article itself could not be read for this "
            "course, so no claim beyond its existence and title is taken from it.",
            population="a theoretical review, no sample"),
    # ---- Gross (1998): reappraisal versus suppression in the laboratory
    Finding("gr98_participants", "emotional_labor", "Gross (1998)",
            "participants shown a disgusting film and told to reappraise, to suppress their expression, or "
            "just to watch: reappraisal lowered reported disgust, suppression raised sympathetic activation",
            120, "participants", _GR98, "10.1037/0022-3514.74.1.224",
            "Reported in the article's abstract. A laboratory experiment with a film, measuring self-reported "
            "disgust, expressive behaviour and physiology over minutes, not service work or burnout.",
            population="120 laboratory participants (a film-viewing experiment, not service workers)"),
    # ---- Copenhagen Burnout Inventory
    Finding("k05_puma_baseline_n", "emotional_labor", "Kristensen et al. (2005)",
            "human-service employees in the PUMA study at baseline, on which the CBI was validated",
            1914, "people", _K05, _K05_DOI, "Reported in the article's abstract.", population=_K05_POP),
    Finding("cbi_min_answered_personal", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 6) for a personal-burnout score", 3, "items", _K05, _K05_DOI, _PUMA_RULE,
            population=_K05_POP),
    Finding("cbi_min_answered_work", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 7) for a work-related burnout score", 4, "items", _K05, _K05_DOI, _PUMA_RULE,
            population=_K05_POP),
    Finding("cbi_min_answered_client", "emotional_labor", "Kristensen et al. (2005)",
            "fewest answered items (of 6) for a client-related burnout score", 3, "items", _K05, _K05_DOI,
            _PUMA_RULE + " (At least half the items, as for the personal scale.)", population=_K05_POP),
    Finding("cbi_points_always", "emotional_labor", "Kristensen et al. (2005)",
            "points for 'Always' / 'To a very high degree'; the other options score 75, 50, 25 and 0",
            100, "points", _K05, _K05_DOI, _PUMA_RULE, population=_K05_POP),
    # ---- practice wisdom from the source documents
    Finding("practice_seven_steps", "emotional_labor", "Course source document 001",
            "steps of the source book's process for handling a customer's emotion (identify, empathise, soothe, "
            "communicate, respond, follow up, adjust your own emotion)", 7, "steps", _SEED_001, "",
            _PRACTICE, kind="practice", population="none: a training text"),
    Finding("practice_coping_techniques", "emotional_labor", "Course source documents 000 and 001",
            "self-help techniques the training material recommends for staying calm: slow breathing, positive "
            "self-talk, an emotion log", 3, "techniques", _SEED_000 + " " + _SEED_001, "",
            _PRACTICE + " Only cognitive reappraisal, which the same material also names, has laboratory "
            "research behind it in this course (Gross, 1998: finding gr98_participants).",
            kind="practice", population="none: a training text"),
    Finding("practice_ten_light_apologies", "emotional_labor", "Course source document 003",
            "light 'excuse me' apologies (\u4e0d\u597d\u610f\u601d) that, the essay says, do not add up to "
            "one real apology (\u5bf9\u4e0d\u8d77)", 10, "light apologies", _SEED_003, "",
            _PRACTICE + " A store manager's rule of thumb.", kind="practice", population="none: an essay"),
]
