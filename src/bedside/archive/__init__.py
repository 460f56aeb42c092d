"""The history audit (#7; G4, G22): import a whole archive and find the old posts that put a patient or
the author at risk.

``open_archive(path)`` detects the format (X, Mastodon, Bluesky, Facebook, Instagram, LinkedIn) and yields
``ArchiveItem`` records; ``audit_records(records)`` (bedside.archive.audit) is the pure batch step.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bedside.archive.items import ArchiveError, ArchiveItem, ArchiveSource
from bedside.archive.safety import Archive

__all__ = ["ArchiveError", "ArchiveItem", "ArchiveSource", "detect", "read_archive"]

FORMATS = ("x", "mastodon", "bluesky", "facebook", "instagram", "linkedin")


def detect(path: Path) -> str:
    """Which platform exported ``path`` (by its contents, not its name)."""
    if not path.exists():
        raise ArchiveError(f"{path}: no such file or folder")
    if path.is_file():
        with path.open("rb") as fh:
            head = fh.read(64)
        if (
            path.suffix.lower() == ".car"
            or (head[:1] and head[1:9].find(b"roots") >= 0)
            or b"\xa2eroots" in head
        ):
            return "bluesky"
    with Archive(path) as archive:
        names = archive.names()
    tails = [n.rsplit("/", 1)[-1] for n in names]
    if any(n.endswith(("data/manifest.js", "data/tweets.js", "data/tweet.js")) for n in names):
        return "x"
    if "outbox.json" in tails:
        return "mastodon"
    if any(t.startswith("Shares") and t.endswith(".csv") for t in tails):
        return "linkedin"
    if any(t.endswith(".car") for t in tails):
        return "bluesky"
    if any(
        "your_instagram_activity" in n or t.startswith("posts_") for n, t in zip(names, tails, strict=True)
    ):
        return "instagram"
    if any(
        "your_facebook_activity" in n or t.startswith("your_posts") for n, t in zip(names, tails, strict=True)
    ):
        return "facebook"
    raise ArchiveError(
        f"{path.name}: not an archive bedside knows (X, Mastodon, Bluesky repo.car, Facebook, Instagram, LinkedIn)"
    )


def read_archive(
    path: Path, source: ArchiveSource | None = None
) -> tuple[ArchiveSource, Iterator[ArchiveItem]]:
    """The archive's source description and a stream of its items (read lazily, file by file)."""
    platform = detect(path)
    source = source or ArchiveSource(platform)

    def items() -> Iterator[ArchiveItem]:
        if platform == "bluesky" and path.is_file() and path.suffix.lower() == ".car":
            from bedside.archive.bluesky import read_car

            with path.open("rb") as fh:
                yield from read_car(fh, source, path.name)
            return
        with Archive(path) as archive:
            if platform == "x":
                from bedside.archive.x import read_x

                yield from read_x(archive, source)
            elif platform == "mastodon":
                from bedside.archive.mastodon import read_mastodon

                yield from read_mastodon(archive, source)
            elif platform == "bluesky":
                from bedside.archive.bluesky import read_car

                car = next(n for n in archive.names() if n.endswith(".car"))
                yield from read_car(archive.read(car), source, car)
            elif platform == "facebook":
                from bedside.archive.meta import read_facebook

                yield from read_facebook(archive, source)
            elif platform == "instagram":
                from bedside.archive.meta import read_instagram

                yield from read_instagram(archive, source)
            else:
                from bedside.archive.meta import read_linkedin

                yield from read_linkedin(archive, source)

    return source, items()
