"""ZIP batches: every member is a document of its own. Paths are sanitised, and a bomb (too many members,
too much unpacked data, an absurd compression ratio) is refused before anything is inflated."""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from intake.errors import IntakeError
from intake.options import ExtractOptions

_CHUNK = 1 << 20
_SKIPPED_PREFIXES = ("__MACOSX/",)
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}  # desktop litter, never a document


@dataclass(frozen=True)
class Member:
    name: str  # sanitised path inside the archive
    data: bytes


def sanitise_member_name(name: str) -> str | None:
    """A relative POSIX path with no drive, no root and no `..`; None when nothing sensible remains."""
    name = name.replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]  # "C:" from an archive made on Windows
    cleaned = posixpath.join(*parts) if parts else ""
    return cleaned or None


def _check_bomb(infos: list[zipfile.ZipInfo], options: ExtractOptions) -> None:
    files = [i for i in infos if not i.is_dir()]
    if len(files) > options.zip_max_members:
        raise IntakeError("zip_bomb", detail=f"{len(files)} members, limit {options.zip_max_members}")
    total = sum(i.file_size for i in files)
    if total > options.zip_max_unpacked:
        raise IntakeError("zip_bomb", detail=f"{total:,} bytes unpacked, limit {options.zip_max_unpacked:,}")
    for info in files:
        if info.file_size > 1_000_000 and info.file_size / max(info.compress_size, 1) > options.zip_max_ratio:
            raise IntakeError(
                "zip_bomb",
                detail=f"{info.filename!r} compresses {info.file_size / max(info.compress_size, 1):.0f}:1",
            )


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    # The declared size can lie: count what actually comes out.
    out = io.BytesIO()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out.write(chunk)
            if out.tell() > min(limit, info.file_size + _CHUNK):
                raise IntakeError("zip_bomb", detail=f"{info.filename!r} unpacks past its declared size")
    return out.getvalue()


def iter_members(data: bytes, options: ExtractOptions) -> Iterator[Member | tuple[str, IntakeError]]:
    """Each member's bytes, or (name, error) for a member that cannot be taken out; the batch goes on."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise IntakeError("corrupt", detail=f"broken ZIP archive: {str(exc)[:150]}") from exc
    _check_bomb(infos, options)
    with zf:
        for info in infos:
            if info.is_dir() or info.filename.startswith(_SKIPPED_PREFIXES):
                continue
            name = sanitise_member_name(info.filename)
            if name is None or posixpath.basename(name) in SKIPPED_NAMES:
                continue
            if info.flag_bits & 0x1:
                yield name, IntakeError("encrypted")
                continue
            if info.file_size > options.max_bytes:
                yield name, IntakeError("too_large", limit=f"{options.max_bytes // (1024 * 1024)} MB")
                continue
            try:
                yield Member(name=name, data=_read_limited(zf, info, options.max_bytes))
            except IntakeError as exc:
                yield name, exc
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
                yield name, IntakeError("corrupt", detail=f"broken member: {str(exc)[:150]}")
