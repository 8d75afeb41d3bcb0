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
    "ab_title": "Same fact, two wordings: how does each one feel?",
    "ab_share": "Share good",
    "ab_frame": "Wording",
    "ab_good_label": "Good side",
    "ab_bad_label": "Bad side",
    "ab_style": "Style",
    "ab_style_percent": "percent",
    "ab_style_in_10": "N in 10",
    "ab_col_frame": "frame",
    "ab_col_wording": "what the customer reads",
    "ab_col_value": "felt value (prospect theory)",
    "ab_shown": "shown to the customer",
    "ab_verdict": "With these settings the {frame} feels better by {gap:.1f} value units.",
    "ab_plot_title": "Felt value of the message as the share changes",
    "ab_plot_x": "share of good outcomes (%)",
    "ab_plot_y": "felt value (value units)",
    "refund_title": "Wording a partial refund",
    "refund_paid": "Paid",
    "refund_refunded": "Refunded",
    "refund_lam": "λ (loss aversion)",
    "asian_title": "The Asian disease problem: when does the preference reverse?",
    "asian_lam": "λ (loss aversion)",
    "asian_alpha": "α = β (curvature)",
    "asian_p": "chance the gamble saves everyone",
    "asian_col_frame": "frame",
    "asian_col_sure": "value of the sure option",
    "asian_col_risky": "value of the gamble",
    "asian_col_choice": "predicted choice",
    "asian_col_observed": "observed (Tversky & Kahneman, 1981)",
    "asian_observed_gain": "72% chose the sure option (N = 152)",
    "asian_observed_loss": "78% chose the gamble (N = 155)",
    "asian_reversal": "The model predicts a preference reversal: sure in the gain frame, gamble in the loss frame.",
    "asian_no_reversal": "No reversal with these settings: the model predicts the {gain} option in the gain frame "
                         "and the {loss} option in the loss frame.",
    "asian_plot_title": "Sure option minus gamble (above 0: take the sure option)",
    "asian_plot_x": "λ (loss aversion)",
    "asian_plot_y": "value margin, sure minus gamble",
    # ---------------------------------------------------------------- questions
    "hint_refund_values": "Code the refund against each reference point: the gain frame starts from nothing back "
                          "(reference 0), the loss frame from the full price. Then apply value() with the default "
                          "parameters.",
    "hint_asian_loss": "In the loss frame the sure option is 400 deaths (-400) and the gamble is 0 deaths with "
                       "probability 1/3, 600 deaths with probability 2/3. Compare the two prospect values.",
    "hint_frame_labels": "A gain frame names what the customer gets or keeps; a loss frame names what they lose, "
                         "miss or pay.",
    "hint_on_time": "share_on_time * 10 rounded to a whole number gives the count of on-time parcels; the rest are late.",
    "hint_courier_values": "Each plan's outcomes are parcels that miss the sale, so they are losses: the sure plan "
                           "is a single outcome with probability 1, the gamble has two outcomes.",
    "hint_refund_gap": "Your function should return value(refunded) - value(refunded - paid) as a float, "
                       "for any paid > 0 and refunded between 0 and paid.",
    "hint_ab_test": "Group the rows by frame and take the mean of the complaint column for each group.",
    "wrong_length": "`{name}` should have {n} items, one per message, but it has {actual}.",
    "wrong_item_type": "Item {index} of `{name}` should be the text 'gain' or 'loss', but it is a {kind}.",
    "wrong_labels": "{wrong} of the {n} labels in `{name}` are not right yet. Look at what each message names: "
                    "something gained or something lost?",
    "not_callable": "`{name}` should be a function (defined with def), but it is a {kind}.",
    "wrong_return": "`{name}({args})` returned {actual!r}; expected {expected!r}.",
    "wrong_return_type": "`{name}({args})` should return {want}, but it returned a {kind}.",
    "not_tuple_pair": "`{name}({args})` should return a tuple of two str (positive, negative), but it returned {actual!r}.",
}
