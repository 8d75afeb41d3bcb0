"""Handling a customer's emotion: the seven steps applied to labelled transcripts.

The course's source book on emotion management (source document 001) teaches a
seven-step process for a customer who is upset. It is **practice wisdom from a
training text**, not a tested protocol (finding ``ce_practice_seven_steps``):

1. ``identify`` the emotion (name it, check it: "you sound worried");
2. ``empathise``: show you understand it from the customer's side;
3. ``soothe``: calm things down (an apology where one is owed, care, a pause);
4. ``understand``: ask and listen to get the facts of the problem;
5. ``solve``: respond and solve it quickly (or say honestly when it will be solved);
6. ``follow_up``: tell the customer the result and check it worked;
7. ``reflect``: afterwards, the agent settles their own emotion and reviews the contact.

A **transcript** is a list of ``(speaker, line, step)`` triples: ``speaker`` is
``"customer"``, ``"agent"`` or ``"note"`` (the agent's note after the contact, where
step 7 shows); ``step`` is the label the course gives an agent's or a note's line
(one of :data:`STEPS`, or ``None`` for a line that serves no step) and ``None`` for
the customer's lines. The labels are the course's own judgement, written by hand;
they are not computed from the words.

:func:`steps_covered`, :func:`missing_steps`, :func:`order_problems` and
:func:`next_step` read such a labelled transcript. :func:`apology_word` and
:func:`review_apology` cover apologies: the store essay's 对不起 (a real apology
that owns a fault) versus 不好意思 (a light "excuse me"), which is practice wisdom,
and the three components of an apology that Roschk & Kaiser (2013) varied in a
experiment (empathy, intensity, timing).

Examples
--------
>>> from servicepsych import customer_emotion as ce
>>> call = [("customer", "My parcel is broken!", None),
...         ("agent", "Let me send a new one today.", "solve"),
...         ("agent", "I'm so sorry, that is really annoying.", "soothe")]
>>> ce.steps_covered(call)
('soothe', 'solve')
>>> ce.missing_steps(call)
('identify', 'empathise', 'understand', 'follow_up')
>>> [(p.early, p.late) for p in ce.order_problems(call)]
[('solve', 'soothe')]
>>> ce.next_step(call)
'identify'
"""

from __future__ import annotations

from dataclasses import dataclass

from .strings import text

__all__ = [
    "APOLOGY_COMPONENTS",
    "APOLOGY_WORDS",
    "IN_CONTACT_STEPS",
    "SPEAKERS",
    "STEPS",
    "OrderProblem",
    "apology_word",
    "check_transcript",
    "list_transcripts",
    "missing_steps",
    "next_step",
    "order_problems",
    "review_apology",
    "step_number",
    "steps_covered",
    "transcript",
]

#: The seven steps of the source book, in its order (finding ``ce_practice_seven_steps``).
STEPS = ("identify", "empathise", "soothe", "understand", "solve", "follow_up", "reflect")
#: Steps 1-6 happen with the customer; step 7 (reflect) after the contact.
IN_CONTACT_STEPS = STEPS[:6]
#: Who may speak in a transcript.
SPEAKERS = ("customer", "agent", "note")
#: The two everyday Chinese apologies of the store essay, and the third choice the course teaches
#: when nobody in the company is at fault (practice wisdom, finding ``ce_practice_duibuqi_buhaoyisi``).
APOLOGY_WORDS = ("duibuqi", "buhaoyisi", "empathise_no_apology")
#: Parts of an apology the apology builder checks. ``empathy``, ``intensity`` and ``early`` are the
#: three components Roschk & Kaiser (2013) manipulated; ``owns_fault`` (对不起) is the store essay's
#: practice wisdom; ``fix`` (an offer that repays what was lost) follows Roschk & Gelbrich (2014).
APOLOGY_COMPONENTS = ("owns_fault", "empathy", "intensity", "early", "fix")


def step_number(step: str) -> int:
    """The number (1-7) of ``step`` in the source book's order.

    >>> step_number("soothe")
    3

    Raises
    ------
    ValueError
        If ``step`` is not one of :data:`STEPS`.
    """
    if type(step) is not str or step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(map(repr, STEPS))}, not {step!r}")
    return STEPS.index(step) + 1


