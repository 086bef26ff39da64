"""Bowlby: an attachment-informed communication toolkit.

The science lives in pure-Python packages that know nothing of Django:

- :mod:`bowlby.coding` — the transcript analyzer (attachment and rupture markers);
- :mod:`bowlby.assessment` — the relationship test, its scoring and profiles;
- :mod:`bowlby.program` — the 40-day exception-discovery plan and its statistics.

:mod:`bowlby.web` is the Django project: thin apps over those packages.
:mod:`bowlby.cli` is the ``bowlby`` command.
"""

__version__ = "0.1.0"
