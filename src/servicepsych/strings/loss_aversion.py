"""Learner-facing strings of the loss-aversion module (translate this one file).

Keys starting ``w_`` belong to the widgets, ``q_`` to the practice and assignment
questions, ``msg_`` to the feedback those questions give, ``opening_``/``offer_``
to texts the lesson and assignment print. Amounts are written without a currency
sign so that a trainer can use yuan, dollars or euros.
"""

EN = {
    # ---------------------------------------------------------------- widget: value curve
    "w_curve_title": "How big does a loss feel? The prospect-theory value curve",
    "w_lam": "Loss aversion \u03bb",
    "w_alpha": "Gains curve \u03b1",
    "w_beta": "Losses curve \u03b2",
    "w_loss": "Customer's loss",
    "w_curve_xlabel": "Outcome for the customer (loss < 0 < gain)",
    "w_curve_ylabel": "How it feels (subjective value)",
    "w_curve_line": "value curve",
    "w_curve_loss_point": "the loss: {loss:.0f} feels like {felt:.0f}",
    "w_curve_same_gain": "a gain of the same size: only {felt:+.0f}",
    "w_curve_comp_point": "separate gain that offsets it: {comp:.0f}",
    "w_curve_summary": (
        "With these settings a loss of <b>{loss:.0f}</b> feels like <b>{felt_loss:.0f}</b>; a gain of the same "
        "size feels like only <b>{felt_gain:+.0f}</b>. If the customer feels a goodwill gesture as a separate "
        "event, the model predicts it must be worth about <b>{comp:.0f}</b> ({ratio:.1f} times the loss) to "
        "offset the loss. That is a prediction under these parameters, not a measured price."
    ),
    "w_curve_offscale": "(The gesture needed is off the chart: these settings make losses extremely hard to repair.)",
    # ---------------------------------------------------------------- widget: recovery comparison
    "w_cmp_title": "Two ways to make it right, valued by the same model from the same starting point",
    "w_cmp_loss": "Customer's loss",
    "w_cmp_refund": "A: refund paid at once",
    "w_cmp_voucher": "B: vouchers, total",
    "w_cmp_pieces": "B: how many vouchers",
    "w_cmp_editing": "How the customer books it",
    "w_cmp_lam": "Loss aversion \u03bb",
    "w_cmp_mode_separate": "each event on its own",
    "w_cmp_mode_net": "one net amount",
    "w_cmp_mode_best": "whichever feels best",
    "w_cmp_verdict_a": "Under \u201c{mode}\u201d, option A feels better: {a:+.1f} against {b:+.1f}.",
    "w_cmp_verdict_b": "Under \u201c{mode}\u201d, option B feels better: {b:+.1f} against {a:+.1f}.",
    "w_cmp_verdict_tie": "Under \u201c{mode}\u201d, A and B feel the same: {a:+.1f}.",
    "w_cmp_reference": (
        "Both options start from where the customer stood before the failure (0) and include the same loss "
        "of {loss:.0f}. Above 0 she is better off than before; below 0, still worse off."
    ),
    "w_cmp_caption": "Felt value of each option under each way of booking it (\u25b6 marks the one chosen above)",
    "w_cmp_col_mode": "Booked as",
    "w_cmp_col_a": "A: refund",
    "w_cmp_col_b": "B: vouchers",
    "w_cmp_col_better": "Feels better",
    "w_cmp_bar_a": "A: refund {refund:.0f}",
    "w_cmp_bar_b": "B: {pieces} \u00d7 {each:.0f}",
    "w_cmp_ylabel": "Felt value vs before the failure",
    # ---------------------------------------------------------------- widget: weighting curve
    "w_weight_title": "How chances feel: the probability weighting curve",
    "w_gamma": "Gains \u03b3",
    "w_delta": "Losses \u03b4",
    "w_weight_xlabel": "Stated probability",
    "w_weight_ylabel": "Decision weight (how it feels)",
    "w_weight_gain_line": "chance of a gain",
    "w_weight_loss_line": "chance of a loss",
    "w_weight_diag": "if chances felt exactly as stated",
    "w_weight_summary": (
        "A 1 % chance of a gain feels like {w01:.1%}; a 50 % chance feels like {w50:.1%}; "
        "a 99 % chance feels like {w99:.1%}."
    ),
    # ---------------------------------------------------------------- lesson practice questions
    "q_felt_loss_hint": "Losses are negative: call value(-200) with the default parameters.",
    "q_voucher_hint": "compensation_for_loss(loss) takes the size of the loss as a positive number.",
    "q_gestures_hint": "Compare segregated_value([30, 30]) with integrated_value([30, 30]).",
    "q_silver_hint": (
        "Compare segregated_value([-150, 10]) with integrated_value([-150, 10]), once with the default "
        "\u03bb and once with lam=1.0 (or call editing_prediction)."
    ),
    "q_coin_flip_hint": "Use accepts(outcomes, probs): outcomes [80, -50], probabilities [0.5, 0.5].",
    "q_opening_hint": "Loss aversion says the loss is the loudest thing in the customer's mind: which line names it first?",
    "q_records_hint": (
        "Compare returned_90d.mean() between the two groups of each split: gestures > 1, "
        "days_to_resolve <= 2, acknowledged_first."
    ),
    "opening_a": "\u201cGood news: we can give you a 20 % voucher for your next order.\u201d",
    "opening_b": "\u201cI'm really sorry your device arrived damaged; losing it for a week is a real blow.\u201d",
    "opening_c": "\u201cOur policy covers damage in transit, so there is nothing to worry about.\u201d",
    # ---------------------------------------------------------------- assignment (form-only checks)
    "q_form_hint": "This check only looks at the form of your answer; the grader's hidden tests check the choice.",
    # ---------------------------------------------------------------- feedback messages
    "msg_wrong_sign": "`{name}` is {actual!r}: a felt loss is negative. Did you pass the loss as a negative number?",
    "msg_gain_scale": "`{name}` is {actual!r}: that is the size of the loss, but a loss needs a larger gesture to offset it.",
    "msg_expected_value": "`{name}` is {actual!r}: that treats the offer by its average; loss aversion weighs the loss more.",
    "msg_plan_wrong": "`{name}` is {actual!r}. Compute both ways with the value function and compare.",
    "msg_silver_wrong": (
        "`{name}` is {actual!r}. Compute both packagings with the value function: with \u03bb = 2.25 the "
        "loss curve is steep, which changes Thaler's silver-lining rule."
    ),
    "msg_opening_wrong": (
        "`{name}` is {actual!r}. That opening does not acknowledge the customer's loss first; find the one that does."
    ),
    "msg_records_wrong": "`{name}` is {actual!r}. Compute the return rate of both groups for each split and compare the gaps.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_felt_loss": "felt loss of the repair",
    "desc_voucher": "model's offsetting gesture for the meal",
    "desc_opening": "opening that acknowledges the loss",
    "desc_gestures": "one or two gestures",
    "desc_silver": "the coupon and the cancelled booking",
    "desc_coin_flip": "accepts the game?",
    "desc_records": "the split with the largest gap",
    "desc_form_label": "{name} is one of the allowed labels",
}
