"""Findings on anchoring (owned by the anchoring module).

Where a figure comes from a secondary source (Kahneman, 2011, reporting a study)
the row says so in ``study`` and ``note``; rows of ``kind="practice"`` are
practice wisdom from the course's source documents, not research.
"""

from . import Finding

_TK74 = (
    "Tversky, A., & Kahneman, D. (1974). Judgment under uncertainty: Heuristics and biases. "
    "Science, 185(4157), 1124-1131."
)
_TK74_DOI = "10.1126/science.185.4157.1124"

_JK95 = (
    "Jacowitz, K. E., & Kahneman, D. (1995). Measures of anchoring in estimation tasks. "
    "Personality and Social Psychology Bulletin, 21(11), 1161-1166."
)
_JK95_DOI = "10.1177/01461672952111004"

_K11 = "Kahneman, D. (2011). Thinking, fast and slow (chapter 11, Anchors). New York: Farrar, Straus and Giroux."

_NN87 = (
    "Northcraft, G. B., & Neale, M. A. (1987). Experts, amateurs, and real estate: An anchoring-and-adjustment "
    "perspective on property pricing decisions. Organizational Behavior and Human Decision Processes, 39(1), 84-97."
)
_NN87_DOI = "10.1016/0749-5978(87)90046-X"

_ML1 = (
    "Klein, R. A., Ratliff, K. A., Vianello, M., Adams, R. B., Jr., Bahnik, S., Bernstein, M. J., et al. (2014). "
    "Investigating variation in replicability: A \"Many Labs\" replication project. Social Psychology, 45(3), "
    "142-152."
)
_ML1_DOI = "10.1027/1864-9335/a000178"

_SBV20 = (
    "Shanks, D. R., Barbieri-Hermitte, P., & Vadillo, M. A. (2020). Do incidental environmental anchors bias "
    "consumers' price estimations? Collabra: Psychology, 6(1), 19."
)
_SBV20_DOI = "10.1525/collabra.310"

_SEED000 = (
    "Customer-service psychology guide for service advisers (Chinese web copy, undated), source document 000 "
    "of the ServicePsych Kit (see the course's seeds digest)."
)

_WHEEL = (
    "A wheel of fortune rigged to stop at 10 or 65; participants then estimated the percentage of African "
    "countries in the United Nations. Index (45 - 25) / (65 - 10) = 0.36."
)
_EXPLORATORIUM = (
    "Secondary source: Kahneman (2011, ch. 11) reports these figures for visitors of the San Francisco "
    "Exploratorium and his endnote for that passage points to Jacowitz & Kahneman (1995). We could read only "
    "the abstract of that paper, which describes a different design (a calibration group, anchors at its 15th "
    "and 85th percentiles); we could not check there that these questions, anchors and means appear. So the "
    "course credits the figures to 'the Exploratorium study, as reported by Kahneman (2011)'."
)
_REDWOOD = (
    "Visitors were asked whether the tallest redwood is more or less than 1,200 (or 180) feet, then for their "
    "best guess; Kahneman calls the index of 55% typical. " + _EXPLORATORIUM
)
_SEABIRDS = (
    "Visitors' yearly willingness to pay to save 50,000 seabirds from small oil spills, after an anchoring "
    "question of $5 or $400, or none; index 123 / 395 = 0.31 ('above 30%'). " + _EXPLORATORIUM
)
_AGENTS = (
    "Real-estate agents and business students valued a house after seeing a listing price set high or low. "
    "Secondary source: the indexes are those Kahneman (2011, ch. 11) reports for this study; we could not read "
    "the original article. The agents denied that the listing price had influenced them."
)
_ML1_NOTE = (
    "From the abstract: 13 classic and contemporary effects, 36 samples, 6,344 participants; 10 effects "
    "replicated consistently. The anchoring effects (four estimation questions) were among those that replicated, with sizes that differed from question to question: this part "
    "is from secondary accounts of the paper's results; we did not read its tables, so the course quotes no "
    "anchoring effect size from it."
)
_SBV20_NOTE = (
    "From the abstract: three studies with the incidental-anchor method of Critcher & Gilovich (2008) (a number "
    "that is merely present, such as a restaurant called 'Studio 97') found no statistically significant "
    "incidental anchoring of consumers' price estimates, while the standard comparative anchoring task gave "
    "robust effects. Only the abstract was read."
)
_PRACTICE_NOTE = (
    "Practice wisdom from the training material the course is built on, not a research finding: the course "
    "teaches it as advice and says so."
)

_TK74_POP = "participants of a demonstration experiment (the 1974 article does not describe the sample)"
_EXPL_POP = "visitors of the San Francisco Exploratorium science museum (as reported by Kahneman, 2011)"
_NN87_POP = "real-estate agents and business students (as reported by Kahneman, 2011)"

