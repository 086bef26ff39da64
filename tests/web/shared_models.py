"""Models that hold shared content, not one person's data (so they have no owner)."""

SHARED: dict[str, str] = {}
