"""Findings on handling a customer's emotion (owned by the customer-emotion module, 07).

What was read: for Barger & Grandey (2006) the abstract and the first pages of the accepted
manuscript; for Pugh (2001) the abstract and the opening of the in-press manuscript; for
Grandey et al. (2005), Hennig-Thurau et al. (2006), Roschk & Kaiser (2013), Roschk & Gelbrich
(2014) and Min et al. (2020) the abstracts only. DOIs are given only where a page that was read showed them (Roschk & Kaiser, Roschk &
Gelbrich, Min et al.); the others were left empty rather than typed from memory. No coefficient from any of them is quoted,
because none could be checked against a table; the rows below hold sample sizes and counts the
abstracts state, and the notes say what each study found in words.
"""

from . import Finding

_PRACTICE = ("Practice wisdom from the course's training material, not a research finding: the course may "
             "teach it as advice, never as evidence.")
_ABSTRACT = "Only the abstract could be read for this course."
_SEED_001 = ("Psychological quality and emotion management in customer service (Chinese short book, web "
             "copy), course source document 001 (/work/shared/seeds/001_ebd4303cfe5bf339.txt), chapter 3.1.")
_SEED_003 = ("Through the customer's psychological mirror (a mobile-operator retail-store essay, Chinese web "
             "copy), course source document 003 (/work/shared/seeds/003_b0990a5441322a0c.txt).")
_HCR94 = "Hatfield, E., Cacioppo, J. T., & Rapson, R. L. (1994). Emotional contagion. Cambridge University Press."
_P01 = ("Pugh, S. D. (2001). Service with a smile: Emotional contagion in the service encounter. Academy of "
        "Management Journal, 44(5), 1018-1027.")
_BG06 = ("Barger, P. B., & Grandey, A. A. (2006). Service with a smile and encounter satisfaction: Emotional "
         "contagion and appraisal mechanisms. Academy of Management Journal, 49(6), 1229-1238.")
_G05 = ("Grandey, A. A., Fisk, G. M., Mattila, A. S., Jansen, K. J., & Sideman, L. A. (2005). Is \"service with "
        "a smile\" enough? Authenticity of positive displays during service encounters. Organizational "
        "Behavior and Human Decision Processes, 96(1), 38-55.")
_HT06 = ("Hennig-Thurau, T., Groth, M., Paul, M., & Gremler, D. D. (2006). Are all smiles created equal? How "
         "emotional contagion and emotional labor affect service relationships. Journal of Marketing, 70(3), "
         "58-73.")
_RK13 = ("Roschk, H., & Kaiser, S. (2013). The nature of an apology: An experimental study on how to apologize "
         "after a service failure. Marketing Letters, 24(3), 293-309.")
_RG14 = ("Roschk, H., & Gelbrich, K. (2014). Identifying appropriate compensation types for service failures: "
         "A meta-analytic and experimental analysis. Journal of Service Research, 17(2), 195-211.")
_M20 = ("Min, K. S., Jung, J. M., Ryu, K., Haugtvedt, C., Mahesh, S., & Overton, J. (2020). Timing of apology "
        "after service failure: The moderating role of future interaction expectation on customer "
        "satisfaction. Marketing Letters, 31(2-3), 217-230.")

