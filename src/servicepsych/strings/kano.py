"""Learner-facing strings of the hard-and-soft-service module (lesson 10: Kano, SERVQUAL).

Translators: copy ``EN`` to ``ZH`` (or another language code) and translate the
values; keep every ``{placeholder}`` as it is.
"""

EN = {
    # ---------------------------------------------------------------- answers and categories
    "ans_like": "I like it",
    "ans_must-be": "I expect it (must-be)",
    "ans_neutral": "I am neutral",
    "ans_live-with": "I can live with it",
    "ans_dislike": "I dislike it",
    "cat_attractive": "attractive",
    "cat_one-dimensional": "one-dimensional",
    "cat_must-be": "must-be",
    "cat_indifferent": "indifferent",
    "cat_reverse": "reverse",
    "cat_questionable": "questionable",
    "explain_attractive": "Pleases when it is there; nobody misses it when it is not. A candidate for delight.",
    "explain_one-dimensional": "The more, the better; its absence displeases. Customers compare you on it.",
    "explain_must-be": "Taken for granted when it is there; its absence makes customers angry. Fix it first.",
    "explain_indifferent": "Customers do not care either way. Do not spend on it.",
    "explain_reverse": "Customers would rather not have it. Take it away, or make it optional.",
    "explain_questionable": "A contradictory pair of answers: the respondent misread a question or answered "
                            "carelessly. Leave it out.",
    # ---------------------------------------------------------------- widget: the evaluation table
    "table_title": "The Kano evaluation table: one resident's two answers",
    "table_functional": "If it is there",
    "table_dysfunctional": "If it is not there",
    "table_corner": "there ↓ / not there →",
    "table_result": "Result: <b>{category}</b>. {explain}",
    "table_source": "Table as given by Berger et al. (1993) and Matzler &amp; Hinterhuber (1998), after Kano et "
                    "al. (1984). Rows: the answer if the attribute is there; columns: the answer if it is not.",
    # ---------------------------------------------------------------- widget: the survey explorer
    "survey_title": "A Kano survey of one attribute: answer counts, shares, better and worse",
    "survey_count": "{category} (count)",
    "survey_axis_share": "share of all answers",
    "survey_plot_x": "|worse|: dissatisfaction if it is missing",
    "survey_plot_y": "better: satisfaction if it is there",
    "survey_quadrant_A": "attractive",
    "survey_quadrant_O": "one-dimensional",
    "survey_quadrant_M": "must-be",
    "survey_quadrant_I": "indifferent",
    "survey_summary": "Better = {better:.2f}, worse = {worse:.2f} (from {n} of {total} answers: reverse and "
                      "questionable left out). Most frequent category: <b>{mode}</b>.",
    "survey_summary_none": "No attractive, one-dimensional, must-be or indifferent answer yet: better and worse "
                           "cannot be computed.",
    "survey_note": "Berger et al. (1993): better = (A + O) / (A + O + M + I), worse = −(O + M) / (A + O + M + I). "
                   "The quadrant lines at 0.5 are a reading aid, not a law: an attribute near a line is "
                   "between categories.",
    # ---------------------------------------------------------------- widget: SERVQUAL gaps
    "servqual_title": "SERVQUAL gaps at the Maple Court property office",
    "servqual_perception": "{dimension}: residents' perception",
    "servqual_weights": "Weights",
    "servqual_weights_equal": "Equal",
    "servqual_weights_residents": "Residents' importance points",
    "servqual_axis_gap": "gap = perception − expectation",
    "servqual_axis_weighted": "weighted gap",
    "servqual_first_fix": "Largest shortfall: <b>{dimension}</b>.",
    "servqual_no_fix": "No dimension falls short of expectations.",
    "servqual_col_dimension": "dimension",
    "servqual_col_expect": "expectation",
    "servqual_col_perceive": "perception",
    "servqual_col_gap": "gap",
    "servqual_col_weight": "weight",
    "servqual_col_weighted": "weighted gap",
    "servqual_note": "Ratings on a 1–7 scale (invented for the exercise). The example items are the course's own, "
                     "not the SERVQUAL questionnaire. A gap score is a difference of two ratings: Cronin &amp; "
                     "Taylor (1992) and Buttle (1996) question whether it beats the perception alone.",
    "dim_tangibles": "tangibles",
    "dim_reliability": "reliability",
    "dim_responsiveness": "responsiveness",
    "dim_assurance": "assurance",
    "dim_empathy": "empathy",
    # ---------------------------------------------------------------- practice feedback
    "msg_wrong_category": "{name} = {actual!r} is not what the evaluation table gives for this pair of answers. "
                          "Find the row of the answer 'if it is there' and the column of the answer 'if it is not "
                          "there'.",
    "msg_wrong_better": "{name} = {actual!r} is not Berger et al.'s better coefficient for these counts.",
    "msg_wrong_worse": "{name} = {actual!r} is not Berger et al.'s worse coefficient for these counts (remember "
                       "the minus sign).",
    "msg_wrong_first_fix": "{name} = {actual!r} is not the dimension with the largest shortfall once the "
                           "residents' importance points are applied.",
    "msg_wrong_verdict": "{name} = {actual!r} is not the fairest reading of what the evidence says about the "
                         "courseware's claim.",
    "hint_practice_locker": "Use the table widget: 'I like it' if the locker is there, 'I am neutral' if it "
                            "is not.",
    "hint_practice_lift": "Use the table widget: 'I expect it' if the lifts work, 'I dislike it' if they do not.",
    "hint_practice_coefficients": "Leave out reverse and questionable answers; better = (A + O) / (A + O + M + I) "
                                  "and worse = −(O + M) / (A + O + M + I). Give two decimals or more.",
    "hint_practice_first_fix": "Multiply each gap by its share of the importance points (points ÷ 100), then "
                               "look for the most negative result. The widget shows it with 'Residents' "
                               "importance points'.",
    "hint_practice_verdict": "Is the claim a research finding, a rule that always holds, or a plausible reading "
                             "of Kano's model that needs checking with your own customers?",
    # ---------------------------------------------------------------- assignment (form only)
    "hint_form_category": "Use one of the six category names exactly as listed: 'attractive', "
                          "'one-dimensional', 'must-be', 'indifferent', 'reverse', 'questionable'.",
    "hint_form_attribute": "Use one of the attribute labels exactly as listed in the part.",
    "hint_form_dimension": "Use one of the five dimension names: 'tangibles', 'reliability', 'responsiveness', "
                           "'assurance', 'empathy'.",
    "hint_form_claim": "Answer True or False (without quotes).",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_category": "{name} is the Kano category of the answer pair",
    "desc_practice_better": "better_followup is Berger et al.'s better coefficient",
    "desc_practice_worse": "worse_followup is Berger et al.'s worse coefficient (negative)",
    "desc_practice_first_fix": "first_fix is the dimension with the largest weighted shortfall",
    "desc_practice_verdict": "delight_verdict is the fairest reading of the evidence",
    "desc_form_category": "{name} is one of the six Kano categories",
    "desc_form_attribute": "{name} is one of the four attribute labels",
    "desc_form_dimension": "{name} is one of the five SERVQUAL dimensions",
    "desc_form_bool": "{name} is True or False",
}
