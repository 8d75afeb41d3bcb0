"""Service language: a phrase checker for English and Chinese replies.

:func:`check_phrase` flags phrases that service training warns against
("I can't", "that's not my job", "but" after a kind word; 不能, 不归我管,
但是 …), says why each is risky and what to say instead. The rules are data,
one table per language (``language_rules/en.json``, ``language_rules/zh.json``);
their reasons and suggestions are learner-facing strings
(``strings/language.py``), so trainers and a Chinese edition can extend them.

Almost all of these rules are **practice wisdom** from training material
(source document 002 of the kit), not measured effects: every flag carries the
rule's ``kind`` and the ``findings`` key it rests on. The one research claim
near them, that a reason raises compliance with a small request (Langer, Blank
& Chanowitz, 1978), is what :func:`gives_reason` looks for.

Chinese text is split into words with the ``jieba`` segmenter (its dictionary
ships with the package; it is loaded on the first Chinese check, not at
import), and a rule matches whole words: 不但 and 但愿 are words of their own,
so they never match the rule on 但.

Context decides one rule: a light apology (不好意思, "sorry for any
inconvenience", 给您带来不便) is a polite opener for a calm customer and is not
flagged; with ``context="upset"`` it is flagged. A stock apology ("sorry for
the inconvenience", 给您带来不便, 敬请谅解) is flagged whatever else the reply
says; 不好意思 is not flagged when the reply also holds a real apology
(对不起, 抱歉, 道歉 — also inside a longer word such as 真对不起).

Examples
--------
>>> from servicepsych.language import check_phrase
>>> [f.phrase for f in check_phrase("Sorry, but I can't refund you.")]
['but', "I can't"]
>>> check_phrase("I can't wait to help you!")
[]
>>> check_phrase("不但便宜，而且送货快。", lang="zh")
[]
>>> [f.rule for f in check_phrase("不好意思，这不归我管。", lang="zh")]
['not_my_job']
>>> [f.rule for f in check_phrase("不好意思，这不归我管。", lang="zh", context="upset")]
['light_apology', 'not_my_job']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["CONTEXTS", "LANGUAGES", "Flag", "check_phrase", "gives_reason", "load_rules", "missing_facts",
           "offers_help", "review", "Review"]

#: Languages with a rule table.
LANGUAGES = ("en", "zh")
#: What the checker may know about the customer: ``"calm"`` (default) or ``"upset"`` (angry, complaining).
CONTEXTS = ("calm", "upset")
_MATCHES = ("phrase", "after_kind", "light_apology")
_SENTENCE_END = set(".!?;。！？；\n")
_EN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


@dataclass(frozen=True)
class Flag:
    """One risky phrase found in a reply.

    Attributes
    ----------
    phrase : str
        The flagged words, exactly as they appear in the reply.
    rule : str
        The rule's id (``"cant"``, ``"but_after_kind"``, ``"light_apology"`` …).
    reason : str
        Why the phrase is risky.
    suggestion : str
        What to say instead.
    kind : str
        ``"practice"`` (practice wisdom from training material) or ``"research"``.
    source : str
        The ``servicepsych.findings`` key the rule rests on.
    start, end : int
        Character offsets of ``phrase`` in the reply.
    """

    phrase: str
    rule: str
    reason: str
    suggestion: str
    kind: str
    source: str
    start: int
    end: int


@dataclass(frozen=True)
class Review:
    """What :func:`review` found in a reply: its flags and the three things a good reply does."""

    flags: list
    offers_help: bool
    gives_reason: bool
    missing_facts: list


# ---------------------------------------------------------------- input checks
def _check_text(text) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str (the reply to check), not {type(text).__name__}")
    return text


def _check_lang(lang) -> str:
    if not isinstance(lang, str) or lang.lower() not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(map(repr, LANGUAGES))}, not {lang!r}")
    return lang.lower()


def _check_context(context) -> str:
    if context not in CONTEXTS:
        raise ValueError(f"context must be one of {', '.join(map(repr, CONTEXTS))} (how the customer feels), "
                         f"not {context!r}")
    return context


# ---------------------------------------------------------------- rule tables
@lru_cache(maxsize=None)
def _table(lang: str) -> dict:
    path = resources.files("servicepsych").joinpath("language_rules", f"{lang}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _validate_rule(rule, lang: str) -> dict:
    if not isinstance(rule, dict):
        raise TypeError(f"a rule must be a dict, not {type(rule).__name__}")
    missing = [k for k in ("id", "kind", "match", "phrases") if k not in rule]
    if missing:
        raise ValueError(f"rule {rule.get('id', '?')!r} lacks {', '.join(missing)}")
    if rule["kind"] not in ("research", "practice"):
        raise ValueError(f"rule {rule['id']!r}: kind must be 'research' or 'practice', not {rule['kind']!r}")
    if rule["match"] not in _MATCHES:
        raise ValueError(f"rule {rule['id']!r}: match must be one of {', '.join(_MATCHES)}, not {rule['match']!r}")
    phrases = rule["phrases"]
    if not isinstance(phrases, (list, tuple)) or not phrases or not all(isinstance(p, str) and p.strip()
                                                                        for p in phrases):
        raise ValueError(f"rule {rule['id']!r}: phrases must be a non-empty list of non-empty str")
    out = dict(rule)
    out.setdefault("source", "")
    out["reason"] = _rule_text(out, lang, "reason")
    out["suggestion"] = _rule_text(out, lang, "suggestion")
    return out


def _rule_text(rule: dict, lang: str, part: str) -> str:
    from .strings import text

    key = (rule.get("text_keys") or {}).get(part) or f"rule_{lang}_{rule['id']}_{part}"
    try:
        return text("language", key)
    except KeyError:
        if isinstance(rule.get(part), str) and rule[part].strip():
            return rule[part]
        raise ValueError(f"rule {rule['id']!r} ({lang}) has no {part}: add rule_{lang}_{rule['id']}_{part} to "
                         f"strings/language.py or a '{part}' field to the rule") from None


def load_rules(lang: str = "en") -> list[dict]:
    """The phrase rules of ``lang`` (a fresh list of dicts: change it and pass it to ``check_phrase(rules=...)``).

    Each rule has ``id``, ``kind``, ``source``, ``match``, ``phrases``, its
    ``reason`` and ``suggestion`` (in the current learner language), and the
    optional fields of its match type.

    >>> rules = load_rules("en")
    >>> [r["id"] for r in rules][:3]
    ['cant', 'wont', 'not_my_job']
    >>> {r["kind"] for r in rules}
    {'practice'}
    """
    lang = _check_lang(lang)
    return [_validate_rule(json.loads(json.dumps(r)), lang) for r in _table(lang)["rules"]]


# ---------------------------------------------------------------- words
@lru_cache(maxsize=1)
def _jieba():
    """A private jieba tokenizer with every Chinese rule phrase added as a word (built on first use)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    table = _table("zh")
    words = {p for r in table["rules"] for p in r["phrases"]} | set(table.get("offer_phrases", ()))
    for word in sorted(words):
        if len(word) >= 3:  # short words are in jieba's dictionary; adding them would skew its statistics
            tokenizer.add_word(word)
    return tokenizer


