"""Learner-facing strings of the loss-aversion module (translate this one file).

Keys starting ``w_`` belong to the widgets, ``q_`` to the practice and assignment
questions, ``msg_`` to the feedback those questions give. Amounts are written
without a currency sign so that a trainer can use yuan, dollars or euros.
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
    "w_curve_comp_point": "gesture that offsets it: {comp:.0f}",
    "w_curve_summary": (
        "A loss of <b>{loss:.0f}</b> feels like <b>{felt_loss:.0f}</b>; a gain of the same size feels like only "
        "<b>{felt_gain:+.0f}</b>. A separate goodwill gesture must be worth about <b>{comp:.0f}</b> "
        "({ratio:.1f} times the loss) before this customer feels even again."
    ),
    "w_curve_offscale": "(The gesture needed is off the chart: these settings make losses extremely hard to repair.)",
    # ---------------------------------------------------------------- widget: compensation planner
    "w_plan_title": "Compensation planner: is the customer better off after the fix?",
    "w_plan_loss": "Size of the service failure",
    "w_plan_goodwill": "Goodwill you can offer (total)",
    "w_plan_gestures": "Split into how many gestures",
    "w_plan_lam": "Loss aversion \u03bb",
    "w_plan_positive": "Net feeling {net:+.1f}: the customer should leave feeling better off than before the failure.",
    "w_plan_negative": (
        "Net feeling {net:+.1f}: the customer still feels worse off. A single gesture would need to be worth "
        "about {needed:.0f}."
    ),
    "w_plan_even": "Net feeling {net:+.1f}: the customer feels exactly even.",
    "w_plan_col_gestures": "Gestures",
    "w_plan_col_each": "Each worth",
    "w_plan_col_goodwill": "Felt goodwill",
    "w_plan_col_net": "Net feeling",
    "w_plan_caption": "Same total goodwill, delivered as 1 to 4 separate gestures",
    "w_plan_refund_row": "One refund netted against the loss",
    "w_plan_bar_loss": "felt loss",
    "w_plan_bar_goodwill": "felt goodwill",
    "w_plan_bar_net": "net feeling",
    "w_plan_ylabel": "Subjective value",
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
    "q_coin_flip_hint": "Use accepts(outcomes, probs): outcomes [80, -50], probabilities [0.5, 0.5].",
    "q_opening_hint": "Loss aversion says the loss is the loudest thing in the customer's mind: which line names it first?",
    "opening_a": "\u201cGood news: we can give you a 20 % voucher for your next order.\u201d",
    "opening_b": "\u201cI'm really sorry your device arrived damaged; losing it for a week is a real blow.\u201d",
    "opening_c": "\u201cOur policy covers damage in transit, so there is nothing to worry about.\u201d",
    # ---------------------------------------------------------------- assignment questions
    "q_room_hint": "The lost sea view is a loss of 150: value(-150) under the default (1992) parameters.",
    "q_gesture_fn_hint": (
        "Solve v(g) = -v(-loss) for g: g = (lam * loss ** 0.88) ** (1 / 0.88), and return float(g)."
    ),
    "q_plans_hint": "Gains: two separate pleasures add up to more. Losses: one bundled pain hurts less than two.",
    "q_late_checkout_hint": (
        "The offer is a mixed 50/50 prospect [120, -60]. For the break-even prize G, solve "
        "w+(0.5) * G ** 0.88 = w-(0.5) * 2.25 * 60 ** 0.88."
    ),
    "q_recovery_hint": (
        "For each case add value(-loss) and the value of each gesture (compensation / gestures, felt "
        "gestures times), then take the share of cases whose total is at least 0."
    ),
    # ---------------------------------------------------------------- feedback messages
    "msg_plain_float": "`{name}` should be a plain Python float, but it is a {kind}. Wrap the number in float(...).",
    "msg_not_callable": "`{name}` should be a function (def {name}(...): ...), but it is a {kind}.",
    "msg_function_type": "{name}({args}) returned a {kind}; it should return a float (use float(...)).",
    "msg_function_value": "{name}({args}) returned {actual!r}, which is not the gesture that offsets that loss.",
    "msg_wrong_sign": "`{name}` is {actual!r}: a felt loss is negative. Did you pass the loss as a negative number?",
    "msg_gain_scale": "`{name}` is {actual!r}: that is the size of the loss, but a loss needs a larger gesture to offset it.",
    "msg_expected_value": "`{name}` is {actual!r}: that treats the offer by its average; loss aversion weighs the loss more.",
    "msg_plan_wrong": "`{name}` is {actual!r}. Compute both ways with the value function and compare.",
    "msg_opening_wrong": (
        "`{name}` is {actual!r}. That opening does not acknowledge the customer's loss first; find the one that does."
    ),
    "msg_share_range": "`{name}` is {actual!r}: a share lies between 0 and 1 (not a percentage).",
}
