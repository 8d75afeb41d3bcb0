"""Findings on service language (owned by the service-language module, 06).

Research rows give the population, the measure and the size as the paper reports them.
Rows with ``kind="practice"`` are practice wisdom from the course's source documents
(training material): the lesson and the phrase checker teach them as such, never as findings.

The small-request figures of Langer, Blank & Chanowitz (1978) are rows of module 02
(``lbc78_small_request_no_reason``, ``lbc78_small_request_real_reason``,
``lbc78_small_request_placebic_reason``); this module reuses those keys and adds the
large-request condition. The "'but' cancels what came before" rule is module 02's
``practice_but_cancels``.
"""

from . import Finding

_LBC78 = (
    "Langer, E. J., Blank, A., & Chanowitz, B. (1978). The mindlessness of ostensibly thoughtful action: "
    "The role of \"placebic\" information in interpersonal interaction. Journal of Personality and Social "
    "Psychology, 36(6), 635-642."
)
_LBC78_DOI = "10.1037/0022-3514.36.6.635"
_LBC78_POP = "people about to use a copying machine at a university (CUNY Graduate Center), field experiment"
_LBC78_NOTE = ("Experiment 1, large request (20 pages). The paper's full text could not be read here: the figure is "
               "taken from secondary accounts that reproduce the paper's table (no reason 24%, empty reason 24%, "
               "real reason 42%); the small-request figures (60%, 93%, 94%) agree with many independent secondary "
               "sources. Only the abstract of the paper itself was seen.")
_F85 = (
    "Folkes, V. S. (1985). Mindlessness or mindfulness: A partial replication and extension of Langer, Blank, "
    "and Chanowitz. Journal of Personality and Social Psychology, 48(3), 600-604."
)
_F85_DOI = "10.1037/0022-3514.48.3.600"
_F85_NOTE = ("Read from the abstract: four studies with the copier paradigm. Study 1 (82 people): less compliance "
             "with a controllable reason ('because I don't want to wait') than an uncontrollable one ('because I "
             "feel really sick'). Studies 2 and 3 did not replicate Langer et al.'s results. Study 4 (69 "
             "undergraduates) found the pattern of in-depth processing. The author reads it as evidence that "
             "people weigh the reason, not as mindless compliance.")
_RK13 = (
    "Roschk, H., & Kaiser, S. (2013). The nature of an apology: An experimental study on how to apologize after "
    "a service failure. Marketing Letters, 24(3), 293-309."
)
_RK13_DOI = "10.1007/s11002-012-9218-x"
_LPL16 = (
    "Lewicki, R. J., Polin, B., & Lount, R. B., Jr. (2016). An exploration of the structure of effective "
    "apologies. Negotiation and Conflict Management Research, 9(2), 177-196."
)
_LPL16_DOI = "10.1111/ncmr.12073"
_LPL16_NOTE = ("Read from the Ohio State University press release (April 2016) and reports of it, not the paper: "
               "two experiments, 755 people, apologies with one to six components (regret, explanation of what went "
               "wrong, acknowledgment of responsibility, repentance, offer of repair, request for forgiveness). "
               "Acknowledgment of responsibility mattered most, an offer of repair second, a request for forgiveness "
               "least. The scenario was a workplace one, not a customer complaint; no effect size is quoted.")
_SEED000 = (
    "Source document 000 of the ServicePsych Kit: 'Customer-service psychology guide for service advisers' "
    "(客户服务顾问客户服务心理学指南), Chinese web copy, undated training material."
)
_SEED002 = (
    "Source document 002 of the ServicePsych Kit: courseware 'Service psychology applied to customer "
    "service' (property management), Chinese web copy, undated training material."
)
_SEED003 = (
    "Source document 003 of the ServicePsych Kit: essay 'Through the customer's psychological mirror' "
    "(mobile-operator retail store), Chinese web copy, undated."
)
_PRACTICE = "Practice wisdom from training material, not a measured effect: taught as a rule of thumb to test."
_NOT_STUDIED = "not studied: training material"

