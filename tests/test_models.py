"""The shipped n-gram models (#4): safe loading, deterministic scores, and the tone set."""

from __future__ import annotations

import io
import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from bedside.draft import Draft
from bedside.engine import Engine
from bedside.models import features
from bedside.models.linear import SCHEMA, ModelError, NgramModel

TONE_SET = Path(__file__).parent / "data" / "tone_posts.jsonl"


def _npz(**arrays: object) -> bytes:
    buf = io.BytesIO()
    np.savez(buf, **arrays)  # type: ignore[arg-type]
    return buf.getvalue()


def _card(words: list[str], chars: list[str]) -> bytes:
    card = {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": words, "chars": chars}}
    return json.dumps(card).encode()


def test_the_shipped_tone_model_loads_and_is_small() -> None:
    model = NgramModel.load("tone")
    size = sum(
        resources.files("bedside.models.data").joinpath(f"tone.{ext}").read_bytes().__len__()
        for ext in ("npz", "json")
    )
    assert size <= 10 * 1024 * 1024
    assert model.card["schema"] == SCHEMA
    assert model.card["metrics"]["tweeteval_offensive_val_macro_f1"] > 0.7
    assert len(model.weights) == len(model.word_index) + len(model.char_index)


def test_a_tiny_model_scores_what_its_weights_say() -> None:
    words, chars = ["idiot", "you"], [" id"]
    npz = _npz(weights=np.array([4.0, 0.0, 0.0]), idf=np.ones(3), bias=np.array([-2.0]))
    model = NgramModel.from_bytes("tiny", npz, _card(words, chars))
    assert model.score("you idiot") > 0.5 > model.score("you")
    assert model.score("you idiot") == model.score("you idiot")  # deterministic
    assert [c.ngram for c in model.explain("you idiot")] == ["idiot"]


_AWKWARD = [
    "",
    "   ",
    "a",
    "é",
    "you idiot",
    "YOU IDIOT!!! soooo wrong @drx https://t.co/x",
    "😀 kill the 🧬 idiot",
    "x\0y id",
    "\ud800 lone surrogate idiot",
    "ﬁ straße İstanbul idiot",
    "idiot " * 600,
]


def test_batch_scores_equal_one_at_a_time() -> None:
    model = NgramModel.load("tone")
    rows = [r["text"] for r in _tone_rows()]
    texts = rows + _AWKWARD + [t.upper() for t in rows[:50]]
    one_by_one = [model.score(t) for t in texts]
    batch = model.scores(texts)
    assert len(batch) == len(texts)
    assert max(abs(a - b) for a, b in zip(one_by_one, batch, strict=True)) < 1e-9
    assert model.scores([]) == []
    assert len({round(s, 3) for s in batch}) > 50  # the comparison is over scores that differ


def test_batch_falls_back_when_the_alphabet_is_too_large_to_pack() -> None:
    chars = [chr(0x4E00 + i) + chr(0x4E00 + i + 1) for i in range(0, 9000, 2)]  # 9,000 letters > 2^12
    size = 1 + len(chars)
    weights = np.zeros(size)
    weights[1] = 3.0
    npz = _npz(weights=weights, idf=np.ones(size), bias=np.array([-1.0]))
    model = NgramModel.from_bytes("wide", npz, _card(["x"], chars))
    texts = [chars[0], "x", "plain"]
    assert model.scores(texts) == [model.score(t) for t in texts]
    assert model.scores(texts)[0] > 0.5


def test_a_tiny_model_scores_the_same_in_a_batch() -> None:
    words, chars = ["idiot", "you"], [" id", "iot", "t "]
    npz = _npz(
        weights=np.array([4.0, 0.0, 1.0, -2.0, 0.5]),
        idf=np.array([1.0, 1.0, 2.0, 1.5, 1.0]),
        bias=np.array([-2.0]),
    )
    model = NgramModel.from_bytes("tiny", npz, _card(words, chars))
    texts = ["you idiot", "idiot idiot idiot", "you", "", "ididiot"]
    assert model.scores(texts) == pytest.approx([model.score(t) for t in texts], abs=1e-12)


def test_pickled_arrays_are_refused() -> None:
    npz = _npz(weights=np.array([object()], dtype=object), idf=np.ones(1), bias=np.zeros(1))
    with pytest.raises(ModelError):
        NgramModel.from_bytes("evil", npz, _card(["a"], []))


@pytest.mark.parametrize(
    "card",
    [b"not json", json.dumps({"schema": "other/1"}).encode(), _card(["a", "b"], [])],
    ids=["not-json", "wrong-schema", "sizes-disagree"],
)
def test_bad_cards_are_refused(card: bytes) -> None:
    npz = _npz(weights=np.ones(1), idf=np.ones(1), bias=np.zeros(1))
    with pytest.raises(ModelError):
        NgramModel.from_bytes("bad", npz, card)


def test_features_are_the_same_for_training_and_inference() -> None:
    assert features.words("@DrX Soooo WRONG") == [
        "@",
        "user",
        "soo",
        "wrong",
        "@ user",
        "user soo",
        "soo wrong",
    ]
    assert " so" in features.chars("so")


def _tone_rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in TONE_SET.read_text("utf-8").splitlines() if line.strip()]


