"""Which Cancer Tag Ontology tags fit a draft.

The ontology (Katz et al., JAMA Oncology 2016; Symplur's Healthcare Hashtag Project) gives each disease
a tag; ``data/vocabulary.csv`` maps far more terms to those tags (subtypes, abbreviations, drugs used
mostly in one disease, procedures, trials), each with a weight. A tag is suggested when the distinct
matched terms weigh 1.0 or more, it is not already in the draft, and its spelling is not low-confidence
(unless the author asks for those).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from bedside.rules.context import Context
from bedside.rules.terms import TermMatcher, longest_non_overlapping, read_csv

_DATA = "bedside.rules.hashtags.data"
_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}
THRESHOLD = 1.0
MAX_SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class OntologyTag:
    tag: str
    disease: str
    confidence: str
    alternates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    tags: dict[str, OntologyTag]
    matcher: TermMatcher
    compact: dict[str, tuple[tuple[str, float], ...]]
    names: dict[str, str]


@dataclass(frozen=True, slots=True)
class TagSuggestion:
    tag: str
    disease: str
    confidence: str
    score: float
    start: int
    end: int
    terms: tuple[str, ...]


_ALT = regex.compile(r"#\w+")


def _compact(term: str) -> str:
    return regex.sub(r"[\W_]+", "", term).lower()


def load_vocabulary() -> Vocabulary:
    tags: dict[str, OntologyTag] = {}
    entries: list[tuple[str, tuple[str, float], bool]] = []
    for row in read_csv(_DATA, "ontology.csv"):
        tag = row["tag"].lower()
        alternates = tuple(t.lower() for t in _ALT.findall(row.get("note", "")) if t.lower() != tag)
        tags[tag] = OntologyTag(tag, row["disease"], row["confidence"] or "medium", alternates)
        # The ontology's example terms are all in vocabulary.csv, with their own weight and case rule.
        entries.append((row["disease"], (tag, 1.0), False))
    for row in read_csv(_DATA, "vocabulary.csv"):
        tag = row["tag"].lower()
        if tag not in tags:
            raise ValueError(f"vocabulary.csv: {tag} is not in the ontology")
        entries.append((row["term"], (tag, float(row["weight"] or 1.0)), row["match"] == "cs"))
    compact: dict[str, list[tuple[str, float]]] = {}
    for term, value, _ in entries:
        key = _compact(term)
        if len(key) >= 4:
            compact.setdefault(key, []).append(value)
    return Vocabulary(
        tags=tags,
        matcher=TermMatcher(entries),
        compact={k: tuple(dict.fromkeys(v)) for k, v in compact.items()},
        names={name[1:]: t.tag for t in tags.values() for name in (t.tag, *t.alternates)},
    )


def suggest_tags(ctx: Context, include_low: bool = False) -> tuple[TagSuggestion, ...]:
    """The tags to suggest for this draft (computed once per draft and shared)."""
    key = ("hashtags", include_low)
    cached = ctx.memo.get(key)
    if not isinstance(cached, tuple):
        cached = ctx.memo[key] = _suggest(ctx, include_low)
    return cached


def _suggest(ctx: Context, include_low: bool) -> tuple[TagSuggestion, ...]:
    vocab = ctx.resources.get(load_vocabulary)
    scores: dict[str, dict[str, float]] = {}
    first: dict[str, tuple[int, int]] = {}
    for m in longest_non_overlapping(vocab.matcher.find(ctx.text, ctx.folded)):
        if ctx.in_url(m.start, m.end):
            continue
        tag, weight = m.value
        terms = scores.setdefault(tag, {})
        key = m.term.lower()
        terms[key] = max(terms.get(key, 0.0), weight)
        first.setdefault(tag, (m.start, m.end))
    # Words inside hashtags (#BreastCancer, #glioblastoma) count too.
    for start, end, body in ctx.hashtags:
        for tag, weight in vocab.compact.get(body.lower(), ()):
            terms = scores.setdefault(tag, {})
            terms["#" + body.lower()] = max(terms.get("#" + body.lower(), 0.0), weight)
            first.setdefault(tag, (start, end))
    present = {vocab.names[t] for t in ctx.hashtag_set if t in vocab.names}
    out: list[TagSuggestion] = []
    for tag, terms in scores.items():
        score = sum(terms.values())
        info = vocab.tags[tag]
        if score < THRESHOLD or tag in present:
            continue
        if info.confidence == "low" and not include_low:
            continue
        start, end = first[tag]
        out.append(TagSuggestion(tag, info.disease, info.confidence, score, start, end, tuple(terms)))
    out.sort(key=lambda s: (-s.score, _CONFIDENCE_RANK.get(s.confidence, 1), s.start))
    return tuple(out[:MAX_SUGGESTIONS])
