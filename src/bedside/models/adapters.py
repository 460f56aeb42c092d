"""Adapters for heavier local tone models the user already has (#4): an ONNX file, or a Detoxify checkpoint.

Each turns a model on disk into a scorer ``(text) -> probability of uncivil``. bedside never downloads
anything: the file must exist, the optional library must be installed (``pip install 'bedside[onnx]'`` or
``pip install detoxify``), and Hugging Face libraries are held offline while a model loads.

ONNX, two shapes of model:

* **string input** (scikit-learn pipelines exported with skl2onnx, or any graph whose one input is a
  string tensor): the text goes in as ``[[text]]`` (or ``[text]`` for a one-dimensional input);
* **token input** (a transformer export with ``input_ids`` and optionally ``attention_mask`` /
  ``token_type_ids``): needs ``tokenizer.json`` beside the model file and the ``tokenizers`` library.

The first output is read as: two or more columns -> the last column is the "uncivil" class (softmax
applied to logits that are not already probabilities); one column -> a probability (sigmoid applied to a
logit); a list of ``{label: probability}`` maps (skl2onnx's ZipMap) -> label ``1`` or ``"offensive"``.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Scorer = Callable[[str], float]

_DETOXIFY_TYPES = {  # the checkpoint file names Detoxify publishes, to the model type each needs
    "toxic_original": "original",
    "toxic_debiased": "unbiased",
    "multilingual_debiased": "multilingual",
    "original-albert": "original-small",
    "unbiased-albert": "unbiased-small",
}
_OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


class AdapterError(RuntimeError):
    """The model file or the library it needs is missing, or the model is not one bedside can read."""


@contextlib.contextmanager
def _offline() -> Iterator[None]:
    """Hugging Face libraries may only read their local cache while a model loads."""
    saved = {k: os.environ.get(k) for k in _OFFLINE}
    os.environ.update(_OFFLINE)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _existing(path_text: str, setting: str) -> Path:
    path = Path(path_text).expanduser()
    if not path.is_file():
        raise AdapterError(f"{setting}: no model file at {path}")
    return path


def load_onnx(path_text: str, setting: str = "tone.model") -> Scorer:
    """A scorer over a local ONNX classifier (see the module docstring for the shapes it reads)."""
    path = _existing(path_text, setting)
    try:
        import onnxruntime
    except ImportError as exc:
        raise AdapterError(f"{setting}: onnxruntime is not installed (pip install 'bedside[onnx]')") from exc
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    try:
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own exception types for unreadable graphs
        raise AdapterError(f"{setting}: {path.name} is not a readable ONNX model ({exc})") from exc
    inputs = session.get_inputs()
    output = session.get_outputs()[0].name
    if len(inputs) == 1 and inputs[0].type == "tensor(string)":
        flat = len(inputs[0].shape) == 1

        def score_strings(text: str) -> float:
            import numpy as np

            feed = np.array([text] if flat else [[text]], dtype=object)
            return _probability(session.run([output], {inputs[0].name: feed})[0])

        return score_strings
    names = {i.name for i in inputs}
    if "input_ids" not in names:
        raise AdapterError(
            f"{setting}: {path.name} takes {sorted(names)}; bedside reads models with one string input "
            "or with input_ids"
        )
    tokenizer_path = path.with_name("tokenizer.json")
    if not tokenizer_path.is_file():
        raise AdapterError(f"{setting}: {path.name} takes token ids; put its tokenizer.json beside it")
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise AdapterError(f"{setting}: tokenizers is not installed (pip install 'bedside[onnx]')") from exc
    try:
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
    except Exception as exc:  # tokenizers raises a plain Exception for malformed files
        raise AdapterError(f"{setting}: {tokenizer_path} is not a readable tokenizer ({exc})") from exc
    tokenizer.enable_truncation(512)

    def score_tokens(text: str) -> float:
        import numpy as np

        encoding = tokenizer.encode(text)
        feed: dict[str, Any] = {"input_ids": np.array([encoding.ids], dtype=np.int64)}
        if "attention_mask" in names:
            feed["attention_mask"] = np.array([encoding.attention_mask], dtype=np.int64)
        if "token_type_ids" in names:
            feed["token_type_ids"] = np.array([encoding.type_ids], dtype=np.int64)
        return _probability(session.run([output], feed)[0])

    return score_tokens


def _probability(raw: Any) -> float:
    """The "uncivil" probability of the first (only) row of a model's first output."""
    import numpy as np

    if isinstance(raw, list):  # skl2onnx ZipMap: [{label: probability}]
        row = raw[0]
        for label in (1, "1", "offensive", "OFF", "toxic", "toxicity"):
            if label in row:
                return float(row[label])
        raise AdapterError(f"no offensive label among {sorted(map(str, row))}")
    values = np.asarray(raw, dtype=float).reshape(np.asarray(raw).shape[0], -1)[0]
    if values.size >= 2:
        if values.min() < 0 or not math.isclose(values.sum(), 1.0, abs_tol=1e-3):
            shifted = np.exp(values - values.max())
            values = shifted / shifted.sum()
        return float(values[-1])
    value = float(values[0])
    return value if 0.0 <= value <= 1.0 else 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def load_detoxify(path_text: str, setting: str = "tone.model") -> Scorer:
    """A scorer over a Detoxify checkpoint file the user has (its ``toxicity`` output)."""
    path = _existing(path_text, setting)
    model_type = next((t for stem, t in _DETOXIFY_TYPES.items() if path.name.startswith(stem)), None)
    if model_type is None:
        raise AdapterError(
            f"{setting}: cannot tell the Detoxify model type from {path.name!r} (keep the published name, "
            f"one of {', '.join(sorted(_DETOXIFY_TYPES))})"
        )
    try:
        from detoxify import Detoxify
    except ImportError as exc:
        raise AdapterError(f"{setting}: detoxify is not installed (pip install detoxify)") from exc
    config = path.parent if (path.parent / "config.json").is_file() else None
    with _offline():
        try:
            model = Detoxify(
                model_type, checkpoint=str(path), device="cpu", huggingface_config_path=config and str(config)
            )
        except Exception as exc:  # torch and transformers raise many types; all mean "cannot load"
            raise AdapterError(
                f"{setting}: Detoxify could not load {path.name} offline ({type(exc).__name__}: {exc}); "
                "put the model's Hugging Face config and tokenizer files beside the checkpoint"
            ) from exc

    def score(text: str) -> float:
        return float(model.predict(text)["toxicity"])

    return score
