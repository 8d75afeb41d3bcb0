"""nbgrader configuration of the ServicePsych course, Chinese edition (服务心理学课程 · 中文版).

An nbgrader course in its own right, beside the English one in ``../course``. Its assignments in
``source/`` are generated from the English ones and the translations in ``../locale/zh/``
(``scripts/i18n.py nb-build``): edit those, never the notebooks here.

Run nbgrader (or ``servicepsych grade``) from this folder, or pass ``--course course_zh``.
"""

c = get_config()  # noqa: F821  (provided by nbgrader)

c.CourseDirectory.course_id = "servicepsych_zh"
c.CourseDirectory.root = "."
# Solutions and hidden tests use nbgrader's default markers:
#   ### BEGIN SOLUTION / ### END SOLUTION,  ### BEGIN HIDDEN TESTS / ### END HIDDEN TESTS
c.ClearSolutions.code_stub = {"python": "# 在这里写你的答案\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "在这里写你的答案"
# Generous but finite limits for the reference grader.
c.ExecutePreprocessor.timeout = 60
c.Execute.timeout = 60
# The language of check messages in the test cells and of feedback pages. Plain nbgrader gets it
# from the first cell of each notebook (set_language("zh")); `servicepsych grade` and
# `servicepsych feedback` read it here, because their test process runs no learner cell.
c.ServicePsych.language = "zh"
