"""One call per hand-written document: the text plus its labels, in the corpus README's format."""

from __future__ import annotations

from typing import Any


def doc(
    slug: str,
    document_type: str,
    text: str,
    *,
    bentuk: str | None = None,
    urusan: str | None = None,
    also: tuple[str, ...] | list[str] = (),
    jenis: str | None = None,
    tahapan: str | None = None,
    inisiator: str | None = None,
    nama: str | None = None,
    opd: str | None = None,
    pemda: str | None = None,
    ind: dict[str, int | None] | None = None,
    neg: tuple[str, ...] | list[str] = (),
    tags: tuple[str, ...] | list[str] = (),
) -> dict[str, Any]:
    """A document record; `build.py` numbers it, writes the text and checks the labels."""
    return {
        "slug": slug,
        "text": text,
        "labels": {
            "document_type": document_type,
            "bentuk": bentuk,
            "urusan": urusan,
            "urusan_also": list(also),
            "jenis": jenis,
            "tahapan": tahapan,
            "inisiator": inisiator,
            "nama_inovasi": nama,
            "opd": opd,
            "pemda": pemda,
            "indicators": dict(ind or {}),
            "negated": list(neg),
            "tags": list(tags),
        },
    }
