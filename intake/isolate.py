"""Runs one extraction in a child process with a wall-clock limit and a memory cap, so a pathological
file is killed and reported (`timeout`, `out_of_memory`, `corrupt`) instead of hanging or taking the
caller down. Children come from a fork server (a clean single-threaded parent with intake preloaded), so
starting one costs milliseconds and is safe from a threaded caller such as a web server."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import resource
import signal
import sys
import types
from multiprocessing.connection import Connection
from pathlib import Path

from intake.errors import IntakeError
from intake.extract import extract_bytes
from intake.model import Extraction
from intake.options import ExtractOptions

_context = None
_PRELOAD = ["intake.extract", "pdfplumber", "docx", "PIL.Image"]


def _main_script_imports() -> list[str]:
    """Modules the caller's main script imported. multiprocessing runs that script again in every child
    (to find pickled functions); with its imports already in the fork server that is nearly free,
    instead of ~0.3 s a document under the `jaring` command (measured by bench.pipeline_speed)."""
    main = sys.modules.get("__main__")
    names: list[str] = []
    for value in vars(main).values() if main is not None else ():
        name = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name in sys.modules and not name.startswith(("__", "builtins")):
            names.append(name)
    return names


def _get_context():
    global _context  # one fork server per process, started on first use
    if _context is None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(dict.fromkeys(_PRELOAD + _main_script_imports())))
        _context = ctx
    return _context


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    limit = memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    # Only the soft limit: helper programs (Tesseract, LibreOffice) may lift it again for themselves.
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _child(conn: Connection, source: Path | bytes, filename: str | None, options: ExtractOptions) -> None:
    os.setpgrp()  # our own process group: a timeout kills the helpers we started too
    _limit_memory(options.memory_mb)
    try:
        data = source.read_bytes() if isinstance(source, Path) else source
        result = ("ok", extract_bytes(data, filename=filename, options=options).to_dict())
    except IntakeError as exc:
        result = ("error", exc.code, exc.params)
    except MemoryError:
        result = ("error", "out_of_memory", {})
    except Exception as exc:  # a reader library tripping over a malformed file
        result = ("error", "corrupt", {"detail": f"{type(exc).__name__}: {str(exc)[:150]}"})
    conn.send(result)
    conn.close()


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def extract_isolated(
    source: Path | str | bytes, options: ExtractOptions | None = None, filename: str | None = None
) -> Extraction:
    """Like extract_bytes, in a child process. Raises IntakeError, including `timeout` and `out_of_memory`."""
    options = options or ExtractOptions()
    if isinstance(source, str):
        source = Path(source)
    if isinstance(source, Path):
        filename = filename or source.name
        if source.stat().st_size > options.max_bytes:
            raise IntakeError("too_large", limit=f"{options.max_bytes / (1024 * 1024):.0f} MB")
    ctx = _get_context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, source, filename, options), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(options.timeout_s):
            _kill_group(process.pid)
            process.join()
            if process.exitcode is not None and process.exitcode < 0 and process.exitcode != -signal.SIGKILL:
                raise IntakeError("corrupt", detail=f"reader crashed (signal {-process.exitcode})")
            raise IntakeError("timeout", limit=int(options.timeout_s))
        try:
            result = receiver.recv()
        except EOFError:
            process.join()
            code = process.exitcode or 0
            if code == -signal.SIGKILL:
                raise IntakeError("out_of_memory") from None
            raise IntakeError("corrupt", detail=f"reader crashed (exit {code})") from None
    finally:
        receiver.close()
        if process.is_alive():
            process.join(5)
            if process.is_alive():
                _kill_group(process.pid)
                process.join()
    if result[0] == "ok":
        return Extraction.from_dict(result[1])
    _, code, params = result
    raise IntakeError(code, **params)
