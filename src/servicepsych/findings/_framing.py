"""Findings on framing effects (owned by the framing module).

Research rows give the population, the measure and the size as the paper reports them.
Rows with ``kind="practice"`` are practice wisdom from the course's source documents
(training material): the lesson teaches them as such, never as findings.
"""

from . import Finding

_TK81 = (
    "Tversky, A., & Kahneman, D. (1981). The framing of decisions and the psychology of choice. "
    "Science, 211(4481), 453-458."
)
_TK81_DOI = "10.1126/science.7455683"
_TK81_POP = "university students (Stanford University and the University of British Columbia), questionnaire"
_LG88 = (
    "Levin, I. P., & Gaeth, G. J. (1988). How consumers are affected by the framing of attribute "
    "information before and after consuming the product. Journal of Consumer Research, 15(3), 374-378."
)
_LG88_DOI = "10.1086/209174"
_LSG98 = (
    "Levin, I. P., Schneider, S. L., & Gaeth, G. J. (1998). All frames are not created equal: A typology and "
    "critical analysis of framing effects. Organizational Behavior and Human Decision Processes, 76(2), 149-188."
)
_LSG98_DOI = "10.1006/obhd.1998.2804"
_K98 = (
    "Kühberger, A. (1998). The influence of framing on risky decisions: A meta-analysis. Organizational "
    "Behavior and Human Decision Processes, 75(1), 23-55."
)
_K98_DOI = "10.1006/obhd.1998.2781"
_K98_NOTE = ("From the abstract: the overall framing effect between conditions is 'of small to moderate size' "
             "and differs strongly between research designs (reference-point vs outcome-salience manipulations, "
             "choice vs rating). Only the abstract could be read; no pooled d is quoted by the course.")
_ML1 = (
    "Klein, R. A., Ratliff, K. A., Vianello, M., Adams, R. B., Jr., Bahník, Š., Bernstein, M. J., et al. (2014). "
    "Investigating variation in replicability: A \"many labs\" replication project. Social Psychology, 45(3), "
    "142-152."
)
_ML1_DOI = "10.1027/1864-9335/a000178"
_ML1_NOTE = ("Thirteen effects were tested; ten replicated consistently, among them the gain/loss framing of the "
             "Asian disease problem. Read from the abstract (and the first author's thesis abstract); the course "
             "does not quote the replication's effect size.")
_PG05 = (
    "Piñon, A., & Gambara, H. (2005). A meta-analytic review of framing effect: Risky, attribute and goal "
    "framing. Psicothema, 17(2), 325-331."
)
_PG05_POP = "51 studies published 1997-2003, about 13,500 participants"
_PG05_NOTE = "Mean standardised difference d between frames, from the abstract (only the abstract was read)."
_OJ07 = (
    "O'Keefe, D. J., & Jensen, J. D. (2007). The relative persuasiveness of gain-framed and loss-framed "
    "messages for encouraging disease prevention behaviors: A meta-analytic review. Journal of Health "
    "Communication, 12(7), 623-644."
)
_OJ07_DOI = "10.1080/10810730701615198"
_LBC78 = (
    "Langer, E. J., Blank, A., & Chanowitz, B. (1978). The mindlessness of ostensibly thoughtful action: "
    "The role of \"placebic\" information in interpersonal interaction. Journal of Personality and Social "
    "Psychology, 36(6), 635-642."
)
_LBC78_DOI = "10.1037/0022-3514.36.6.635"
_LBC78_POP = "people about to use a copying machine at a university (CUNY Graduate Center), field experiment"
_SEED000 = (
    "Source document 000 of the ServicePsych Kit: 'Customer-service psychology guide for service advisers' "
    "(客户服务顾问客户服务心理学指南), Chinese web copy, undated training material."
)
_SEED002 = (
    "Source document 002 of the ServicePsych Kit: courseware 'Service psychology applied to customer "
    "service' (property management), Chinese web copy, undated training material."
)
_PRACTICE_NOTE = "Practice wisdom from training material, not a measured effect: taught as a rule of thumb to test."

