"""Findings on anchoring (owned by the anchoring module)."""

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

_WHEEL = (
    "A wheel of fortune rigged to stop at 10 or 65; participants then estimated the percentage of African "
    "countries in the United Nations. Index (45 - 25) / (65 - 10) = 0.36."
)
_REDWOOD = (
    "San Francisco Exploratorium visitors were asked whether the tallest redwood is more or less than 1,200 "
    "(or 180) feet, then for their best guess. Study of Jacowitz & Kahneman (1995) as reported, with these "
    "figures, by Kahneman (2011), who calls the index of 55% typical. " + _JK95
)
_SEABIRDS = (
    "Exploratorium visitors' willingness to pay each year to save 50,000 seabirds from small oil spills, "
    "after an anchoring question of $5 or $400, or none. As reported by Kahneman (2011); index 123 / 395 = 0.31."
)
_AGENTS = (
    "Real-estate agents and business students valued a house after seeing a listing price set high or low; "
    "anchoring indexes as reported by Kahneman (2011). The agents denied any influence of the listing price. "
    + _K11
)

FINDINGS = [
    Finding("tk74_wheel_low_anchor", "anchoring", "Tversky & Kahneman (1974)",
            "low number shown by the wheel of fortune", 10, "%", _TK74, _TK74_DOI, _WHEEL),
    Finding("tk74_wheel_high_anchor", "anchoring", "Tversky & Kahneman (1974)",
            "high number shown by the wheel of fortune", 65, "%", _TK74, _TK74_DOI, _WHEEL),
    Finding("tk74_wheel_low_median", "anchoring", "Tversky & Kahneman (1974)",
            "median estimate of African countries in the UN after the low anchor", 25, "%", _TK74, _TK74_DOI,
            _WHEEL),
    Finding("tk74_wheel_high_median", "anchoring", "Tversky & Kahneman (1974)",
            "median estimate of African countries in the UN after the high anchor", 45, "%", _TK74, _TK74_DOI,
            _WHEEL),
    Finding("jk95_redwood_low_anchor", "anchoring", "Jacowitz & Kahneman (1995), reported by Kahneman (2011)",
            "low anchor for the height of the tallest redwood", 180, "feet", _K11, "", _REDWOOD),
    Finding("jk95_redwood_high_anchor", "anchoring", "Jacowitz & Kahneman (1995), reported by Kahneman (2011)",
            "high anchor for the height of the tallest redwood", 1200, "feet", _K11, "", _REDWOOD),
    Finding("jk95_redwood_low_mean", "anchoring", "Jacowitz & Kahneman (1995), reported by Kahneman (2011)",
            "mean estimate of the tallest redwood after the low anchor", 282, "feet", _K11, "", _REDWOOD),
    Finding("jk95_redwood_high_mean", "anchoring", "Jacowitz & Kahneman (1995), reported by Kahneman (2011)",
            "mean estimate of the tallest redwood after the high anchor", 844, "feet", _K11, "", _REDWOOD),
    Finding("jk95_redwood_anchoring_index", "anchoring", "Jacowitz & Kahneman (1995), reported by Kahneman (2011)",
            "anchoring index of the redwood question (562 / 1020)", 0.55, "", _K11, "",
            _REDWOOD + " The course's default adjustment k = 1 - 0.55 = 0.45 comes from this row."),
    Finding("k11_seabirds_no_anchor_mean", "anchoring", "Kahneman (2011)",
            "mean yearly willingness to pay to save seabirds with no anchor", 64, "US$", _K11, "", _SEABIRDS),
    Finding("k11_seabirds_low_anchor", "anchoring", "Kahneman (2011)",
            "low anchor of the seabird question (\"Would you be willing to pay $5 ...\")", 5, "US$", _K11, "",
            _SEABIRDS),
    Finding("k11_seabirds_high_anchor", "anchoring", "Kahneman (2011)",
            "high anchor of the seabird question", 400, "US$", _K11, "", _SEABIRDS),
    Finding("k11_seabirds_low_anchor_mean", "anchoring", "Kahneman (2011)",
            "mean willingness to pay after a $5 anchor", 20, "US$", _K11, "", _SEABIRDS),
    Finding("k11_seabirds_high_anchor_mean", "anchoring", "Kahneman (2011)",
            "mean willingness to pay after a $400 anchor", 143, "US$", _K11, "", _SEABIRDS),
    Finding("nn87_agents_anchoring_index", "anchoring", "Northcraft & Neale (1987), reported by Kahneman (2011)",
            "anchoring index of real-estate agents valuing a house after a listing price", 0.41, "", _NN87,
            _NN87_DOI, _AGENTS),
    Finding("nn87_students_anchoring_index", "anchoring", "Northcraft & Neale (1987), reported by Kahneman (2011)",
            "anchoring index of business students valuing the same house", 0.48, "", _NN87, _NN87_DOI, _AGENTS),
]
