"""The assessor's pipeline on top of nbgrader.

nbgrader's course layout, gradebook and CLI stay the standard; these verbs add
what a large cohort needs: ``grade`` (parallel, sandboxed, resumable
autograding with integrity checks), ``feedback`` (feedback without hidden test
code), ``export`` (per-question CSVs, an LMS gradebook) and ``report`` (cohort
analytics). Each verb is a subpackage with a thin CLI in :mod:`servicepsych.cli`.
"""