def _uncivil(engine: Engine, text: str) -> bool:
    found = engine.check(Draft(text, "x", reply=True)).findings
    return any(f.category.value == "tone" for f in found)


def test_oncology_words_that_sound_violent_are_not_flagged(engine: Engine) -> None:
    lookalikes = [r["text"] for r in _tone_rows() if r["kind"] == "clinical-lookalike"]
    assert len(lookalikes) >= 300
    flagged = [t for t in lookalikes if _uncivil(engine, t)]
    assert len(flagged) <= len(lookalikes) // 100, flagged  # issue #4: false flags <= 1%


def test_firm_disagreement_is_not_incivility(engine: Engine) -> None:
    disagreements = [r["text"] for r in _tone_rows() if r["kind"] == "disagreement"]
    assert [t for t in disagreements if _uncivil(engine, t)] == []


def test_the_model_catches_what_the_patterns_miss(engine: Engine) -> None:
    text = "@drkhan you are a bullshit artist in a lab coat"
    codes = {f.code for f in engine.check(Draft(text, "x", reply=True)).findings}
    assert codes == {"TON003"}


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        (
            "Only an idiot would still give chemo after KEYNOTE-189.",
            "I read the KEYNOTE-189 data differently",
        ),
        (
            "@drkhan you're a clown if you think osimertinib is overrated",
            "I read the evidence on osimertinib",
        ),
    ],
)
def test_the_calmer_wording_keeps_the_disagreement_on_the_evidence(
    engine: Engine, text: str, wording: str
) -> None:
    tone = [f for f in engine.check(Draft(text, "x", reply=True)).findings if f.category.value == "tone"]
    assert tone
    assert (tone[0].suggestion or "").startswith(wording)


