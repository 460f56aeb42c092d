"""Heavier local tone models through the adapters (#4): ONNX files and Detoxify checkpoints, offline."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import onnx
import pytest
from click.testing import CliRunner
from onnx import TensorProto, helper
from tokenizers import Tokenizer, models, pre_tokenizers

from bedside.cli import main
from bedside.draft import Draft
from bedside.engine import Engine
from bedside.models.adapters import AdapterError, load_detoxify, load_onnx
from bedside.rules.tone import model as tone_model
from bedside.settings import Settings, SettingsError, settings_from_mapping

RUDE = "@drkhan you misread the protocol again"


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    tone_model.load_tone_plugin.cache_clear()
    yield
    tone_model.load_tone_plugin.cache_clear()


def _string_model(path: Path, word: str, flat: bool = False) -> Path:
    """A graph with one string input: split on spaces, count ``word``, a logistic layer -> [N, 1]."""
    shape: list[str | int | None] = ["N"] if flat else ["N", 1]
    nodes = [
        helper.make_node("StringSplit", ["text" if flat else "flat"], ["tokens", "lengths"], delimiter=" "),
        helper.make_node(
            "TfIdfVectorizer",
            ["tokens"],
            ["tf"],
            mode="TF",
            min_gram_length=1,
            max_gram_length=1,
            max_skip_count=0,
            ngram_counts=[0],
            ngram_indexes=[0],
            pool_strings=[word],
        ),
        helper.make_node("Mul", ["tf", "weight"], ["scaled"]),
        helper.make_node("Add", ["scaled", "bias"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["probability"]),
    ]
    if not flat:
        nodes.insert(0, helper.make_node("Reshape", ["text", "one_d"], ["flat"]))
    graph = helper.make_graph(
        nodes,
        "tiny-string-tone",
        [helper.make_tensor_value_info("text", TensorProto.STRING, shape)],
        [helper.make_tensor_value_info("probability", TensorProto.FLOAT, ["N", 1])],
        initializer=[
            helper.make_tensor("weight", TensorProto.FLOAT, [1], [8.0]),
            helper.make_tensor("bias", TensorProto.FLOAT, [1], [-4.0]),
            helper.make_tensor("one_d", TensorProto.INT64, [1], [-1]),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    onnx.save(model, path)
    return path


def _token_model(directory: Path, word: str) -> Path:
    """A transformer-shaped graph: input_ids + attention_mask -> two logits; ``word`` makes the second high."""
    vocab = {"[UNK]": 0, "you": 1, "read": 2, "the": 3, "protocol": 4, "again": 5, word: 6}
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(directory / "tokenizer.json"))
    table = np.tile(np.array([[0.0, -5.0]], dtype=np.float32), (len(vocab), 1))
    table[vocab[word]] = [0.0, 5.0]
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["table", "input_ids"], ["embedded"]),
            helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
            helper.make_node("ReduceMax", ["embedded", "axis"], ["pooled"], keepdims=0),
            helper.make_node("Identity", ["pooled"], ["logits"]),
            helper.make_node("ReduceSum", ["mask_f"], ["unused"], keepdims=0),
        ],
        "tiny-token-tone",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, [1, "L"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, [1, "L"]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, [1, 2])],
        initializer=[
            helper.make_tensor("table", TensorProto.FLOAT, list(table.shape), table.flatten().tolist()),
            helper.make_tensor("axis", TensorProto.INT64, [1], [1]),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    onnx.checker.check_model(model)
    path = directory / "model.onnx"
    onnx.save(model, path)
    return path


@pytest.mark.parametrize("flat", [False, True], ids=["two-d", "one-d"])
def test_an_onnx_model_with_a_string_input_scores(tmp_path: Path, flat: bool) -> None:
    score = load_onnx(str(_string_model(tmp_path / "tone.onnx", "misread", flat)))
    assert score("you misread it") > 0.95
    assert score("you read it") < 0.05


def test_an_onnx_transformer_export_scores_with_its_tokenizer(tmp_path: Path) -> None:
    score = load_onnx(str(_token_model(tmp_path, "misread")))
    assert score("you misread the protocol") > 0.99
    assert score("you read the protocol") < 0.01


def test_an_onnx_model_drives_ton003(tmp_path: Path) -> None:
    path = _string_model(tmp_path / "tone.onnx", "misread")
    plain = Engine().check(Draft(RUDE, "x", reply=True))
    plugged = Engine().check(Draft(RUDE, "x", True, Settings(tone_model=f"onnx:{path}")))
    assert "TON003" not in {f.code for f in plain.findings}
    assert "TON003" in {f.code for f in plugged.findings}


def test_onnx_errors_are_clear(tmp_path: Path) -> None:
    with pytest.raises(AdapterError, match="no model file"):
        load_onnx(str(tmp_path / "missing.onnx"))
    junk = tmp_path / "junk.onnx"
    junk.write_bytes(b"\x00not a model")
    with pytest.raises(AdapterError, match="not a readable ONNX model"):
        load_onnx(str(junk))
    (tmp_path / "tokens").mkdir()
    token_model = _token_model(tmp_path / "tokens", "misread")
    (tmp_path / "tokens" / "tokenizer.json").unlink()
    with pytest.raises(AdapterError, match=r"tokenizer\.json"):
        load_onnx(str(token_model))


def test_settings_take_the_three_kinds_and_refuse_urls() -> None:
    for spec in ("plugin:detox", "onnx:/models/tone.onnx", "detoxify:/models/toxic_original-c1212f89.ckpt"):
        assert settings_from_mapping({"tone": {"model": spec}}).tone_model == spec
    for bad in ("https://example.org/model.onnx", "onnx:", "torch:/x.pt"):
        with pytest.raises(SettingsError, match=r"tone\.model"):
            settings_from_mapping({"tone": {"model": bad}})


def test_the_cli_names_a_missing_onnx_file(tmp_path: Path) -> None:
    config = tmp_path / "bedside.toml"
    config.write_text(f'[tone]\nmodel = "onnx:{tmp_path / "nope.onnx"}"\n', "utf-8")
    result = CliRunner().invoke(main, ["check", "--config", str(config), "--text", "hello"])
    assert result.exit_code == 2
    assert "no model file" in result.output


def _fake_detoxify(monkeypatch: pytest.MonkeyPatch, seen: dict[str, object]) -> None:
    class Detoxify:
        def __init__(
            self, model_type: str, checkpoint: str, device: str, huggingface_config_path: str | None
        ):
            seen.update(
                model_type=model_type,
                checkpoint=checkpoint,
                config=huggingface_config_path,
                offline=os.environ.get("HF_HUB_OFFLINE"),
            )

        def predict(self, text: str) -> dict[str, float]:
            return {"toxicity": 0.97 if "misread" in text else 0.01, "insult": 0.5}

    module = ModuleType("detoxify")
    module.Detoxify = Detoxify  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "detoxify", module)


def test_a_detoxify_checkpoint_loads_offline_and_scores(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: dict[str, object] = {}
    _fake_detoxify(monkeypatch, seen)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    checkpoint = tmp_path / "toxic_original-c1212f89.ckpt"
    checkpoint.write_bytes(b"weights")
    (tmp_path / "config.json").write_text("{}", "utf-8")
    score = load_detoxify(str(checkpoint))
    assert seen == {
        "model_type": "original",
        "checkpoint": str(checkpoint),
        "config": str(tmp_path),
        "offline": "1",
    }
    assert "HF_HUB_OFFLINE" not in os.environ  # held offline only while loading
    assert score("you misread it") == pytest.approx(0.97)
    result = Engine().check(Draft(RUDE, "x", True, Settings(tone_model=f"detoxify:{checkpoint}")))
    assert "TON003" in {f.code for f in result.findings}


def test_detoxify_needs_a_recognisable_checkpoint_and_the_library(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    odd = tmp_path / "weights.ckpt"
    odd.write_bytes(b"x")
    with pytest.raises(AdapterError, match="model type"):
        load_detoxify(str(odd))
    named = tmp_path / "unbiased-albert-c8519128.ckpt"
    named.write_bytes(b"x")
    monkeypatch.setitem(sys.modules, "detoxify", None)  # not installed
    with pytest.raises(AdapterError, match="not installed"):
        load_detoxify(str(named))
