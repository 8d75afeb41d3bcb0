"""Findings on prospect theory, loss aversion and mental accounting (owned by the loss-aversion module).

Rows whose ``note`` says "abstract only" or "secondary source" were checked
only against what could be read: the figure is as that text gives it.
"""

from . import Finding

_TK92 = (
    "Tversky, A., & Kahneman, D. (1992). Advances in prospect theory: Cumulative representation "
    "of uncertainty. Journal of Risk and Uncertainty, 5(4), 297-323."
)
_TK92_DOI = "10.1007/BF00122574"
_TK92_POP = "25 graduate students (Berkeley and Stanford), no training in decision theory"
_TK92_NOTE = (
    "Median of the individual estimates, fitted to each participant's choices between risky prospects and "
    "sure amounts (certainty equivalents). A small student sample and one elicitation method: the course "
    "uses it as the model's default, not as the loss aversion of customers in general (see "
    "brown24_lambda_mean, wms24_lambda_risky). The sample size and population are as reported in the "
    "paper's method section; here they were re-checked only against a secondary summary."
)

_KKT90 = (
    "Kahneman, D., Knetsch, J. L., & Thaler, R. H. (1990). Experimental tests of the endowment effect "
    "and the Coase theorem. Journal of Political Economy, 98(6), 1325-1348."
)
_KKT90_DOI = "10.1086/261737"

_KKT91 = (
    "Kahneman, D., Knetsch, J. L., & Thaler, R. H. (1991). Anomalies: The endowment effect, loss "
    "aversion, and status quo bias. Journal of Economic Perspectives, 5(1), 193-206."
)
_KKT91_DOI = "10.1257/jep.5.1.193"

_MUGS_CHOOSERS = (
    "Simon Fraser University students randomly made Sellers (given a mug), Choosers (could take the "
    "mug or money) or Buyers; median money value of the mug. Sellers and Choosers face the same "
    "final choice (mug or money), so their gap is the pain of giving something up."
)
_MUGS_POP = "Simon Fraser University students"

_T85 = (
    "Thaler, R. (1985). Mental accounting and consumer choice. Marketing Science, 4(3), 199-214."
)
_T85_DOI = "10.1287/mksc.4.3.199"

_TJ90 = (
    "Thaler, R. H., & Johnson, E. J. (1990). Gambling with the house money and trying to break even: "
    "The effects of prior outcomes on risky choice. Management Science, 36(6), 643-660."
)
_TJ90_DOI = "10.1287/mnsc.36.6.643"

_T99 = (
    "Thaler, R. H. (1999). Mental accounting matters. Journal of Behavioral Decision Making, 12(3), 183-206."
)
_T99_DOI = "10.1002/(SICI)1099-0771(199909)12:3<183::AID-BDM318>3.0.CO;2-F"

_GR18 = (
    "Gal, D., & Rucker, D. D. (2018). The loss of loss aversion: Will it loom larger than its gain? "
    "Journal of Consumer Psychology, 28(3), 497-516."
)
_GR18_DOI = "10.1002/jcpy.1047"

_MJGH20 = (
    "Mrkva, K., Johnson, E. J., Gächter, S., & Herrmann, A. (2020). Moderating loss aversion: Loss aversion "
    "has moderators, but reports of its death are greatly exaggerated. Journal of Consumer Psychology, "
    "30(3), 407-428."
)
_MJGH20_DOI = "10.1002/jcpy.1156"

_BIVC24 = (
    "Brown, A. L., Imai, T., Vieider, F. M., & Camerer, C. F. (2024). Meta-analysis of empirical estimates "
    "of loss aversion. Journal of Economic Literature, 62(2), 485-516."
)
_BIVC24_DOI = "10.1257/jel.20221698"

_WMS24 = (
    "Walasek, L., Mullett, T. L., & Stewart, N. (2024). A meta-analysis of loss aversion in risky contexts. "
    "Journal of Economic Psychology, 103, 102740."
)
_WMS24_DOI = "10.1016/j.joep.2024.102740"

