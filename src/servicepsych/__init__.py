"""ServicePsych: the psychology of customer service, as models a learner can run.

The package is a flat public namespace over small modules, each named after the
concept a psychologist would look for:

========================  =====================================================
``servicepsych.prospect``  prospect theory: value and weighting functions, loss aversion
``servicepsych.framing``   gain and loss frames of the same fact
``servicepsych.anchoring`` anchoring index, anchoring-and-adjustment, cohort simulation
``servicepsych.peak_end``  remembered experience: peak-end rule and its rivals
``servicepsych.emotional_labor``  surface and deep acting, Copenhagen Burnout Inventory
``servicepsych.customer_emotion``  the seven steps on labelled transcripts; apologies
``servicepsych.language``  service phrases: ``check_phrase(text, lang)`` for English and Chinese
``servicepsych.recovery``  service recovery: justice profile, satisfaction index, paradox check
``servicepsych.social_influence``  norms on a card, gifts, request sequences, the manipulation check
``servicepsych.kano``      Kano evaluation table, Berger et al.'s better/worse coefficients
``servicepsych.servqual``  SERVQUAL gap scores on five dimensions, weighted gaps
``servicepsych.findings``  published figures the course cites, with citations
``servicepsych.datasets``  seeded synthetic data: ``read_dataset(name)``
``servicepsych.check``     ``check("concept.question")``: instant feedback for learners
``servicepsych.widgets``   ipywidgets builders for the lesson notebooks
========================  =====================================================

Submodules are imported on first use, so ``import servicepsych`` stays fast and
loads neither pandas nor matplotlib.

Examples
--------
>>> import servicepsych as sp
>>> round(float(sp.prospect.value(-100)), 1)
-129.5
"""

from importlib import import_module

__version__ = "0.1.0"

_SUBMODULES = (
    "anchoring",
    "check",
    "customer_emotion",
    "datasets",
    "emotional_labor",
    "findings",
    "framing",
    "grading",
    "kano",
    "language",
    "peak_end",
    "prospect",
    "recovery",
    "servqual",
    "social_influence",
    "widgets",
)

# Short-cuts to the most used functions: name -> (module, attribute).
_SHORTCUTS = {
    "read_dataset": ("datasets", "read_dataset"),
    "list_datasets": ("datasets", "list_datasets"),
}

__all__ = [*_SUBMODULES, *_SHORTCUTS, "__version__"]


def __getattr__(name):
    if name in _SUBMODULES:
        module = import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    if name in _SHORTCUTS:
        module_name, attr = _SHORTCUTS[name]
        obj = getattr(import_module(f"{__name__}.{module_name}"), attr)
        globals()[name] = obj
        return obj
    raise AttributeError(f"module 'servicepsych' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
