"""The literal prefilter finds exactly what its pattern finds (a gate is a necessary condition only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from bedside.rules import Registry
from bedside.rules import patterns as shared
from bedside.rules.prefilter import Gated, gate, required_literals
from bedside.rules.privacy import patterns as privacy

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> list[str]:
    texts: list[str] = []
    for path in [*sorted((ROOT / "evals").glob("*.jsonl")), ROOT / "tests" / "data" / "privacy_posts.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]
    for rule in Registry.default():
        texts += [e.text for e in (*rule.flags, *rule.passes)]
    texts += ["", "HE SAID", "İstanbul'da bir ÖĞRETMEN", "NFL", "ＮＦＬ linebacker", "a\u0307 teacher"]
    texts += ["A 34yo PİLOT with AML", "a ſtudent nurse", "the KINDERGARTEN TEACHER", "5 µg/kg", "Straße"]
    return texts


def _gated() -> list[tuple[str, Gated]]:
    return [
        (f"{module.__name__}.{name}", value)
        for module in (privacy, shared)
        for name, value in vars(module).items()
        if isinstance(value, Gated)
    ]


def test_the_heavy_word_lists_are_gated() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _gated()}
    assert {"OCCUPATION", "PUBLIC", "RARE", "CLINICAL"} <= names


@pytest.mark.parametrize(("name", "gated"), _gated(), ids=[n for n, _ in _gated()])
def test_gated_pattern_finds_exactly_what_the_pattern_finds(name: str, gated: Gated) -> None:
    for text in _corpus():
        want = [m.span() for m in gated.compiled.finditer(text)]
        got = [m.span() for m in gated.finditer(text)]
        assert got == want, (name, text)


def test_required_literals_of_simple_shapes() -> None:
    assert required_literals(r"\b(?:Teacher|firefighter)s?\b", regex.IGNORECASE) == frozenset(
        {"teacher", "firefighter"}
    )
    assert required_literals(r"\bfoo\s+barbaz\b") == frozenset({"barbaz"})
    assert required_literals(r"(?:ab)+cd") in (frozenset({"ab"}), frozenset({"cd"}))
    assert required_literals(r"\d{3}-\d{4}") is None  # no literal worth a gate
    assert required_literals(r"(?:x|\w+)yz") == frozenset(
        {"yz"}
    )  # one branch without a literal spoils the union
    assert required_literals(r"opt(?:ional)?") == frozenset({"opt"})
    assert required_literals(r"\p{Lu}") is None  # syntax the stdlib parser does not read: no gate
    assert required_literals(r"(?:teacher){e<=1}") is None  # fuzzy matching: the stdlib would read a literal


def test_non_ascii_text_is_never_gated_out() -> None:
    gated = gate(regex.compile(r"\b(?:pilot|student)\b", regex.IGNORECASE))
    assert isinstance(gated, Gated)
    for text in ("A 34yo PİLOT with AML", "a ſtudent nurse"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.compiled.finditer(text)]


def test_a_pattern_without_literals_is_left_as_it_is() -> None:
    compiled = regex.compile(r"\d+")
    assert gate(compiled) is compiled
