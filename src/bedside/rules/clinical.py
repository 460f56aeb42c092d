"""Is this text clinical? Drug names (the disclosure family's table), disease vocabulary (the hashtag
family's), and general clinical words: one place for rules that need to know they are reading medicine.
"""

from __future__ import annotations

import bisect

from bedside.rules.context import Context
from bedside.rules.patterns import CLINICAL
from bedside.rules.terms import TermMatcher, read_csv


def load_drug_matcher() -> TermMatcher:
    entries: list[tuple[str, bool, bool]] = []
    for row in read_csv("bedside.rules.disclosure.data", "drugs.csv"):
        entries.append((row["generic"], True, False))
        entries.extend((b, True, False) for b in row["brands"].split(";") if b.strip())
    return TermMatcher(entries)


def mentions_drug(ctx: Context, start: int = 0, end: int | None = None) -> bool:
    """Whether the text (or its [start:end] slice) names an oncology drug."""
    spans = ctx.once(
        ("drugs",),
        lambda: sorted(
            (m.start, m.end) for m in ctx.resources.get(load_drug_matcher).find(ctx.text, ctx.folded)
        ),
    )
    stop = len(ctx.text) if end is None else end
    i = bisect.bisect_left(spans, (start, -1))  # the first drug at or after start: one lookup, not a scan
    return i < len(spans) and spans[i][1] <= stop


def is_clinical(ctx: Context) -> bool:
    """Clinical words, a drug, or a disease, procedure or trial from the hashtag vocabulary."""
    return ctx.once(("clinical",), lambda: _clinical(ctx))


def _clinical(ctx: Context) -> bool:
    from bedside.rules.hashtags.suggest import load_vocabulary

    vocab = ctx.resources.get(load_vocabulary)
    return bool(CLINICAL.search(ctx.text) or mentions_drug(ctx) or vocab.matcher.find(ctx.text, ctx.folded))
