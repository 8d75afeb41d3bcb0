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
    # the words of nbgrader's own feedback page (its template), for the pages in other languages
    "tpl_score": "Score: {score}",
    "tpl_score_paren": "(Score: {score})",
    "tpl_test_cell": "Test cell",
    "tpl_coding": "Coding free-response",
    "tpl_written": "Written response",
    "tpl_task": "Task",
    "tpl_comment": "Comment",
    "tpl_comments": "Comments:",
    "tpl_late": "Late submission penalty",
    "tpl_top": "(Top)",
    "tpl_answer": "Student's answer",
    "tpl_student_task": "Student's task",
}
