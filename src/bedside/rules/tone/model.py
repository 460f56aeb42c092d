"""The tone model: the shipped n-gram model, or a heavier local model the user points at (#4).

``[tone] model`` chooses one:

* ``"plugin:NAME"``: a callable ``(text) -> probability of uncivil`` in the ``bedside.tone`` entry points;
* ``"onnx:PATH"``: a local ONNX classifier (string input, or token ids with ``tokenizer.json`` beside it);
* ``"detoxify:PATH"``: a Detoxify checkpoint file the user has, scored by its ``toxicity`` output.

bedside never downloads a model. The operating points of TON003 (0.75 / 0.85) apply to whatever scores.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from bedside.models.adapters import AdapterError, load_detoxify, load_onnx
from bedside.models.linear import NgramModel
from bedside.plugins import PluginError, load_callable

Scorer = Callable[[str], float]


class ToneModelUnavailable(RuntimeError):
    """The configured tone plugin is not installed."""


def load_tone_model() -> NgramModel:
    return NgramModel.load("tone")


@functools.lru_cache(maxsize=4)
def load_tone_plugin(spec: str) -> Scorer:
    scheme, _, target = spec.partition(":")
    try:
        if scheme == "plugin" and target:
            return load_callable("bedside.tone", target, "tone.model")  # type: ignore[return-value]
        if scheme == "onnx" and target:
            return load_onnx(target)
        if scheme == "detoxify" and target:
            return load_detoxify(target)
    except (PluginError, AdapterError) as exc:
        raise ToneModelUnavailable(str(exc)) from exc
    raise ToneModelUnavailable(f"tone.model: cannot use {spec!r} (plugin:NAME, onnx:PATH or detoxify:PATH)")
