"""Findings on the peak-end rule and duration neglect (owned by the peak-end module)."""

from . import Finding

_KFSR93 = (
    "Kahneman, D., Fredrickson, B. L., Schreiber, C. A., & Redelmeier, D. A. (1993). When more pain is "
    "preferred to less: Adding a better end. Psychological Science, 4(6), 401-405."
)
_KFSR93_DOI = "10.1111/j.1467-9280.1993.tb00589.x"
_RK96 = (
    "Redelmeier, D. A., & Kahneman, D. (1996). Patients' memories of painful medical treatments: Real-time "
    "and retrospective evaluations of two minimally invasive procedures. Pain, 66(1), 3-8."
)
_RK96_DOI = "10.1016/0304-3959(96)02994-6"
_K11 = "Kahneman, D. (2011). Thinking, Fast and Slow, chapter 35 ('Two Selves'). New York: Farrar, Straus and Giroux."
_RKK03 = (
    "Redelmeier, D. A., Katz, J., & Kahneman, D. (2003). Memories of colonoscopy: A randomized trial. "
    "Pain, 104(1-2), 187-194."
)
_RKK03_DOI = "10.1016/S0304-3959(03)00003-4"
_AD22 = (
    "Alaybek, B., Dalal, R. S., Fyffe, S., Aitken, J. A., Zhou, Y., Qu, X., Roman, A., & Baines, J. I. (2022). "
    "All's well that ends (and peaks) well? A meta-analysis of the peak-end rule and duration neglect. "
    "Organizational Behavior and Human Decision Processes, 170, 104149."
)
_AD22_DOI = "10.1016/j.obhdp.2022.104149"
_SEED003 = ("'Through the customer's psychological mirror' (an essay on service in a mobile-operator retail store; "
            "Chinese web copy, course source document 003).")
_ABSTRACT = "Reported in the article's abstract."
_POP_KFSR = "laboratory volunteers, hand immersed in cold water (cold-pressor task)"
_POP_RK96 = "adult patients undergoing colonoscopy or lithotripsy, pain rated every 60 s (0-10)"
_POP_RKK03 = "consecutive colonoscopy outpatients who were medically stable, mentally competent and English-speaking"
_POP_AD22 = "174 effect sizes from published studies of retrospective evaluations (pain, affect, work episodes ...)"
_FIG = ("Kahneman (2011, ch. 35) describes the two example patients of the colonoscopy study (ratings every "
        "60 s on a 0-10 pain scale). The course's profiles of patients A and B follow the shape of that figure; "
        "only the peak, the last rating and the durations are published values.")

