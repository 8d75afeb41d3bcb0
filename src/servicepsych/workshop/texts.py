"""Sentences of the workshop app shared by every experiment (join page, errors, trainer page).

Add ``ZH = {...}`` with the same keys for a Chinese edition; a missing key falls back to English.
"""

import sys

from .experiments._base import Texts

EN = {
    "app": "ServicePsych workshop",
    "join_title": "Join the workshop",
    "join_intro": "Take part in today's live experiment. It takes two minutes; there are no right answers.",
    "nickname": "Nickname (optional)",
    "nickname_hint": "Letters, digits and spaces, up to 24 characters. Leave empty to stay anonymous.",
    "join": "Join",
    "bad_nickname": ("That nickname cannot be used: use letters, digits, spaces and . - _ ' only "
                     "(no < > & or other symbols), at most 24 characters."),
    "choose": "Your experiments",
    "joined_as": "Joined as {name}.",
    "todo": "to do",
    "done_badge": "done",
    "submit": "Send my answer",
    "thanks": "Thank you, your answer is in.",
    "already": "You had already answered this one: your first answer stands.",
    "wait_trainer": "Look up at the screen: the trainer will show the class's result in a moment.",
    "next": "Next experiment",
    "back": "All experiments",
    "not_here": "There is no such page in this workshop.",
    "need_join": "Please join first.",
    "too_big": "That answer is far too long to be real; please fill in the form again.",
    "bad_type": "Please send the answer from the form on this page.",
    "slow_down": "Too many requests in a short time: please wait a few seconds and try again.",
    "trainer_title": "Trainer's view",
    "need_token": ("This page needs the trainer token that was printed when the workshop started "
                   "(open the trainer URL shown in the terminal)."),
    "scan": "Scan to join",
    "or_open": "or open",
    "participants": "participants joined",
    "answers": "answers",
    "class_result": "This class",
    "published": "Published",
    "ci": "95% CI",
    "ci_range": "{low} to {high}",
    "method": "Interval",
    "labelled": "{label}: {value}",
    "n_answers": "({n} {answers})",
    "published_as": "{figure} ({study})",
    "published_missing": "published figure not available: none of the findings {keys} is in servicepsych.findings",
    "list_sep": ", ",
    "export": "Download the answers (CSV)",
    "reveal": "Show the class's result",
    "hide": "Hide the result",
    "live": "updates every few seconds",
    "paused": "updates paused (no connection); retrying",
    "no_answers": "No answers yet.",
}
t = Texts(sys.modules[__name__])
