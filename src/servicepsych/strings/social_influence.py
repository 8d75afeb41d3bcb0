"""Learner-facing strings of the social-influence module (09): translate this one file."""

EN = {
    # ---- names of norms, groups, conditions
    "norm_environmental": "environmental appeal",
    "norm_descriptive": "descriptive norm (what others do)",
    "group_none": "(no group)",
    "group_hotel_guests": "guests of this hotel",
    "group_same_room": "guests who stayed in this room",
    "group_citizens": "fellow citizens",
    "group_gender": "men and women (own gender)",
    "exp_1": "Experiment 1",
    "exp_2": "Experiment 2",
    "tip_none": "no sweet",
    "tip_one": "one sweet each",
    "tip_two": "two sweets each",
    "tip_one_plus_one": "one, then a second on the way back",
    # ---- widget: hotel-card designer
    "card_title": "Hotel-card designer: what was reported for this card?",
    "card_norm": "Norm type",
    "card_group": "Reference group",
    "card_experiment": "Study",
    "card_rate": "Reported towel reuse with this card: {rate}% (finding {row}).",
    "card_no_figure_tested": "This card was tested in {exp}, but the course found no figure it could check for "
                             "it on its own (the summary the course read gives only one combined range for three such cards). "
                             "No published figure is shown: the course never fills a gap.",
    "card_no_figure_untested": "{exp} did not test this card: no published figure.",
    "card_env_group": "An environmental card reports no group; the reference group is set to (no group).",
    "card_setting": "Reference group's setting: {setting}.",
    "setting_no_group": "no group",
    "setting_outside": "outside the setting",
    "setting_same_hotel": "same hotel",
    "setting_same_room": "same room",
    "card_note": "Figures from secondary sources (the notes of the findings say which). Compare cards only "
                 "within one study. A German replication (Bohner & Schl\u00fcter 2014) found norm cards no "
                 "better than the standard card.",
    "card_axis": "towel reuse (%)",
    "card_plot_title": "{exp}: cards with a published figure",
    # ---- widget: reciprocity explorer
    "tip_title": "Reciprocity explorer: sweets with the bill (Strohmetz et al. 2002)",
    "tip_experiment": "Experiment",
    "tip_condition": "Condition",
    "tip_baseline": "Compared with",
    "tip_axis": "mean tip (% of bill)",
    "tip_plot_title": "{exp}: mean tip by condition",
    "tip_line": "Mean tip with {a}: {ra}%; with {b}: {rb}%; difference {d:+.1f} percentage points.",
    "tip_caution": "These are group means in one restaurant with one server; the difference is what was "
                   "reported there, not an amount a sweet adds in yours.",
    "tip_same": "Choose two different conditions to see a difference.",
    # ---- widget: tactic classifier
    "tactic_title": "Manipulation check: the course's three questions",
    "tactic_example": "Tactic",
    "tactic_q_true": "Is what it tells the customer true?",
    "tactic_q_interest": "Is it in the customer's interest?",
    "tactic_q_free": "Is the customer free to refuse?",
    "tactic_yes": "yes",
    "tactic_no": "no",
    "tactic_verdict_honest": "Honest influence: all three answers are yes.",
    "tactic_verdict_manipulation": "Manipulation: it fails {failed}.",
    "tactic_failed_true_information": "'true information'",
    "tactic_failed_customer_interest": "'the customer's interest'",
    "tactic_failed_free_to_refuse": "'free to refuse'",
    "tactic_list_sep": ", ",
    "tactic_answer_sep": "; ",
    "tactic_answer": "{question} {answer}",
    "tactic_course_view": "The course's own answers for this example: {answers}.",
    "tactic_ethics": "The three questions are the course's ethics, not a research instrument. Research adds why "
                     "it matters: customers learn persuasion tactics and discount a seller they catch using them "
                     "(Friestad & Wright 1994), and pressure on a free choice invites resistance (Brehm 1966).",
    "tactic_ex_room_norm": "Hotel card: 'Most guests who stayed in this room reused their towels' (from the "
                           "hotel's own records)",
    "tactic_ex_fake_timer": "Shop banner: 'Only 2 left! Offer ends in 09:59' (400 in stock, timer restarts)",
    "tactic_ex_sweet": "Restaurant: a sweet for each diner with the bill, nothing said about tips",
    "tactic_ex_fake_reviews": "Shop page: five-star reviews written by staff under customer names",
    "tactic_ex_preticked": "Checkout: travel insurance box ticked in advance, price shown only in the total",
    "tactic_ex_small_first": "Property office: 'Would you sign our fire-safety pledge?' then, weeks later, an "
                             "inspection request residents may decline",
    # ---- practice feedback
    "why_card": "In experiment 2 the 'guests who stayed in this room' card had the highest reported rate (49%, "
                "against 37% for the standard card).",
    "msg_wrong_card": "{name} = {actual!r} is not the card with the highest reported rate in experiment 2. {why}",
    "hint_practice_card": "Open the card designer, choose Experiment 2 and try each descriptive reference group.",
    "msg_wrong_gap": "{name} = {actual} is not the reported gap. Experiment 1: 17.8% with a sweet, 15.1% without.",
    "hint_practice_gap": "Subtract the no-sweet mean from the one-sweet mean of experiment 1, in percentage points.",
    "msg_wrong_sequence": "{name} = {actual!r} is not the sequence the lesson supports. {why}",
    "why_sequence": "b asks a small request on the same issue first and leaves the resident free to say no, the "
                    "pattern of Freedman & Fraser's study; a escalates a complaint by wearing the customer down, "
                    "and c invents a rule.",
    "hint_practice_sequence": "Which option uses a small first request on the same issue, true and refusable?",
    "msg_wrong_tactic": "{name} = {actual!r}: look again. The timer restarts and 400 are in stock, so the "
                        "banner is not true.",
    "hint_practice_tactic": "Ask the three questions of the banner: true? in the customer's interest? free to refuse?",
    # ---- assignment form hints
    "hint_form_letter": "Set it to one of {options} (a str).",
    "hint_form_tactic": "Set it to \"honest\" or \"manipulation\" (a str).",
    "hint_form_line": "Set it to the number of the agent's line (an int from 1 to 5).",
    "hint_form_points": "Set it to a number of percentage points (an int or a float from 0 to 100).",
    "msg_int": "{name} must be an int (a line number such as 2), not {kind}.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_card": "best_card is the card with the highest reported rate",
    "desc_practice_gap": "sweet_gap is the reported difference in points",
    "desc_practice_sequence": "office_sequence is the supported request sequence",
    "desc_practice_tactic": "banner_verdict classifies the countdown banner",
    "desc_form_label": "{name} is one of the allowed labels",
    "desc_form_line": "{name} is a line number from 1 to 5",
    "desc_form_points": "{name} is a number of percentage points",
    "what_int_or_float": "an int or a float",
}