# ---------------------------------------------------------------- transcripts
def check_transcript(transcript) -> list[tuple]:
    """Validate a labelled transcript and return it as a list of ``(speaker, line, step)`` tuples.

    Raises
    ------
    TypeError
        If the transcript is not a list or tuple of 3-item sequences, or a line is not a str.
    ValueError
        If it is empty, a speaker is unknown, a customer line carries a step, or a step
        label is not one of :data:`STEPS`.

    Examples
    --------
    >>> check_transcript([("customer", "Hello?", None), ("agent", "You sound worried.", "identify")])[1]
    ('agent', 'You sound worried.', 'identify')
    >>> check_transcript([("boss", "Hi", None)])
    Traceback (most recent call last):
    ...
    ValueError: line 1: speaker must be one of 'customer', 'agent', 'note', not 'boss'
    """
    if isinstance(transcript, (str, bytes)) or not isinstance(transcript, (list, tuple)):
        raise TypeError(f"a transcript is a list of (speaker, line, step) triples, not a {type(transcript).__name__}")
    if not transcript:
        raise ValueError("the transcript is empty: give at least one (speaker, line, step) triple")
    out = []
    for i, row in enumerate(transcript, start=1):
        if isinstance(row, (str, bytes)) or not isinstance(row, (list, tuple)) or len(row) != 3:
            raise TypeError(f"line {i}: each line is a (speaker, line, step) triple, not {row!r}")
        speaker, line, step = row
        if speaker not in SPEAKERS:
            raise ValueError(f"line {i}: speaker must be one of {', '.join(map(repr, SPEAKERS))}, not {speaker!r}")
        if type(line) is not str:
            raise TypeError(f"line {i}: the words must be a str, not a {type(line).__name__}")
        if speaker == "customer" and step is not None:
            raise ValueError(f"line {i}: a customer's line has no step (None), not {step!r}")
        if step is not None and step not in STEPS:
            raise ValueError(f"line {i}: step must be one of {', '.join(map(repr, STEPS))} or None, not {step!r}")
        out.append((speaker, line, step))
    return out


def _first_lines(transcript) -> dict:
    """Step -> index (0-based) of the first line serving it."""
    first = {}
    for i, (_speaker, _line, step) in enumerate(check_transcript(transcript)):
        if step is not None and step not in first:
            first[step] = i
    return first


def steps_covered(transcript) -> tuple:
    """The steps at least one line of ``transcript`` serves, in the book's order.

    >>> steps_covered([("agent", "Is the new phone working now?", "follow_up")])
    ('follow_up',)
    """
    first = _first_lines(transcript)
    return tuple(s for s in STEPS if s in first)


def missing_steps(transcript, *, include_reflect: bool = False) -> tuple:
    """The steps no line serves, in the book's order.

    Step 7 (``reflect``) happens after the contact, in the agent's own note; it is
    left out unless ``include_reflect=True``.

    >>> missing_steps([("agent", "You sound worried.", "identify")])
    ('empathise', 'soothe', 'understand', 'solve', 'follow_up')
    >>> missing_steps([("agent", "You sound worried.", "identify")], include_reflect=True)[-1]
    'reflect'
    """
    if type(include_reflect) is not bool:
        raise TypeError(f"include_reflect must be True or False, not {include_reflect!r}")
    wanted = STEPS if include_reflect else IN_CONTACT_STEPS
    covered = set(steps_covered(transcript))
    return tuple(s for s in wanted if s not in covered)


@dataclass(frozen=True)
class OrderProblem:
    """A later step that first appears before an earlier one.

    Attributes
    ----------
    early : str
        The step that came too early (e.g. ``"solve"``).
    late : str
        The earlier step of the book that it jumped ahead of (e.g. ``"soothe"``).
    line : int
        1-based number of the line where ``early`` first appears.
    """

    early: str
    late: str
    line: int


def order_problems(transcript) -> list[OrderProblem]:
    """Pairs of steps whose first lines come in the opposite order to the book's.

    Only steps that both appear are compared (a missing step is reported by
    :func:`missing_steps`, not here). Problems are sorted by line, then by the
    book's order of the step jumped over.

    Examples
    --------
    >>> call = [("agent", "A new lock is booked for Friday.", "solve"),
    ...         ("agent", "What happened exactly?", "understand"),
    ...         ("agent", "I can hear how worried you are.", "identify")]
    >>> [(p.early, p.late, p.line) for p in order_problems(call)]
    [('solve', 'identify', 1), ('solve', 'understand', 1), ('understand', 'identify', 2)]
    """
    first = _first_lines(transcript)
    problems = []
    for early, line in first.items():
        for late, late_line in first.items():
            if step_number(late) < step_number(early) and late_line > line:
                problems.append(OrderProblem(early, late, line + 1))
    return sorted(problems, key=lambda p: (p.line, step_number(p.late)))


def next_step(transcript) -> str:
    """The step the agent should serve next: the first of steps 1-6 no line has served yet.

    When steps 1-6 are all served, the next step is ``"reflect"`` (after the contact).
    The book's order is practice wisdom: :func:`next_step` says what the sequence
    suggests, not what research shows works best.

    >>> next_step([("agent", "You sound really let down.", "identify")])
    'empathise'
    """
    missing = missing_steps(transcript)
    return missing[0] if missing else "reflect"


