"""An optional, heavier named-entity model for the privacy rules (#3). Off by default.

bedside's own detectors stand alone. A user who already has a local NER model can add it as a second
opinion with ``[privacy] ner = "spacy:en_core_web_lg"`` (a spaCy package installed in the same
environment) or ``ner = "plugin:NAME"`` (a callable registered under the ``bedside.ner`` entry-point
group that takes a text and returns ``(start, end, label)`` spans). bedside never downloads a model: a
model that is not installed is a clear error, not a fetch.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import Any

from bedside.plugins import PluginError, load_callable

Span = tuple[int, int, str]
Recogniser = Callable[[str], Sequence[Span]]

# Labels that can name a person or a place smaller than a state, as spaCy's English models write them.
PERSON_LABELS = frozenset({"PERSON", "PER"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG_HOSPITAL", "HOSPITAL"})


class NerUnavailable(RuntimeError):
    """The configured model is not installed (bedside will not download it)."""


def _spacy(model: str) -> Recogniser:
    try:
        spacy: Any = importlib.import_module("spacy")
    except ImportError as exc:
        raise NerUnavailable(
            "privacy.ner asks for spaCy, which is not installed (pip install spacy)"
        ) from exc
    if not spacy.util.is_package(model):
        raise NerUnavailable(
            f"privacy.ner: the spaCy model {model!r} is not installed; bedside never downloads models. "
            f"Install it yourself if you want it (python -m spacy download {model}), or remove the setting."
        )
    nlp = spacy.load(model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler"])

    def recognise(text: str) -> Sequence[Span]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return recognise


def _plugin(name: str) -> Recogniser:
    try:
        return load_callable("bedside.ner", name, "privacy.ner")  # type: ignore[return-value]
    except PluginError as exc:
        raise NerUnavailable(str(exc)) from exc


@functools.lru_cache(maxsize=4)
def load_recogniser(spec: str) -> Recogniser:
    """The recogniser for ``spacy:MODEL`` or ``plugin:NAME``, loaded once per process."""
    scheme, _, name = spec.partition(":")
    if scheme == "spacy" and name:
        return _spacy(name)
    if scheme == "plugin" and name:
        return _plugin(name)
    raise NerUnavailable(f"privacy.ner: cannot use {spec!r} (spacy:MODEL or plugin:NAME)")


def entities(spec: str, text: str) -> list[Span]:
    """Spans of the configured model that can name a person or a place; nothing when no model is set."""
    if not spec:
        return []
    size = len(text)
    return [
        (start, end, label)
        for start, end, label in load_recogniser(spec)(text)
        if (label in PERSON_LABELS or label in PLACE_LABELS)
        and isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= size  # a plugin's empty or out-of-range span is dropped, not a crash
        and text[start:end].strip()
    ]
