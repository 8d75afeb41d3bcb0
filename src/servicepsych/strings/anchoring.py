"""Learner-facing strings of the anchoring module (lesson widgets, checks, assignment).

Translators: copy ``EN`` to ``ZH`` (or another language code) and translate the
values; keep every ``{placeholder}`` as it is.
"""

EN = {
    # ---------------------------------------------------------------- widget: the wait promise
    "promise_title": "A promised wait: what the customer expects, and how each real wait would feel",
    "promise_kind": "What you say",
    "promise_kind_number": "A number",
    "promise_kind_vague": "\"As soon as possible\"",
    "promise_quoted": "Promised wait (min)",
    "promise_own_guess": "Customer's own guess (min)",
    "promise_actual": "Real wait (min)",
    "promise_credibility": "Believes the promise (0 to 1)",
    "promise_adjustment": "Adjustment k",
    "promise_axis_x": "real wait (minutes): the colour says how each real wait would feel",
    "promise_mark_guess": "own guess",
    "promise_mark_expected": "expects",
    "promise_mark_promise": "promise",
    "promise_mark_actual": "real wait",
    "promise_broken": "(the promise was broken: judged against the promise itself)",
    "promise_col_what": "",
    "promise_col_value": "minutes",
    "promise_row_expected": "the customer expects",
    "promise_row_actual": "the real wait",
    "promise_row_late": "later than the yardstick (negative = earlier)",
    "promise_row_feels": "how it feels",
    # ---------------------------------------------------------------- widget: the anchoring lab
    "lab_title": "The wheel experiment in one simulated class",
    "lab_low": "Low anchor",
    "lab_high": "High anchor",
    "lab_adjustment": "Adjustment k",
    "lab_n": "People in the class",
    "lab_noise": "Answer noise (SD)",
    "lab_draw": "Class (run again)",
    "lab_axis_x": "estimate (% of African countries in the UN)",
    "lab_row_low": "low anchor",
    "lab_row_high": "high anchor",
    "lab_group_low": "heard the low anchor ({anchor:g})",
    "lab_group_high": "heard the high anchor ({anchor:g})",
    "lab_lines": "Solid lines: the two anchors. Dashed lines: each group's median estimate. The class is simulated "
                 "from the model itself, so it shows chance, not evidence.",
    "lab_col_group": "group",
    "lab_col_anchor": "anchor",
    "lab_col_median": "median estimate",
    "lab_index": "This class's anchoring index = {index:.2f}; the model's 1 - k = {model:.2f}.",
    # ---------------------------------------------------------------- verdicts (model labels)
    "verdict_early": "early: a pleasant surprise",
    "verdict_on_time": "on time",
    "verdict_late": "late",
    # ---------------------------------------------------------------- check messages
    "msg_plain_float": "`{name}` should be a plain float, but it is a {kind}. Wrap it in float(...).",
    "msg_not_callable": "`{name}` should be a function you define with def, but it is a {kind}.",
    "msg_function_type": "{name}({args}) should return one of the options (a number) or None, but it returned "
                         "a {kind}.",
    "msg_wrong_verdict_broken": "`{name}` is {actual!r}. The wait was longer than the promise: a broken promise "
                                "is judged against the promise itself, however long the caller had braced for.",
    "msg_wrong_verdict": "`{name}` is {actual!r}. Compare the real wait with the promise first, then with what "
                         "the customer expected.",
    "msg_wrong_promise": "`{name}` is {actual!r}. Which promise would this week's callers have seen kept, 9 times "
                         "in 10, without padding it?",
    "msg_wrong_kind": "`{name}` is {actual!r}. Does the agent make the customer compare their answer with the "
                      "number, or is the number just there, or does it tell them about the thing itself?",
    # ---------------------------------------------------------------- hints
    "hint_practice_wheel": "Divide the gap between the two median estimates by the gap between the two anchors.",
    "hint_practice_wait": "expected = promise + k x (1 - credibility) x (own guess - promise).",
    "hint_practice_verdict": "First ask: was the promise kept? Only a kept promise is compared with the "
                             "customer's expectation.",
    "hint_practice_agents": "Under the adjustment model the anchoring index is 1 - k.",
    "hint_practice_promise": "Sort the ten waits: the promise must be at least the ninth, and no longer than needed.",
    "hint_practice_kind": "Reread \"Is every number an anchor?\" in the lesson.",
    "hint_form_promise": "Give one of the promises listed in the part, as a str, exactly as written there.",
    "hint_form_verdict": "Give one of \"early\", \"on_time\" or \"late\" (a str).",
    "hint_form_kind": "Give one of \"comparison\", \"incidental\" or \"information\" (a str).",
    "hint_form_index": "Give the anchoring index as a number (a plain float).",
    "hint_form_function": "Define shortest_kept_promise(options, waits, share=0.9) with def; it returns an element "
                          "of options, or None.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_wheel": "wheel_index is the anchoring index of the wheel of fortune",
    "desc_practice_agents": "agents_adjustment is the adjustment the agents' index implies",
    "desc_practice_wait": "caller_expects is the wait the caller expects",
    "desc_practice_verdict": "how_it_feels says how the real wait feels",
    "desc_practice_promise": "hold_promise is the shortest promise kept for 9 callers in 10",
    "desc_practice_kind": "budget_question_kind says what kind of number the budget question is",
    "desc_form_promise": "{name} is one of the listed promises",
    "desc_form_verdict": "{name} is early, on_time or late",
    "desc_form_kind": "{name} is comparison, incidental or information",
    "desc_form_index": "shop_index is a plain float",
    "desc_form_function": "shortest_kept_promise is a function returning an option or None",
}
