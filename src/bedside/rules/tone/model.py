"""The tone model: the shipped n-gram model, or a heavier local model the user plugs in (#4).

A plugin is a callable ``(text) -> probability of uncivil`` registered in the ``bedside.tone``
entry-point group (for example a wrapper around an ONNX export or a Detoxify checkpoint the user
already has) and chosen with ``[tone] model = "plugin:NAME"``. bedside never downloads one. The
operating points of TON003 (0.75 / 0.85) apply to whatever model scores.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from bedside.models.linear import NgramModel
from bedside.plugins import PluginError, load_callable

Scorer = Callable[[str], float]


class ToneModelUnavailable(RuntimeError):
    """The configured tone plugin is not installed."""


def load_tone_model() -> NgramModel:
    return NgramModel.load("tone")


@functools.lru_cache(maxsize=4)
def load_tone_plugin(spec: str) -> Scorer:
    scheme, _, name = spec.partition(":")
    if scheme != "plugin" or not name:
        raise ToneModelUnavailable(f"tone.model: cannot use {spec!r} (plugin:NAME)")
    try:
        return load_callable("bedside.tone", name, "tone.model")  # type: ignore[return-value]
    except PluginError as exc:
        raise ToneModelUnavailable(str(exc)) from exc
