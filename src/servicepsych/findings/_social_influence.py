"""Findings on social influence in service (owned by the social-influence module, 09).

What could be read for this course (the notes of every row repeat it):

* Goldstein, Cialdini & Griskevicius (2008): **not** the paper itself. The figures come from secondary
  sources: a press report (UPI, August 2008, as reposted by Green Lodging News) for experiment 1's 35.1% vs
  44.1%; a blog post by D. T. Kenrick (Psychology Today, 2011; a colleague of two of the authors), which
  rounds them to 35 and 44 and says "almost 50 percent" for the same-room card; and the Wise Interventions
  summary of experiment 2, which gives 49% for the same-room card, 37% for the standard card and 41-44%
  for the three other norm cards together. The 49.3% often quoted could not be checked, so the course
  quotes 49%; no separate figure for the "citizens", "gender" or "hotel guests" cards of experiment 2 is
  quoted.
* Bohner & Schlüter (2014): the abstract (PLOS ONE).
* Strohmetz, Rind, Fisher & Lynn (2002): the abstract, plus two secondary summaries of its results (a
  research summary giving 15.1% vs 17.8% with t(90) = 5.25, and 19.0%, 19.6%, 21.6% and 23%; a student
  blog giving the table means 15.06% and 17.84% and a lowest mean of 18.95%). They agree; the course
  quotes one decimal.
* Freedman & Fraser (1966): the opening page (abstract) of the paper; the figures from secondary sources:
  Cialdini's *Influence* (76% vs 17%, experiment 2) and a course summary (52.8% vs 22.2%, experiment 1),
  which Burger's (1999) review confirms in words ("more than twice as likely").
* Dillard, Hunter & Burgoon (1984): the abstract. Burger (1999): the abstract and the first page.
* Friestad & Wright (1994): the abstract. Brehm (1966): not read; cited as the standard source of the
  theory, with no figure.

DOIs are given only where a page that was read showed them (Bohner & Schl\u00fcter; Dillard et al.).
"""

from . import Finding

_PRACTICE = ("Practice wisdom, not a research finding: the course may teach it as advice or as its own "
             "ethics, never as evidence.")
_SEED_000 = ("Customer-service psychology guide for service advisers (Chinese web copy), course source "
             "document 000 (/work/shared/seeds/000_73c2d9a74952ec07.txt).")
_GCG08 = ("Goldstein, N. J., Cialdini, R. B., & Griskevicius, V. (2008). A room with a viewpoint: Using social "
          "norms to motivate environmental conservation in hotels. Journal of Consumer Research, 35(3), "
          "472-482.")
_BS14 = ("Bohner, G., & Schl\u00fcter, L. E. (2014). A room with a viewpoint revisited: Descriptive norms and "
         "hotel guests' towel reuse behavior. PLOS ONE, 9(8), e104086.")
_SRFL02 = ("Strohmetz, D. B., Rind, B., Fisher, R., & Lynn, M. (2002). Sweetening the till: The use of candy "
           "to increase restaurant tipping. Journal of Applied Social Psychology, 32(2), 300-309.")
_FF66 = ("Freedman, J. L., & Fraser, S. C. (1966). Compliance without pressure: The foot-in-the-door "
         "technique. Journal of Personality and Social Psychology, 4(2), 195-202.")
_DHB84 = ("Dillard, J. P., Hunter, J. E., & Burgoon, M. (1984). Sequential-request persuasive strategies: "
          "Meta-analysis of foot-in-the-door and door-in-the-face. Human Communication Research, 10(4), "
          "461-488.")
_B99 = ("Burger, J. M. (1999). The foot-in-the-door compliance procedure: A multiple-process analysis and "
        "review. Personality and Social Psychology Review, 3(4), 303-325.")
_FW94 = ("Friestad, M., & Wright, P. (1994). The persuasion knowledge model: How people cope with persuasion "
         "attempts. Journal of Consumer Research, 21(1), 1-31.")
_BREHM66 = "Brehm, J. W. (1966). A theory of psychological reactance. Academic Press."

_GCG_SECONDARY = ("Not read in the original: taken from secondary sources (see the module docstring). ")
_GCG_POP = "guests of a US hotel who stayed at least two nights (as the secondary sources describe them)"
_SRFL_SECONDARY = ("Abstract read; the mean comes from secondary summaries of the paper's results, which "
                   "agree with each other. ")
_SRFL_POP = "dining parties served by one server in a US restaurant"
_FF_POP = "residents of Palo Alto, California, almost all women, approached at home"

