"""Learner-facing strings of the customer-emotion module (07): translate this one file.

``tr_<name>_<n>`` are the lines of the course's labelled transcripts (their speakers and step
labels are in :mod:`servicepsych.customer_emotion`); the scenes are written for the course from
the situations in its source documents.
"""

EN = {
    # ---- step names
    "step_identify": "1 identify the emotion",
    "step_empathise": "2 empathise",
    "step_soothe": "3 soothe",
    "step_understand": "4 understand the problem",
    "step_solve": "5 respond and solve",
    "step_follow_up": "6 feed back and follow up",
    "step_reflect": "7 adjust your own emotion, reflect",
    "step_none": "(serves no step)",
    "speaker_customer": "Customer",
    "speaker_agent": "Agent",
    "speaker_note": "Agent's note afterwards",
    # ---- transcript: kettle (e-commerce chat)
    "tr_kettle_title": "E-commerce chat: a new kettle that leaks",
    "tr_kettle_1": "Two days old and this kettle is ALREADY leaking all over my counter. Unbelievable.",
    "tr_kettle_2": "You sound really fed up with this, and I'd like to help.",
    "tr_kettle_3": "Of course I'm fed up. I paid good money for it.",
    "tr_kettle_4": "If a new kettle flooded my kitchen after two days, I'd feel cheated too.",
    "tr_kettle_5": "I'm sorry we sent you a faulty one. I'm staying on this chat until it's sorted.",
    "tr_kettle_6": "Fine. So what now?",
    "tr_kettle_7": "So I send the right fix: does the water come from the base or the lid? And is it unplugged now?",
    "tr_kettle_8": "The base. Yes, it's unplugged.",
    "tr_kettle_9": "Thank you. A new kettle leaves our warehouse today and arrives tomorrow; the courier takes "
                   "the old one away at the same time, free of charge.",
    "tr_kettle_10": "OK. That's better.",
    "tr_kettle_11": "I'll message you tomorrow after delivery to check the new one works. Is this number best?",
    "tr_kettle_12": "The capitals got to me at first; one slow breath before the next chat. Told the team: "
                    "second leaking kettle from this batch this week.",
    # ---- transcript: leak (property-management phone line)
    "tr_leak_title": "Property-management phone line: water through the ceiling",
    "tr_leak_1": "Water is coming through my ceiling from the flat upstairs. AGAIN. Third time this year!",
    "tr_leak_2": "A plumber can come on Thursday between nine and twelve.",
    "tr_leak_3": "Thursday? My bedroom ceiling is dripping NOW. Are you even listening?",
    "tr_leak_4": "I can hear how upset you are.",
    "tr_leak_5": "I'm sorry. Let's deal with today first.",
    "tr_leak_6": "Finally.",
    "tr_leak_7": "Is the water near a light or a socket? And is anyone at home upstairs right now?",
    "tr_leak_8": "Near the ceiling light, yes. I don't know about upstairs.",
    "tr_leak_9": "OK. Someone will be in touch.",
    # ---- transcript: store (mobile-operator shop)
    "tr_store_title": "Mobile-operator shop: a charge the customer never ordered",
    "tr_store_1": "You've charged me for a data package I never ordered. For the second month!",
    "tr_store_2": "\u4e0d\u597d\u610f\u601d (excuse me), one moment please.",
    "tr_store_3": "One moment? I've waited twenty minutes already, and you're taking my money!",
    "tr_store_4": "You're clearly angry about this.",
    "tr_store_5": "When did the package first appear on your bill, and did you get a text about it?",
    "tr_store_6": "Last month. No text, nothing.",
    "tr_store_7": "I've cancelled the package and refunded both months; it shows on this month's bill.",
    "tr_store_8": "I'm texting you the refund reference now. If it isn't on your next bill, reply to the text "
                  "and I'll call you.",
    # ---- transcript: delay (airport gate)
    "tr_delay_title": "Airport gate: a three-hour delay",
    "tr_delay_1": "Three hours?! I'll miss my daughter's graduation dinner.",
    "tr_delay_2": "You sound really worried about tonight.",
    "tr_delay_3": "Missing your daughter's dinner would upset anyone.",
    "tr_delay_4": "I'm sorry for the delay. Please take a seat here; I'm staying with you while we look at this.",
    "tr_delay_5": "I just need to be in the city by eight.",
    "tr_delay_6": "Here is a meal voucher for the caf\u00e9; the new departure is 18:40.",
    "tr_delay_7": "A voucher? That doesn't get me there by eight.",
    "tr_delay_8": "I'll come and find you as soon as the departure time changes.",
    # ---- widget: transcript stepper
    "stepper_title": "Transcript stepper: which step does each line serve, and what is missing?",
    "stepper_transcript": "Transcript",
    "stepper_line": "Lines shown",
    "stepper_labels": "Step labels",
    "stepper_labels_show": "show",
    "stepper_labels_hide": "hide (test yourself)",
    "stepper_col_who": "Who",
    "stepper_col_line": "Line",
    "stepper_col_step": "Step",
    "stepper_hidden": "?",
    "stepper_covered": "Steps served so far: {steps}.",
    "stepper_missing": "Not served yet (steps 1-6): {steps}.",
    "stepper_next": "By the book's order, the next step would be: {step}.",
    "stepper_order": "Order problems so far: {problems}.",
    "stepper_order_item": "line {line} ({early}) came before {late}",
    "stepper_none": "none",
    "list_sep": ", ",
    "clause_sep": "; ",
    "sentence_join": "{first} {second}",
    "stepper_end": "End of the transcript.",
    "stepper_practice": "The seven steps are practice wisdom from a training book: a checklist, not a tested "
                        "protocol.",
    # ---- widget: contagion evidence map
    "map_title": "Emotional contagion in service: what four studies measured and found",
    "map_study": "Study",
    "map_show": "Show",
    "map_show_found": "what was found",
    "map_show_limits": "what it cannot tell you",
    "map_solid": "solid arrow: association found",
    "map_dashed": "dashed: a link or route tested and not supported",
    "map_not_causal": "Arrows are relations the authors report, not slopes you can move: a stronger smile "
                      "does not buy a fixed amount of satisfaction.",
    "map_design": "Design: {design}. Sample: {sample}.",
    "study_p01": "Pugh (2001), a retail bank",
    "study_bg06": "Barger & Grandey (2006), real encounters",
    "study_g05": "Grandey et al. (2005), hotel video and restaurants",
    "study_ht06": "Hennig-Thurau et al. (2006), staged encounter",
    "node_display": "employee's displayed\npositive emotion",
    "node_cust_affect": "customer's positive\naffect afterwards",
    "node_quality": "customer's rating of\nservice quality",
    "node_emp_smile": "employee's smile\nstrength (coded)",
    "node_cust_smile": "customer's smile\n(mimicry)",
    "node_cust_mood": "customer's mood",
    "node_satisfaction": "encounter\nsatisfaction",
    "node_authentic": "authenticity of the\nsmile (perceived)",
    "node_friendly": "perceived\nfriendliness",
    "node_smile_extent": "how much the\nemployee smiles",
    "node_cust_emotion": "customer's\nemotions",
    "node_deep": "deep vs surface\nacting (authenticity)",
    "design_p01": "field study of service encounters in a retail bank (abstract and manuscript opening read)",
    "design_bg06": "field study: coders rated smiles at three points of real encounters, then a customer survey",
    "design_g05": "Study 1 an experiment with videotaped hotel check-ins; Study 2 a field survey of restaurant "
                  "customers",
    "design_ht06": "experiment: actors varied smiling (more/less) and acting (surface/deep), 2 x 2",
    "sample_p01": "bank employees and their customers (counts in the full article, not read)",
    "sample_bg06": "173 customers",
    "sample_g05": "Study 2: 255 customers of 64 servers",
    "sample_ht06": "223 consumers",
    "limits_p01": "One bank, encounters in the field: busy days, friendly regulars or a good day "
                  "could drive both the display and the customer's mood. It shows that the two go together, "
                  "not how much one would change if a manager ordered more smiling.",
    "limits_bg06": "The customers smiled back (mimicry), but their mood did not carry the effect: satisfaction "
                   "went with how good they judged the service. A smile seems to work as a sign of good "
                   "service, so a smile over poor service buys little.",
    "limits_g05": "Authenticity was perceived, not measured inside the employee, and in the hotel video it "
                  "helped satisfaction only when the task was done well. It does not say how to make a smile "
                  "authentic (module 05: deep acting).",
    "limits_ht06": "A staged encounter with actors: real, longer or angrier encounters may differ. More "
                   "smiling alone did not move customers' emotions here; authenticity did.",
    # ---- widget: apology builder
    "apo_title": "Apology builder: which parts does your apology have?",
    "apo_situation": "Situation",
    "apo_sit_wrong_size": "chat: we shipped the wrong size",
    "apo_sit_hold": "phone: you need a 30-second hold",
    "apo_sit_sale_ended": "shop: the sale ended yesterday",
    "apo_owns": "Wording",
    "apo_owns_real": "\u5bf9\u4e0d\u8d77 / I'm sorry, we ...",
    "apo_owns_light": "\u4e0d\u597d\u610f\u601d / excuse me",
    "apo_owns_none": "no apology word",
    "apo_empathy": "Empathy",
    "apo_intensity": "Intensity",
    "apo_timing": "Timing",
    "apo_fix": "Offer",
    "apo_yes": "yes",
    "apo_no": "no",
    "apo_early": "at the start",
    "apo_late": "only at the end",
    "apo_your_apology": "Your apology: {sentence}",
    "apo_fits": "The wording fits this situation (practice rule: {rule}).",
    "apo_misfits": "The wording does not fit this situation. Practice rule: {rule}.",
    "apo_rule_duibuqi": "the company caused it, so own it with \u5bf9\u4e0d\u8d77",
    "apo_rule_buhaoyisi": "a small imposition on a calm customer: a light \u4e0d\u597d\u610f\u601d is enough",
    "apo_rule_empathise_no_apology": "nobody in the company is at fault but the customer is upset: "
                                     "acknowledge the feeling and help; a reflexive \u4e0d\u597d\u610f\u601d "
                                     "can sound like a brush-off",
    "apo_missing": "Missing: {parts}.",
    "apo_complete": "Every part the builder checks is there.",
    "apo_part_owns_fault": "owning the fault (practice: store essay)",
    "apo_part_empathy": "empathy (research: Roschk & Kaiser 2013, the strongest of their three components)",
    "apo_part_intensity": "intensity (research: Roschk & Kaiser 2013)",
    "apo_part_early": "timing: a late apology lowered satisfaction (research: Roschk & Kaiser 2013)",
    "apo_part_fix": "an offer that repays in kind (research: Roschk & Gelbrich 2014)",
    "apo_caution": "Research rows come from an experiment and a meta-analysis that rank the parts; "
                   "the course quotes no effect size.",
    # sentence fragments
    "frag_early_real_wrong_size": "I'm sorry, we sent you the wrong size.",
    "frag_early_real_hold": "I'm sorry, I need to put you on hold.",
    "frag_early_real_sale_ended": "I'm sorry the sale has ended.",
    "frag_light": "\u4e0d\u597d\u610f\u601d, excuse me.",
    "frag_intense_wrong_size": "I'm truly sorry: we sent you the wrong size, and that's our mistake.",
    "frag_intense_hold": "I'm truly sorry, I have to put you on hold.",
    "frag_intense_sale_ended": "I'm truly sorry the sale has ended.",
    "frag_empathy_wrong_size": "You were counting on wearing it this weekend, and now you have to wait.",
    "frag_empathy_hold": "I know you've already waited to get through.",
    "frag_empathy_sale_ended": "It's frustrating to come in and just miss the price.",
    "frag_fix_wrong_size": "The right size goes out by express today, and the courier collects the other one.",
    "frag_fix_hold": "I'll be back within 30 seconds with the answer.",
    "frag_fix_sale_ended": "I can check whether the member price or next week's offer applies to you.",
    "frag_plain_wrong_size": "Let me look at the order.",
    "frag_plain_hold": "Please hold.",
    "frag_plain_sale_ended": "Let me see what I can do.",
    # ---- questions: hints and messages
    "hint_practice_line": "Ask what the line does: name the feeling (1), show you see it from their side (2), "
                          "calm and apologise (3), ask for facts (4), fix (5), report back and check (6).",
    "hint_practice_missing": "Go through steps 1 to 6 and look for a line that serves each one.",
    "hint_practice_order": "Which step did the agent take before the customer's emotion had been met at all?",
    "hint_practice_apology": "Who caused the problem, and how does the customer feel?",
    "hint_practice_contagion": "Barger & Grandey tested two routes from the employee's smile to satisfaction: "
                               "the customer's mood, and the customer's judgement of the service.",
    "msg_wrong_line": "`{name}` is {actual!r}. Read the line again: {why}",
    "msg_wrong_missing": "`{name}` is {actual!r}, but a line of the transcript serves that step. Look for the "
                         "step no line serves.",
    "msg_wrong_order": "`{name}` is {actual!r}. Which line came first, before the agent had met the "
                       "customer's emotion?",
    "msg_wrong_apology": "`{name}` is {actual!r}. The company sent the wrong item: a light apology does not "
                         "own that fault.",
    "msg_wrong_contagion": "`{name}` is {actual!r}. In the abstract, customers did smile back (mimicry), but "
                           "the link to satisfaction ran through their appraisal of service quality, not their "
                           "mood.",
    "why_line_soothe": "the agent apologises and says they will stay with the customer: that calms.",
    "hint_form_step": "Give one of {options} as a str: the step this line serves.",
    "hint_form_missing": "Give one of {options} as a str: the one step of 1-6 no line serves.",
    "hint_form_next": "Give one of {options} as a str: the letter of the line the agent should send next.",
    "hint_form_apology": "Give one of {options} as a str.",
    "hint_form_diagnosis": "Give one of {options} as a str: the letter of the sentence you would put in the "
                           "coaching note.",
    # ---- descriptions of the checks' tests (shown when a test gives no message of its own)
    "desc_practice_line": "line_step names the step the line serves",
    "desc_practice_missing": "delay_missing is the step no line of the gate transcript serves",
    "desc_practice_order": "leak_too_early is the step that came too early",
    "desc_practice_apology": "store_apology is the apology the shop owed",
    "desc_practice_contagion": "smile_route is the route Barger & Grandey found",
    "desc_form_label": "{name} is one of the allowed labels",
}