FINDINGS = [
    # --- cold water (Kahneman et al., 1993)
    Finding("kfsr93_water_temp_c", "peak_end", "Kahneman et al. (1993)",
            "water temperature of the short trial (and of the first 60 s of the long trial)",
            14, "degrees C", _KFSR93, _KFSR93_DOI, _ABSTRACT, population=_POP_KFSR),
    Finding("kfsr93_short_trial_s", "peak_end", "Kahneman et al. (1993)",
            "length of the short trial, hand in water at 14 degrees C", 60, "s", _KFSR93, _KFSR93_DOI, _ABSTRACT, population=_POP_KFSR),
    Finding("kfsr93_extra_s", "peak_end", "Kahneman et al. (1993)",
            "extra time added to the long trial while the water was gradually warmed", 30, "s",
            _KFSR93, _KFSR93_DOI, _ABSTRACT, population=_POP_KFSR),
    Finding("kfsr93_end_temp_c", "peak_end", "Kahneman et al. (1993)",
            "water temperature reached at the end of the long trial (still painful, distinctly less so)",
            15, "degrees C", _KFSR93, _KFSR93_DOI, _ABSTRACT, population=_POP_KFSR),
    # The abstract says only that "a significant majority" chose to repeat the long trial; the course
    # quotes that wording. The one share it quotes comes from Kahneman's own later account:
    Finding("k11_cold_water_chose_long_pct", "peak_end", "Kahneman et al. (1993), via Kahneman (2011)",
            "participants who reported that their pain eased in the final phase of the long trial and chose to "
            "repeat the long trial", 80, "%", _K11, "",
            "Secondary source: Kahneman (2011, ch. 35) describing his 1993 experiment ('fully 80%' of those whose "
            "pain diminished). The article's abstract reports only 'a significant majority' of all participants; "
            "the share among all participants could not be read from the article here, so the course does not "
            "quote one.", population=_POP_KFSR),
    # --- colonoscopy and lithotripsy (Redelmeier & Kahneman, 1996)
    Finding("rk96_colonoscopy_n", "peak_end", "Redelmeier & Kahneman (1996)",
            "colonoscopy patients whose pain was recorded in real time", 154, "patients", _RK96, _RK96_DOI, _ABSTRACT, population=_POP_RK96),
    Finding("rk96_lithotripsy_n", "peak_end", "Redelmeier & Kahneman (1996)",
            "lithotripsy patients whose pain was recorded in real time", 133, "patients", _RK96, _RK96_DOI, _ABSTRACT, population=_POP_RK96),
    Finding("rk96_end_window_min", "peak_end", "Redelmeier & Kahneman (1996)",
            "the final part of the procedure whose pain predicted the remembered total (last minutes)", 3, "min",
            _RK96, _RK96_DOI, _ABSTRACT + " Remembered total pain correlated with the peak and with these last "
            "3 minutes; long procedures were not remembered as particularly aversive.", population=_POP_RK96),
    Finding("rk96_patient_peak", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "worst pain rating of both example patients A and B (0-10 scale)", 8, "points", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_a_end", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "last pain rating of patient A", 7, "points", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_b_end", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "last pain rating of patient B", 1, "points", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_a_peak_end", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "peak-end average of patient A", 7.5, "points", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_b_peak_end", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "peak-end average of patient B", 4.5, "points", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_a_minutes", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "length of patient A's procedure", 8, "min", _K11, "", _FIG, population=_POP_RK96),
    Finding("rk96_patient_b_minutes", "peak_end", "Redelmeier & Kahneman (1996), via Kahneman (2011)",
            "length of patient B's procedure", 24, "min", _K11, "", _FIG, population=_POP_RK96),
    # --- randomised trial (Redelmeier, Katz & Kahneman, 2003)
    Finding("rkk03_n", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "colonoscopy outpatients randomised (half had a short, milder interval added at the end)",
            682, "patients", _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_final_pain_extended", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "pain in the final moments, extended procedure (0-10 intensity scale)", 1.7, "points",
            _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_final_pain_control", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "pain in the final moments, usual procedure (0-10 intensity scale)", 2.5, "points",
            _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_overall_extended", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "remembered unpleasantness of the whole procedure, extended group (10 cm visual analogue scale)",
            4.4, "cm", _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_overall_control", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "remembered unpleasantness of the whole procedure, usual group (10 cm visual analogue scale)",
            4.9, "cm", _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_return_odds_ratio", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "odds ratio of returning for a repeat colonoscopy, extended vs usual procedure "
            "(median follow-up 5.3 years, adjusted)", 1.41, "odds ratio", _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_rank_extended", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "rank of the procedure among eight unpleasant experiences, extended group (8 = worst)", 4.1, "rank",
            _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    Finding("rkk03_rank_control", "peak_end", "Redelmeier, Katz & Kahneman (2003)",
            "rank of the procedure among eight unpleasant experiences, usual group (8 = worst)", 4.6, "rank",
            _RKK03, _RKK03_DOI, _ABSTRACT, population=_POP_RKK03),
    # --- meta-analysis (Alaybek et al., 2022): how sure are we?
    Finding("ad22_peak_end_r", "peak_end", "Alaybek et al. (2022)",
            "meta-analytic correlation of the peak-end combination with retrospective summary evaluations",
            0.581, "correlation r", _AD22, _AD22_DOI,
            _ABSTRACT + " The same abstract reports the effect of the overall average as comparable, the effects of "
            "trend, variability, beginning and trough as weaker, and the effect of duration as essentially nil "
            "(duration neglect, after Fredrickson & Kahneman, 1993, JPSP 65(1), 45-55, doi 10.1037/0022-3514.65.1.45). "
            "A correlation across studies, not a slope a service team can move.", population=_POP_AD22),
    Finding("ad22_peak_end_ci_low", "peak_end", "Alaybek et al. (2022)",
            "lower bound of the 95% confidence interval of that correlation", 0.487, "correlation r",
            _AD22, _AD22_DOI, _ABSTRACT, population=_POP_AD22),
    Finding("ad22_peak_end_ci_high", "peak_end", "Alaybek et al. (2022)",
            "upper bound of the 95% confidence interval of that correlation", 0.661, "correlation r",
            _AD22, _AD22_DOI, _ABSTRACT, population=_POP_AD22),
    Finding("ad22_effect_sizes", "peak_end", "Alaybek et al. (2022)",
            "effect sizes meta-analysed", 174, "effect sizes", _AD22, _AD22_DOI, _ABSTRACT, population=_POP_AD22),
    # --- practice wisdom from the course's source documents (not research)
    Finding("seed003_reapproach_s", "peak_end", "Retail-store training essay (course source 003)",
            "at the store entrance, greet once and come back after the customer has hesitated for about this long "
            "(instead of following them around)", 30, "s", _SEED003, "",
            "Practice wisdom from training material, not a measured effect: no study of this timing is cited. The "
            "course teaches it as a sensible default consistent with the peak-end rule.",
            kind="practice", population="customers browsing in a mobile-operator retail store (practitioner's account)"),
]
