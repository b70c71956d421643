"""Limits and switches of one extraction. Defaults suit a laptop; the service passes its settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

OcrMode = Literal["auto", "always", "never"]


@dataclass(frozen=True)
class ExtractOptions:
    ocr: OcrMode = "auto"
    ocr_lang: str = "ind+eng"
    ocr_dpi: int = 300
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 1000
    timeout_s: float = 120.0
    memory_mb: int = 1024
    convert_timeout_s: float = 60.0
    # ZIP batches: a bomb is refused by member count, total unpacked size or compression ratio.
    zip_max_members: int = 2000
    zip_max_unpacked: int = 1024 * 1024 * 1024
    zip_max_ratio: float = 200.0
    zip_max_depth: int = 2
    tables: bool = True
