"""Findings on prospect theory and loss aversion (owned by the loss-aversion module)."""

from . import Finding

_TK92 = (
    "Tversky, A., & Kahneman, D. (1992). Advances in prospect theory: Cumulative representation "
    "of uncertainty. Journal of Risk and Uncertainty, 5(4), 297-323."
)
_TK92_DOI = "10.1007/BF00122574"

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
]
