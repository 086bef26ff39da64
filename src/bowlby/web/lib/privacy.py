"""The privacy baseline every feature plugs into.

Each Django app that stores personal data registers an exporter here (in its ``AppConfig.ready``)
returning JSON-ready data for one user. "Download my data" collects them all into one file.
Deletion relies on every personal row having a foreign key to the user with ``on_delete=CASCADE``;
``tests/web/test_privacy_registry.py`` checks that every model does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Exporter = Callable[[Any], Any]
_exporters: dict[str, Exporter] = {}


def register_exporter(section: str, exporter: Exporter) -> None:
    """Add ``exporter(user)`` as ``section`` of the user's data file."""
    if section in _exporters and _exporters[section] is not exporter:
        raise ValueError(f"a data-export section named {section!r} is already registered")
    _exporters[section] = exporter


def export_user_data(user) -> dict[str, Any]:
    """Everything ``user`` owns, one section per app, in a stable order."""
    return {section: _exporters[section](user) for section in sorted(_exporters)}


def registered_sections() -> list[str]:
    return sorted(_exporters)
