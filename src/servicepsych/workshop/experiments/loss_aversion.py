"""Loss aversion live: accept or reject coin tosses that can win 100 or lose less.

Each participant sees the same short list of 50/50 gambles (a price list): heads,
a team bonus of 100 points; tails, a loss of L points, with L = 20, 30, 40, 50, 60,
80 and 100. Under a linear value function a person with loss aversion lambda accepts
a gamble exactly when 100 > lambda * L, i.e. when lambda < 100 / L. So if someone
accepts the k smallest losses and rejects the rest, their lambda lies between
100 / L_(k+1) and 100 / L_k, and the estimate is **lambda = 100 / (midpoint of the
last accepted and the first rejected loss)**. Someone who rejects every gamble
gets the upper end, 100 / 20 = 5 ("at least 5"); someone who accepts all, 1
("at most 1"). Answers that switch back and forth are scored by the number of
gambles accepted (as if they had switched once) and flagged ``consistent=False``.

The class's result is the median lambda with a distribution-free 95% interval
(order statistics from the binomial distribution), beside Tversky & Kahneman's
(1992) median of 2.25 (a different method: certainty equivalents, curved value).
"""

from __future__ import annotations

import html
import sys

from . import _base
from ._base import Summary, one_of
from .. import stats

NAME = "loss_aversion"
CONDITIONS = ("list",)
GAIN = 100
LOSSES = (20, 30, 40, 50, 60, 80, 100)
FIELDS = ("accepted_n", "consistent", "lambda_hat", *(f"accept_loss_{x}" for x in LOSSES))

EN = {
    "pub_tick": "published figure",
    "title": "Heads or tails for the team bonus",
    "short": "Loss aversion",
    "scene": ("Your team's quarterly bonus pot is being settled with a coin toss, one toss per line below. "
              "Heads: the pot gains {gain} points. Tails: it loses the points shown. For each line, would "
              "you take the toss?"),
    "row": "Heads +{gain}, tails −{loss}",
    "accept": "Toss",
    "reject": "No toss",
    "err_row": "Please answer every line: 'Toss' or 'No toss' (missing: tails −{loss}).",
    "headline": "median loss aversion λ",
    "method": "distribution-free interval for a median (order statistics, binomial with p = 1/2)",
    "counts": "{n} participants; {inc} switched back and forth (scored by the number of tosses taken)",
    "none": "{k} of {n} took no toss at all (λ at least 5); {a} took every toss (λ at most 1)",
    "axis": "median loss aversion λ",
    "bar": "this class",
    "published_label": "median λ, Tversky & Kahneman (1992)",
    "neutral": "no loss aversion (λ = 1)",
    "caveat": ("Not the same method: Tversky & Kahneman (1992) fitted λ to choices between gambles and sure "
               "amounts with a curved value function; this list assumes a straight one, and nobody here risked "
               "real points."),
    "debrief": ("Every toss with tails below 100 had a positive expected value. People who refused them "
                "were weighing a loss more heavily than an equal gain."),
}
t = _base.Texts(sys.modules[__name__])


def lambda_hat(accepted: list[bool]) -> tuple[float, int, bool]:
    """Estimate lambda from the accept (True) / reject (False) answers, in the order of ``LOSSES``.

    Returns ``(lambda, number accepted, consistent)``.

    Examples
    --------
    >>> lambda_hat([True, True, True, False, False, False, False])   # switch between 40 and 50
    (2.2222222222222223, 3, True)
    >>> lambda_hat([False] * 7)[0], lambda_hat([True] * 7)[0]
    (5.0, 1.0)
    """
    k = sum(bool(a) for a in accepted)
    consistent = list(accepted) == [True] * k + [False] * (len(LOSSES) - k)
    if k == 0:
        return (GAIN / LOSSES[0], k, consistent)
    if k == len(LOSSES):
        return (GAIN / LOSSES[-1], k, consistent)
    return (GAIN / ((LOSSES[k - 1] + LOSSES[k]) / 2), k, consistent)


def form_html(condition: str, t=t) -> str:
    rows = []
    for x in LOSSES:
        name = f"loss_{x}"
        rows.append(
            f'<div class="pair"><span class="q">{html.escape(t("row", gain=GAIN, loss=x))}</span>'
            f'<label class="opt small"><input type="radio" name="{name}" value="accept" required>'
            f'<span>{html.escape(t("accept"))}</span></label>'
            f'<label class="opt small"><input type="radio" name="{name}" value="reject" required>'
            f'<span>{html.escape(t("reject"))}</span></label></div>')
    return f'<p class="scene">{html.escape(t("scene", gain=GAIN))}</p><fieldset>{"".join(rows)}</fieldset>'


def parse(form: dict, condition: str, t=t) -> dict:
    accepted = [one_of(form, f"loss_{x}", ("accept", "reject"), t("err_row", loss=x)) == "accept" for x in LOSSES]
    lam, k, consistent = lambda_hat(accepted)
    out = {"accepted_n": k, "consistent": consistent, "lambda_hat": round(lam, 6)}
    out.update({f"accept_loss_{x}": a for x, a in zip(LOSSES, accepted)})
    return out


def summarise(answers: list[dict], t=t) -> Summary:
    lams = [a["lambda_hat"] for a in answers]
    m, lo, hi = stats.median_ci(lams)
    s = Summary(n=len(answers), headline=t("headline"), estimate=m, low=lo, high=hi, method=t("method"),
                axis=(0, 6), axis_label=t("axis"))
    pub = _base.published(["tk92_loss_aversion_lambda"], t("published_label"))
    s.published = [pub]
    meta = _base.published(["brown24_lambda_mean"], "")
    if not meta.missing:
        s.published.append(meta)
    inc = sum(1 for a in answers if not a["consistent"])
    s.lines.append(t("counts", n=len(answers), inc=inc))
    s.lines.append(t("none", n=len(answers), k=sum(1 for a in answers if a["accepted_n"] == 0),
                     a=sum(1 for a in answers if a["accepted_n"] == len(LOSSES))))
    s.bars.append({"label": t("bar"), "value": m, "low": lo, "high": hi, "n": len(answers)})
    if not pub.missing:
        s.markers.append({"label": t("pub_tick"), "value": pub.value, "bar": 0})
    s.markers.append({"label": t("neutral"), "value": 1.0, "bar": None})
    s.lines.append(t("caveat"))
    s.lines.append(t("debrief"))
    return s
