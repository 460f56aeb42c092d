"""Peer baseline: Microsoft Presidio (presidio-analyzer) on the Weatherhead 2025 synthetic PHI queries.

A standalone script: it imports nothing from bedside and runs in a virtual environment of its own, never
the project's. Presidio runs on a blank spaCy English pipeline (spacy.blank("en"), saved to a temporary
folder and loaded through Presidio's NlpEngineProvider): no model is downloaded, spaCy's NER finds nothing
and tokens have no lemmas, so only Presidio's pattern recognisers fire, without context words. tldextract
(used by the e-mail recogniser) is switched to its bundled public-suffix snapshot, with no cache and no
download URL. Every socket connection and DNS lookup is refused and counted; the script fails if any was
attempted.

Run, from the repository root (PyPI is needed for the install only):

    python3 -m venv /tmp/presidio-venv
    /tmp/presidio-venv/bin/pip install presidio-analyzer==2.2.366
    /tmp/presidio-venv/bin/python evals/peer_presidio.py ../shared/data

The argument is the shared data folder (holding phi_clinical_queries_weatherhead2025/) or that data set's
own folder.

Figures printed:
- value recall: each labelled value is located at its first occurrence in its query (str.find); it is a
  hit if any Presidio result (any entity type) at or above the score threshold overlaps
  [start, start + len(value)). Given for analyze(..., score_threshold=0.35) and for analyze's default
  threshold (0), overall and per identifier_type, as hits/n.
- hard negatives: queries with no tags that get any result, at both thresholds.
- query level: precision and recall of "the query has any result" against "the query has tags".
- speed: mean and p99 (nearest rank) milliseconds of analyzer.analyze(text, language="en") per query
  after one warm-up call, and the cold start: importing spaCy, tldextract and presidio_analyzer plus
  building the engine.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import logging
import math
import os
import platform
import socket
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, RecognizerResult

DATASET_DIR = "phi_clinical_queries_weatherhead2025"
DATASET_FILE = "synthetic_dataset.txt"
QUERY_MARK = "===QUERY==="
TAGS_MARK = "===PHI_TAGS==="
THRESHOLD = 0.35
# Made up for the warm-up call (not from the data set): it runs the e-mail recogniser, so tldextract's lazy
# load of its bundled suffix list is not charged to the first timed query.
WARM_UP_TEXT = "Warm-up: reach the ward on 555-010-0199 or ward@example.org before 01/02/2020."

NETWORK_ATTEMPTS: list[str] = []

Tally = Counter[str]  # per identifier_type, with "ALL" for the total


def block_network() -> None:
    """Refuse, and record, every socket connection and DNS lookup made by this process from now on."""

    def refuse(*args: object, **_kwargs: object) -> NoReturn:
        NETWORK_ATTEMPTS.append(repr([a for a in args if not isinstance(a, socket.socket)][:2]))
        raise OSError("network access is blocked in peer_presidio.py")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    socket.getaddrinfo = refuse


@dataclass(frozen=True)
class Query:
    text: str
    tags: tuple[tuple[str, str], ...]  # (identifier_type, value)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    score: float
    entity_type: str
    recognizer: str


@dataclass(frozen=True)
class Engine:
    analyzer: AnalyzerEngine
    import_ms: float
    build_ms: float


def dataset_path(data_dir: Path) -> Path:
    for candidate in (data_dir / DATASET_DIR / DATASET_FILE, data_dir / DATASET_FILE):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"no {DATASET_DIR}/{DATASET_FILE} under {data_dir}")


def load_queries(path: Path) -> list[Query]:
    queries: list[Query] = []
    for block in path.read_text(encoding="utf-8").split(QUERY_MARK)[1:]:
        text, found, tag_lines = block.partition(TAGS_MARK)
        if not found:
            raise SystemExit(f"a block in {path} has no {TAGS_MARK} line")
        tags = tuple(
            (str(tag["identifier_type"]), str(tag["value"]))
            for tag in (json.loads(line) for line in tag_lines.splitlines() if line.strip())
        )
        queries.append(Query(text.strip(), tags))
    return queries


def build_engine(model_dir: Path) -> Engine:
    """Import Presidio and build an AnalyzerEngine on a blank spaCy English pipeline, fully offline."""
    started = time.perf_counter()
    import spacy
    import tldextract.tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    imported = time.perf_counter()
    # The bundled snapshot only: no suffix-list URL to fetch, no disk cache.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
    spacy.blank("en").to_disk(model_dir)
    nlp_engine = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(model_dir)}],
        }
    ).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=["en"])
    built = time.perf_counter()
    return Engine(analyzer, (imported - started) * 1000, (built - imported) * 1000)


def to_spans(results: Sequence[RecognizerResult]) -> list[Span]:
    return [
        Span(
            r.start,
            r.end,
            r.score,
            r.entity_type,
            str((r.recognition_metadata or {}).get("recognizer_name", "?")),
        )
        for r in results
    ]


def ratio(num: int, den: int) -> str:
    return f"{num}/{den} = {num / den:.3f}" if den else f"{num}/0 = n/a"


def value_recall(queries: Sequence[Query], spans: Sequence[Sequence[Span]]) -> tuple[Tally, Tally]:
    """Hits and labelled values, per identifier_type."""
    hits: Tally = Counter()
    total: Tally = Counter()
    for query, found in zip(queries, spans, strict=True):
        for kind, value in query.tags:
            total[kind] += 1
            total["ALL"] += 1
            start = query.text.find(value)
            end = start + len(value)
            if start >= 0 and any(s.start < end and s.end > start for s in found):
                hits[kind] += 1
                hits["ALL"] += 1
    return hits, total


def p99(samples: Sequence[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def print_report(
    path: Path,
    queries: Sequence[Query],
    by_threshold: dict[str, list[list[Span]]],
    engine: Engine,
    times: list[float],
) -> None:
    negatives = [i for i, q in enumerate(queries) if not q.tags]
    tagged = len(queries) - len(negatives)
    n_values = sum(len(q.tags) for q in queries)
    missing = sum(1 for q in queries for _, value in q.tags if q.text.find(value) < 0)
    print(
        f"presidio-analyzer {importlib.metadata.version('presidio-analyzer')}, "
        f"spaCy {importlib.metadata.version('spacy')} (blank 'en' pipeline: no NER, no lemmas), "
        f"tldextract {importlib.metadata.version('tldextract')}, Python {platform.python_version()}"
    )
    print(f"data: {path}")
    print(f"  {len(queries)} queries: {tagged} tagged ({n_values} values), {len(negatives)} hard negatives")
    print(f"  values not found verbatim in their query (counted as misses): {missing}")

    labels = list(by_threshold)
    recalls = {label: value_recall(queries, spans) for label, spans in by_threshold.items()}
    totals = recalls[labels[0]][1]
    kinds = ["ALL", *sorted((k for k in totals if k != "ALL"), key=lambda k: (-totals[k], k))]
    print("\nvalue recall (hits/n)")
    print(f"  {'identifier_type':32}" + "".join(f"{label:>24}" for label in labels))
    for kind in kinds:
        cells = "".join(f"{ratio(recalls[label][0][kind], totals[kind]):>24}" for label in labels)
        print(f"  {kind:32}{cells}")

    print("\nhard negatives with any result")
    for label, spans in by_threshold.items():
        print(f"  {label:14} {ratio(sum(1 for i in negatives if spans[i]), len(negatives))}")

    print('\nquery level ("query has any result" vs "query has tags")')
    for label, spans in by_threshold.items():
        tp = sum(1 for q, s in zip(queries, spans, strict=True) if q.tags and s)
        fp = sum(1 for q, s in zip(queries, spans, strict=True) if not q.tags and s)
        print(f"  {label:14} precision {ratio(tp, tp + fp)}   recall {ratio(tp, tagged)}")

    print("\nresults by entity type / recogniser")
    for label, spans in by_threshold.items():
        fired = Counter(f"{s.entity_type}/{s.recognizer}" for found in spans for s in found)
        listed = ", ".join(f"{name} {count}" for name, count in fired.most_common()) or "none"
        print(f"  {label:14} {listed}")

    print("\nspeed")
    print(
        f"  cold start {engine.import_ms + engine.build_ms:.0f} ms "
        f"(imports {engine.import_ms:.0f} ms + engine build {engine.build_ms:.0f} ms)"
    )
    print(
        f"  analyze(text, language='en'): mean {sum(times) / len(times):.2f} ms, p99 {p99(times):.2f} ms "
        f"over {len(times)} queries after 1 warm-up call"
    )
    print(f"\nnetwork attempts blocked: {len(NETWORK_ATTEMPTS)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("data_dir", type=Path, help="the shared data folder, e.g. ../shared/data")
    args = parser.parse_args(argv)

    block_network()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    path = dataset_path(args.data_dir)
    queries = load_queries(path)

    with tempfile.TemporaryDirectory(prefix="peer-presidio-") as tmp:
        # Nothing may land in the user's cache, even if something bypasses the extractor set in build_engine.
        os.environ["TLDEXTRACT_CACHE"] = str(Path(tmp, "tldextract"))
        engine = build_engine(Path(tmp, "spacy-blank-en"))
        analyzer = engine.analyzer

        analyzer.analyze(WARM_UP_TEXT, language="en")
        times: list[float] = []
        default_spans: list[list[Span]] = []
        for query in queries:
            started = time.perf_counter()
            results = analyzer.analyze(query.text, language="en")
            times.append((time.perf_counter() - started) * 1000)
            default_spans.append(to_spans(results))
        threshold_spans = [
            to_spans(analyzer.analyze(q.text, language="en", score_threshold=THRESHOLD)) for q in queries
        ]

    by_threshold = {f"score>={THRESHOLD}": threshold_spans, "default (0)": default_spans}
    print_report(path, queries, by_threshold, engine, times)
    if NETWORK_ATTEMPTS:
        print("network was attempted: " + "; ".join(NETWORK_ATTEMPTS), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