@pytest.mark.parametrize(
    ("npz", "card"),
    [
        (None, {"schema": SCHEMA, "vocabulary": {"words": ["a"], "chars": []}}),  # no threshold
        (None, {"schema": SCHEMA, "threshold": {"x": 1}, "vocabulary": {"words": ["a"], "chars": []}}),
        (None, {"schema": SCHEMA, "threshold": 0.5, "vocabulary": ["a"]}),
        (None, {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": 3, "chars": []}}),
        (None, {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": [["a"]], "chars": []}}),
        ("nan", {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": ["a"], "chars": []}}),
        ("empty-bias", {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": ["a"], "chars": []}}),
        ("garbage", {"schema": SCHEMA, "threshold": 0.5, "vocabulary": {"words": ["a"], "chars": []}}),
    ],
)
def test_crafted_models_are_a_model_error_and_nothing_else(npz: str | None, card: dict[str, object]) -> None:
    blobs = {
        None: _npz(weights=np.ones(1), idf=np.ones(1), bias=np.zeros(1)),
        "nan": _npz(weights=np.array([np.nan]), idf=np.ones(1), bias=np.zeros(1)),
        "empty-bias": _npz(weights=np.ones(1), idf=np.ones(1), bias=np.zeros(0)),
        "garbage": b"PK\x03\x04garbage",
    }
    with pytest.raises(ModelError):
        NgramModel.from_bytes("crafted", blobs[npz], json.dumps(card).encode())


def _classes_card(words: list[str], classes: list[str]) -> bytes:
    card = {"schema": SCHEMA, "classes": classes, "vocabulary": {"words": words, "chars": []}}
    return json.dumps(card).encode()


def test_a_tiny_multi_class_model_gives_a_softmax_over_its_classes() -> None:
    from bedside.models.multiclass import NgramClassifier

    npz = _npz(weights=np.array([[4.0, 0.0], [0.0, 4.0]]), idf=np.ones(2), bias=np.zeros(2))
    model = NgramClassifier.from_bytes("tiny", npz, _classes_card(["calm", "rage"], ["calm", "angry"]))
    probabilities = model.probabilities("rage rage")
    assert probabilities["angry"] > 0.9
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert model.probabilities("") == pytest.approx({"calm": 0.5, "angry": 0.5})
    assert [c.ngram for c in model.explain("rage", "angry")] == ["rage"]


@pytest.mark.parametrize(
    ("arrays", "card"),
    [
        ({"weights": np.ones((2, 3)), "idf": np.ones(2), "bias": np.zeros(2)}, ["a", "b"]),  # sizes disagree
        ({"weights": np.array([[object()]], dtype=object), "idf": np.ones(1), "bias": np.zeros(1)}, ["a"]),
        ({"weights": np.ones((2, 1)), "idf": np.ones(1), "bias": np.zeros(2)}, None),  # no classes
    ],
    ids=["sizes", "pickle", "no-classes"],
)
def test_bad_multi_class_models_are_refused(arrays: dict[str, object], card: list[str] | None) -> None:
    from bedside.models.multiclass import NgramClassifier

    raw = _classes_card(["a"], ["x", "y"]) if card is None else _classes_card(card, ["x", "y"])
    if card is None:
        raw = json.dumps({"schema": SCHEMA, "vocabulary": {"words": ["a"], "chars": []}}).encode()
    with pytest.raises(ModelError):
        NgramClassifier.from_bytes("bad", _npz(**arrays), raw)


def test_the_shipped_reply_model_knows_every_triage_label() -> None:
    from bedside.models.multiclass import NgramClassifier
    from bedside.triage import LABELS

    model = NgramClassifier.load("replies")
    assert set(model.classes) == {*LABELS, "neutral"} - {"unclear"}
    assert sum(model.probabilities("thanks doc, great thread").values()) == pytest.approx(1.0)


def test_a_multi_class_model_with_repeated_classes_is_refused() -> None:
    from bedside.models.multiclass import NgramClassifier

    npz = _npz(weights=np.ones((2, 1)), idf=np.ones(1), bias=np.zeros(2))
    with pytest.raises(ModelError, match="unique"):
        NgramClassifier.from_bytes("twice", npz, _classes_card(["a"], ["x", "x"]))


def test_triage_refuses_a_reply_model_with_labels_it_does_not_know() -> None:
    from bedside.models.multiclass import NgramClassifier
    from bedside.triage import ReplyModels
    from bedside.triage.labels import LABELS
    from bedside.triage.menace import MODEL_LABELS

    assert {*LABELS, "neutral"} - {"unclear"} == MODEL_LABELS
    npz = _npz(weights=np.ones((2, 1)), idf=np.ones(1), bias=np.zeros(2))
    stranger = NgramClassifier.from_bytes("odd", npz, _classes_card(["a"], ["support", "kudos"]))
    threat, doxxing = NgramModel.load("threat"), NgramModel.load("doxxing")
    with pytest.raises(ModelError, match="kudos"):
        ReplyModels(threat, doxxing, None, stranger)


def test_a_model_whose_compressed_weights_are_damaged_is_refused() -> None:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, weights=np.zeros(40000), idf=np.ones(4000))
    raw = bytearray(buffer.getvalue())
    # the first member's deflate stream starts after its 30-byte header and name: damage its block header,
    # keeping the zip's structure (zlib raises its own error, not BadZipFile)
    raw[60:68] = b"\xff" * 8
    card = {"schema": SCHEMA, "vocabulary": {"words": ["a"], "chars": []}, "threshold": 0.5}
    with pytest.raises(ModelError):
        NgramModel.from_bytes("damaged", bytes(raw), json.dumps(card).encode())


def test_a_primed_batch_scores_as_one_text_at_a_time() -> None:
    model = NgramModel.load("privacy_drafts")
    texts = [
        "Neighbour from across the road started chemo at our centre today.",
        "Tumour board moved to Wednesday.",
    ]
    one_by_one = [model.score(t) for t in texts]
    model.prime(texts)
    assert set(model._primed) == set(texts)
    assert [model.score(t) for t in texts] == pytest.approx(one_by_one, abs=1e-9)
    model.prime([])
    assert model._primed == {}


@pytest.mark.parametrize(
    "text", ["a", "ab", "Hello wooorld, this is @bob http://x.y héllo", "x " * 60, "Stop the 💊 now!!", ""]
)
def test_counts_are_the_n_grams_of_words_and_chars(text: str) -> None:
    from collections import Counter

    word_counts, char_counts = features.counts(text)
    assert char_counts == Counter(features.chars(text))
    assert word_counts == Counter(features.words(text))


@pytest.mark.parametrize(
    "text",
    ["a", "Hello wooorld, this is @bob http://x.y héllo", "x " * 60, "Stop the 💊 now!! stop stop", ""],
)
def test_score_from_cached_word_columns_is_the_tf_idf_sum(text: str) -> None:
    """``score`` sums the character block from each word's cached vocabulary columns; it must equal the sum
    over the text's character n-gram counts, with the cache cold and warm."""
    import math

    model = NgramModel.load("tone")
    word_counts, char_counts = features.counts(text)
    z = (
        model.bias
        + model._block_dot(word_counts, model.word_index)
        + model._block_dot(char_counts, model.char_index)
    )
    expected = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    model._word_columns.clear()
    assert model.score(text) == pytest.approx(expected, abs=1e-12)
    assert model.score(text) == pytest.approx(expected, abs=1e-12)


def test_word_column_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from bedside.models import linear

    monkeypatch.setattr(linear, "_WORDS_KEPT", 3)
    model = NgramModel.load("tone")
    model._word_columns.clear()
    model.score("one two three four five six seven")
    assert 0 < len(model._word_columns) <= 3
