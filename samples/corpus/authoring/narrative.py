"""Training documents of the narrative types: proposal, laporan, evaluasi, publikasi, pedoman, sop, lainnya.

`generate(seed)` writes nothing: it returns one dict per document, the label object of
samples/corpus/README.md plus "text". The CLI writes the texts and labels-narrative.jsonl:

    python -m samples.corpus.authoring.narrative --out samples/corpus/train
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from . import (
    narrative_evaluasi,
    narrative_lainnya,
    narrative_laporan,
    narrative_proposal,
    narrative_publikasi,
)
from .narrative_bank import INNOVATIONS, Innovation
from .narrative_evidence import Draft
from .narrative_facts import Facts, derive
from .narrative_noise import ocr_noise
from .narrative_places import REGIONS, region
from .narrative_procedures import GUIDE_LAYOUTS, SOP_LAYOUTS

TYPE_COUNTS = {
    "proposal": 64,
    "laporan": 56,
    "evaluasi": 30,
    "publikasi": 36,
    "pedoman": 26,
    "sop": 28,
    "lainnya": 28,
}
NEWS_WITHOUT_INNOVATION = 10
TWO_INNOVATIONS = 12
SCANNED = 14
ENGLISH = 10
MIN_PER_URUSAN = 4
# Relative number of documents per innovation: makes kesehatan the largest class while pendidikan and desa,
# with fewer innovations in the bank, still reach their share.
SECTOR_WEIGHT = {"kesehatan": 1.0, "pendidikan": 1.5, "desa": 2.2}
# Rarer initiators get a few more documents so that every initiator appears many times.
INITIATOR_WEIGHT = {"anggota_dprd": 1.6, "masyarakat": 1.3, "kepala_daerah": 1.2, "asn": 1.2}

LAYOUTS: dict[str, list[tuple[Callable[[Draft], str], int]]] = {
    "proposal": narrative_proposal.LAYOUTS,
    "laporan": narrative_laporan.LAYOUTS,
    "evaluasi": narrative_evaluasi.LAYOUTS,
    "publikasi": narrative_publikasi.LAYOUTS,
    "pedoman": GUIDE_LAYOUTS,
    "sop": SOP_LAYOUTS,
    "lainnya": narrative_lainnya.LAYOUTS,
}
SUPPORTS_SECOND = {"annual_report", "monev_internal", "impact_study", "news_article", "slides"}


def _fits_type(inv: Innovation, doc_type: str) -> bool:
    live = inv.tahapan != "inisiatif"
    return {
        "laporan": live,
        "evaluasi": live,
        "pedoman": live,
        "sop": live and (inv.bentuk != "urusan_lainnya" or inv.key % 3 == 0),
    }.get(doc_type, True)


def _fits_layout(inv: Innovation, name: str) -> bool:
    live = inv.tahapan != "inisiatif"
    service = inv.bentuk == "pelayanan_publik"
    return {
        "manual_book": inv.digital,
        "quick_guide": service or inv.digital,
        "puskesmas_sop": inv.urusan == "kesehatan",
        "service_standard": service,
        "skm_report": service,
        "leaflet": service and live,
        "documentation": live,
        "beneficiary_recap": live,
        "channel_screenshots": live and service,
        "testimony": live and service,
        "idea_submission": inv.tahapan == "inisiatif" or inv.inisiator in {"asn", "masyarakat"},
        "timeline_proposal": live,
    }.get(name, True)


def _assign(rng: random.Random) -> list[tuple[str, Innovation | None]]:
    """Document type slots matched to innovations: every innovation at least once, then by sector weight."""
    slots = [t for t, n in TYPE_COUNTS.items() for _ in range(n)]
    rng.shuffle(slots)
    # the most constrained types pick first so that inisiatif innovations do not starve
    slots.sort(key=lambda t: {"sop": 0, "pedoman": 1, "evaluasi": 2, "laporan": 3}.get(t, 4))
    used = {inv.key: 0 for inv in INNOVATIONS}
    out: list[tuple[str, Innovation | None]] = []
    news_left = NEWS_WITHOUT_INNOVATION
    for doc_type in slots:
        if doc_type == "publikasi" and news_left:
            news_left -= 1
            out.append((doc_type, None))
            continue
        candidates = [inv for inv in INNOVATIONS if _fits_type(inv, doc_type)]
        # inisiatif innovations only fit a few types: let them take proposals and publications first
        best = min(
            candidates,
            key=lambda inv: (
                used[inv.key] / SECTOR_WEIGHT.get(inv.urusan, 1.0) / INITIATOR_WEIGHT.get(inv.inisiator, 1.0),
                inv.tahapan != "inisiatif",
                rng.random(),
            ),
        )
        used[best.key] += 1
        out.append((doc_type, best))
    rng.shuffle(out)
    return out


def _choose_layout(rng: random.Random, doc_type: str, inv: Innovation) -> Callable[[Draft], str]:
    options = [(fn, w) for fn, w in LAYOUTS[doc_type] if _fits_layout(inv, fn.__name__)]
    return rng.choices([fn for fn, _ in options], weights=[w for _, w in options])[0]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "dokumen"


def _second(rng: random.Random, inv: Innovation) -> Innovation:
    """Another innovation of the same region, else of the same province: documents pair their own."""
    others = [o for o in INNOVATIONS if o.key != inv.key]
    province = region(inv.pemda).province
    same = [o for o in others if o.pemda == inv.pemda] or [
        o for o in others if region(o.pemda).province == province
    ]
    return rng.choice(same or others)


def _labels(d: Draft, text: str, doc_type: str) -> dict:
    inv = d.inv
    shown = d.shown
    also = list(inv.urusan_also) if "also" in shown and "urusan" in shown else []
    opd = inv.opd if inv.opd in text else (inv.unit if inv.unit and inv.unit in text else None)
    tags = set(d.tags)
    if d.negated:
        tags.add("negation")
    if also:
        tags.add("two_sector")
    return {
        "document_type": doc_type,
        "bentuk": inv.bentuk if "bentuk" in shown else None,
        "urusan": inv.urusan if "urusan" in shown else None,
        "urusan_also": also,
        "jenis": inv.jenis if "jenis" in shown else None,
        "tahapan": inv.tahapan if "tahapan" in shown else None,
        "inisiator": inv.inisiator if "inisiator" in shown else None,
        "nama_inovasi": inv.name if inv.name in text else None,
        "opd": opd,
        "pemda": inv.pemda if inv.pemda in text else None,
        "indicators": {code: d.indicators[code] for code in sorted(d.indicators)},
        "negated": sorted(set(d.negated)),
        "tags": sorted(tags),
    }


class _Writer:
    """Numbers the documents and keeps the quotas for the hard cases spread over the run."""

    def __init__(self, seed: int):
        self.seed = seed
        self.facts: dict[int, Facts] = {inv.key: derive(inv, seed) for inv in INNOVATIONS}
        self.seconds_left, self.scans_left, self.english_left = TWO_INNOVATIONS, SCANNED, ENGLISH
        self.number = 0

    def document(self, doc_type: str, inv: Innovation | None, layout=None) -> dict:
        self.number += 1
        rng = random.Random(self.seed * 100_003 + self.number)
        if inv is None:
            reg = region(rng.choice(sorted(REGIONS)))
            text, organiser = narrative_publikasi.competition_news(reg, rng)
            label = {
                "document_type": "publikasi",
                "bentuk": None,
                "urusan": None,
                "urusan_also": [],
                "jenis": None,
                "tahapan": None,
                "inisiator": None,
                "nama_inovasi": None,
                "opd": organiser if organiser in text else None,
                "pemda": reg.pemda if reg.pemda in text else None,
                "indicators": {},
                "negated": [],
                "tags": ["news_no_innovation"],
            }
            slug = _slug(text.split("\n")[0])
        else:
            layout = layout or _choose_layout(rng, doc_type, inv)
            d = Draft(self.facts[inv.key], rng, doc_type)
            if layout.__name__ in SUPPORTS_SECOND and self.seconds_left and rng.random() < 0.45:
                d.second = _second(rng, inv)
                self.seconds_left -= 1
            if (
                self.english_left
                and doc_type in {"proposal", "laporan", "evaluasi", "lainnya"}
                and rng.random() < 0.12
            ):
                d.english = True
                self.english_left -= 1
            text = layout(d)
            label = _labels(d, text, doc_type)
            if (
                self.scans_left
                and doc_type in {"laporan", "sop", "pedoman", "evaluasi", "lainnya"}
                and rng.random() < 0.14
            ):
                self.scans_left -= 1
                text = ocr_noise(text, rng, set(inv.name.split()) | {inv.name})
                label["tags"] = sorted({*label["tags"], "ocr_noise"})
            slug = _slug(inv.name)
        if len(text.split()) < 80:
            label["tags"] = sorted({*label["tags"], "short"})
        return {"file": f"n{self.number:04d}-{doc_type}-{slug}.txt", **label, "text": text}


def generate(seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    writer = _Writer(seed)
    docs = [writer.document(doc_type, inv) for doc_type, inv in _assign(rng)]
    # Top up sectors whose documents happened to leave the sector unstated, with full proposals.
    counts = Counter(doc["urusan"] for doc in docs)
    for code in sorted({inv.urusan for inv in INNOVATIONS}):
        pool = [inv for inv in INNOVATIONS if inv.urusan == code]
        while counts[code] < MIN_PER_URUSAN:
            inv = pool[counts[code] % len(pool)]
            layout = rng.choice([narrative_proposal.rancang_bangun, narrative_proposal.latar_belakang])
            docs.append(writer.document("proposal", inv, layout))
            counts[code] += 1
    return docs


def write(out_dir: Path, seed: int = 7) -> list[dict]:
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = generate(seed)
    for old in out_dir.glob("n[0-9][0-9][0-9][0-9]-*.txt"):
        old.unlink()  # a rerun with other counts must not leave stale files behind
    with (out_dir / "labels-narrative.jsonl").open("w", encoding="utf-8") as labels:
        for doc in docs:
            (out_dir / doc["file"]).write_text(doc["text"], encoding="utf-8")
            labels.write(json.dumps({k: v for k, v in doc.items() if k != "text"}, ensure_ascii=False) + "\n")
    return docs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("samples/corpus/train"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    docs = write(args.out, args.seed)
    print(f"wrote {len(docs)} documents and labels-narrative.jsonl to {args.out}")


if __name__ == "__main__":
    main()
