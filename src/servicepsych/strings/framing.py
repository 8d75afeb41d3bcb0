"""Learner-facing strings of the framing module (model wordings, widgets, questions).

Translators: keep every ``{placeholder}`` exactly as it is; translate the rest.
"""

EN = {
    # ---------------------------------------------------------------- model wordings
    "percent_wording": "{share}% {label}",
    "in_n_wording": "{count} in {n} {label}",
    "refund_gain_wording": "You get {refund} back ({share}% of what you paid).",
    "refund_loss_wording": "You forfeit {kept} ({share}% of what you paid).",
    "option_sure": "sure",
    "option_risky": "risky",
    "option_indifferent": "indifferent",
    "frame_gain": "gain frame",
    "frame_loss": "loss frame",
    "asian_gain_sure": "Programme A: 200 people will be saved.",
    "asian_gain_risky": "Programme B: a 1/3 chance that 600 people will be saved, a 2/3 chance that nobody will be saved.",
    "asian_loss_sure": "Programme C: 400 people will die.",
    "asian_loss_risky": "Programme D: a 1/3 chance that nobody will die, a 2/3 chance that 600 people will die.",
    # ---------------------------------------------------------------- widgets
    "ab_title": "Same fact, two wordings: when does the wording matter?",
    "ab_scene": "Message",
    "ab_scene_parcels": "parcels on time",
    "ab_scene_repairs": "repairs done the same day",
    "ab_scene_calls": "calls answered within a minute",
    "ab_good_parcels": "parcels arrive on time",
    "ab_bad_parcels": "parcels arrive late",
    "ab_good_repairs": "repairs are done the same day",
    "ab_bad_repairs": "repairs take longer than a day",
    "ab_good_calls": "calls are answered within a minute",
    "ab_bad_calls": "callers wait longer than a minute",
    "ab_good_parcels_pct": "of parcels arrive on time",
    "ab_bad_parcels_pct": "of parcels arrive late",
    "ab_good_repairs_pct": "of repairs are done the same day",
    "ab_bad_repairs_pct": "of repairs take longer than a day",
    "ab_good_calls_pct": "of calls are answered within a minute",
    "ab_bad_calls_pct": "of callers wait longer than a minute",
    "ab_share": "Share good",
    "ab_expected": "Customer expected",
    "ab_pull": "Pull of the wording",
    "ab_style": "Style",
    "ab_style_percent": "percent",
    "ab_style_in_10": "N in 10",
    "ab_col_frame": "wording",
    "ab_col_wording": "what the customer reads",
    "ab_col_reference": "reference point it suggests",
    "ab_col_value": "felt value",
    "ab_verdict_same": "With pull 0 the customer keeps their own reference point: both wordings feel the same. "
                       "Framing does not matter here.",
    "ab_verdict_gap": "Both wordings start from the same expectation ({expected}). With pull {pull:.2f} the "
                      "{frame} feels better by {gap:.1f} value units.",
    "ab_plot_title": "Felt value of each wording as the pull grows (same start at pull 0)",
    "ab_plot_x": "pull of the wording (0 = none, 1 = it sets the reference point)",
    "ab_plot_y": "felt value",
    "refund_title": "Wording a partial refund: same customer, two wordings",
    "refund_paid": "Paid (¥)",
    "refund_refunded": "Refunded (¥)",
    "refund_expected": "Customer expected back",
    "refund_expected_nothing": "nothing",
    "refund_expected_half": "half",
    "refund_expected_full": "the full price",
    "refund_pull": "Pull of the wording",
    "refund_lam": "λ loss aversion",
    "refund_too_much": "The refund (¥{refunded:g}) cannot be more than the price paid (¥{paid:g}): lower the refund.",
    "asian_title": "The Asian disease problem: when does the preference reverse?",
    "asian_lam": "λ loss aversion",
    "asian_alpha": "α = β curvature",
    "asian_p": "Chance the gamble saves all",
    "asian_col_frame": "frame",
    "asian_col_sure": "value of the sure option",
    "asian_col_risky": "value of the gamble",
    "asian_col_choice": "predicted choice",
    "asian_col_observed": "observed (Tversky & Kahneman, 1981)",
    "asian_observed_gain": "72% chose the sure option (N = 152)",
    "asian_observed_loss": "22% chose the sure option, 78% the gamble (N = 155)",
    "asian_reversal": "The model predicts a preference reversal: sure in the gain frame, gamble in the loss frame.",
    "asian_no_reversal": "No reversal with these settings: the model predicts the {gain} option in the gain frame "
                         "and the {loss} option in the loss frame. Here the wording does not change the choice.",
    "asian_plot_title": "Sure option minus gamble (above 0: take the sure option)",
    "asian_plot_x": "α = β curvature",
    "asian_plot_y": "value margin, sure minus gamble",
    # ---------------------------------------------------------------- questions
    "hint_asian_loss": "In the loss frame the sure option is 400 deaths (-400) and the gamble is 0 deaths with "
                       "probability 1/3, 600 deaths with probability 2/3. Compare the two prospect values.",
    "hint_refund_pull": "Set the pull slider of the refund widget to 0 and read the gap. Then, with pull 0.5, "
                        "compare the gap for a customer who expected nothing back with one who expected the "
                        "full price back.",
    "hint_frame_labels": "A gain frame names what the customer gets or keeps; a loss frame names what they lose, "
                         "miss or pay.",
    "hint_kind": "Attribute: one feature described by its good or its bad side. Risky choice: a sure option "
                 "against a gamble, described as gains or as losses. Goal: an action urged by what you gain by "
                 "doing it or lose by not doing it.",
    "hint_pick_letter": "Give the letter of the message you would send, as a str such as 'a'.",
    "hint_form": "Give one of the labels the task lists, as a str.",
    "form_one_of": "`{name}` is one of {choices}",
    "wrong_labels": "{wrong} of the {n} labels in `{name}` are not right yet. Look at what each message names: "
                    "something gained or something lost?",
    "wrong_kinds": "{wrong} of the {n} labels in `{name}` are not right yet. Ask of each message: is it one "
                   "feature, a sure thing against a gamble, or an action to take?",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_asian_loss_values": "prospect values of programmes C and D",
    "desc_asian_loss_choice": "the predicted option",
    "desc_refund_pull": "when the wording matters, and for whom",
    "desc_frame_labels": "each message labelled gain or loss",
    "desc_frame_kinds": "each message labelled with its kind of frame",
}