FINDINGS = [
    # ---------------------------------------------------------------- risky-choice framing
    Finding("tk81_gain_frame_sure", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, gain frame (lives saved): share choosing the sure programme A",
            72, "%", _TK81, _TK81_DOI,
            "Problem 1; the other 28% chose the gamble B. The course's model predicts the sure option here.",
            population=_TK81_POP),
    Finding("tk81_gain_frame_n", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, gain frame: number of respondents", 152, "people", _TK81, _TK81_DOI,
            population=_TK81_POP),
    Finding("tk81_loss_frame_sure", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, loss frame (deaths): share choosing the sure programme C",
            22, "%", _TK81, _TK81_DOI,
            "Problem 2; programme C is programme A worded as deaths (400 die). Between subjects: other people "
            "than in Problem 1.", population=_TK81_POP),
    Finding("tk81_loss_frame_risky", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, loss frame (deaths): share choosing the gamble D",
            78, "%", _TK81, _TK81_DOI,
            "Problem 2; the other 22% chose the sure programme C. The course's model predicts the gamble here.",
            population=_TK81_POP),
    Finding("tk81_loss_frame_n", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, loss frame: number of respondents", 155, "people", _TK81, _TK81_DOI,
            population=_TK81_POP),
    Finding("tk81_people_at_risk", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem: people expected to die without a programme", 600, "people", _TK81, _TK81_DOI,
            "A stimulus, not a result: the sure programme saves 200; the gamble saves all 600 with probability 1/3."),
    Finding("ml1_framing_samples", "framing", "Klein et al. (2014), Many Labs 1",
            "Many Labs 1: independent samples that ran the Asian disease framing task (and 12 other effects)",
            36, "samples", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples, in the lab and online, in the US and other countries"),
    Finding("ml1_framing_participants", "framing", "Klein et al. (2014), Many Labs 1",
            "Many Labs 1: participants across all samples", 6344, "people", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples, in the lab and online, in the US and other countries"),
    Finding("ml1_framing_effects_tested", "framing", "Klein et al. (2014), Many Labs 1",
            "Many Labs 1: effects tested in the same protocol (the Asian disease framing task among them)",
            13, "effects", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples, in the lab and online, in the US and other countries"),
    Finding("ml1_framing_effects_replicated", "framing", "Klein et al. (2014), Many Labs 1",
            "Many Labs 1: effects that replicated consistently (gain/loss framing among them)",
            10, "effects", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples, in the lab and online, in the US and other countries"),
    Finding("k98_papers", "framing", "Kühberger (1998)",
            "meta-analysis of risky-choice framing: empirical papers pooled", 136, "papers", _K98, _K98_DOI,
            _K98_NOTE, population="nearly 30,000 participants of framing experiments"),
    Finding("k98_effect_sizes", "framing", "Kühberger (1998)",
            "meta-analysis of risky-choice framing: effect sizes computed", 230, "effect sizes", _K98, _K98_DOI,
            _K98_NOTE, population="nearly 30,000 participants of framing experiments"),
    # ---------------------------------------------------------------- the typology and attribute framing
    Finding("lsg98_frame_types", "framing", "Levin, Schneider & Gaeth (1998)",
            "kinds of framing effect in the typology: risky-choice, attribute and goal framing",
            3, "kinds", _LSG98, _LSG98_DOI,
            "A classification, not a measured effect: the course uses it to name what a message does.",
            population="a review of published framing studies"),
    Finding("lg88_lean_label", "framing", "Levin & Gaeth (1988)",
            "ground beef labelled by its lean share (the positive frame; the negative frame said 25% fat)",
            75, "%", _LG88, _LG88_DOI,
            "A stimulus, not a result: the lesson reports only the direction of the effect (the lean label "
            "was rated more favourably; tasting the beef weakened the difference but did not remove it). Read "
            "from the abstract and secondary summaries; the sample size is not quoted by the course.",
            population="participants rating ground beef from its label, before or after tasting it"),
    Finding("pg05_d_risky", "framing", "Piñon & Gambara (2005)",
            "meta-analysis: mean framing effect for risky-choice framing", 0.437, "d", _PG05, "",
            _PG05_NOTE, population=_PG05_POP),
    Finding("pg05_d_attribute", "framing", "Piñon & Gambara (2005)",
            "meta-analysis: mean framing effect for attribute framing", 0.260, "d", _PG05, "",
            _PG05_NOTE, population=_PG05_POP),
    Finding("pg05_d_goal", "framing", "Piñon & Gambara (2005)",
            "meta-analysis: mean framing effect for goal framing", 0.444, "d", _PG05, "",
            _PG05_NOTE + " Note that for goal framing this is the size of a difference, not a verdict that "
                         "either frame wins (see oj07_r_prevention).", population=_PG05_POP),
    # ---------------------------------------------------------------- goal framing in persuasion
    Finding("oj07_r_prevention", "framing", "O'Keefe & Jensen (2007)",
            "meta-analysis of disease-prevention messages: advantage of gain-framed over loss-framed appeals",
            0.03, "correlation r", _OJ07, _OJ07_DOI,
            "From the abstract: statistically significant but 'quite small', and attributable to dental-hygiene "
            "messages; no significant difference for safer sex, skin-cancer prevention or diet. So 'a loss "
            "frame gets people to act' is not a safe rule.",
            population="93 studies, N = 21,656"),
    Finding("oj07_studies", "framing", "O'Keefe & Jensen (2007)",
            "meta-analysis of disease-prevention messages: studies pooled", 93, "studies", _OJ07, _OJ07_DOI,
            population="93 studies, N = 21,656"),
    # ---------------------------------------------------------------- a reason with "because"
    Finding("lbc78_small_request_no_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "asking to use a copier first for 5 pages, with no reason: share who let the person go first",
            60, "%", _LBC78, _LBC78_DOI, population=_LBC78_POP),
    Finding("lbc78_small_request_real_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "the same small request with a real reason ('because I'm in a rush'): share who complied",
            94, "%", _LBC78, _LBC78_DOI, population=_LBC78_POP),
    Finding("lbc78_small_request_placebic_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "the same small request with an empty reason ('because I have to make copies'): share who complied",
            93, "%", _LBC78, _LBC78_DOI,
            "For a large request (20 pages) the empty reason no longer helped: the lesson says 'because' "
            "works best with a real reason.", population=_LBC78_POP),
    # ---------------------------------------------------------------- practice wisdom (source documents)
    Finding("practice_concrete_time", "framing", "Source document 000 (practice wisdom)",
            "a promise with a number ('a response within 30 minutes') feels more reliable than 'as soon as "
            "possible'", 30, "minutes", _SEED000, "",
            _PRACTICE_NOTE + " The 30 minutes is the example's wording, not a measured threshold; a promise "
            "must also be kept (module 01).", kind="practice", population="not studied: training material"),
    Finding("practice_technical_fault", "framing", "Source document 000 (practice wisdom)",
            "calling a problem a 'technical fault' rather than a 'customer error' lowers the customer's "
            "defensiveness (no figure given)", float("nan"), "", _SEED000, "",
            _PRACTICE_NOTE + " Only honest when it is true: name the problem, not the person.",
            kind="practice", population="not studied: training material"),
    Finding("practice_but_cancels", "framing", "Source document 002 (practice wisdom)",
            "'but' cancels what came before it; say what you can do and give a reason with 'because' "
            "(no figure given)", float("nan"), "", _SEED002, "",
            _PRACTICE_NOTE + " The 'because' part has research behind it (lbc78_*); the 'but' part does not.",
            kind="practice", population="not studied: training material"),
]
