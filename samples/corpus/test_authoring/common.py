"""Helpers for the hand-written test documents: one record per document, plus an OCR-noise filter."""

from __future__ import annotations

import random
import re

INDICATORS = [
    "regulasi", "sdm", "anggaran", "alat_kerja", "bimtek", "rkpd", "aktor", "pelaksana", "jejaring",
    "sosialisasi", "pedoman_teknis", "informasi_layanan", "kemudahan_proses", "pengaduan",
    "layanan_terintegrasi", "replikasi", "kecepatan_penciptaan", "kemanfaatan", "monev", "video",
]


def doc(doctype: str, slug: str, text: str, **labels) -> dict:
    """One test document: its text (pages separated by form feeds) and its gold labels."""
    record = {
        "document_type": doctype,
        "slug": slug,
        "text": text.strip("\n") + "\n",
        "bentuk": None,
        "urusan": None,
        "urusan_also": [],
        "jenis": None,
        "tahapan": None,
        "inisiator": None,
        "nama_inovasi": None,
        "opd": None,
        "pemda": None,
        "indicators": {},
        "negated": [],
        "tags": [],
    }
    unknown = set(labels) - set(record)
    if unknown:
        raise ValueError(f"{slug}: unknown label keys {sorted(unknown)}")
    record.update(labels)
    return record


_SWAPS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("I", "l"), ("e", "c"), ("a", "o"), ("S", "5")]


def ocr_noise(text: str, seed: int, rate: float = 0.07) -> str:
    """Damage a text the way a poor scan does: rn→m, l→1, O→0, broken words and stray symbols."""
    rng = random.Random(seed)
    out = []
    for token in re.split(r"(\s+)", text):
        if not token or token.isspace() or rng.random() > rate * 3:
            out.append(token)
            continue
        roll = rng.random()
        if roll < 0.55:
            for old, new in rng.sample(_SWAPS, len(_SWAPS)):
                if old in token:
                    token = token.replace(old, new, 1)
                    break
        elif roll < 0.75 and len(token) > 5:
            cut = rng.randint(2, len(token) - 2)
            token = token[:cut] + " " + token[cut:]
        elif roll < 0.9:
            token = token + rng.choice(["'", "~", ".", ",", "|", "°", "»"])
        else:
            token = rng.choice(["¦", "•", "_"]) + token
        out.append(token)
    return "".join(out)
