"""Originals, content-addressed under var/blobs/ab/cd/<sha256>. Written to a temporary name, fsynced and
renamed before an upload is acknowledged; checked against their hash whenever read; never deleted
because processing failed."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20


class BlobCorrupted(Exception):
    pass


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def put_chunks(self, chunks: Iterable[bytes]) -> tuple[str, int]:
        """Streams chunks to disk; returns (sha256, size). Durable when this returns."""
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            sha = digest.hexdigest()
            target = self.path(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp_name, target)  # same content, same name: a second copy simply replaces the first
            _fsync_dir(target.parent)
            return sha, size
        except BaseException:
            if os.path.exists(tmp_name):
                os.unlink(tmp_name)
            raise

    def put(self, data: bytes) -> str:
        return self.put_chunks([data])[0]

    def put_file(self, path: Path) -> tuple[str, int]:
        with Path(path).open("rb") as fh:
            return self.put_chunks(iter(lambda: fh.read(_CHUNK), b""))

    def read(self, sha256: str) -> bytes:
        data = self.path(sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobCorrupted(f"blob {sha256} does not match its hash")
        return data

    def verify(self, sha256: str) -> Path:
        """The blob's path after checking its content, for readers that want a file."""
        digest = hashlib.sha256()
        with self.path(sha256).open("rb") as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            raise BlobCorrupted(f"blob {sha256} does not match its hash")
        return self.path(sha256)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
