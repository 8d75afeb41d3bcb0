"""Strings shared by every module: the check engine's and the widgets' frame."""

EN = {
    "check_passed": "All checks passed for {question}.",
    "check_failed": "{failed} of {total} checks failed for {question}.",
    "check_not_defined": "You have not defined `{name}` yet. Run the cell where you set it, then check again.",
    "check_not_answered": "`{name}` is still the placeholder. Replace `...` or `raise NotImplementedError()` with your answer.",
    "check_error": "Checking raised {error}: {message}",
    "check_unknown_question": "There is no question {question!r}. Questions for {concept}: {known}.",
    "check_unknown_concept": "There is no concept {concept!r}. Concepts with questions: {known}.",
    "check_hint": "Hint: {hint}",
    "expect_number_type": "`{name}` should be a number (int or float), but it is a {kind}.",
    "expect_close": "`{name}` is {actual!r}, which is not what the model gives. Re-read the step where you compute it.",
    "expect_choice": "`{name}` should be one of {choices}, but it is {actual!r}.",
    "expect_str_type": "`{name}` should be text (a str), but it is a {kind}.",
    "expect_bool_type": "`{name}` should be True or False, but it is a {kind}.",
}
