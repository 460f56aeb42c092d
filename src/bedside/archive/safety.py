"""Reading archives safely: member names that escape the archive, zip bombs, huge or truncated files.

Every member is read through ``read_member``: its name must be relative and stay inside the archive, its
expanded size must fit under the caps, and a truncated or corrupt archive is an ArchiveError naming the
file. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import json
import posixpath
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from bedside.archive.items import ArchiveError

MAX_MEMBER_BYTES = 2 * 1024**3  # one file inside an archive
MAX_TOTAL_BYTES = 8 * 1024**3  # everything bedside reads from one archive
MAX_RATIO = 200  # expanded / compressed: beyond this a member is a bomb, not text
MAX_JSON_BYTES = 512 * 1024**2  # one JSON or JS data file parsed whole (X parts, Meta files)
MAX_MEMBERS = 200_000


def safe_name(name: str) -> str:
    """The member's normalised relative path; an ArchiveError when it would escape the archive."""
    clean = name.replace("\\", "/")
    if clean.startswith("/") or (len(clean) > 1 and clean[1] == ":"):
        raise ArchiveError(f"{name!r}: an absolute path inside the archive; refusing it")
    normal = posixpath.normpath(clean)
    if normal == ".." or normal.startswith("../"):
        raise ArchiveError(f"{name!r}: a path that leaves the archive (path traversal); refusing it")
    return normal


class _Capped(io.RawIOBase):
    """A member stream that stops (with an ArchiveError) past the size its header declared, whatever it says."""

    def __init__(self, inner: IO[bytes], name: str, declared: int) -> None:
        super().__init__()
        self.inner, self.name, self.left = inner, name, declared

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            chunk = self.inner.read(min(len(buffer), max(self.left, 0) + 1))
        except (zipfile.BadZipFile, tarfile.TarError, zlib.error, OSError, EOFError) as exc:
            # a bad CRC or a broken deflate stream shows only while reading, after earlier records were used
            raise ArchiveError(f"{self.name}: damaged inside the archive ({exc}); download it again") from exc
        if len(chunk) > self.left:
            raise ArchiveError(f"{self.name}: longer than its header says; refusing it")
        self.left -= len(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def close(self) -> None:
        self.inner.close()
        super().close()


class Archive:
    """A zip or tar(.gz) archive, or a folder someone already unpacked, read member by member."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        self._read = 0
        self._index: dict[str, Any] | None = None
        try:
            if path.is_dir():
                pass
            elif zipfile.is_zipfile(path):
                self._zip = zipfile.ZipFile(path)
            elif tarfile.is_tarfile(path):
                self._tar = tarfile.open(path, "r:*")  # noqa: SIM115 (closed by close())
            else:
                raise ArchiveError(f"{path.name}: not a zip, tar or tar.gz archive (or a folder)")
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
            raise ArchiveError(
                f"{path.name}: the archive is damaged or truncated ({exc}); download it again"
            ) from exc

    def _members(self) -> dict[str, Any]:
        """Every regular member by its safe name, built once (lookups are then constant time)."""
        if self._index is None:
            try:
                if self._zip is not None:
                    entries: list[tuple[str, Any]] = [
                        (i.filename, i) for i in self._zip.infolist() if not i.is_dir()
                    ]
                elif self._tar is not None:
                    entries = [
                        (m.name, m) for m in self._tar.getmembers() if m.isfile()
                    ]  # never links or devices
                else:
                    entries = [
                        (p.relative_to(self.path).as_posix(), p)
                        for p in self.path.rglob("*")
                        if p.is_file() and not p.is_symlink()
                    ]
            except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
                raise ArchiveError(f"{self.path.name}: the archive is damaged or truncated ({exc})") from exc
            if len(entries) > MAX_MEMBERS:
                raise ArchiveError(f"{self.path.name}: more than {MAX_MEMBERS:,} files; refusing it")
            self._index = {safe_name(name): entry for name, entry in entries}
        return self._index

    def names(self) -> list[str]:
        return list(self._members())

    def open(self, name: str, *, again: bool = False) -> IO[bytes]:
        """A stream over one member, refusing it if it is too large or compresses suspiciously well.
        ``again``: a second look at a member (its head, for a count) does not count twice toward the total cap."""
        entry = self._members().get(safe_name(name))
        if entry is None:
            raise ArchiveError(f"{name}: not in {self.path.name}")
        try:
            if isinstance(entry, zipfile.ZipInfo) and self._zip is not None:
                self._check(name, entry.file_size, entry.compress_size, again)
                return io.BufferedReader(_Capped(self._zip.open(entry), name, entry.file_size))
            if isinstance(entry, tarfile.TarInfo) and self._tar is not None:
                # a tar.gz has no per-member compressed size: the whole file's stands in for it
                compressed = self.path.stat().st_size if self.path.name.endswith((".gz", ".tgz")) else None
                self._check(name, entry.size, compressed, again)
                stream = self._tar.extractfile(entry)
                if stream is None:
                    raise ArchiveError(f"{name}: not a regular file")
                return io.BufferedReader(_Capped(stream, name, entry.size))
            target = Path(entry).resolve()
            if not target.is_relative_to(self.path.resolve()):
                raise ArchiveError(f"{name!r}: a path that leaves the folder; refusing it")
            self._check(name, target.stat().st_size, None, again)
            return target.open("rb")
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
            raise ArchiveError(
                f"{self.path.name}: cannot read {name} ({exc}); the archive may be truncated"
            ) from exc

    def read(self, name: str, most: int = MAX_JSON_BYTES) -> bytes:
        """A whole member (a data file parsed at once), refused over ``most`` bytes; damage is an ArchiveError."""
        try:
            with self.open(name) as stream:
                data = stream.read(most + 1)
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError) as exc:
            if isinstance(exc, ArchiveError):
                raise
            raise ArchiveError(
                f"{name}: damaged inside {self.path.name} ({exc}); download the archive again"
            ) from exc
        if len(data) > most:
            raise ArchiveError(
                f"{name}: larger than {most:,} bytes; bedside reads data files up to that size"
            )
        return data

    def _check(self, name: str, size: int, compressed: int | None, again: bool = False) -> None:
        if size > MAX_MEMBER_BYTES:
            raise ArchiveError(f"{name}: {size:,} bytes expanded, over the {MAX_MEMBER_BYTES:,}-byte cap")
        if compressed is not None and compressed > 0 and size > 1_000_000 and size / compressed > MAX_RATIO:
            raise ArchiveError(f"{name}: expands {size / compressed:,.0f} times (a zip bomb?); refusing it")
        if again:
            return
        self._read += size
        if self._read > MAX_TOTAL_BYTES:
            raise ArchiveError(
                f"{self.path.name}: more than {MAX_TOTAL_BYTES:,} bytes expanded in all; refusing the rest"
            )

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        if self._tar is not None:
            self._tar.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def text_of(data: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); anything else is an ArchiveError naming the byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArchiveError(
            f"{name}: not UTF-8 (line {line}, byte {exc.start}); was the file re-saved in another encoding?"
        ) from None


def read_json(archive: Archive, name: str) -> Any:
    """A JSON member parsed whole (up to the data-file cap), errors naming the file and line."""
    try:
        return json.loads(text_of(archive.read(name), name))
    except json.JSONDecodeError as exc:
        raise ArchiveError(f"{name}: line {exc.lineno}: not JSON ({exc.msg})") from None