FINDINGS = [
    # ---- the seven steps and the two apologies: practice wisdom
    Finding("ce_practice_seven_steps", "customer_emotion", "Course source document 001",
            "steps of the source book's process for handling a customer's emotion: identify, empathise, "
            "soothe, communicate to understand the problem, respond and solve quickly, feed back and follow "
            "up, adjust your own emotion and reflect", 7, "steps", _SEED_001, "",
            _PRACTICE + " The book gives the steps and their order without evidence; the course uses them as "
                        "a checklist for reading transcripts. The book adds that understanding the problem "
                        "comes once the customer's emotion is steadier, and that an apology belongs to "
                        "soothing where one is needed.",
            kind="practice", population="none: a training text"),
    Finding("ce_practice_duibuqi_buhaoyisi", "customer_emotion", "Course source document 003",
            "light apologies (\u4e0d\u597d\u610f\u601d) that, the store essay says, do not add up to one real "
            "apology (\u5bf9\u4e0d\u8d77); a reflexive light apology can anger an upset customer",
            10, "light apologies", _SEED_003, "",
            _PRACTICE + " A store manager's rule of thumb. No study of how customers react to the two words "
                        "was found; linguists' descriptions of Mandarin apologies list both as direct "
                        "apology expressions, so the sharp split is the essay's, not research.",
            kind="practice", population="none: an essay"),
    # ---- emotional contagion
    Finding("hcr94_contagion_book", "customer_emotion", "Hatfield, Cacioppo & Rapson (1994)",
            "the book that named primitive emotional contagion: people tend to mimic others' expressions, "
            "voices and postures and so 'catch' their emotions (publication year; the book gives a theory "
            "and a review, no single effect size)", 1994, "year", _HCR94, "",
            ("The book itself was not read for this course: it is cited for the concept only, as the service "
             "papers above describe it (a secondary source), and no figure from it is quoted."),
            population="a review of laboratory and field studies"),
    Finding("p01_display_customer_affect", "customer_emotion", "Pugh (2001)",
            "employees' displayed positive emotion was positively related to customers' positive affect after "
            "the encounter and to their evaluations of service quality (publication year; no coefficient is "
            "quoted)", 2001, "year", _P01, "",
            _ABSTRACT + " (and the opening of the in-press manuscript, which names the setting: a retail bank). "
                        "A field study of service encounters: an association between encounters, not a "
                        "slope an employee can move. The abstract also reports that transaction busyness and "
                        "employee emotional expressiveness predicted displayed emotion.",
            population="employees and customers of a retail bank"),
    Finding("bg06_customers", "customer_emotion", "Barger & Grandey (2006)",
            "customers who completed a survey after real service encounters in which independent coders "
            "rated the smiling strength of employee and customer at three points in time",
            173, "customers", _BG06, "",
            "Read: the abstract and the first pages of the accepted manuscript. Findings in words: mimicry "
            "(customers smiling back) was supported; the link between employee smiling and encounter "
            "satisfaction was fully mediated by the customer's appraisal of service quality, not by the "
            "customer's affect (mood). No coefficient is quoted.",
            population="customers of real service encounters (the setting is described in the full article, "
                       "which was not read)"),
    Finding("bg06_time_points", "customer_emotion", "Barger & Grandey (2006)",
            "points in time during each encounter at which smiling strength was coded", 3, "time points",
            _BG06, "", "Stated in the abstract.",
            population="customers of real service encounters"),
    Finding("g05_customers", "customer_emotion", "Grandey, Fisk, Mattila, Jansen & Sideman (2005)",
            "restaurant customers (of 64 servers) in Study 2: perceived authenticity of the server's positive "
            "display went with perceived friendliness (less so when the restaurant was busy) and had a direct "
            "relation with satisfaction; in Study 1 (videotaped hotel check-in) authenticity raised "
            "satisfaction only when the task was done well", 255, "customers", _G05,
            "", _ABSTRACT,
            population="Study 1: viewers of videotaped hotel check-ins; Study 2: customers of restaurant servers"),
    Finding("g05_servers", "customer_emotion", "Grandey, Fisk, Mattila, Jansen & Sideman (2005)",
            "restaurant servers whose customers rated them in Study 2", 64, "servers", _G05,
            "", _ABSTRACT, population="restaurant servers"),
    Finding("ht06_consumers", "customer_emotion", "Hennig-Thurau, Groth, Paul & Gremler (2006)",
            "consumers in a simulated service encounter with actors who varied how much they smiled and "
            "whether they used surface or deep acting (2 x 2): authenticity affected customers' emotions, "
            "the extent of smiling did not (no support for primitive contagion there)", 223, "consumers",
            _HT06, "", _ABSTRACT,
            population="consumers in a staged encounter (an experiment)"),
    # ---- apologies and compensation
    Finding("rk13_components", "customer_emotion", "Roschk & Kaiser (2013)",
            "components of an apology varied in the experiment: empathy, intensity and timing; each affected "
            "service-recovery satisfaction (more empathic and more intense: more satisfied; late: less), with "
            "empathy the strongest, then intensity, then timing; empathy mattered more after process failures",
            3, "components", _RK13, "10.1007/s11002-012-9218-x",
            _ABSTRACT + " An experiment with respondents (its materials are described in the full article, not read), not a "
                        "meta-analysis; the abstract ranks the "
                        "effect sizes but the course quotes no size. The abstract also says the apology's "
                        "overall effect was comparable to compensation's after a process failure.",
            population="respondents in an experiment on service failures (the sample is described in the full "
                       "article, which was not read)"),
    Finding("rg14_matching", "customer_emotion", "Roschk & Gelbrich (2014)",
            "studies in the meta-analysis plus one experiment (the article's two studies): compensation "
            "works best when it repays in kind (money for a monetary loss, an exchange for a flawed product, "
            "doing the service again for a failed service, psychological compensation such as an apology for "
            "a lack of attention)", 2, "studies in the article", _RG14, "10.1177/1094670513507486",
            _ABSTRACT + " The number of primary studies pooled is in the full article, which was not read.",
            population="published service-recovery studies (meta-analysis) and experiment respondents"),
    Finding("m20_studies", "customer_emotion", "Min, Jung, Ryu, Haugtvedt, Mahesh & Overton (2020)",
            "studies showing that listening first and then apologising beat apologising first when customers "
            "expected to deal with the employee again, and was weaker or reversed when they did not", 2,
            "studies", _M20, "10.1007/s11002-020-09522-y",
            _ABSTRACT + " Shows that the best order of apology and listening depends on the situation, which "
                        "is why the course treats the seven steps' order as a checklist, not a law.",
            population="respondents to service-failure studies (details in the full article, not read)"),
]
