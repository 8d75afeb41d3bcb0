"""Question banks for :func:`servicepsych.check.check`, one module per concept.

Each ``questions/<concept>.py`` defines ``QUESTIONS: dict[str, Question]``. The
same definitions serve the lesson's practice checks and the visible part of the
graded assignment's test cells.
"""