FINDINGS = [
    # ---- social proof: the towel cards
    Finding("gcg08_exp1_standard", "social_influence", "Goldstein, Cialdini & Griskevicius (2008), exp. 1",
            "towel reuse with the standard environmental card ('help save the environment')", 35.1, "%",
            _GCG08, "",
            _GCG_SECONDARY + "Press report (UPI 2008 via Green Lodging News); Kenrick (2011) rounds it to 35%.",
            population=_GCG_POP),
    Finding("gcg08_exp1_descriptive", "social_influence", "Goldstein, Cialdini & Griskevicius (2008), exp. 1",
            "towel reuse with the descriptive-norm card ('join your fellow guests': almost 75% of guests "
            "reuse their towels)", 44.1, "%", _GCG08, "",
            _GCG_SECONDARY + "Press report (UPI 2008 via Green Lodging News); Kenrick (2011) rounds it to 44%.",
            population=_GCG_POP),
    Finding("gcg08_card_claim", "social_influence", "Goldstein, Cialdini & Griskevicius (2008)",
            "share of guests the norm cards said reuse their towels (the card's claim, which the "
            "secondary sources describe as true of the hotel's guests)", 75, "% (claim on the card)",
            _GCG08, "",
            _GCG_SECONDARY + "All secondary sources quote 'almost 75%' or '75% of the guests'.",
            population=_GCG_POP),
    Finding("gcg08_exp2_standard", "social_influence", "Goldstein, Cialdini & Griskevicius (2008), exp. 2",
            "towel reuse with the standard environmental card in experiment 2", 37, "%", _GCG08,
            "",
            _GCG_SECONDARY + "Wise Interventions summary of experiment 2 (rounded to whole percent).",
            population=_GCG_POP),
    Finding("gcg08_exp2_same_room", "social_influence", "Goldstein, Cialdini & Griskevicius (2008), exp. 2",
            "towel reuse with the 'guests who stayed in this room' card (the provincial norm)", 49, "%",
            _GCG08, "",
            _GCG_SECONDARY + "Wise Interventions summary gives 49%; Kenrick (2011) 'almost 50 percent'. The "
            "49.3% often quoted could not be checked. The same summary gives 41-44% for the hotel-guest, "
            "citizen and gender cards together; the course quotes no separate figure for them.",
            population=_GCG_POP),
    Finding("bs14_study1_n", "social_influence", "Bohner & Schl\u00fcter (2014), study 1",
            "guests in the first German replication; descriptive-norm cards were not more effective than "
            "the standard card, and proximity effects were inconsistent across the two studies", 724,
            "guests", _BS14, "10.1371/journal.pone.0104086",
            "Abstract read. It reports no reuse percentages in the abstract, so none is quoted; both card "
            "types raised reuse over a no-message baseline, and reuse was high overall.",
            population="guests of a hotel in Germany"),
    Finding("bs14_study2_n", "social_influence", "Bohner & Schl\u00fcter (2014), study 2",
            "guests in the second German replication (reference group 'hotel guests' vs 'guests in this "
            "room', now vs two years ago)", 204, "guests", _BS14, "10.1371/journal.pone.0104086",
            "Abstract read; see bs14_study1_n.", population="guests of a second hotel in Germany"),
    # ---- reciprocity: sweets with the bill
    Finding("srfl02_exp1_none", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 1",
            "mean tip, as a percentage of the bill, with no sweet", 15.1, "% of bill", _SRFL02,
            "",
            _SRFL_SECONDARY + "Table mean 15.06%; 92 dining parties in experiment 1 (t(90) = 5.25).",
            population=_SRFL_POP),
    Finding("srfl02_exp1_one", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 1",
            "mean tip with one small chocolate per diner given with the bill", 17.8, "% of bill", _SRFL02,
            "", _SRFL_SECONDARY + "Table mean 17.84%.",
            population=_SRFL_POP),
    Finding("srfl02_exp2_none", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 2",
            "mean tip with no sweet (experiment 2, a different restaurant and server)", 19.0, "% of bill",
            _SRFL02, "", _SRFL_SECONDARY + "Table mean 18.95%; 80 dining "
            "parties in experiment 2 (20 per condition, as one summary says).", population=_SRFL_POP),
    Finding("srfl02_exp2_one", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 2",
            "mean tip with one sweet per diner", 19.6, "% of bill", _SRFL02,
            "", _SRFL_SECONDARY, population=_SRFL_POP),
    Finding("srfl02_exp2_two", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 2",
            "mean tip with two sweets per diner, given at once", 21.6, "% of bill", _SRFL02,
            "", _SRFL_SECONDARY, population=_SRFL_POP),
    Finding("srfl02_exp2_one_plus_one", "social_influence", "Strohmetz, Rind, Fisher & Lynn (2002), exp. 2",
            "mean tip when the server gave one sweet, turned to leave, then came back and offered a second "
            "as if on second thoughts", 23.0, "% of bill", _SRFL02, "",
            _SRFL_SECONDARY + "One summary gives 23%, the other the highest mean of the four; the course "
            "writes 23.0 to match the other rows.", population=_SRFL_POP),
    # ---- foot-in-the-door
    Finding("ff66_exp2_small_first", "social_influence", "Freedman & Fraser (1966), exp. 2",
            "agreed to a large, ugly 'drive carefully' sign in the front garden after agreeing two weeks "
            "earlier to a small safe-driving sign (same issue, same kind of task)", 76, "%", _FF66,
            "",
            "Abstract read; the figure from Cialdini's Influence (a secondary source, rounded). The small "
            "and the large request were made by different people.", population=_FF_POP),
    Finding("ff66_exp2_large_only", "social_influence", "Freedman & Fraser (1966), exp. 2",
            "agreed to the large sign when it was the only request", 17, "%", _FF66, "",
            "Abstract read; the figure from Cialdini's Influence (secondary, rounded).", population=_FF_POP),
    Finding("ff66_exp1_small_first", "social_influence", "Freedman & Fraser (1966), exp. 1",
            "agreed to a two-hour home inventory of household products by five or six men, after answering "
            "a few questions on the phone three days earlier", 52.8, "%", _FF66, "",
            "Abstract read; the figure from a course summary of the paper; Burger (1999) confirms the "
            "size in words ('more than twice as likely').",
            population="Palo Alto housewives chosen from the telephone directory"),
    Finding("ff66_exp1_large_only", "social_influence", "Freedman & Fraser (1966), exp. 1",
            "agreed to the home inventory when it was the only request", 22.2, "%", _FF66,
            "", "Abstract read; the figure from a course summary (see ff66_exp1_small_first).",
            population="Palo Alto housewives chosen from the telephone directory"),
    Finding("dhb84_fitd_r", "social_influence", "Dillard, Hunter & Burgoon (1984)",
            "foot-in-the-door effect in a meta-analysis, even under the most favourable conditions "
            "(a prosocial topic, no incentive for the first request)", 0.17, "correlation r", _DHB84,
            "10.1111/j.1468-2958.1984.tb00028.x",
            "Abstract read. The abstract calls the effect small; a lecture summary of the paper gives an "
            "overall weighted mean of r = .11 with effects from -.23 to .39, which the course does not "
            "quote as a finding.", population="published foot-in-the-door experiments"),
    Finding("burger99_studies", "social_influence", "Burger (1999)",
            "published foot-in-the-door investigations since Freedman & Fraser, reviewed together with "
            "meta-analyses: the technique works under some conditions, fails or backfires under others",
            100, "investigations (more than)", _B99, "",
            "Abstract and first page read; the review says 'more than 100 published investigations'.",
            population="published foot-in-the-door studies"),
    # ---- manipulation and how customers respond
    Finding("fw94_persuasion_knowledge", "social_influence", "Friestad & Wright (1994)",
            "the persuasion knowledge model: people learn how persuasion works and use that knowledge to "
            "recognise and cope with persuasion attempts (publication year; a conceptual model, no effect "
            "size)", 1994, "year", _FW94, "",
            "Abstract read. It proposes a model; it does not measure how often customers punish a tactic.",
            population="none: a conceptual model"),
    Finding("brehm66_reactance", "social_influence", "Brehm (1966)",
            "psychological reactance: when people feel their freedom to choose is threatened, they are "
            "motivated to restore it (publication year; a theory, no single effect size)", 1966, "year",
            _BREHM66, "", "Not read; cited as the standard source of the theory.",
            population="none: a theory"),
    Finding("sp_practice_authority", "social_influence", "Course source document 000",
            "authority cues the guide says make customers trust an adviser: professional dress and "
            "certification (it warns that too much authority provokes resistance)", 2, "cues", _SEED_000,
            "", _PRACTICE + " No service study of these cues was checked for the course.",
            kind="practice", population="none: a training text"),
    Finding("sp_practice_principles", "social_influence", "Course source document 000",
            "influence principles the guide recommends in service: social proof (cite satisfied customers "
            "when refusing), reciprocity (special care such as remembering a name), foot-in-the-door "
            "(step-by-step solutions), authority", 4, "principles", _SEED_000, "",
            _PRACTICE + " The guide gives no evidence; the course checks each against the research above.",
            kind="practice", population="none: a training text"),
    Finding("sp_practice_manipulation_criteria", "social_influence", "This course",
            "questions the course asks of a tactic: is the information true, is it in the customer's "
            "interest, is the customer free to refuse; honest influence only if all three are yes", 3,
            "criteria", "ServicePsych Kit (this course), module 09: the course's own ethics.", "",
            _PRACTICE + " The three questions are the course's ethics, not a validated instrument. Fake "
                        "scarcity and fake reviews fail the first question by definition.",
            kind="practice", population="none: the course's rule"),
]
