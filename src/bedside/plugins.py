"""Optional user plugins: callables other packages register under bedside's entry-point groups.

``bedside.ner`` (names and places for the privacy rules) and ``bedside.tone`` (a heavier tone model).
bedside only looks up what is installed; it never downloads a plugin or a model.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points


class PluginError(LookupError):
    """No such plugin, or one that is not callable."""


def load_callable(group: str, name: str, setting: str) -> Callable[..., object]:
    """The callable registered as ``name`` in entry-point ``group``; ``setting`` names the option in errors."""
    for ep in entry_points(group=group):
        if ep.name == name:
            loaded = ep.load()
            if not callable(loaded):
                raise PluginError(f"{setting}: entry point {name!r} is not callable")
            return loaded  # type: ignore[no-any-return]
    raise PluginError(f"{setting}: no plugin {name!r} in the {group!r} entry-point group")