# ---------------------------------------------------------------- the course's transcripts
#: Structure of the lesson's transcripts: (speaker, step) per line; the words are in
#: ``strings/customer_emotion.py`` under ``tr_<name>_<n>`` (so they can be translated).
_TRANSCRIPTS = {
    # E-commerce chat, a defective kettle (source document 001, case 1): all six steps, in order.
    "kettle": [("customer", None), ("agent", "identify"), ("customer", None), ("agent", "empathise"),
               ("agent", "soothe"), ("customer", None), ("agent", "understand"), ("customer", None),
               ("agent", "solve"), ("customer", None), ("agent", "follow_up"), ("note", "reflect")],
    # Property-management phone line, a leak from the flat above (document 002): solves first, no follow-up.
    "leak": [("customer", None), ("agent", "solve"), ("customer", None), ("agent", "identify"),
             ("agent", "soothe"), ("customer", None), ("agent", "understand"), ("customer", None),
             ("agent", None)],
    # Mobile-operator store, a wrong charge (document 003): a reflexive 不好意思, no empathy.
    "store": [("customer", None), ("agent", None), ("customer", None), ("agent", "identify"),
              ("agent", "understand"), ("customer", None), ("agent", "solve"), ("agent", "follow_up")],
    # Airport gate, a three-hour delay (document 000): calm and clear, but nobody asks what the
    # passenger needs before handing out the standard voucher.
    "delay": [("customer", None), ("agent", "identify"), ("agent", "empathise"), ("agent", "soothe"),
              ("customer", None), ("agent", "solve"), ("customer", None), ("agent", "follow_up")],
}


def list_transcripts() -> list[str]:
    """Names of the course's labelled transcripts.

    >>> list_transcripts()
    ['delay', 'kettle', 'leak', 'store']
    """
    return sorted(_TRANSCRIPTS)


def transcript(name: str) -> list[tuple]:
    """One of the course's labelled transcripts, as ``(speaker, line, step)`` triples.

    The words come from ``strings/customer_emotion.py`` in the current language.

    >>> t = transcript("kettle")
    >>> t[1][0], t[1][2]
    ('agent', 'identify')

    Raises
    ------
    KeyError
        If there is no transcript of that name (the message lists the names).
    """
    if name not in _TRANSCRIPTS:
        raise KeyError(f"no transcript {name!r}; the transcripts are {', '.join(list_transcripts())}")
    return [(speaker, text("customer_emotion", f"tr_{name}_{i}"), step)
            for i, (speaker, step) in enumerate(_TRANSCRIPTS[name], start=1)]


# ---------------------------------------------------------------- apologies
def apology_word(company_at_fault: bool, customer_upset: bool) -> str:
    """Which apology a situation calls for, by the store essay's rule (practice wisdom).

    * the company (or anyone acting for it) caused the problem: ``"duibuqi"``, a real
      apology that owns the fault (对不起), then explain and fix;
    * nobody in the company is at fault and the customer is calm, a small imposition
      (a hold, a form): ``"buhaoyisi"``, a light "excuse me" (不好意思);
    * nobody in the company is at fault but the customer is upset:
      ``"empathise_no_apology"``: a reflexive 不好意思 can sound like a brush-off, and
      a 对不起 would own a fault that is not yours; acknowledge the feeling and help.

    This is a rule of thumb from source document 003 (finding
    ``ce_practice_duibuqi_buhaoyisi``), not a tested finding.

    >>> apology_word(True, False), apology_word(False, False), apology_word(False, True)
    ('duibuqi', 'buhaoyisi', 'empathise_no_apology')
    """
    for name, value in (("company_at_fault", company_at_fault), ("customer_upset", customer_upset)):
        if type(value) is not bool:
            raise TypeError(f"{name} must be True or False, not {value!r}")
    if company_at_fault:
        return "duibuqi"
    return "empathise_no_apology" if customer_upset else "buhaoyisi"


def review_apology(*, owns_fault: bool, empathy: bool, intensity: bool, early: bool, fix: bool) -> dict:
    """Which parts an apology has, and which are missing, each marked research or practice.

    Parameters
    ----------
    owns_fault : bool
        It owns the fault (对不起, "we sent the wrong part"), not a light 不好意思.
    empathy : bool
        It shows the agent understands how the failure affects the customer.
    intensity : bool
        It is said with weight ("I am truly sorry"), not a throwaway "sorry".
    early : bool
        It comes at the start of the recovery, not only at the end after an argument.
    fix : bool
        It comes with an offer that repays what was lost (an exchange for a flawed product).

    Returns
    -------
    dict
        ``present`` and ``missing``: tuples of :data:`APOLOGY_COMPONENTS`;
        ``basis``: component -> ``"research"`` or ``"practice"``.

    Examples
    --------
    >>> r = review_apology(owns_fault=True, empathy=False, intensity=True, early=True, fix=False)
    >>> r["missing"], r["basis"]["empathy"]
    (('empathy', 'fix'), 'research')
    """
    flags = {"owns_fault": owns_fault, "empathy": empathy, "intensity": intensity, "early": early, "fix": fix}
    for name, value in flags.items():
        if type(value) is not bool:
            raise TypeError(f"{name} must be True or False, not {value!r}")
    basis = {"owns_fault": "practice", "empathy": "research", "intensity": "research", "early": "research",
             "fix": "research"}
    return {"present": tuple(c for c in APOLOGY_COMPONENTS if flags[c]),
            "missing": tuple(c for c in APOLOGY_COMPONENTS if not flags[c]),
            "basis": basis}
