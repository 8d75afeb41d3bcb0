"""Learner-facing strings of the service-language module (phrase rules, widgets, questions).

Translators: keep every ``{placeholder}`` exactly as it is; translate the rest.
The ``rule_<lang>_<id>_reason`` / ``_suggestion`` keys explain the rules of
``language_rules/<lang>.json``; ``<lang>`` is the language of the *reply*, the
text here is in the learner's language. Every rule is practice wisdom from
service training unless its ``kind`` says ``research``.
"""

EN = {
    # ---------------------------------------------------------------- English rules
    "rule_en_cant_reason": "A flat 'I can't' turns the customer's attention to what is refused and why, "
                           "not to what you can give (practice wisdom from service training).",
    "rule_en_cant_suggestion": "Lead with what you can do: 'What I can do is…', 'Let me see what we can do for you.'",
    "rule_en_wont_reason": "'I won't' sounds like unwillingness, so the customer hears resistance rather than "
                           "your next step (practice wisdom).",
    "rule_en_wont_suggestion": "Say what will happen instead: 'What we can do is…', 'I'll…'.",
    "rule_en_not_my_job_reason": "It tells the customer their request does not deserve your help, and they stop "
                                 "listening to anything that follows (practice wisdom).",
    "rule_en_not_my_job_suggestion": "Own the next step: 'I'll be glad to help; let me get you to the person who "
                                     "handles this and stay with you until they pick up.'",
    "rule_en_dont_think_reason": "A hesitant 'no' puts the conversation in a negative mood and on what you cannot "
                                 "do (practice wisdom).",
    "rule_en_dont_think_suggestion": "Find out, then say what you can do: 'Let me check what's possible; I can at "
                                     "least…'.",
    "rule_en_but_after_kind_reason": "After a kind word, 'but' makes the customer wait for the bad news and can "
                                     "undo the kind part (practice wisdom, not a tested finding).",
    "rule_en_but_after_kind_suggestion": "Split it into two sentences, or join with 'and'; put what you can do "
                                         "first and a real reason with 'because'.",
    "rule_en_light_apology_reason": "To an upset customer a stock apology that names nothing can sound like a "
                                    "brush-off (practice wisdom; research finds how an apology is delivered "
                                    "matters, empathy most).",
    "rule_en_light_apology_suggestion": "Apologise for the actual problem, with empathy: 'I'm sorry your order "
                                        "arrived broken; I can see how annoying that is.'",
    # ---------------------------------------------------------------- Chinese rules
    "rule_zh_cant_reason": "'不能' and its cousins point the customer at the refusal ('why not?') instead of at "
                           "what you can offer (practice wisdom from service training).",
    "rule_zh_cant_suggestion": "Say what you can do: '看看我们能为您做些什么' (let me see what we can do for you), "
                               "'我们可以为您…'.",
    "rule_zh_flat_no_reason": "A bare '不行' / '不可能' closes the conversation before you have offered anything "
                              "(practice wisdom).",
    "rule_zh_flat_no_suggestion": "Offer the nearest thing you can do: '我们可以为您…', '我来帮您看看…'.",
    "rule_zh_wont_reason": "'我不会做' / '不愿意' sounds like resistance, so the customer stops listening "
                           "(practice wisdom).",
    "rule_zh_wont_suggestion": "Say what you will do: '我们能为您做的是…'.",
    "rule_zh_not_my_job_reason": "'不归我管' tells the customer they do not deserve help, and they will not hear "
                                 "your explanation (practice wisdom).",
    "rule_zh_not_my_job_suggestion": "'我很愿意帮您联系负责的同事' (I'll gladly get you to the colleague who handles "
                                     "it), and follow it through.",
    "rule_zh_dont_think_reason": "A hesitant no ('我想我做不了') sets a negative mood at once (practice wisdom).",
    "rule_zh_dont_think_suggestion": "Tell the customer what you can do and that you want to help: '我先帮您…'.",
    "rule_zh_but_after_kind_reason": "After a kind word, '但是' (可是, 不过) makes everything before it sound like "
                                     "a set-up for bad news (practice wisdom, not a tested finding).",
    "rule_zh_but_after_kind_suggestion": "Two sentences instead of '但是': the kind word, then what you can do, "
                                         "with a reason introduced by '因为'.",
    "rule_zh_light_apology_reason": "To an upset customer '不好意思' is a light 'excuse me', not an apology: a "
                                    "reflexive one can make them angrier (practice wisdom from a service essay).",
    "rule_zh_light_apology_suggestion": "Apologise for the problem itself: '对不起，是我们的失误，让您…' (I'm sorry, "
                                        "it was our mistake that you…).",
    # ---------------------------------------------------------------- phrase-checker widget
    "checker_title": "Phrase checker: type a reply and see what a trainer would flag",
    "checker_reply": "Reply",
    "checker_lang": "Language",
    "checker_lang_en": "English",
    "checker_lang_zh": "Chinese",
    "checker_context": "The customer is",
    "checker_context_calm": "calm",
    "checker_context_upset": "upset",
    "checker_facts": "Facts to keep",
    "checker_facts_placeholder": "comma-separated, e.g. A-4471, ¥1,280, 3 May",
    "checker_col_phrase": "flagged phrase",
    "checker_col_why": "why it is risky",
    "checker_col_instead": "say instead",
    "checker_col_kind": "evidence",
    "checker_no_flags": "No risky phrase found.",
    "checker_summary": "{n} risky phrase(s) found.",
    "checker_offer_yes": "✓ says what you can do",
    "checker_offer_no": "✗ does not say what you can do",
    "checker_reason_yes": "✓ gives a reason ('because')",
    "checker_reason_no": "✗ gives no reason",
    "checker_facts_ok": "✓ keeps every fact you listed",
    "checker_facts_missing": "✗ missing: {facts}",
    "checker_empty": "Type a reply above, then click outside the box (or press Tab) to check it.",
    "checker_kind_practice": "practice wisdom",
    "checker_kind_research": "research",
    "checker_caveat": "The checker matches words, not meaning: it cannot judge tone, honesty or whether the "
                      "offer is real. Treat a flag as a question to ask yourself, not a verdict.",
    # ---------------------------------------------------------------- reason explorer widget
    "reason_title": "Reason or no reason? The copy-machine study (Langer, Blank & Chanowitz, 1978)",
    "reason_size": "Request",
    "reason_size_small": "small (5 pages)",
    "reason_size_large": "large (20 pages)",
    "reason_wording": "Highlight",
    "reason_none": "no reason",
    "reason_placebic": "empty reason",
    "reason_real": "real reason",
    "reason_none_text": "\"Excuse me, I have {pages} pages. May I use the Xerox machine?\"",
    "reason_placebic_text": "\"… May I use the Xerox machine, because I have to make copies?\"",
    "reason_real_text": "\"… May I use the Xerox machine, because I'm in a rush?\"",
    "reason_ylabel": "let the person go first (%)",
    "reason_plot_title": "{size}: share who said yes",
    "reason_caption": "{wording}: {share:g}% said yes. {verdict}",
    "reason_verdict_small": "For the small favour, any 'because' helped about as much as a real reason.",
    "reason_verdict_large": "For the large favour, only the real reason helped: the empty one did no better than "
                            "none.",
    "reason_source": "People about to use a university copier (field experiment). Small-request figures also in "
                     "module 02's findings; large-request figures from secondary sources (see the findings' notes).",
    # ---------------------------------------------------------------- questions
    "hint_rewrite_flags": "Run check_phrase(...) on each reply and count the flags.",
    "wrong_flag_counts": "{wrong} of {n} counts in {name} are not right yet: run check_phrase on each reply.",
    "form_flag_counts": "{name} should be a list of {n} whole numbers (int), one count per reply.",
    "wrong_phrase_labels": "{wrong} of {n} labels in {name} are not right yet: would the checker flag it, and "
                           "would a careful trainer?",
    "hint_phrase_labels": "Label 'risky' only what turns the customer toward a refusal; a kind 'can't' "
                          "('I can't wait to…') or a word that merely contains 但 is fine.",
    "wrong_best_reply": "Not the best reply yet: which one apologises for the problem itself, says what can be done "
                        "and gives a real reason?",
    "hint_best_reply": "Look for: the problem named, an offer, a real reason, no 'but' after the kind words.",
    "wrong_reason_share": "Not right yet: read the share off the reason explorer.",
    "hint_reason_share": "Set the request size in the explorer and read the bar.",
    "wrong_context_rule": "Not right yet: try both sentences in the phrase checker with the customer calm and upset.",
    "hint_context_rule": "Only one rule of the checker depends on how the customer feels.",
    "form_one_of": "{name} is one of {choices}",
    "form_labels": "{name} is a list of {n} labels, each one of {choices}",
    "form_reply": "{name} is a reply of {lo}–{hi} words, or {chars_lo}–{chars_hi} Chinese characters if it is "
                  "written in Chinese (a str)",
    "form_reply_length": "{name} has {words} words; write a reply of {lo}–{hi} words.",
    "form_reply_length_chars": "{name} is mostly Chinese, so it is counted in Chinese characters: it has {chars}; "
                               "write a reply of {lo}–{hi} Chinese characters.",
    "form_reply_type": "{name} should be a str (the reply in quotes), not {kind}.",
    "hint_form": "Assign one of the allowed labels (a str in quotes).",
    "hint_reply": "Write the reply as one str in quotes, in the language the assignment asks for; triple quotes "
                  "let it span several lines.",
}
