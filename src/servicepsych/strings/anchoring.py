"""Learner-facing strings of the anchoring module (lesson widgets, checks, assignment).

Translators: copy ``EN`` to ``ZH`` (or another language code) and translate the
values; keep every ``{placeholder}`` as it is.
"""

EN = {
    # ---------------------------------------------------------------- widget: the wait promise
    "promise_title": "What a promised wait does to the customer's expectation",
    "promise_quoted": "Promised wait (min)",
    "promise_vague": "No number: \"as soon as possible\"",
    "promise_own_guess": "Customer's own guess (min)",
    "promise_actual": "Real wait (min)",
    "promise_adjustment": "Adjustment k",
    "promise_axis_x": "promised wait (minutes)",
    "promise_axis_y": "wait the customer expects (minutes)",
    "promise_curve": "expected wait for each promise",
    "promise_actual_line": "real wait",
    "promise_you": "your promise",
    "promise_vague_line": "\"as soon as possible\" (no anchor)",
    "promise_late_zone": "the real wait feels late",
    "promise_col_what": "",
    "promise_col_value": "minutes",
    "promise_row_expected": "the customer expects",
    "promise_row_actual": "the real wait",
    "promise_row_late": "later than expected (negative = earlier)",
    "promise_row_feels": "how it feels",
    # ---------------------------------------------------------------- widget: the anchoring lab
    "lab_title": "An anchoring experiment with a simulated cohort",
    "lab_low": "Low anchor",
    "lab_high": "High anchor",
    "lab_adjustment": "Adjustment k",
    "lab_n": "People",
    "lab_noise": "Answer noise (SD)",
    "lab_axis_x": "estimate",
    "lab_axis_y": "people",
    "lab_group_low": "heard the low anchor ({anchor:g})",
    "lab_group_high": "heard the high anchor ({anchor:g})",
    "lab_lines": "Solid lines: the two anchors. Dashed lines: each group's median estimate.",
    "lab_col_group": "group",
    "lab_col_anchor": "anchor",
    "lab_col_median": "median estimate",
    "lab_index": "anchoring index = {index:.2f}; implied adjustment k = 1 - index = {implied:.2f} (you set {k:.2f})",
    # ---------------------------------------------------------------- verdicts (model labels)
    "verdict_early": "early: a pleasant surprise",
    "verdict_on_time": "on time: as promised",
    "verdict_late": "late: a broken promise",
    # ---------------------------------------------------------------- check messages
    "msg_plain_float": "`{name}` should be a plain float, but it is a {kind}. Wrap it in float(...).",
    "msg_not_callable": "`{name}` should be a function you define with def, but it is a {kind}.",
    "msg_function_type": "{name}({args}) should return a {want}, but it returned a {kind}.",
    "msg_function_value": "{name}({args}) gave {actual!r}, but the model gives {expected!r}.",
    "msg_function_raise": "{name}({args}) should raise ValueError ({why}), but it returned {actual!r}.",
    "msg_why_adjustment": "the adjustment must lie between 0 and 1",
    "msg_wrong_verdict": "`{name}` is {actual!r}. Compare the real wait with the wait the customer expects, "
                         "not with the promise itself.",
    "msg_quote_type": "`{name}` should be one of the quotes in the list (an int), but it is a {kind}.",
    # ---------------------------------------------------------------- hints
    "hint_practice_wheel": "Divide the gap between the two median estimates by the gap between the two anchors.",
    "hint_practice_wait": "Start at the promised wait and move the share k of the way toward the caller's own guess.",
    "hint_practice_verdict": "First work out the wait the caller expects, then compare the real wait with it.",
    "hint_practice_agents": "Under the adjustment model the anchoring index is 1 - k.",
    "hint_pilot_index": "Index = (median of the 8-hour group - median of the 2-hour group) / (8 - 2); k = 1 - index.",
    "hint_anchored_estimate": "Check the adjustment first (raise ValueError outside [0, 1]), then return "
                              "float(anchor + adjustment * (belief - anchor)).",
    "hint_safe_quote": "Go through the quotes from the shortest; return the first one whose expected wait "
                       "is at least the real wait, or None if there is none.",
    "hint_plan_index": "Take the median estimate of each condition, and the anchor of each condition, "
                       "then use the anchoring index formula. Return a float.",
}
