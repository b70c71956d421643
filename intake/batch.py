"""Many files at once: walk folders, open ZIP batches into their members, extract in parallel child
processes, and hand back results in input order. One bad file never stops the batch."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from intake import sniff
from intake.archive import SKIPPED_NAMES, Member, iter_members
from intake.errors import IntakeError
from intake.isolate import extract_isolated
from intake.model import Extraction
from intake.options import ExtractOptions

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Source:
    """One document to read: a file on disk, or a member taken out of a ZIP batch."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Outcome:
    source: Source
    extraction: Extraction | None = None
    error: IntakeError | None = None


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not child.name.startswith(".") and child.name not in SKIPPED_NAMES:
                yield child
    else:
        yield path


def _is_zip_batch(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head.startswith(_ZIP_MAGIC):
        return False
    # DOCX, XLSX and ODT are ZIP containers too: only a plain archive is a batch.
    return sniff.sniff(path.read_bytes()) == sniff.ZIP


def _expand_zip(name: str, data: bytes, options: ExtractOptions, depth: int) -> Iterator[Source | Outcome]:
    try:
        for item in iter_members(data, options):
            if isinstance(item, Member):
                member_name = f"{name}/{item.name}"
                if (
                    item.data[:4] in _ZIP_MAGIC
                    and sniff.sniff(item.data) == sniff.ZIP
                    and depth < options.zip_max_depth
                ):
                    yield from _expand_zip(member_name, item.data, options, depth + 1)
                else:
                    yield Source(name=member_name, data=item.data)
            else:
                member, error = item
                yield Outcome(source=Source(name=f"{name}/{member}"), error=error)
    except IntakeError as exc:
        yield Outcome(source=Source(name=name), error=exc)


def iter_sources(
    paths: Iterable[Path | str], options: ExtractOptions | None = None
) -> Iterator[Source | Outcome]:
    """Each document to read, or an Outcome already failed (an archive that cannot be opened)."""
    options = options or ExtractOptions()
    for raw in paths:
        for path in _walk(Path(raw)):
            try:
                if _is_zip_batch(path):
                    if path.stat().st_size > options.max_bytes:
                        limit = f"{options.max_bytes / (1024 * 1024):.0f} MB"
                        yield Outcome(
                            source=Source(name=str(path), path=path),
                            error=IntakeError("too_large", limit=limit),
                        )
                        continue
                    yield from _expand_zip(str(path), path.read_bytes(), options, depth=1)
                    continue
            except OSError as exc:
                yield Outcome(
                    source=Source(name=str(path)), error=IntakeError("corrupt", detail=str(exc)[:150])
                )
                continue
            yield Source(name=str(path), path=path)


def _extract_one(source: Source, options: ExtractOptions) -> Outcome:
    try:
        payload = source.path if source.path is not None else source.data
        filename = Path(source.name).name
        return Outcome(source=source, extraction=extract_isolated(payload, options, filename=filename))
    except IntakeError as exc:
        return Outcome(source=source, error=exc)
    except OSError as exc:
        return Outcome(source=source, error=IntakeError("corrupt", detail=str(exc)[:150]))


def extract_many(
    paths: Iterable[Path | str],
    options: ExtractOptions | None = None,
    workers: int = 2,
    extract: Callable[[Source, ExtractOptions], Outcome] = _extract_one,
) -> Iterator[Outcome]:
    """Results in input order, at most `workers` documents in flight (each in its own child process)."""
    options = options or ExtractOptions()
    workers = max(1, workers)
    pending: deque[Future[Outcome] | Outcome] = deque()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in iter_sources(paths, options):
            pending.append(item if isinstance(item, Outcome) else pool.submit(extract, item, options))
            while len(pending) > workers * 2:
                yield _resolve(pending.popleft())
        while pending:
            yield _resolve(pending.popleft())


def _resolve(item: Future[Outcome] | Outcome) -> Outcome:
    return item if isinstance(item, Outcome) else item.result()