FINDINGS = [
    Finding("tk92_loss_aversion_lambda", "loss_aversion", "Tversky & Kahneman (1992)",
            "loss-aversion coefficient lambda (median estimate)", 2.25, "", _TK92, _TK92_DOI, _TK92_NOTE,
            population=_TK92_POP),
    Finding("tk92_alpha", "loss_aversion", "Tversky & Kahneman (1992)",
            "curvature of the value function for gains, alpha (median estimate)", 0.88, "", _TK92, _TK92_DOI,
            _TK92_NOTE, population=_TK92_POP),
    Finding("tk92_beta", "loss_aversion", "Tversky & Kahneman (1992)",
            "curvature of the value function for losses, beta (median estimate)", 0.88, "", _TK92, _TK92_DOI,
            _TK92_NOTE, population=_TK92_POP),
    Finding("tk92_gamma", "loss_aversion", "Tversky & Kahneman (1992)",
            "probability-weighting parameter for gains, gamma", 0.61, "", _TK92, _TK92_DOI, _TK92_NOTE,
            population=_TK92_POP),
    Finding("tk92_delta", "loss_aversion", "Tversky & Kahneman (1992)",
            "probability-weighting parameter for losses, delta", 0.69, "", _TK92, _TK92_DOI, _TK92_NOTE,
            population=_TK92_POP),
    Finding("kkt90_mug_sellers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median value Sellers (mug owners) put on a university coffee mug", 7.12, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS, population=_MUGS_POP),
    Finding("kkt90_mug_choosers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median value Choosers (mug or money, no ownership) put on the same mug", 3.12, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS, population=_MUGS_POP),
    Finding("kkt90_mug_buyers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median price Buyers would pay for the same mug", 2.87, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS, population=_MUGS_POP),
    Finding("kkt91_mug_market_predicted_trades", "loss_aversion", "Kahneman, Knetsch & Thaler (1991)",
            "trades predicted by standard theory in each mug market (22 mugs handed out at random)", 11, "trades",
            _KKT91, _KKT91_DOI,
            "Half of the 22 mugs should change hands if ownership did not matter; the four markets "
            "produced 4, 1, 2 and 2 trades (summary of the 1990 experiments).",
            population="university students in a class, half of whom were given a mug"),
    Finding("kkt91_mug_market_seller_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1991)",
            "median owner's minimum selling price in the mug markets", 5.25, "US$",
            _KKT91, _KKT91_DOI,
            "The median buyer would pay no more than $2.25-$2.75: selling prices about twice buying prices.",
            population="university students in a class, half of whom were given a mug"),
    # ------------------------------------------------------------ mental accounting: prediction and evidence
    Finding("thaler85_hedonic_principles", "loss_aversion", "Thaler (1985)",
            "hedonic-framing principles derived from the value function: segregate gains, integrate losses, "
            "integrate a small loss with a larger gain (cancellation), segregate a small gain from a large "
            "loss (the silver lining)", 4, "principles", _T85, _T85_DOI,
            "A theoretical derivation: what the shape of the value function implies about packaging several "
            "outcomes. The course teaches them as model predictions; whether people edit outcomes this way "
            "is an empirical question (tj90_losses_not_integrated).",
            population="theory (illustrated with questionnaire scenarios in the paper)"),
    Finding("thaler85_silver_lining", "loss_aversion", "Thaler (1985)",
            "the silver-lining principle: a small gain should be kept separate from a large loss "
            "(principle number 4 of the list)", 4, "principle no.", _T85, _T85_DOI,
            "Follows from the value function's flat slope far out in losses and steep slope near zero for "
            "gains. With the 1992 medians (lambda 2.25, alpha = beta = 0.88) the model predicts it only for "
            "very small gains (a few units against a loss of 1000); with lambda = 1 it holds far more widely: "
            "see servicepsych.prospect.editing_prediction.",
            population="theory"),
    Finding("tj90_losses_not_integrated", "loss_aversion", "Thaler & Johnson (1990)",
            "of the four hedonic-framing principles, the number people's own editing did not follow: "
            "integrating losses", 1, "principle", _TJ90, _TJ90_DOI,
            "Secondary source: read in Thaler's (1999) summary, not in the 1990 paper. Asked whether two "
            "outcomes feel better on the same day or apart, people's answers matched hedonic editing except "
            "for two losses, which they wanted spread out: a prior loss seemed to make the next one hurt "
            "more, not less ('quasi-hedonic editing'). No percentages are quoted because none were read.",
            population="questionnaire and choice studies with students (as summarised by Thaler, 1999)"),
    Finding("thaler99_summary", "loss_aversion", "Thaler (1999)",
            "number of the four hedonic-framing principles that, by Thaler's review, people also apply when "
            "they parse outcomes themselves: all but combining multiple losses", 3, "principles", _T99, _T99_DOI,
            "Thaler concludes that loss aversion matters even more than the value function alone suggests, "
            "because losses are hard to combine to dull their impact. Read in the review's text as reprinted; "
            "'3' counts the principles, it is not a measured effect size.",
            population="review of studies (mostly students and survey respondents)"),
    # ------------------------------------------------------------ how sure are we about lambda?
    Finding("gr18_review_conclusion", "loss_aversion", "Gal & Rucker (2018)",
            "narrative review's conclusion: on balance, losses are not more impactful than gains "
            "(a loss-to-gain ratio no greater than 1)", 1, "ratio (a conclusion, not an estimate)",
            _GR18, _GR18_DOI,
            "Abstract only. A critical review, not a meta-analysis: it pools no estimate, and '1' encodes its "
            "qualitative conclusion. A commentary in the same issue (Simonson & Kivetz, 2018; abstract read) "
            "agrees that loss aversion is more contingent than assumed and that its best-known support, the "
            "endowment effect and status quo bias, is open to other explanations, but calls the conclusion "
            "overstated.",
            population="published studies of loss aversion (review)"),
    Finding("mjgh20_total_n", "loss_aversion", "Mrkva, Johnson, Gächter & Herrmann (2020)",
            "participants across five samples in which loss aversion was found at every level of knowledge "
            "and experience, weaker with more domain knowledge, experience and education, and stronger in "
            "older consumers", 17720, "participants", _MJGH20, _MJGH20_DOI,
            "Abstract only: effect sizes per moderator were not read, so the lesson gives directions only. "
            "Among car buyers, knowing more about an attribute went with less loss aversion for that "
            "attribute. These are correlations across people, not effects of teaching someone more.",
            population="five samples, including car buyers (N total = 17,720)"),
    Finding("brown24_lambda_mean", "loss_aversion", "Brown, Imai, Vieider & Camerer (2024)",
            "meta-analytic mean loss-aversion coefficient lambda (95% interval 1.820-2.102)", 1.955, "",
            _BIVC24, _BIVC24_DOI,
            "Abstract only. 607 estimates from 150 articles (1992-2017) in economics, psychology, neuroscience "
            "and other fields, many measures of lambda, not only prospect-theory fits.",
            population="607 published estimates from 150 articles (lab and field studies)"),
    Finding("wms24_lambda_risky", "loss_aversion", "Walasek, Mullett & Stewart (2024)",
            "random-effects meta-analytic lambda of cumulative prospect theory fitted to individual risky "
            "choices (95% CI 1.10-1.53)", 1.31, "", _WMS24, _WMS24_DOI,
            "Abstract only. Few studies and data sets were suitable and much of the data was of poor quality; "
            "restricted to lambda estimated from choices between mixed gambles. (The figure 1.955 sometimes "
            "attached to this paper is Brown et al.'s, brown24_lambda_mean.)",
            population="studies fitting prospect theory to individual choices between risky prospects"),
    # ------------------------------------------------------------ practice wisdom
    Finding("practice_voucher_multiple", "loss_aversion", "Service-training rule of thumb",
            "'a goodwill voucher must be about 2.5 times the loss'", 2.5, "times the loss",
            "Practice wisdom repeated in customer-service training (recorded in ServicePsych Kit issue 7, "
            "2026); no study measuring it was found.", "",
            "Not a finding. What the model says instead: if the remedy is felt as a separate event, the gain "
            "that offsets a loss L is (lam * L**beta) ** (1 / alpha); with the 1992 medians (lam 2.25, "
            "alpha = beta = 0.88) that is 2.25 ** (1 / 0.88) = 2.51 times L, a prediction under those "
            "parameters. With lam 1.955 (brown24) it is 2.14 times, with lam 1.31 (wms24) 1.36 times, and if "
            "the customer nets the remedy against the loss, anything above L is a gain.",
            kind="practice", population="none (training lore)"),
]
