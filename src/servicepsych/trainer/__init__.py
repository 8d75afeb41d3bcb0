"""The trainer's materials: facilitator guides, slides, widget-only pages and take-away cards.

Everything here is *generated from the lessons* (``notebooks/NN_slug.ipynb``) and the guides'
markdown source (``trainer/guides/NN_slug.md``), so the materials cannot drift from the lessons:

- :mod:`~servicepsych.trainer.lesson` reads a lesson's structure (sections, widget cells, the
  "Apply it at work on Monday" list, the "How sure are we?" section);
- :mod:`~servicepsych.trainer.slides` derives RISE slide metadata from that structure (used by
  ``scripts/normalize_notebooks.py``);
- :mod:`~servicepsych.trainer.widget_only` builds the code-free widget notebook served by Voilà;
- :mod:`~servicepsych.trainer.guides` and :mod:`~servicepsych.trainer.cards` render the guides and
  the take-away cards to HTML, and :mod:`~servicepsych.trainer.pdf` prints them with headless Chromium;
- :mod:`~servicepsych.trainer.build` is the command line (``./kit materials``,
  ``python -m servicepsych.trainer``).

Nothing is imported at package import time.
"""
