"""Findings on service recovery and fairness (owned by the recovery module, lesson 08).

What could be read: the abstracts of every paper below; for Orsingher, Valentini &
de Angelis (2010) also the introduction of the full text (through a library copy),
which gives the range of correlations in the primary studies, but not the results
tables, so the course quotes neither their mean correlations nor any weight made
from them. Where only an abstract was read, the row's ``note`` says so. Rows of
``kind="practice"`` are practice wisdom from the course's source documents.
"""

from . import Finding

_TBC98 = (
    "Tax, S. S., Brown, S. W., & Chandrashekaran, M. (1998). Customer evaluations of service complaint "
    "experiences: Implications for relationship marketing. Journal of Marketing, 62(2), 60-76."
)
_TBC98_DOI = "10.2307/1252161"
_TBC98_NOTE = (
    "Abstract read: customers evaluate complaint incidents by the outcomes they receive, the procedures used to "
    "arrive at them and the interpersonal treatment during the process; a majority of the complaining customers "
    "studied were dissatisfied with their recent complaint handling. The course's lists of which feature belongs "
    "to which dimension are its own teaching table."
)

_SBW99 = (
    "Smith, A. K., Bolton, R. N., & Wagner, J. (1999). A model of customer satisfaction with service encounters "
    "involving failure and recovery. Journal of Marketing Research, 36(3), 356-372."
)
_SBW99_DOI = "10.1177/002224379903600305"
_SBW99_NOTE = (
    "Abstract read: an exchange model built on resource exchange, mental accounting and prospect theory, tested "
    "in a mixed-design scenario experiment run inside a survey of customers, in restaurants and in hotels. "
    "Customers prefer recovery resources that match the type of failure, in amounts commensurate with its "
    "magnitude. No effect sizes are quoted by the course."
)

_OVA10 = (
    "Orsingher, C., Valentini, S., & de Angelis, M. (2010). A meta-analysis of satisfaction with complaint "
    "handling in services. Journal of the Academy of Marketing Science, 38(2), 169-186."
)
_OVA10_DOI = "10.1007/s11747-009-0155-z"
_OVA10_NOTE_ABSTRACT = (
    "Abstract read: 60 independent studies; satisfaction with complaint handling (SATCOM) is associated most with "
    "distributive justice, then interactional justice, and only weakly with procedural justice. The mean "
    "correlations in the results tables could not be read, so the course quotes the order only; its 3:2:1 rank "
    "weights are a teaching device, not the paper's figures. Correlations across studies, not causal slopes."
)
_OVA10_NOTE_RANGE = (
    "From the article's introduction (full text read through a library copy; the results tables were not read): "
    "the range of the correlations between SATCOM and this justice dimension across the primary studies. It shows "
    "how much studies disagree, not an average."
)

_DMHR07 = (
    "de Matos, C. A., Henrique, J. L., & Rossi, C. A. V. (2007). Service recovery paradox: A meta-analysis. "
    "Journal of Service Research, 10(1), 60-77."
)
_DMHR07_DOI = "10.1177/1094670507303012"
_DMHR07_NOTE = (
    "Abstract read (also the opening of the article): the cumulative mean effect of the paradox is significant and "
    "positive on satisfaction, non-significant on repurchase intentions, word of mouth and corporate image; design "
    "(cross-sectional versus longitudinal), subjects (students versus non-students) and service category (hotel, "
    "restaurant, others) moderate the effect on satisfaction. The effect sizes themselves are not quoted."
)

_MN02 = (
    "Maxham, J. G., III, & Netemeyer, R. G. (2002). A longitudinal study of complaining customers' evaluations of "
    "multiple service failures and recovery efforts. Journal of Marketing, 66(4), 57-71."
)
_MN02_DOI = "10.1509/jmkg.66.4.57.18512"
_MN02_NOTE = (
    "Abstract read: a repeated-measures field study of complaining customers over 20 months that included two "
    "failures and recovery attempts; satisfactory recoveries can produce a recovery paradox after one failure, "
    "not after two."
)

_GR11 = (
    "Gelbrich, K., & Roschk, H. (2011). A meta-analysis of organizational complaint handling and customer "
    "responses. Journal of Service Research, 14(1), 24-43."
)
_GR11_DOI = "10.1177/1094670510387914"
_GR11_NOTE = (
    "Abstract read: distributive justice is the strongest driver only of transaction-specific satisfaction; "
    "cumulative satisfaction, which drives loyalty, depends slightly more on interactional than on distributive "
    "justice; moderators include target group, industry and complaint type. No effect sizes quoted."
)

_SEED000 = (
    "Customer-service psychology guide for service advisers (Chinese web copy, undated), source document 000 "
    "of the ServicePsych Kit (see the course's seeds digest)."
)
_PRACTICE_NOTE = (
    "Practice wisdom from the training material the course is built on, not a research finding: the course "
    "teaches it as advice and says so."
)

