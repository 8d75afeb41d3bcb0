"""nbgrader configuration of the ServicePsych course.

Run nbgrader (or ``servicepsych grade``) from this folder, or pass ``--course``.
"""

c = get_config()  # noqa: F821  (provided by nbgrader)

c.CourseDirectory.course_id = "servicepsych"
c.CourseDirectory.root = "."
# Solutions and hidden tests use nbgrader's default markers:
#   ### BEGIN SOLUTION / ### END SOLUTION,  ### BEGIN HIDDEN TESTS / ### END HIDDEN TESTS
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# Generous but finite limits for the reference grader.
c.ExecutePreprocessor.timeout = 60
c.Execute.timeout = 60