def _words(text: str, lang: str) -> list[tuple[str, int, int, int]]:
    """(normalised word, start, end, sentence number) for every word of ``text``."""
    out = []
    if lang == "en":
        spans = [(m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    else:
        spans = [(w.lower(), s, e) for w, s, e in _jieba().tokenize(text)]
    # a run of end marks ("...", "?!") ends one sentence
    ends = [i for i, c in enumerate(text) if c in _SENTENCE_END and text[i + 1:i + 2] not in _SENTENCE_END]
    k = sentence = 0
    for word, start, end in spans:
        while k < len(ends) and ends[k] < start:
            k += 1
            sentence += 1
        if word.strip() and any(c.isalnum() for c in word):
            out.append((word, start, end, sentence))
    return out


@lru_cache(maxsize=4096)
def _phrase_words(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(w for w, *_ in _words(phrase, lang))


def _find(words: list, phrase: tuple) -> list[int]:
    n = len(phrase)
    return [i for i in range(len(words) - n + 1) if tuple(w for w, *_ in words[i:i + n]) == phrase] if n else []


def _followed_by(words: list, j: int, options, lang: str) -> bool:
    for option in options:
        opt = _phrase_words(option, lang)
        if opt and tuple(w for w, *_ in words[j:j + len(opt)]) == opt:
            return True
    return False


def _has_any(words: list, phrases, lang: str) -> bool:
    return any(_find(words, _phrase_words(p, lang)) for p in phrases)


def _text_has(words: list, phrases, lang: str) -> bool:
    """Whether the reply holds one of ``phrases``; in Chinese also inside a longer word (jieba reads 真对不起
    as one word, and it is still 对不起)."""
    return _has_any(words, phrases, lang) or (lang == "zh" and any(p in w for w, *_ in words for p in phrases))


def _kind_before(words: list, i: int, kind_words, lang: str) -> bool:
    sentence = words[i][3]
    for word, _, _, s in words[:i]:
        if s < sentence - 1:
            continue
        if any(word == k or (lang == "zh" and k in word) for k in kind_words):
            return True
    return False


# ---------------------------------------------------------------- the checker
def check_phrase(text: str, lang: str = "en", *, context: str = "calm", rules=None) -> list[Flag]:
    """Flag risky phrases in a service reply.

    Parameters
    ----------
    text : str
        The reply, as the agent would say or type it.
    lang : {"en", "zh"}
        Its language.
    context : {"calm", "upset"}, optional
        How the customer feels. Only the light-apology rule depends on it: a
        light apology is flagged only for an upset customer.
    rules : list of dict, optional
        A rule table to use instead of the built-in one (see :func:`load_rules`).

    Returns
    -------
    list of Flag
        In the order the phrases appear; empty for a clean reply. Where two
        rules match overlapping words, the longer phrase wins.

    Raises
    ------
    TypeError
        If ``text`` is not a str.
    ValueError
        For an unknown ``lang`` or ``context``, or a malformed rule.

    Examples
    --------
    >>> flags = check_phrase("That's not my job, ask the front desk.")
    >>> flags[0].phrase, flags[0].kind
    ('not my job', 'practice')
    >>> check_phrase("I can help you with that.")
    []
    >>> [f.rule for f in check_phrase("Sorry for any inconvenience.", context="upset")]
    ['light_apology']
    >>> check_phrase("Sorry for any inconvenience.", context="calm")
    []
    >>> [f.phrase for f in check_phrase("非常抱歉，给您带来不便。", lang="zh", context="upset")]
    ['给您带来不便']
    """
    text = _check_text(text)
    lang = _check_lang(lang)
    context = _check_context(context)
    table = load_rules(lang) if rules is None else [_validate_rule(r, lang) for r in rules]
    words = _words(text, lang)
    found = []
    for rule in table:
        if rule["match"] == "light_apology":
            if context not in (rule.get("flag_when") or ("upset",)) or _text_has(words, rule.get("unless_text_has", ()),
                                                                               lang):
                continue
        preceded = set(rule.get("unless_preceded_by", ()))
        for phrase in rule["phrases"]:
            pw = _phrase_words(phrase, lang)
            for i in _find(words, pw):
                j = i + len(pw)
                if _followed_by(words, j, rule.get("unless_followed_by", ()), lang):
                    continue
                if i and words[i - 1][0] in preceded:
                    continue
                if rule["match"] == "after_kind" and not _kind_before(words, i, rule.get("kind_words", ()), lang):
                    continue
                found.append((i, j, rule))
    kept: list = []
    for i, j, rule in sorted(found, key=lambda m: (-(m[1] - m[0]), m[0])):  # longest phrase first
        if all(j <= a or i >= b for a, b, _ in kept):
            kept.append((i, j, rule))
    flags = []
    for i, j, rule in sorted(kept, key=lambda m: m[0]):
        start, end = words[i][1], words[j - 1][2]
        flags.append(Flag(text[start:end], rule["id"], rule["reason"], rule["suggestion"], rule["kind"],
                          rule.get("source", ""), start, end))
    return flags


def offers_help(text: str, lang: str = "en") -> bool:
    """Whether the reply says what the agent can do ("I can", "let me", "we'll"; 可以, 为您, 马上 …).

    >>> offers_help("I can send a new one today."), offers_help("I can't send a new one.")
    (True, False)
    >>> offers_help("我们马上为您补发。", lang="zh"), offers_help("我们不能补发。", lang="zh")
    (True, False)
    """
    text, lang = _check_text(text), _check_lang(lang)
    table, words = _table(lang), _words(text, lang)
    for phrase in table.get("offer_phrases", ()):
        pw = _phrase_words(phrase, lang)
        for i in _find(words, pw):
            if not _followed_by(words, i + len(pw), table.get("offer_unless_followed_by", ()), lang):
                return True
    return False


def gives_reason(text: str, lang: str = "en") -> bool:
    """Whether the reply gives a reason with "because" (or "since", "so that"; 因为, 由于).

    >>> gives_reason("The lift is closed today because the engineer is fixing the door.")
    True
    >>> gives_reason("The lift is closed today.")
    False
    """
    text, lang = _check_text(text), _check_lang(lang)
    return _has_any(_words(text, lang), _table(lang).get("reason_words", ()), lang)


def _squash(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"(?<=\d)[,\s](?=\d{3}\b)", "", s)  # 1,280 -> 1280
    return re.sub(r"\s+", " ", s).strip()


def missing_facts(text: str, facts) -> list[str]:
    """The facts (order numbers, dates, amounts …) that do not appear in the reply.

    Case, spacing and thousands separators are ignored.

    >>> missing_facts("Your order A-4471 of ¥1280 arrives on 3 May.", ["A-4471", "¥1,280", "4 May"])
    ['4 May']
    """
    text = _squash(_check_text(text))
    if isinstance(facts, str) or not all(isinstance(f, str) for f in facts):
        raise TypeError("facts must be a list of str, e.g. ['A-4471', '¥1,280']")
    return [f for f in facts if _squash(f) not in text]


def review(text: str, lang: str = "en", *, context: str = "calm", facts=()) -> Review:
    """Everything the lesson's phrase checker shows about a reply.

    >>> r = review("I can refund order A-4471 today, because the parcel was lost.", facts=["A-4471"])
    >>> r.flags, r.offers_help, r.gives_reason, r.missing_facts
    ([], True, True, [])
    """
    return Review(check_phrase(text, lang, context=context), offers_help(text, lang), gives_reason(text, lang),
                  missing_facts(text, facts))
