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
    # ---- strategies
    "strategy_genuine": "genuine (felt without effort)",
    "strategy_deep": "deep acting (the feeling itself was changed)",
    "strategy_surface": "surface acting (shown, not felt)",
    "strategy_off_rule": "off the display rule",
    # ---- widget: CBI self-check
    "cbi_title": "Self-check: {scale} burnout (Copenhagen Burnout Inventory)",
    "cbi_scale_label": "Scale",
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
    # ---- widget: acting simulator
    "sim_title": "Shift simulator: how acting strategy relates to exhaustion",
    "sim_surface": "Surface acting (SD above average)",
    "sim_deep": "Deep acting (SD above average)",
    "sim_rho": "rho (surface)",
    "sim_n": "Agents",
    "sim_xlabel": "Emotional exhaustion (T-score: reference team mean 50, SD 10)",
    "sim_ylabel": "Agents",
    "sim_reference": "reference team",
    "sim_your_team": "your team",
    "sim_summary": "Your team's mean exhaustion: {mean:.1f} (reference 50). Agents above 60: {share:.0%} "
                   "(reference team: {ref_share:.0%}).",
    # ---- widget: apology explorer
    "apo_title": "Display rules for apologies: 对不起 (a real apology) or 不好意思 (a light 'excuse me')?",
    "apo_fault": "The company caused the problem",
    "apo_upset": "How upset the customer is (0 calm, 1 furious)",
    "apo_real_apology": "Say a real apology that owns the fault (对不起), then explain and fix: "
                        "\"I'm sorry, we sent the wrong part. Here is what I'll do right now ...\"",
    "apo_light_apology": "A light 'excuse me' (不好意思) fits a small inconvenience: "
                         "\"Excuse me, could I put you on hold for ten seconds?\"",
    # ---- questions: hints and messages
    "hint_practice_score": "Average the points of the answered items; item 7 (energy for family and friends) "
                           "is reversed: 100 minus its points.",
    "hint_practice_strategy": "Ask two things: is the agent showing the required emotion, and do they feel it "
                              "(by themselves, or after working on the feeling)?",
    "hint_practice_rho": "The share of variance a correlation explains is the correlation squared.",
    "hint_work_burnout": "Skip None answers, reverse the last item (100 - points), average the rest, and "
                         "raise ValueError when fewer than 4 items are answered.",
    "hint_desk_strategies": "Classify each moment with the two questions: shown? felt (by itself or after work "
                            "on the feeling)?",
    "hint_surface_effect": "Expected exhaustion in SD units is rho times the SDs of extra surface acting; a "
                           "T-score moves 10 points per SD.",
    "hint_team_analysis": "Use numpy's corrcoef (or pandas' .corr) on the columns of agent_wellbeing.",
    "msg_wrong_strategy": "`{name}` is {actual!r}. Check: is the emotion shown? Is it felt, and did the agent "
                          "work on the feeling?",
    "msg_plain_float": "`{name}` should be a plain float, but it is a {kind}. Wrap it in float(...).",
    "msg_not_callable": "`{name}` should be a function you define with def, but it is a {kind}.",
    "msg_function_value": "{name}({args}) gave {actual!r}, but the CBI scoring gives {expected!r}.",
    "msg_function_raise": "{name}({args}) should raise ValueError (too few items answered), but it returned {actual!r}.",
    "msg_function_type": "{name}({args}) should return a float, but it returned a {kind}.",
}
