"""Reading archives safely: member names that escape the archive, zip bombs, huge or truncated files.

Every member is read through ``read_member``: its name must be relative and stay inside the archive, its
expanded size must fit under the caps, and a truncated or corrupt archive is an ArchiveError naming the
file. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import posixpath
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from bedside.archive.items import ArchiveError

MAX_MEMBER_BYTES = 2 * 1024**3  # one file inside an archive
MAX_TOTAL_BYTES = 8 * 1024**3  # everything bedside reads from one archive
MAX_RATIO = 200  # expanded / compressed: beyond this a member is a bomb, not text


def safe_name(name: str) -> str:
    """The member's normalised relative path; an ArchiveError when it would escape the archive."""
    clean = name.replace("\\", "/")
    if clean.startswith("/") or (len(clean) > 1 and clean[1] == ":"):
        raise ArchiveError(f"{name!r}: an absolute path inside the archive; refusing it")
    normal = posixpath.normpath(clean)
    if normal == ".." or normal.startswith("../"):
        raise ArchiveError(f"{name!r}: a path that leaves the archive (path traversal); refusing it")
    return normal


class Archive:
    """A zip or tar(.gz) archive, or a folder someone already unpacked, read member by member."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._tar: tarfile.TarFile | None = None
        self._read = 0
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

    def names(self) -> list[str]:
        if self._zip is not None:
            return [safe_name(i.filename) for i in self._zip.infolist() if not i.is_dir()]
        if self._tar is not None:
            return [safe_name(m.name) for m in self._tar.getmembers() if m.isfile()]
        return [
            p.relative_to(self.path).as_posix()
            for p in self.path.rglob("*")
            if p.is_file() and not p.is_symlink()
        ]

    def open(self, name: str) -> IO[bytes]:
        """A stream over one member, refusing it if it is too large or compresses suspiciously well."""
        wanted = safe_name(name)
        try:
            if self._zip is not None:
                info = next(i for i in self._zip.infolist() if safe_name(i.filename) == wanted)
                self._check(name, info.file_size, info.compress_size)
                return self._zip.open(info)
            if self._tar is not None:
                member = next(m for m in self._tar.getmembers() if m.isfile() and safe_name(m.name) == wanted)
                self._check(name, member.size, None)
                stream = self._tar.extractfile(member)
                if stream is None:
                    raise ArchiveError(f"{name}: not a regular file")
                return stream
            target = (self.path / wanted).resolve()
            if not target.is_relative_to(self.path.resolve()):
                raise ArchiveError(f"{name!r}: a path that leaves the folder; refusing it")
            self._check(name, target.stat().st_size, None)
            return target.open("rb")
        except StopIteration:
            raise ArchiveError(f"{name}: not in {self.path.name}") from None
        except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
            raise ArchiveError(
                f"{self.path.name}: cannot read {name} ({exc}); the archive may be truncated"
            ) from exc

    def read(self, name: str) -> bytes:
        with self.open(name) as stream:
            data = stream.read(MAX_MEMBER_BYTES + 1)
        if len(data) > MAX_MEMBER_BYTES:
            raise ArchiveError(f"{name}: larger than {MAX_MEMBER_BYTES:,} bytes expanded; refusing it")
        return data

    def _check(self, name: str, size: int, compressed: int | None) -> None:
        if size > MAX_MEMBER_BYTES:
            raise ArchiveError(f"{name}: {size:,} bytes expanded, over the {MAX_MEMBER_BYTES:,}-byte cap")
        if compressed is not None and compressed > 0 and size > 1_000_000 and size / compressed > MAX_RATIO:
            raise ArchiveError(f"{name}: expands {size / compressed:,.0f} times (a zip bomb?); refusing it")
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


def iter_lines(text: str) -> Iterator[str]:
    yield from text.splitlines()
