"""Learner-facing strings of the emotional-labor module (translate this one file).

The ``cbi_*`` items are the wording of the Copenhagen Burnout Inventory (Kristensen
et al., 2005), which is free to use; a translation should use a validated
translation of the CBI where one exists.
"""

EN = {
    # ---- Copenhagen Burnout Inventory: items (PUMA version)
    "cbi_p1": "How often do you feel tired?",
    "cbi_p2": "How often are you physically exhausted?",
    "cbi_p3": "How often are you emotionally exhausted?",
    "cbi_p4": "How often do you think: \u201cI can\u2019t take it anymore\u201d?",
    "cbi_p5": "How often do you feel worn out?",
    "cbi_p6": "How often do you feel weak and susceptible to illness?",
    "cbi_w1": "Is your work emotionally exhausting?",
    "cbi_w2": "Do you feel burnt out because of your work?",
    "cbi_w3": "Does your work frustrate you?",
    "cbi_w4": "Do you feel worn out at the end of the working day?",
    "cbi_w5": "Are you exhausted in the morning at the thought of another day at work?",
    "cbi_w6": "Do you feel that every working hour is tiring for you?",
    "cbi_w7": "Do you have enough energy for family and friends during leisure time?",
    "cbi_c1": "Do you find it hard to work with clients?",
    "cbi_c2": "Do you find it frustrating to work with clients?",
    "cbi_c3": "Does it drain your energy to work with clients?",
    "cbi_c4": "Do you feel that you give more than you get back when you work with clients?",
    "cbi_c5": "Are you tired of working with clients?",
    "cbi_c6": "Do you sometimes wonder how long you will be able to continue working with clients?",
    # ---- response options
    "opt_always": "Always",
    "opt_often": "Often",
    "opt_sometimes": "Sometimes",
    "opt_seldom": "Seldom",
    "opt_never": "Never/almost never",
    "opt_very_high": "To a very high degree",
    "opt_high": "To a high degree",
    "opt_somewhat": "Somewhat",
    "opt_low": "To a low degree",
    "opt_very_low": "To a very low degree",
    "opt_skip": "(skip)",
    # ---- bands of a CBI score
    "band_seldom_or_less": "on average 'seldom' or less",
    "band_seldom_to_sometimes": "on average between 'seldom' and 'sometimes'",
    "band_sometimes_to_often": "on average between 'sometimes' and 'often'",
    "band_often_or_more": "on average 'often' or more: worth talking to someone you trust",
    # ---- widget: CBI self-check
    "cbi_title": "Self-check: {scale} burnout (Copenhagen Burnout Inventory)",
    "cbi_scale_personal": "personal",
    "cbi_scale_work": "work-related",
    "cbi_scale_client": "client-related",
    "cbi_private": "Nothing you choose here is stored or sent anywhere.",
    "cbi_item_col": "Question",
    "cbi_answer_col": "Your answer",
    "cbi_points_col": "Points",
    "cbi_reversed": "(reversed)",
    "cbi_score": "Your {scale} score: {score:.1f} out of 100, {band}.",
    "cbi_too_few": "Answer at least {needed} of the {total} questions to get a score ({answered} so far).",
    # ---- widget: association explorer
    "assoc_title": "What a correlation of this size looks like among agents",
    "assoc_relation": "Relation",
    "assoc_rel_surface": "surface acting & dissonance ~ exhaustion",
    "assoc_rel_deep": "deep acting ~ customer-rated performance",
    "assoc_rho": "Correlation \u03c1",
    "assoc_cutoff": "Cut-off: top % on the outcome",
    "assoc_n": "Agents in the team",
    "assoc_x_surface": "Surface acting (z-score)",
    "assoc_y_surface": "Emotional exhaustion (z-score)",
    "assoc_x_deep": "Deep acting (z-score)",
    "assoc_y_deep": "Emotional performance (z-score)",
    "assoc_bar_title": "Share above the cut-off",
    "assoc_low_half": "lower half",
    "assoc_high_half": "upper half",
    "assoc_this_team": "this team",
    "assoc_large_team": "very large team",
    "assoc_summary": "In this simulated team of {n} agents, {high:.0%} of the upper half on {x} are in the top "
                     "{top:.0%} on {y}, against {low:.0%} of the lower half (a very large team: {exp_high:.0%} "
                     "against {exp_low:.0%}). \u03c1 = {rho:.2f} goes with {share:.0%} of the differences "
                     "between agents (\u03c1\u00b2).",
    "assoc_published": "Published range for this relation: \u03c1 {lo:.2f} to {hi:.2f} ({what}). You are "
                       "{where} it.",
    "assoc_what_surface": "emotion-rule dissonance and surface acting together, with impaired well-being; "
                          "H\u00fclsheger & Schewe, 2011",
    "assoc_what_deep": "deep acting with emotional performance and customer satisfaction; H\u00fclsheger & "
                       "Schewe, 2011",
    "assoc_inside": "inside",
    "assoc_outside": "outside",
    "assoc_caution": "This is a difference between people, mostly measured at one time. It does not say how "
                     "much one agent's exhaustion would change if they faked less.",
    "assoc_no_deep_wellbeing": "There is no option for deep acting and exhaustion: the meta-analysis calls "
                               "that relation weak without giving a number we could check, so we draw none.",
    # ---- widget: apology explorer
    "apo_title": "Display rules for apologies: 对不起 (a real apology) or 不好意思 (a light 'excuse me')?",
    "apo_fault": "Who caused the problem?",
    "apo_fault_company": "the company",
    "apo_fault_nobody": "nobody / the customer",
    "apo_upset": "Customer upset (0 calm, 1 furious)",
    "apo_real_apology": "Say a real apology that owns the fault (对不起), then explain and fix: "
                        "\"I'm sorry, we sent the wrong part. Here is what I'll do right now ...\"",
    "apo_light_apology": "A light 'excuse me' (不好意思) fits a small inconvenience: "
                         "\"Excuse me, could I put you on hold for ten seconds?\"",
    "apo_level": "Upset {upset:.1f}. From {threshold:.1f} (the black line) on, the rule calls for a real apology "
                 "even when nobody at the company caused the problem.",
    "apo_level_fault": "Upset {upset:.1f}. The company caused the problem, so the rule calls for a real apology "
                       "however calm the customer is.",
    # ---- questions: hints and messages
    "hint_practice_score": "Average the points of the answered items; item 7 (energy for family and friends) "
                           "is reversed: 100 minus its points.",
    "hint_practice_strategy": "Ask two things: is the agent showing the required emotion, and do they feel it "
                              "(by themselves, or after working on the feeling)?",
    "hint_practice_rho": "The share of variance a correlation explains is the correlation squared.",
    "hint_work_burnout": "Skip None answers, reverse the last item (100 - points), average the rest, and "
                         "raise ValueError when fewer than 4 items are answered.",
    "hint_practice_upper_half": "Set the explorer to \u03c1 = 0.39 and the top 25%, then read the black mark "
                                "(a very large team) over the upper half, as a share between 0 and 1.",
    "hint_practice_within": "Compare the correlation in the whole team with the correlations inside each "
                            "abuse group.",
    "hint_form_strategy": "Give one of {options} as a str. Ask: is the required emotion shown? Is it felt, "
                          "by itself or because the agent changed the feeling?",
    "hint_form_support": "Give one of {options} as a str: match the support to what is going on (one hard "
                         "hour, a habit of faking, or a load that is too heavy).",
    "hint_form_policy": "Give one of {options} as a str.",
    "hint_form_claim": "Give one of {options} as a str: the letter of the sentence you would put in the report.",
    "msg_share_not_percent": "`{name}` is {actual!r}: give the share between 0 and 1 (0.5 for half), not a "
                             "percentage.",
    "msg_within_gone": "Look again: inside each abuse group, surface acting still correlates with burnout "
                       "(about .3 to .4), so abuse does not explain all of it.",
    "msg_within_as_strong_or_stronger": "Look again: inside the abuse groups the correlations (about .3 to .4) "
                                        "are smaller than in the whole team (about .48). Part of the raw "
                                        "correlation runs through abuse.",
    "msg_wrong_strategy": "`{name}` is {actual!r}. Check: is the emotion shown? Is it felt, and did the agent "
                          "work on the feeling?",
    "msg_not_callable": "`{name}` should be a function you define with def, but it is a {kind}.",
    "msg_function_type": "{name}({args}) should return a float, but it returned a {kind}.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_score": "mei_score is Mei's work-related burnout score",
    "desc_practice_strategy": "strategy_moment names the strategy",
    "desc_practice_rho": "share_explained is rho squared",
    "desc_practice_upper_half": "upper_half_share is read off the explorer",
    "desc_practice_within": "within_groups describes the correlation inside the abuse groups",
    "desc_form_label": "{name} is one of the allowed labels",
    "desc_form_work_burnout": "work_burnout is a function that returns a float",
}
