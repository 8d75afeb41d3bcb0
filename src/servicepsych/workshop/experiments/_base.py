"""What every workshop experiment shares: input errors, texts, form pieces, published figures.

An experiment is one module in this package defining

* ``NAME`` and ``CONDITIONS`` (the conditions the server assigns, balanced and random),
* ``EN = {key: text}``: every participant- and trainer-facing sentence of that experiment
  (a Chinese edition adds ``ZH = {...}`` with the same keys beside it),
* ``FIELDS``: the answer's columns in the CSV export,
* ``form_html(condition, t)``: the question page's form body (escaped HTML),
* ``parse(form, condition, t)``: the answer as a dict of plain values, or :class:`InputError`,
* ``summarise(answers, t)``: the class's result (a :class:`Summary`).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field

from ...strings import get_language

__all__ = ["InputError", "Published", "Summary", "Texts", "fmt", "number", "number_field", "one_of", "published", "refill",
           "radio_group"]


class InputError(ValueError):
    """A participant's answer that cannot be stored; the message is shown to them (escaped)."""


class Texts:
    """The sentences of one experiment in the current language, English as fallback."""

    def __init__(self, module):
        self.module = module

    def __call__(self, key: str, /, **fields) -> str:
        from ...i18n.catalog import translate

        lang = get_language()
        table = getattr(self.module, lang.upper(), None) or {}
        template = translate(self.module, key, lang) or table.get(key, self.module.EN.get(key))
        if template is None:
            raise KeyError(f"no text {key!r} in {self.module.__name__}")
        return template.format(**fields) if fields else template


@dataclass
class Published:
    """A published figure shown beside the class's result, or why it is missing."""

    label: str
    value: float | None = None
    unit: str = ""
    study: str = ""
    citation: str = ""
    key: str = ""
    missing: str = ""


def published(keys, label: str = "", *, percent: bool = False, transform=None) -> Published:
    """The first of the finding ``keys`` that exists, looked up at run time.

    Findings are revised and renamed by their modules' authors, so each experiment names
    candidate keys in order of preference. The label is the finding's own ``figure`` and
    ``study`` (so a revised description shows up here as well); ``label`` is used only
    when the finding has no description. With ``percent`` a value in ``%`` becomes a
    fraction. When no key exists the result carries a clear ``missing`` note instead.
    """
    from ... import findings
    from ..texts import t  # the workshop's shared sentences (that module imports this one)

    keys = (keys,) if isinstance(keys, str) else tuple(keys)
    for key in keys:
        try:
            f = findings.get(key)
        except KeyError:
            continue
        value, unit = f.value, f.unit
        if percent and unit == "%":
            value, unit = value / 100, ""
        if transform is not None:
            value = transform(value)
        text = t("published_as", figure=f.figure, study=f.study) if f.figure else label
        return Published(label=text, value=value, unit=unit, study=f.study, citation=f.citation, key=key)
    return Published(label=label, missing=t("published_missing", keys=t("list_sep").join(repr(k) for k in keys)))


@dataclass
class Summary:
    """The class's result for one experiment, ready for the trainer's page and the plot."""

    n: int
    headline: str                     # the effect in words, e.g. "anchoring index"
    estimate: float = math.nan
    low: float = math.nan
    high: float = math.nan
    method: str = ""                  # how the 95% interval was computed
    unit: str = ""
    published: list[Published] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)   # further plain-text facts
    bars: list[dict] = field(default_factory=list)   # label, value, low, high (for the plot)
    markers: list[dict] = field(default_factory=list)  # label, value, bar (index or None): reference lines
    axis: tuple[float, float] = (0.0, 1.0)
    axis_label: str = ""
    percent: bool = False


def fmt(x: float, digits: int = 2, percent: bool = False) -> str:
    """A number for people: ``-`` for NaN, a percentage with no decimals when ``percent``."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    if percent:
        return f"{100 * x:.0f}%"
    return f"{x:.{digits}f}"


def radio_group(name: str, legend: str, options, *, cls: str = "") -> str:
    """A fieldset of radio buttons (``options`` = [(value, label), ...]), big enough for thumbs."""
    items = "".join(
        f'<label class="opt"><input type="radio" name="{html.escape(name)}" value="{html.escape(v)}" required>'
        f"<span>{html.escape(label)}</span></label>"
        for v, label in options)
    return (f'<fieldset class="{html.escape(cls)}"><legend>{html.escape(legend)}</legend>{items}</fieldset>')


def number_field(name: str, label: str, lo: float, hi: float, *, step: str = "1", suffix: str = "") -> str:
    """A numeric input with the phone's number keypad; the server checks the range again."""
    suffix_html = f'<span class="suffix">{html.escape(suffix)}</span>' if suffix else ""
    return (f'<label class="num">{html.escape(label)}<span class="row"><input type="number" name="{html.escape(name)}" '
            f'min="{lo:g}" max="{hi:g}" step="{step}" inputmode="decimal" required>{suffix_html}</span></label>')


def one_of(form: dict, name: str, allowed, message: str) -> str:
    """The single value of field ``name`` if it is one of ``allowed``, else :class:`InputError`."""
    values = form.get(name) or []
    if len(values) != 1 or values[0] not in allowed:
        raise InputError(message)
    return values[0]


def number(form: dict, name: str, lo: float, hi: float, not_a_number: str, out_of_range: str) -> float:
    """Field ``name`` as a finite float within ``[lo, hi]``, else :class:`InputError` with a clear message."""
    values = form.get(name) or []
    raw = values[0].strip().replace(",", ".") if len(values) == 1 else ""
    if len(raw) > 20:
        raise InputError(not_a_number)
    try:
        x = float(raw)
    except ValueError:
        raise InputError(not_a_number) from None
    if not math.isfinite(x):
        raise InputError(not_a_number)
    if not lo <= x <= hi:
        raise InputError(out_of_range)
    return x


_RADIO = re.compile(r'<input type="radio" name="([^"]*)" value="([^"]*)"( checked)?')
_NUMBER = re.compile(r'<input type="number" name="([^"]*)"')


def refill(form_body: str, form: dict) -> str:
    """The form ``form_body`` with the participant's sent values put back, so an error loses nothing.

    Radio buttons are checked only when the sent value is one of their own values; a typed
    number comes back escaped and cut to 20 characters.

    Examples
    --------
    >>> body = radio_group("c", "Pick", [("a", "A"), ("b", "B")]) + number_field("x", "X", 0, 9)
    >>> out = refill(body, {"c": ["b"], "x": ['"><script>']})
    >>> 'value="b" checked' in out, 'value="a" checked' in out
    (True, False)
    >>> "<script>" in out, "&lt;script&gt;" in out
    (False, True)
    """
    def radio(m):
        name, value = html.unescape(m.group(1)), html.unescape(m.group(2))
        sent = form.get(name)
        if not sent:
            return m.group(0)
        base = f'<input type="radio" name="{m.group(1)}" value="{m.group(2)}"'
        return base + (" checked" if sent == [value] else "")

    def number(m):
        sent = form.get(html.unescape(m.group(1))) or [""]
        return m.group(0) + f' value="{html.escape(sent[0][:20])}"' if sent[0] else m.group(0)

    return _NUMBER.sub(number, _RADIO.sub(radio, form_body))
