"""Learner-facing strings of the feedback pages (``servicepsych feedback``)."""

EN = {
    "summary_title": "Your results",
    "summary_total": "Score: {score} / {points}",
    "col_question": "Question",
    "col_score": "Score",
    "col_result": "Result",
    "passed": "Passed",
    "failed_no_message": "Did not pass (no message)",
    "awaiting_manual": "Awaiting your assessor's grade",
    "graded_by_hand": "Graded by your assessor",
    "withheld": "Points withheld pending a review by your assessor",
    "hidden_note": "Hidden tests are not shown; each failed test's message is shown under its cell.",
}
