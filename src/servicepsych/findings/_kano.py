"""Findings on hard and soft service: Kano, SERVQUAL, customer delight (owned by the kano module, lesson 10).

What could be read: the abstract of Oliver, Rust & Varki (1997); the abstract of
Buttle (1996) and of Rust & Oliver (2000); secondary sources (reviews and
applications) that reproduce the Kano evaluation table and Berger et al.'s
coefficients. Kano et al. (1984) is in Japanese and was not read; Berger et
al. (1993) and Matzler & Hinterhuber (1998) were read only through the
secondary sources that reproduce their table. Parasuraman, Zeithaml & Berry
(1988) was read through secondary summaries (five dimensions, 22 items) and
Buttle's abstract; its items are not reproduced. Rows of ``kind="practice"``
are practice wisdom from the course's source documents.
"""

from . import Finding

_KANO84 = (
    "Kano, N., Seraku, N., Takahashi, F., & Tsuji, S. (1984). Attractive quality and must-be quality. "
    "Hinshitsu (Quality, the Journal of the Japanese Society for Quality Control), 14(2). [In Japanese.]"
)
_BERGER93 = (
    "Berger, C., Blauth, R., Boger, D., Bolster, C., Burchill, G., DuMouchel, W., Pouliot, F., Richter, R., "
    "Rubinoff, A., Shen, D., Timko, M., & Walden, D. (1993). Kano's methods for understanding customer-defined "
    "quality. Center for Quality of Management Journal, 2(4), 3-35."
)
_MH98 = (
    "Matzler, K., & Hinterhuber, H. H. (1998). How to make product development projects more successful by "
    "integrating Kano's model of customer satisfaction into quality function deployment. Technovation, 18(1), "
    "25-38."
)
_MH98_DOI = "10.1016/S0166-4972(97)00072-2"
_KANO_NOTE = (
    "Secondary sources read: the five answer options and the 5 x 5 evaluation table (rows: answer when the "
    "attribute is present; columns: answer when it is absent) as reproduced from Berger et al. (1993) and Matzler "
    "& Hinterhuber (1998) in later applications. Kano et al. (1984), in Japanese, was not read."
)
_PZB88 = (
    "Parasuraman, A., Zeithaml, V. A., & Berry, L. L. (1988). SERVQUAL: A multiple-item scale for measuring "
    "consumer perceptions of service quality. Journal of Retailing, 64(1), 12-40."
)
_PZB88_NOTE = (
    "Read through secondary summaries and Buttle's (1996) abstract: a 22-item instrument on five dimensions "
    "(tangibles, reliability, responsiveness, assurance, empathy), each item asked as an expectation and as a "
    "perception. The items themselves are not reproduced by the course; its example statements are its own."
)
_CT92 = (
    "Cronin, J. J., Jr., & Taylor, S. A. (1992). Measuring service quality: A reexamination and extension. "
    "Journal of Marketing, 56(3), 55-68."
)
_BUTTLE96 = (
    "Buttle, F. (1996). SERVQUAL: Review, critique, research agenda. European Journal of Marketing, 30(1), 8-32."
)
_BUTTLE96_DOI = "10.1108/03090569610105762"
_ORV97 = (
    "Oliver, R. L., Rust, R. T., & Varki, S. (1997). Customer delight: Foundations, findings, and managerial "
    "insight. Journal of Retailing, 73(3), 311-336."
)
_ORV97_DOI = "10.1016/S0022-4359(97)90021-X"
_ORV97_NOTE = (
    "Abstract read: data from two service fields; structural equation results support a sequence from "
    "unexpectedly high satisfaction or performance to arousal, to pleasure (positive affect), to delight; the "
    "effect of delight on behavioural intention appears to depend on the service context. No coefficients are "
    "quoted by the course."
)
_SEED002 = (
    "Courseware 'Service psychology applied to customer service' for property-management staff (Chinese web copy, "
    "undated), source document 002 of the ServicePsych Kit (see the course's seeds digest)."
)
_PRACTICE_NOTE = (
    "Practice wisdom from the training material the course is built on, not a research finding: the course "
    "teaches it as a claim to test and says so."
)