FINDINGS = [
    Finding("tbc98_justice_dimensions", "recovery", "Tax, Brown & Chandrashekaran (1998)",
            "kinds of fairness on which customers evaluate a complaint incident (outcome, procedure, "
            "interpersonal treatment)", 3, "dimensions", _TBC98, _TBC98_DOI, _TBC98_NOTE,
            population="customers who had recently complained to a service firm (abstract)"),
    Finding("sbw99_service_settings", "recovery", "Smith, Bolton & Wagner (1999)",
            "service settings of the failure/recovery scenario experiment (restaurants and hotels)", 2, "settings",
            _SBW99, _SBW99_DOI, _SBW99_NOTE,
            population="customers of restaurants and of hotels, rating failure/recovery scenarios in a survey"),
    Finding("ova10_studies", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "independent studies of satisfaction with complaint handling in the meta-analysis", 60, "studies",
            _OVA10, _OVA10_DOI, _OVA10_NOTE_ABSTRACT,
            population="complaining customers of service firms in the 60 primary studies"),
    Finding("ova10_order_distributive_first", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "rank of distributive justice among the three dimensions in its association with SATCOM", 1, "rank",
            _OVA10, _OVA10_DOI, _OVA10_NOTE_ABSTRACT,
            population="complaining customers of service firms in the 60 primary studies"),
    Finding("ova10_order_interactional_second", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "rank of interactional justice among the three dimensions in its association with SATCOM", 2, "rank",
            _OVA10, _OVA10_DOI, _OVA10_NOTE_ABSTRACT,
            population="complaining customers of service firms in the 60 primary studies"),
    Finding("ova10_order_procedural_third", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "rank of procedural justice (associated 'only weakly') among the three dimensions", 3, "rank",
            _OVA10, _OVA10_DOI, _OVA10_NOTE_ABSTRACT,
            population="complaining customers of service firms in the 60 primary studies"),
    Finding("ova10_range_distributive_low", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "lowest correlation of distributive justice with SATCOM among the primary studies", 0.06,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("ova10_range_distributive_high", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "highest correlation of distributive justice with SATCOM among the primary studies", 0.97,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("ova10_range_interactional_low", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "lowest correlation of interactional justice with SATCOM among the primary studies", 0.05,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("ova10_range_interactional_high", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "highest correlation of interactional justice with SATCOM among the primary studies", 0.92,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("ova10_range_procedural_low", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "lowest correlation of procedural justice with SATCOM among the primary studies", -0.06,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("ova10_range_procedural_high", "recovery", "Orsingher, Valentini & de Angelis (2010)",
            "highest correlation of procedural justice with SATCOM among the primary studies", 0.84,
            "correlation r", _OVA10, _OVA10_DOI, _OVA10_NOTE_RANGE, population="the primary studies"),
    Finding("dmhr07_outcomes_examined", "recovery", "de Matos, Henrique & Rossi (2007)",
            "outcomes the paradox meta-analysis examined (satisfaction, repurchase intention, word of mouth, "
            "corporate image)", 4, "outcomes", _DMHR07, _DMHR07_DOI, _DMHR07_NOTE,
            population="customers in the primary studies (students and non-students; hotels, restaurants, others)"),
    Finding("dmhr07_outcomes_supported", "recovery", "de Matos, Henrique & Rossi (2007)",
            "outcomes with a significant positive mean paradox effect (satisfaction only)", 1, "outcomes",
            _DMHR07, _DMHR07_DOI, _DMHR07_NOTE,
            population="customers in the primary studies (students and non-students; hotels, restaurants, others)"),
    Finding("mn02_months", "recovery", "Maxham & Netemeyer (2002)",
            "months over which complaining customers were followed (two failures and recoveries)", 20, "months",
            _MN02, _MN02_DOI, _MN02_NOTE, population="complaining customers of one firm (abstract)"),
    Finding("mn02_no_paradox_after_failures", "recovery", "Maxham & Netemeyer (2002)",
            "failures after which no recovery paradox was seen", 2, "failures", _MN02, _MN02_DOI, _MN02_NOTE,
            population="complaining customers of one firm (abstract)"),
    Finding("gr11_satisfaction_kinds", "recovery", "Gelbrich & Roschk (2011)",
            "kinds of post-complaint satisfaction whose drivers differ (transaction-specific, cumulative)", 2,
            "kinds", _GR11, _GR11_DOI, _GR11_NOTE, population="complaining customers in the primary studies"),
    Finding("practice_delay_meal_voucher", "recovery", "Source document 000 (practice wisdom)",
            "when a flight is delayed, a meal voucher works better than leaving passengers simply to wait "
            "(no figure given)", float("nan"), "", _SEED000, "", _PRACTICE_NOTE,
            kind="practice", population="not studied: training material"),
    Finding("practice_refusal_with_alternative", "recovery", "Source document 000 (practice wisdom)",
            "a refusal with an alternative ('we can't do X right away, but we can offer Y') softens the "
            "refusal (no figure given)", float("nan"), "", _SEED000, "",
            _PRACTICE_NOTE + " Module 06's advice on 'but' is practice wisdom too (practice_but_cancels).",
            kind="practice", population="not studied: training material"),
    Finding("practice_fairness_process", "recovery", "Source document 000 (practice wisdom)",
            "customers care about how they were treated in the process, not only about the outcome "
            "(no figure given)", float("nan"), "", _SEED000, "", _PRACTICE_NOTE,
            kind="practice", population="not studied: training material"),
]
