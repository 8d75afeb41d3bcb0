"""Findings on framing effects (owned by the framing module)."""

from . import Finding

_TK81 = (
    "Tversky, A., & Kahneman, D. (1981). The framing of decisions and the psychology of choice. "
    "Science, 211(4481), 453-458."
)
_TK81_DOI = "10.1126/science.7455683"
_LG88 = (
    "Levin, I. P., & Gaeth, G. J. (1988). How consumers are affected by the framing of attribute "
    "information before and after consuming the product. Journal of Consumer Research, 15(3), 374-378."
)
_LG88_DOI = "10.1086/209174"

FINDINGS = [
    Finding("tk81_gain_frame_sure", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, gain frame (lives saved): share choosing the sure programme A",
            72, "%", _TK81, _TK81_DOI,
            "Problem 1; the other 28% chose the gamble B. The course's model predicts the sure option here."),
    Finding("tk81_gain_frame_n", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, gain frame: number of respondents", 152, "people", _TK81, _TK81_DOI),
    Finding("tk81_loss_frame_risky", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, loss frame (deaths): share choosing the gamble D",
            78, "%", _TK81, _TK81_DOI,
            "Problem 2; the other 22% chose the sure programme C. The course's model predicts the gamble here."),
    Finding("tk81_loss_frame_n", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem, loss frame: number of respondents", 155, "people", _TK81, _TK81_DOI),
    Finding("tk81_people_at_risk", "framing", "Tversky & Kahneman (1981)",
            "Asian disease problem: people expected to die without a programme", 600, "people", _TK81, _TK81_DOI,
            "The sure programme saves 200; the gamble saves all 600 with probability 1/3."),
    Finding("lg88_lean_label", "framing", "Levin & Gaeth (1988)",
            "ground beef labelled by its lean share (the positive frame; the negative frame said 25% fat)",
            75, "%", _LG88, _LG88_DOI,
            "A stimulus, not a result: the lesson reports only the direction of the effect (the lean label "
            "was rated more favourably, most strongly before tasting)."),
]

_LBC78 = (
    "Langer, E. J., Blank, A., & Chanowitz, B. (1978). The mindlessness of ostensibly thoughtful action: "
    "The role of \"placebic\" information in interpersonal interaction. Journal of Personality and Social "
    "Psychology, 36(6), 635-642."
)
_LBC78_DOI = "10.1037/0022-3514.36.6.635"

FINDINGS += [
    Finding("lbc78_small_request_no_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "asking to use a copier first for 5 pages, with no reason: share who let the person go first",
            60, "%", _LBC78, _LBC78_DOI),
    Finding("lbc78_small_request_real_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "the same small request with a real reason ('because I'm in a rush'): share who complied",
            94, "%", _LBC78, _LBC78_DOI),
    Finding("lbc78_small_request_placebic_reason", "framing", "Langer, Blank & Chanowitz (1978)",
            "the same small request with an empty reason ('because I have to make copies'): share who complied",
            93, "%", _LBC78, _LBC78_DOI,
            "For a large request (20 pages) the empty reason no longer helped: the lesson says 'because' "
            "works best with a real reason."),
]
