"""ipywidgets builders for the lesson notebooks.

Every builder calls the models in :mod:`servicepsych` and returns an
:class:`~servicepsych.widgets._base.Explorer`: controls on top, a picture or a
table below that is redrawn on every change. Model code never imports widget
code; widgets only call models. Builders live in one module per concept
(``widgets/<concept>.py``) and are imported on first use::

    from servicepsych.widgets.loss_aversion import value_curve
    value_curve()          # the last expression of a cell displays it

Headless (in pytest) a builder works the same: set a control's ``value`` and read
``explorer.result`` (what the model returned) or ``explorer.views`` (the PNG or
HTML shown).
"""

from ._base import Explorer, choice, figure, figure_png, fit_control, slider

__all__ = ["Explorer", "choice", "figure", "figure_png", "fit_control", "slider"]
