"""Plain text: UTF-8 (with or without BOM, or UTF-16 with BOM), else the legacy single-byte encoding
charset-normalizer finds most plausible (Windows-1252 and friends)."""

from __future__ import annotations

import charset_normalizer

from intake.errors import IntakeError
from intake.pages import RawPage

_LATIN_SCRIPT = (
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin",
    "iso8859",
    "cp437",
    "cp850",
    "cp852",
    "cp775",
    "cp858",
    "mac_",
)


def decode_text(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    results = charset_normalizer.from_bytes(data[:1_000_000])
    best = results.best()
    if best is None:
        raise IntakeError("unsupported_type", detail="binary data that is not text")
    encoding = best.encoding
    # Latin-script code pages are all plausible on Indonesian text and the detector's pick among them is
    # close to a coin toss (0xB1 is "±" in cp1252 but "ą" in cp1250). Windows-1252 is what Indonesian
    # offices' computers write, so it wins whenever the bytes are valid in it.
    if encoding.startswith(_LATIN_SCRIPT):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace"), encoding


def read_text(data: bytes, metadata: dict) -> list[RawPage]:
    text, encoding = decode_text(data)
    metadata["encoding"] = encoding
    return [RawPage(number=i + 1, text=t) for i, t in enumerate(text.split("\f"))]
