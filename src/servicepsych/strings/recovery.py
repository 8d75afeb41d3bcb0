"""Learner-facing strings of the service-recovery module (lesson 08 widgets, checks, assignment).

Translators: copy ``EN`` to ``ZH`` (or another language code) and translate the
values; keep every ``{placeholder}`` as it is.
"""

EN = {
    # ---------------------------------------------------------------- shared labels
    "dim_distributive": "distributive (the outcome)",
    "dim_procedural": "procedural (the process)",
    "dim_interactional": "interactional (the treatment)",
    "dim_short_distributive": "outcome",
    "dim_short_procedural": "process",
    "dim_short_interactional": "treatment",
    "index_label": "index",
    "weights_label": "Weights",
    "weights_rank": "Rank order 3:2:1",
    "weights_equal": "Equal",
    "no": "No",
    "yes": "Yes",
    "col_what": "",
    "col_score": "score (0 to 1)",
    "device_note": "A teaching device: the scores follow the course's rules, and the index weights the three "
                   "dimensions by the order (not the size) of their association with satisfaction across "
                   "studies. It is not a causal formula for one shop.",
    # ---------------------------------------------------------------- widget: recovery designer
    "designer_title": "Design a recovery: its justice profile",
    "designer_compensation": "Compensation (yuan)",
    "designer_hours": "Hours to the remedy",
    "designer_voice": "Customer heard (voice)",
    "designer_flexibility": "Rule adapted (flexibility)",
    "designer_apology": "Real apology",
    "designer_explanation": "Honest explanation",
    "designer_courtesy": "Courtesy and respect",
    "designer_axis_y": "score (0 = none, 1 = full)",
    "designer_loss": "The failure cost the customer about {loss:g} yuan.",
    "designer_row_ratio": "compensation / loss",
    "designer_row_speed": "speed score",
    "designer_row_index": "index ({weights})",
    # ---------------------------------------------------------------- widget: budget trade-off
    "budget_title": "A fixed budget per passenger: which package does the index favour?",
    "budget_budget": "Budget per passenger (yuan)",
    "budget_loss": "Loss to the passenger (yuan)",
    "budget_axis_x": "index (0 to 1)",
    "budget_over": "over budget",
    "budget_within": "within budget",
    "budget_best": "With {budget:g} yuan per passenger, the best package within budget on this index: {name}.",
    "budget_none": "With {budget:g} yuan per passenger, no package fits the budget.",
    "budget_col_package": "package",
    "budget_col_cost": "cost (yuan)",
    "budget_col_fits": "fits?",
    "pkg_voucher_now": "meal voucher now",
    "pkg_cash_later": "cash by claim form later",
    "pkg_wait_and_see": "updates only",
    "pkg_lounge_rebook": "lounge + free rebooking",
    # ---------------------------------------------------------------- widget: paradox explorer
    "paradox_title": "The recovery paradox: above the no-failure baseline, and for which outcome?",
    "paradox_baseline": "Satisfaction with no failure",
    "paradox_share": "Compensation (share of loss)",
    "paradox_hours": "Hours to the remedy",
    "paradox_care": "Apology, reason, courtesy, voice",
    "paradox_outcome": "What the manager hopes for",
    "paradox_failures": "This customer's failures",
    "paradox_first": "First failure",
    "paradox_second": "Second failure",
    "outcome_satisfaction": "Satisfaction",
    "outcome_repurchase": "Repurchase",
    "outcome_word_of_mouth": "Word of mouth",
    "outcome_image": "Company image",
    "paradox_bar_baseline": "no failure",
    "paradox_bar_after": "failure + recovery",
    "paradox_axis_y": "satisfaction (0 to 1)",
    "paradox_share_line": "Compensation covers {share:.0%} of the loss; the outcome score counts {counted:.0%}.",
    "paradox_share_capped": "Compensation covers {share:.0%} of the loss; the outcome score counts {counted:.0%}: in "
                            "this model, money beyond the loss buys no more outcome fairness.",
    "verdict_paradox_possible": "Above the baseline: on satisfaction, after a first failure, the meta-analysis "
                                "finds a positive effect on average (de Matos et al., 2007). Possible, not promised.",
    "verdict_below_baseline": "Not above the baseline: this recovery leaves the customer worse off than no "
                              "failure would have.",
    "verdict_not_supported_outcome": "Above the baseline on this index, but for {outcome} the meta-analysis finds "
                                     "no paradox effect (de Matos et al., 2007): do not promise it.",
    "verdict_not_supported_second": "Above the baseline on this index, but after a second failure no paradox was "
                                    "seen (Maxham & Netemeyer, 2002): do not promise it.",
    # ---------------------------------------------------------------- check messages (lesson)
    "msg_wrong_dimension": "`{name}` is {actual!r}. Ask: is this what the customer gets (outcome), how the "
                           "decision is reached and how fast (process), or how the customer is treated as a "
                           "person (treatment)?",
    "msg_wrong_weakest": "`{name}` is {actual!r}. Score each dimension from the scene: what did the passengers "
                         "get, how fast and with how much say, and how were they spoken to?",
    "msg_wrong_budget": "`{name}` is {actual!r}. First strike out every package over the budget, then compare "
                        "the rest on all three dimensions (the budget widget shows the index).",
    "msg_wrong_sentence": "`{name}` is {actual!r}. Which sentence refuses honestly, keeps the offer, and does not "
                          "put the offer behind a 'but'?",
    "msg_wrong_paradox": "`{name}` is {actual!r}. The paradox meta-analysis found an effect on satisfaction only; "
                         "what did it find for repurchase intention?",
    # ---------------------------------------------------------------- hints
    "hint_practice_dimension": "Distributive = what the customer gets; procedural = how and how fast it is decided; "
                               "interactional = how the customer is treated.",
    "hint_practice_weakest": "Give one of \"distributive\", \"procedural\", \"interactional\".",
    "hint_practice_budget": "Give one of \"voucher_now\", \"cash_later\", \"wait_and_see\", \"lounge_rebook\".",
    "hint_practice_sentence": "Give \"a\", \"b\" or \"c\".",
    "hint_practice_paradox": "Give True or False (a bool).",
    "hint_form_package": "Give one of the package labels the part lists, as a str, exactly as written there.",
    "hint_form_dimension": "Give one of \"distributive\", \"procedural\" or \"interactional\" (a str).",
    "hint_form_ranking": "Give a list of the four reply labels \"a\", \"b\", \"c\", \"d\", each exactly once, "
                         "best first.",
    "hint_form_claim": "Give True or False (a bool), without quotes.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_dimension": "voucher_dimension is the justice dimension a meal voucher serves",
    "desc_practice_weakest": "weakest_dimension is the weakest dimension of the gate's recovery",
    "desc_practice_budget": "gate_package is the package the index favours within 100 yuan",
    "desc_practice_sentence": "refusal_sentence refuses with an alternative and no 'but'",
    "desc_practice_paradox": "repurchase_backed says whether the evidence backs more repurchases",
    "desc_form_package_hotel": "package_hotel is one of the hotel packages",
    "desc_form_package_parcel": "package_parcel is one of the parcel packages",
    "desc_form_dimension": "{name} is one of the three dimensions",
    "desc_form_ranking": "pm_ranking orders the four replies, each once",
    "desc_form_bool": "{name} is True or False",
}