FINDINGS = [
    Finding("kano84_answer_options", "kano", "Kano, Seraku, Takahashi & Tsuji (1984)",
            "answer options of each Kano question (like, must-be, neutral, live-with, dislike)", 5, "options",
            _KANO84, "", _KANO_NOTE, population="method: questionnaire design (no sample figure quoted)"),
    Finding("kano84_evaluation_cells", "kano", "Berger et al. (1993)",
            "cells of the Kano evaluation table (5 functional x 5 dysfunctional answers)", 25, "cells",
            _BERGER93, "", _KANO_NOTE, population="method: evaluation table (no sample figure quoted)"),
    Finding("kano84_result_categories", "kano", "Matzler & Hinterhuber (1998)",
            "results of the evaluation table (attractive, one-dimensional, must-be, indifferent, reverse, "
            "questionable)", 6, "categories", _MH98, _MH98_DOI, _KANO_NOTE,
            population="method: evaluation table (no sample figure quoted)"),
    Finding("pzb88_dimensions", "kano", "Parasuraman, Zeithaml & Berry (1988)",
            "dimensions of service quality in SERVQUAL", 5, "dimensions", _PZB88, "", _PZB88_NOTE,
            population="customers of several service firms (secondary summaries; sample not quoted)"),
    Finding("pzb88_items", "kano", "Parasuraman, Zeithaml & Berry (1988)",
            "items of the SERVQUAL instrument (each asked as expectation and as perception)", 22, "items",
            _PZB88, "", _PZB88_NOTE,
            population="customers of several service firms (secondary summaries; sample not quoted)"),
    Finding("orv97_service_fields", "kano", "Oliver, Rust & Varki (1997)",
            "service fields whose customers' data tested the surprise-arousal-pleasure-delight sequence", 2,
            "fields", _ORV97, _ORV97_DOI, _ORV97_NOTE, population="customers in two service fields (abstract)"),
    Finding("practice_soft_on_hard_delight", "kano", "Source document 002 (practice wisdom)",
            "with adequate hard service, adequate soft service makes satisfaction jump ('delight'); adequate "
            "hard service without soft service is 'taken for granted' (no figure given)", float("nan"), "",
            _SEED002, "", _PRACTICE_NOTE + " The courseware also says this satisfaction becomes 'taken for "
            "granted' as customers' needs rise, which matches Kano's point that categories shift over time.",
            kind="practice", population="not studied: training material"),
    Finding("practice_vanke_five_steps", "kano", "Source document 002 (practice wisdom)",
            "steps of Vanke property services' 'five steps and one rule' (know, understand, help, comprehend, "
            "move the customer; the rule: make the customer successful)", 5, "steps", _SEED002, "",
            _PRACTICE_NOTE, kind="practice", population="not studied: one company's service system"),
    Finding("practice_support_vs_frontline", "kano", "Source document 002 (practice wisdom)",
            "support processes are judged on efficiency, front-line processes on efficiency and effect "
            "(no figure given)", float("nan"), "", _SEED002, "", _PRACTICE_NOTE,
            kind="practice", population="not studied: training material"),
]

#: Works the lesson cites without quoting a figure (kept here so the references stay in one place).
CITED_WITHOUT_FIGURES = {
    "ct92": (_CT92, "10.1177/002224299205600304"),
    "buttle96": (_BUTTLE96, _BUTTLE96_DOI),
    "mh98": (_MH98, _MH98_DOI),
    "rust_oliver00": ("Rust, R. T., & Oliver, R. L. (2000). Should we delight the customer? Journal of the "
                      "Academy of Marketing Science, 28(1), 86-94.", "10.1177/0092070300281008"),
    "barnes_krallman19": ("Barnes, D. C., & Krallman, A. (2019). Customer delight: A review and agenda for "
                          "research. Journal of Marketing Theory and Practice, 27(2), 174-195.",
                          "10.1080/10696679.2019.1577686"),
}
