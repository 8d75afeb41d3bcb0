"""Findings on prospect theory and loss aversion (owned by the loss-aversion module)."""

from . import Finding

_TK92 = (
    "Tversky, A., & Kahneman, D. (1992). Advances in prospect theory: Cumulative representation "
    "of uncertainty. Journal of Risk and Uncertainty, 5(4), 297-323."
)
_TK92_DOI = "10.1007/BF00122574"

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

FINDINGS = [
    Finding("tk92_loss_aversion_lambda", "loss_aversion", "Tversky & Kahneman (1992)",
            "loss-aversion coefficient lambda (median estimate)", 2.25, "", _TK92, _TK92_DOI),
    Finding("tk92_alpha", "loss_aversion", "Tversky & Kahneman (1992)",
            "curvature of the value function for gains, alpha (median estimate)", 0.88, "", _TK92, _TK92_DOI),
    Finding("tk92_beta", "loss_aversion", "Tversky & Kahneman (1992)",
            "curvature of the value function for losses, beta (median estimate)", 0.88, "", _TK92, _TK92_DOI),
    Finding("tk92_gamma", "loss_aversion", "Tversky & Kahneman (1992)",
            "probability-weighting parameter for gains, gamma", 0.61, "", _TK92, _TK92_DOI),
    Finding("tk92_delta", "loss_aversion", "Tversky & Kahneman (1992)",
            "probability-weighting parameter for losses, delta", 0.69, "", _TK92, _TK92_DOI),
    Finding("kkt90_mug_sellers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median value Sellers (mug owners) put on a university coffee mug", 7.12, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS),
    Finding("kkt90_mug_choosers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median value Choosers (mug or money, no ownership) put on the same mug", 3.12, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS),
    Finding("kkt90_mug_buyers_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1990)",
            "median price Buyers would pay for the same mug", 2.87, "US$",
            _KKT90, _KKT90_DOI, _MUGS_CHOOSERS),
    Finding("kkt91_mug_market_predicted_trades", "loss_aversion", "Kahneman, Knetsch & Thaler (1991)",
            "trades predicted by standard theory in each mug market (22 mugs handed out at random)", 11, "trades",
            _KKT91, _KKT91_DOI,
            "Half of the 22 mugs should change hands if ownership did not matter; the four markets "
            "produced 4, 1, 2 and 2 trades (summary of the 1990 experiments)."),
    Finding("kkt91_mug_market_seller_median", "loss_aversion", "Kahneman, Knetsch & Thaler (1991)",
            "median owner's minimum selling price in the mug markets", 5.25, "US$",
            _KKT91, _KKT91_DOI,
            "The median buyer would pay no more than $2.25-$2.75: selling prices about twice buying prices."),
]