FINDINGS = [
    # ---------------------------------------------------------------- a reason with "because", large request
    Finding("lbc78_large_request_no_reason", "language", "Langer, Blank & Chanowitz (1978)",
            "asking to use a copier first for 20 pages, with no reason: share who let the person go first",
            24, "%", _LBC78, _LBC78_DOI, _LBC78_NOTE, population=_LBC78_POP),
    Finding("lbc78_large_request_placebic_reason", "language", "Langer, Blank & Chanowitz (1978)",
            "the same large request with an empty reason ('because I have to make copies'): share who complied",
            24, "%", _LBC78, _LBC78_DOI, _LBC78_NOTE + " The empty reason did no better than none.",
            population=_LBC78_POP),
    Finding("lbc78_large_request_real_reason", "language", "Langer, Blank & Chanowitz (1978)",
            "the same large request with a real reason ('because I'm in a rush'): share who complied",
            42, "%", _LBC78, _LBC78_DOI, _LBC78_NOTE, population=_LBC78_POP),
    Finding("folkes85_replications_failed", "language", "Folkes (1985)",
            "copier studies that did not replicate Langer, Blank & Chanowitz's (1978) results (Studies 2 and 3)",
            2, "studies", _F85, _F85_DOI, _F85_NOTE,
            population="people at university copying machines (Studies 2 and 3: 42 and 96 people)"),
    Finding("folkes85_study2_n", "language", "Folkes (1985)", "people in Study 2 (a copier field study)", 42,
            "people", _F85, _F85_DOI, _F85_NOTE, population="people at university copying machines"),
    Finding("folkes85_study3_n", "language", "Folkes (1985)", "people in Study 3 (a copier field study)", 96,
            "people", _F85, _F85_DOI, _F85_NOTE, population="people at university copying machines"),
    # ---------------------------------------------------------------- apologies
    Finding("rk13_apology_empathy_strongest", "language", "Roschk & Kaiser (2013)",
            "apology after a service failure: how it is delivered (empathy, intensity, timing) drives recovery "
            "satisfaction, not its mere presence; empathy has the largest effect, then intensity, then timing "
            "(no figure quoted)", float("nan"), "", _RK13, _RK13_DOI,
            "Read from the abstract only. More empathic and more intense apologies raised satisfaction, a late one "
            "lowered it; empathy mattered more after process failures than outcome failures. The course quotes no "
            "effect size. The study did not test 'naming the problem' as such.",
            population="respondents to service-failure scenarios (scenario experiment; details not read)"),
    Finding("lpl16_apology_responsibility_first", "language", "Lewicki, Polin & Lount (2016)",
            "of six apology components, acknowledging responsibility was the most effective and an offer of "
            "repair the second (no figure quoted)", float("nan"), "", _LPL16, _LPL16_DOI, _LPL16_NOTE,
            population="two experiments, 755 people in all (adults recruited online and students), workplace scenario"),
    Finding("lpl16_participants", "language", "Lewicki, Polin & Lount (2016)",
            "people in the two experiments on apology components", 755, "people", _LPL16, _LPL16_DOI, _LPL16_NOTE,
            population="two experiments (adults recruited online and students)"),
    # ---------------------------------------------------------------- practice wisdom (source documents)
    Finding("practice_language_no_cant", "language", "Source document 002 (practice wisdom)",
            "avoid 'I can't' (我不能, 不可以): the customer then thinks about why not; say what you can do "
            "('let me see what we can do for you') (no figure given)", float("nan"), "", _SEED002, "",
            _PRACTICE + " The phrase checker's rules cant and flat_no.", kind="practice", population=_NOT_STUDIED),
    Finding("practice_language_no_wont", "language", "Source document 002 (practice wisdom)",
            "avoid 'I won't' (我不会做): it sounds like resistance; say 'what we can do for you is…' "
            "(no figure given)", float("nan"), "", _SEED002, "", _PRACTICE, kind="practice",
            population=_NOT_STUDIED),
    Finding("practice_language_not_my_job", "language", "Source document 002 (practice wisdom)",
            "avoid 'that's not my job' (这不是我应该做的): the customer feels their request is unworthy and stops "
            "listening; say 'I'd be glad to help' (no figure given)", float("nan"), "", _SEED002, "", _PRACTICE,
            kind="practice", population=_NOT_STUDIED),
    Finding("practice_language_dont_think", "language", "Source document 002 (practice wisdom)",
            "avoid 'I don't think I can' (我想我做不了): a 'no' sets a negative mood; say what you can do and that "
            "you want to help (no figure given)", float("nan"), "", _SEED002, "", _PRACTICE, kind="practice",
            population=_NOT_STUDIED),
    Finding("practice_give_reason", "language", "Source document 002 (practice wisdom)",
            "when you cannot meet a request, tell the customer the reason, with 'because' (因为) (no figure given)",
            float("nan"), "", _SEED002, "",
            _PRACTICE + " Related research: a reason raised compliance with a small request (lbc78_*), a different "
                        "situation (a stranger's favour, not a refusal).", kind="practice", population=_NOT_STUDIED),
    Finding("practice_light_apology", "language", "Source document 003 (practice wisdom)",
            "'不好意思' is a light 'excuse me', '对不起' a real apology; ten light ones do not equal one real one, and "
            "a reflexive light one can anger an upset customer (no figure given)", float("nan"), "", _SEED003, "",
            _PRACTICE + " The phrase checker flags a light apology only when the customer is upset and the reply "
                        "holds no real apology.", kind="practice", population=_NOT_STUDIED),
    Finding("practice_apology_names_loss", "language", "Source document 000 (practice wisdom)",
            "acknowledge the customer's loss first ('the damage to your device is truly regrettable'), then offer "
            "the remedy (no figure given)", float("nan"), "", _SEED000, "",
            _PRACTICE + " Closest research: acknowledging responsibility and offering repair were the strongest "
                        "apology components (lpl16_*); empathy the strongest delivery feature (rk13_*).",
            kind="practice", population=_NOT_STUDIED),
]
