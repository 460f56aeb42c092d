"""Running an audit end to end: read the archive, skip what was audited before with the same rules, audit
the rest on every core in batches, store each batch as it finishes (so Ctrl+C or a crash loses at most
the batches in flight), then rank everything by risk."""

from __future__ import annotations

import concurrent.futures
import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bedside.archive import ArchiveSource, read_archive
from bedside.archive.audit import audit_records, audit_registry, init_worker, item_of, rule_version
from bedside.archive.items import ArchiveItem
from bedside.settings import Settings
from bedside.store import Store

BATCH = 1_000
Progress = Callable[[int, int | None], None]  # (items done so far, total if known)


@dataclass
class Tally:
    """The summary's counts (by category, kind and year), added up record by record."""

    items: int = 0
    risky: int = 0
    errors: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    by_year: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, record: dict[str, Any]) -> None:
        self.items += 1
        findings = record["findings"]
        cats = {f["category"] for f in findings if f["severity"] != "info"}
        self.errors += any(f["severity"] == "error" for f in findings)
        if cats:
            self.risky += 1
            self.by_kind[record["kind"]] += 1
        year = (record.get("created_at") or "unknown")[:4]
        for c in cats:
            self.by_category[c] += 1
            self.by_year.setdefault(year, Counter())[c] += 1

    @classmethod
    def of(cls, records: Iterable[dict[str, Any]]) -> Tally:
        tally = cls()
        for record in records:
            tally.add(record)
        return tally

    def counts(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "items_with_findings": self.risky,
            "items_with_errors": self.errors,
            "by_category": dict(self.by_category),
            "by_kind": dict(self.by_kind),
            "by_year": {y: dict(c) for y, c in sorted(self.by_year.items())},
        }


@dataclass
class AuditRun:
    source: ArchiveSource
    archive_key: str
    rule_version: str
    skipped: int  # audited earlier with the same rules
    audited: int  # audited in this run
    store: Store
    since: datetime | None = None
    tally: Tally | None = (
        None  # the counts of the items audited in this run (all of them when none was skipped)
    )

    def results(self) -> Iterator[dict[str, Any]]:
        """Every audited item, riskiest first, read from the store as it is needed."""
        cutoff = self.since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if self.since else None
        for record in self.store.iter_audited(self.archive_key, self.rule_version):
            if cutoff is None or not record.get("created_at") or record["created_at"] >= cutoff:
                yield record

    def results_json(self) -> Iterator[str]:
        """Every audited item as the JSON text the store holds (the report's item shape), riskiest first:
        written out as it is, without parsing and re-encoding 100,000 items."""
        if self.since is not None:
            yield from (json.dumps(r, ensure_ascii=False) for r in self.results())
            return
        yield from self.store.iter_audited_json(self.archive_key, self.rule_version)


def archive_key(path: Path) -> str:
    """The archive's identity: a hash of its bytes (of every file, for a folder)."""
    digest = hashlib.sha256()
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        digest.update(f.relative_to(path).as_posix().encode() if path.is_dir() else b"")
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:32]


def _since(items: Iterator[ArchiveItem], since: datetime | None) -> Iterator[ArchiveItem]:
    for item in items:
        when = item.created_at
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if since is None or when is None or when >= since:
            yield item


def _fresh(items: Iterable[ArchiveItem], done: set[str]) -> Iterator[ArchiveItem]:
    """The items not audited yet, each id once: an archive that holds an item twice (a post in two part
    files) is audited and counted once, as the store keeps it once."""
    seen: set[str] = set()
    for item in items:
        if item.id not in done and item.id not in seen:
            seen.add(item.id)
            yield item


def run_audit(
    path: Path,
    store: Store,
    *,
    jobs: int = 2,
    since: datetime | None = None,
    progress: Progress | None = None,
    mp_context: Any = None,
    settings: Settings | None = None,
) -> AuditRun:
    key = archive_key(path)
    version = rule_version(audit_registry(), settings)
    done = store.audited_ids(key, version)
    source, items = read_archive(path)
    pending = (i.record() for i in _fresh(_since(items, since), done))
    skipped = len(done)
    audited = 0
    counted = 0
    tally = Tally()

    def tally_add(results: list[dict[str, Any]]) -> None:
        for record in results:
            tally.add(record)

    def batches() -> Iterator[list[dict[str, Any]]]:
        nonlocal counted
        while chunk := list(itertools.islice(pending, BATCH)):
            counted += len(chunk)
            yield chunk

    if progress:
        progress(skipped, None)
    if jobs <= 1:
        init_worker(settings)
        for chunk in batches():
            results = audit_records(chunk)
            store.save_audited(key, version, [item_of(r) for r in results])
            tally_add(results)
            audited += len(results)
            if progress:
                progress(skipped + audited, source.expected)
    else:
        with concurrent.futures.ProcessPoolExecutor(
            jobs, mp_context=mp_context, initializer=init_worker, initargs=(settings,)
        ) as pool:
            in_flight: set[concurrent.futures.Future[list[dict[str, Any]]]] = set()
            for chunk in batches():
                in_flight.add(pool.submit(audit_records, chunk))
                if len(in_flight) >= jobs * 2:  # keep memory flat: a few batches in the air at a time
                    finished, in_flight = concurrent.futures.wait(in_flight, return_when="FIRST_COMPLETED")
                    for future in finished:
                        results = future.result()
                        store.save_audited(key, version, [item_of(r) for r in results])
                        tally_add(results)
                        audited += len(results)
                        if progress:
                            progress(skipped + audited, source.expected)
            for future in concurrent.futures.as_completed(in_flight):
                results = future.result()
                store.save_audited(key, version, [item_of(r) for r in results])
                tally_add(results)
                audited += len(results)
                if progress:
                    progress(skipped + audited, source.expected)
    return AuditRun(source, key, version, skipped, audited, store, since, tally)