FINDINGS = [
    Finding("tk74_wheel_low_anchor", "anchoring", "Tversky & Kahneman (1974)",
            "low number shown by the wheel of fortune", 10, "%", _TK74, _TK74_DOI, _WHEEL, population=_TK74_POP),
    Finding("tk74_wheel_high_anchor", "anchoring", "Tversky & Kahneman (1974)",
            "high number shown by the wheel of fortune", 65, "%", _TK74, _TK74_DOI, _WHEEL, population=_TK74_POP),
    Finding("tk74_wheel_low_median", "anchoring", "Tversky & Kahneman (1974)",
            "median estimate of African countries in the UN after the low anchor", 25, "%", _TK74, _TK74_DOI,
            _WHEEL, population=_TK74_POP),
    Finding("tk74_wheel_high_median", "anchoring", "Tversky & Kahneman (1974)",
            "median estimate of African countries in the UN after the high anchor", 45, "%", _TK74, _TK74_DOI,
            _WHEEL, population=_TK74_POP),
    Finding("jk95_calibration_low_percentile", "anchoring", "Jacowitz & Kahneman (1995)",
            "percentile of a calibration group's estimates used as the low anchor", 15, "percentile", _JK95,
            _JK95_DOI, "From the abstract (the paper also defines the anchoring index the course uses).",
            population="a calibration group and anchored groups answering estimation questions (abstract)"),
    Finding("jk95_calibration_high_percentile", "anchoring", "Jacowitz & Kahneman (1995)",
            "percentile of a calibration group's estimates used as the high anchor", 85, "percentile", _JK95,
            _JK95_DOI, "From the abstract (the paper also defines the anchoring index the course uses).",
            population="a calibration group and anchored groups answering estimation questions (abstract)"),
    Finding("k11_redwood_low_anchor", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "low anchor for the height of the tallest redwood", 180, "feet", _K11, "", _REDWOOD,
            population=_EXPL_POP),
    Finding("k11_redwood_high_anchor", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "high anchor for the height of the tallest redwood", 1200, "feet", _K11, "", _REDWOOD,
            population=_EXPL_POP),
    Finding("k11_redwood_low_mean", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "mean estimate of the tallest redwood after the low anchor", 282, "feet", _K11, "", _REDWOOD,
            population=_EXPL_POP),
    Finding("k11_redwood_high_mean", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "mean estimate of the tallest redwood after the high anchor", 844, "feet", _K11, "", _REDWOOD,
            population=_EXPL_POP),
    Finding("k11_redwood_anchoring_index", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "anchoring index of the redwood question (562 / 1020)", 0.55, "", _K11, "",
            _REDWOOD + " The course's default adjustment k = 1 - 0.55 = 0.45 comes from this row.",
            population=_EXPL_POP),
    Finding("k11_seabirds_no_anchor_mean", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "mean yearly willingness to pay to save seabirds with no anchor", 64, "US$", _K11, "", _SEABIRDS,
            population=_EXPL_POP),
    Finding("k11_seabirds_low_anchor", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "low anchor of the seabird question (\"Would you be willing to pay $5 ...\")", 5, "US$", _K11, "",
            _SEABIRDS, population=_EXPL_POP),
    Finding("k11_seabirds_high_anchor", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "high anchor of the seabird question", 400, "US$", _K11, "", _SEABIRDS, population=_EXPL_POP),
    Finding("k11_seabirds_low_anchor_mean", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "mean willingness to pay after a $5 anchor", 20, "US$", _K11, "", _SEABIRDS, population=_EXPL_POP),
    Finding("k11_seabirds_high_anchor_mean", "anchoring", "Exploratorium study, reported by Kahneman (2011)",
            "mean willingness to pay after a $400 anchor", 143, "US$", _K11, "", _SEABIRDS, population=_EXPL_POP),
    Finding("nn87_agents_anchoring_index", "anchoring", "Northcraft & Neale (1987), reported by Kahneman (2011)",
            "anchoring index of real-estate agents valuing a house after a listing price", 0.41, "", _NN87,
            _NN87_DOI, _AGENTS, population=_NN87_POP),
    Finding("nn87_students_anchoring_index", "anchoring", "Northcraft & Neale (1987), reported by Kahneman (2011)",
            "anchoring index of business students valuing the same house", 0.48, "", _NN87, _NN87_DOI, _AGENTS,
            population=_NN87_POP),
    Finding("ml1_effects_tested", "anchoring", "Many Labs 1: Klein et al. (2014)",
            "classic and contemporary effects replicated in the same protocol", 13, "effects", _ML1, _ML1_DOI,
            _ML1_NOTE, population="36 samples of students and online participants in several countries"),
    Finding("ml1_samples", "anchoring", "Many Labs 1: Klein et al. (2014)",
            "independent samples (labs and online)", 36, "samples", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples of students and online participants in several countries"),
    Finding("ml1_participants", "anchoring", "Many Labs 1: Klein et al. (2014)",
            "participants in all samples together", 6344, "people", _ML1, _ML1_DOI, _ML1_NOTE,
            population="36 samples of students and online participants in several countries"),
    Finding("ml1_effects_replicated", "anchoring", "Many Labs 1: Klein et al. (2014)",
            "effects that replicated consistently (anchoring among them)", 10, "effects", _ML1, _ML1_DOI,
            _ML1_NOTE, population="36 samples of students and online participants in several countries"),
    Finding("sbv20_incidental_studies", "anchoring", "Shanks, Barbieri-Hermitte & Vadillo (2020)",
            "studies of incidental anchors in price estimates that found no significant effect", 3, "studies",
            _SBV20, _SBV20_DOI, _SBV20_NOTE, population="participants estimating consumer prices (abstract)"),
    Finding("practice_first_contact_reference", "anchoring", "Training material (source document 000)",
            "the first contact sets the reference for everything after it (position of the contact)", 1,
            "first contact", _SEED000, "", _PRACTICE_NOTE, kind="practice",
            population="none: advice for customer-service advisers"),
    Finding("practice_concrete_promise_minutes", "anchoring", "Training material (source document 000)",
            "example of a concrete promise ('a response within 30 minutes') said to feel more reliable than "
            "'as soon as possible'", 30, "minutes", _SEED000, "", _PRACTICE_NOTE, kind="practice",
            population="none: advice for customer-service advisers"),
]
