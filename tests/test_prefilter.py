"""The literal prefilter finds exactly what its pattern finds (a gate is a necessary condition only)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import pytest
import regex

import bedside.rules
import bedside.triage
from bedside.rules import Registry
from bedside.rules import patterns as shared
from bedside.rules.fastregex import Alternation, fast_compile
from bedside.rules.prefilter import Gated, gate, gate_text, required_literals
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


def _modules() -> list[object]:
    for package in (bedside.rules, bedside.triage):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    return [
        m for name, m in sorted(sys.modules.items()) if name.startswith(("bedside.rules", "bedside.triage"))
    ]


def _gated() -> list[tuple[str, Gated]]:
    return [
        (f"{module.__name__}.{name}", value)
        for module in (privacy, shared)
        for name, value in vars(module).items()
        if isinstance(value, Gated)
    ]


def _prefiltered() -> list[tuple[str, Gated | Alternation]]:
    """Every gated pattern and gated alternation in the rule and triage modules."""
    found: dict[int, tuple[str, Gated | Alternation]] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if isinstance(value, Gated | Alternation):
                found.setdefault(id(value), (f"{module.__name__}.{name}", value))  # type: ignore[attr-defined]
    return sorted(found.values(), key=lambda item: item[0])


def test_the_heavy_word_lists_are_gated() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _prefiltered()}
    assert {"OCCUPATION", "PUBLIC", "RARE", "CLINICAL"} <= names


@pytest.mark.parametrize(("name", "gated"), _gated(), ids=[n for n, _ in _gated()])
def test_gated_pattern_finds_exactly_what_the_pattern_finds(name: str, gated: Gated) -> None:
    for text in _corpus():
        want = [m.span() for m in gated.compiled.finditer(text)]
        got = [m.span() for m in gated.finditer(text)]
        assert got == want, (name, text)


def test_the_heaviest_patterns_are_prefiltered() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _prefiltered()}
    assert {"TARGETED_INSULT", "STRONG_CLAIM", "PATIENT_CONTEXT", "CONTEMPTUOUS", "DIRECTIVE"} <= names


@pytest.mark.parametrize(("name", "matcher"), _prefiltered(), ids=[n for n, _ in _prefiltered()])
def test_prefiltered_pattern_finds_exactly_what_its_union_finds(
    name: str, matcher: Gated | Alternation
) -> None:
    union = regex.compile(
        matcher.pattern, matcher.flags if isinstance(matcher, Alternation) else matcher.compiled.flags
    )

    if isinstance(matcher, Alternation):  # branches compile on first need: every one must compile
        assert all(b.groups == union.groups for b in matcher.branches), name

    def shape(m: regex.Match[str]) -> tuple[object, ...]:
        return (m.span(), m.lastindex, *(m.span(g) for g in range(union.groups + 1)))

    for text in _corpus():
        got = [shape(m) for m in matcher.finditer(text)]
        assert got == [shape(m) for m in union.finditer(text)], (name, text)
        first, found = union.search(text, 3), matcher.search(text, 3)
        assert (found and shape(found)) == (first and shape(first)), (name, text)


def test_an_alternation_searches_only_the_branches_whose_words_are_there() -> None:
    matcher = fast_compile(r"\bapple\b|\bbanana\b|\bcherry\b|\d{3}|\bdate\b", regex.IGNORECASE)
    assert isinstance(matcher, Alternation)
    assert [b.pattern for b in matcher.active("A BANANA, 12")] == [r"(?:\bbanana\b)", r"(?:\d{3})"]
    assert [m.group() for m in matcher.finditer("Date 123 apple")] == ["Date", "123", "apple"]


def test_an_alternation_keeps_the_group_numbers_of_the_whole_pattern() -> None:
    matcher = fast_compile(r"(a)x|(b)y|(c)z|(d)w|no", regex.IGNORECASE)
    m = matcher.search("..cz")
    assert m is not None
    assert (m.group(3), m.lastindex, m.group(4)) == ("c", 3, None)


def test_gate_text_maps_every_character_regex_folds_to_an_ascii_letter() -> None:
    letters = regex.compile(r"[a-z]", regex.IGNORECASE)
    for code in range(128, sys.maxunicode + 1):
        char = chr(code)
        if letters.fullmatch(char):
            folded = gate_text(char)
            assert folded.isascii(), hex(code)
            assert letters.fullmatch(folded), hex(code)


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
    gated = gate(regex.compile(r"\b(?:pilot|student|kid)\b", regex.IGNORECASE))
    assert isinstance(gated, Gated)
    for text in ("A 34yo PİLOT with AML", "a ſtudent nurse", "the \u212aID", "a 🙏 student"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.compiled.finditer(text)]
        assert gated.search(text) is not None
    assert required_literals(r"\bΣοφία\b", regex.IGNORECASE) is None  # cased non-ASCII: no gate
    assert required_literals(r"\bfiancé\b", regex.IGNORECASE) is None


def test_a_pattern_without_literals_is_left_as_it_is() -> None:
    compiled = regex.compile(r"\d+")
    assert gate(compiled) is compiled


def test_name_age_comma_is_looked_for_only_where_it_can_match() -> None:
    texts = [*_corpus(), "Jaxon, 7, loved dinosaurs", "Maria Lopez, aged 44 ", "Update: Ana Ruiz, 9, home"]
    for text in texts:
        if privacy.NAME_AGE_COMMA.search(text):
            assert privacy.NAME_AGE_COMMA_NEEDS.search(text), text


@pytest.mark.parametrize(
    ("pattern", "flags", "texts"),
    [
        (r"(?i)alpha|beta|gamma|delta", 0, ["a BETA b", "Gamma"]),  # a global flag belongs to every branch
        (r" \b(?:one|two|three|four)\b ", 0, ["x one y", "one", "three "]),  # spaces are part of it
        ("alpha # a|b(\n | beta | gamma | delta", regex.VERBOSE, ["a b", "beta", "alpha"]),  # a comment
        (r"[^]|]x|[]|]y|ab|cd|ef|gh", 0, ["]x |x ay ]y |y", "cd"]),  # a class that starts with "]"
        (r"straße|alpha|beta|gamma", regex.IGNORECASE | regex.FULLCASE, ["STRASSE", "Beta"]),  # full folding
        (r"(?P<w>a)b|c(?P=w)|dd|ee|ff", 0, ["ab ca cb dd"]),  # a back-reference to a named group
        (r"[[:digit:]]{3}|alpha|beta|gamma|delta", 0, ["123", "beta 4567"]),  # a POSIX class
        (r"(?:cancer){e<=1}|alpha|beta|gamma", 0, ["cancor", "beta"]),  # fuzzy matching
        (r"(?V1)straße|alpha|beta|gamma", regex.IGNORECASE, ["STRASSE"]),  # version 1 set inline
    ],
    ids=[
        "inline-flag",
        "spaces",
        "verbose-comment",
        "class-bracket",
        "fullcase",
        "backref",
        "posix",
        "fuzzy",
        "v1",
    ],
)
def test_syntax_a_branch_cannot_carry_alone_keeps_the_unions_matches(
    pattern: str, flags: int, texts: list[str]
) -> None:
    whole = regex.compile(pattern, flags)
    fast = fast_compile(pattern, flags)
    for text in texts:
        want = [(m.span(), m.groups()) for m in whole.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want, (pattern, text)
        first = whole.search(text)
        found = fast.search(text)
        assert (found and found.span()) == (first and first.span()), (pattern, text)


def test_no_pattern_holds_a_quantifier_an_f_string_turned_into_a_tuple() -> None:
    """In an rf-string, "{0,3}" is a replacement field: Python writes the tuple "(0, 3)" into the pattern, and the
    quantifier silently becomes a literal. Quantifiers in f-string patterns must be written "{{0,3}}"."""
    broken = []
    for module in _modules():
        for name, value in vars(module).items():
            source = getattr(value, "pattern", None)
            if isinstance(source, str) and regex.search(r"\(\d+, \d+\)", source):
                broken.append(f"{module.__name__}.{name}")  # type: ignore[attr-defined]
    assert broken == []
