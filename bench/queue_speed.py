"""Queue page speed at 100,000 review items, on SQLite and on PostgreSQL (a real server the bench starts).

The rows are generated (seeded, so every run loads the same data) with a realistic spread: 5 pemda of
unequal size, 40 units, 38 urusan, 3 bentuk and 14 document types with skewed frequencies, per-label
confidences drawn from a Beta distribution (the item's confidence is the lowest), each of the 20
indicators missing with its own probability, and states pending 70% / claimed 3% (a third of those with a
lapsed lease) / decided 27%. Pemda, units, users, batches, documents, assessments (small: labels only) and
review items are written with multi-row INSERTs, not one ORM object at a time; then ANALYZE (SQLite) or
VACUUM ANALYZE (PostgreSQL).

Each case is `review.queue.list_queue` (50 items, a fresh session per call as a request has) as an admin
and as a reviewer of the largest pemda: the default view and every filter kind, page 1 and a deep page.
Reported: p50/p95/max over REPEATS calls (after one warm-up call). Target: p95 ≤ 100 ms on both.

Run: python -m bench.queue_speed [--items 100000] [--repeats 20] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select, text
from sqlalchemy.orm import selectinload

from bench.common import markdown_table, write_result
from bench.servers import load_average, pg_database, postgresql
from classifier.catalogue import load_catalogue
from review.db import make_engine, migrate, session_factory
from review.models import (
    AssessmentRecord,
    Batch,
    Document,
    DocumentStatus,
    ItemState,
    Pemda,
    ReviewItem,
    Role,
    Unit,
    User,
    missing_mask_of,
    user_pemda,
)
from review.pipeline import priority_for
from review.queue import QueueFilters, list_queue

ITEMS = 100_000
REPEATS = 20
PAGE = 50
DEEP_OFFSET = 10_000  # page 201, or the last page when fewer match
TARGET_P95_MS = 100.0
SEED = 20261122
CHUNK = 5_000
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MODEL_VERSION = "bench-2026.11"

PEMDA = [("7605", "Kabupaten Majene", 0.35), ("3273", "Kota Bandung", 0.25), ("6471", "Kota Balikpapan", 0.2)]
PEMDA += [("3514", "Kabupaten Pasuruan", 0.12), ("9471", "Kota Jayapura", 0.08)]
UNITS_PER_PEMDA = 8
UNIT_NAMES = [
    "Dinas Kesehatan",
    "Dinas Pendidikan dan Kebudayaan",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Badan Perencanaan Pembangunan Daerah",
    "Dinas Sosial",
    "Dinas Komunikasi dan Informatika",
    "Badan Kepegawaian dan Pengembangan SDM",
]
DOCUMENT_TYPE_WEIGHTS = {
    "proposal": 20,
    "laporan": 15,
    "regulasi": 12,
    "surat_tugas": 6,
    "undangan_daftar_hadir": 10,
    "sertifikat": 3,
    "anggaran": 6,
    "perencanaan": 5,
    "sop": 6,
    "pedoman": 4,
    "kerja_sama": 3,
    "evaluasi": 4,
    "publikasi": 3,
    "lainnya": 3,
}
BENTUK_WEIGHTS = {"pelayanan_publik": 55, "tata_kelola": 30, "urusan_lainnya": 15}
# How often each indicator has no evidence in one document (most documents show only a few indicators).
MISSING_P = {
    "regulasi": 0.45,
    "sdm": 0.55,
    "anggaran": 0.6,
    "alat_kerja": 0.7,
    "bimtek": 0.75,
    "rkpd": 0.8,
    "aktor": 0.5,
    "pelaksana": 0.5,
    "jejaring": 0.8,
    "sosialisasi": 0.65,
    "pedoman_teknis": 0.7,
    "informasi_layanan": 0.75,
    "kemudahan_proses": 0.8,
    "pengaduan": 0.85,
    "layanan_terintegrasi": 0.85,
    "replikasi": 0.95,
    "kecepatan_penciptaan": 0.6,
    "kemanfaatan": 0.65,
    "monev": 0.7,
    "video": 0.97,
}


# Loading --------------------------------------------------------------------------------------------------


def _weighted(rng: random.Random, weights: dict[str, float]) -> Callable[[], str]:
    names, w = list(weights), list(weights.values())
    return lambda: rng.choices(names, w)[0]


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def load(engine: Engine, items: int, seed: int = SEED) -> dict[str, Any]:
    """Writes the generated world into a migrated, empty database. Returns what the cases need."""
    rng = random.Random(seed)
    catalogue = load_catalogue()
    mandatory = {i.code for i in catalogue.indicators if i.mandatory}
    urusan_codes = list(catalogue.codes("urusan"))
    urusan = _weighted(rng, {code: 1 / (rank + 1) ** 0.9 for rank, code in enumerate(urusan_codes)})
    document_type = _weighted(rng, DOCUMENT_TYPE_WEIGHTS)
    bentuk = _weighted(rng, BENTUK_WEIGHTS)
    tahapan_codes = list(catalogue.codes("tahapan"))
    inisiator_codes = list(catalogue.codes("inisiator"))
    created0 = NOW - timedelta(days=60)

    pemda_rows = [{"id": n + 1, "code": c, "name": name} for n, (c, name, _w) in enumerate(PEMDA)]
    unit_rows = [
        {"id": p * UNITS_PER_PEMDA + k + 1, "pemda_id": p + 1, "name": UNIT_NAMES[k]}
        for p in range(len(PEMDA))
        for k in range(UNITS_PER_PEMDA)
    ]
    users = [{"id": 1, "username": "bench-admin", "role": Role.admin, "unit_id": None}]
    users += [
        {"id": 2 + p, "username": f"bench-reviewer-{p + 1}", "role": Role.reviewer, "unit_id": None}
        for p in range(len(PEMDA))
    ]
    uploader_of = {}
    for unit in unit_rows:
        uploader_of[unit["id"]] = len(users) + 1
        users.append(
            {"id": len(users) + 1, "username": f"bench-unit-{unit['id']}", "role": Role.uploader}
            | {"unit_id": unit["id"]}
        )
    for user in users:
        user |= {"password_hash": "not-used", "active": True, "must_change_password": False}
        user["created_at"] = created0
    reviewer_pemda = [{"user_id": 2 + p, "pemda_id": p + 1} for p in range(len(PEMDA))]

    # Units within a pemda are unequal too: the first is the busiest.
    unit_weights = [w / (k + 1) for _c, _n, w in PEMDA for k in range(UNITS_PER_PEMDA)]
    batches: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    assessments: list[dict[str, Any]] = []
    review_items: list[dict[str, Any]] = []
    open_batch: dict[int, tuple[int, int]] = {}  # unit -> (batch id, documents left in it)
    step = timedelta(days=60) / items
    for n in range(1, items + 1):
        unit = rng.choices(unit_rows, unit_weights)[0]
        unit_id, pemda_id = unit["id"], unit["pemda_id"]
        batch_id, left = open_batch.get(unit_id, (0, 0))
        created = created0 + step * n + timedelta(seconds=rng.uniform(-600, 600))
        if left == 0:
            batch_id, left = len(batches) + 1, rng.randint(1, 60)
            batches.append(
                {"id": batch_id, "unit_id": unit_id, "uploader_id": uploader_of[unit_id], "refused": []}
                | {"created_at": created}
            )
        open_batch[unit_id] = (batch_id, left - 1)

        labels = {
            "document_type": document_type(),
            "bentuk": bentuk(),
            "urusan": urusan(),
            "jenis": "digital" if rng.random() < 0.6 else "non_digital",
            "tahapan": rng.choice(tahapan_codes),
            "inisiator": rng.choice(inisiator_codes),
        }
        confidences = {name: rng.betavariate(6, 1.6) for name in labels}
        confidence = round(
            min(confidences[f] for f in ("document_type", "bentuk", "urusan", "jenis", "tahapan")), 4
        )
        missing = [code for code, p in MISSING_P.items() if rng.random() < p]
        missing_mandatory = sum(1 for code in missing if code in mandatory)
        reasons = [f"low_confidence:{f}" for f, c in confidences.items() if c < 0.6]
        draw = rng.random()
        state, claimed_by, expires, decided_at = ItemState.pending, None, None, None
        if draw < 0.03:
            state, claimed_by = ItemState.claimed, 2 + pemda_id - 1
            lapsed = draw < 0.01
            expires = NOW + timedelta(minutes=-30 if lapsed else 10)
        elif draw > 0.73:
            state, claimed_by, decided_at = ItemState.decided, 2 + pemda_id - 1, created + timedelta(days=2)
        status = DocumentStatus.queued
        if state is ItemState.decided:
            status = DocumentStatus.rejected if rng.random() < 0.1 else DocumentStatus.decided
        sha = hashlib.sha256(f"bench document {n}".encode()).hexdigest()
        documents.append(
            {
                "id": n,
                "batch_id": batch_id,
                "unit_id": unit_id,
                "uploader_id": uploader_of[unit_id],
                "dossier_id": None,
                "file_name": f"{labels['document_type']}-{n:06d}.pdf",
                "sha256": sha,
                "size": rng.randint(20_000, 5_000_000),
                "media_type": "application/pdf",
                "status": status,
                "created_at": created,
                "updated_at": decided_at or created,
            }
        )
        assessments.append(
            {
                "id": n,
                "sha256": sha,
                "model_version": MODEL_VERSION,
                "data": {
                    **{f: {"label": v, "confidence": round(confidences[f], 4)} for f, v in labels.items()},
                    "missing_indicators": missing,
                    "needs_review": bool(reasons),
                    "review_reasons": reasons,
                    "model_version": MODEL_VERSION,
                },
                "created_at": created,
            }
        )
        review_items.append(
            {
                "id": n,
                "document_id": n,
                "assessment_id": n,
                "state": state,
                "confidence": confidence,
                "missing_mandatory": missing_mandatory,
                "priority": priority_for(confidence, missing_mandatory),
                "needs_review": bool(reasons),
                "reasons": reasons,
                "labels": labels,
                "missing_indicators": missing,
                "missing_mask": missing_mask_of(missing),  # the ORM sets it on normal writes
                "pemda_id": pemda_id,
                "unit_id": unit_id,
                "batch_id": batch_id,
                **{f: labels[f] for f in ("document_type", "bentuk", "urusan", "jenis", "tahapan")},
                "claimed_by_id": claimed_by,
                "claim_expires_at": expires,
                "version": 1,
                "created_at": created,
                "decided_at": decided_at,
            }
        )
    started = time.perf_counter()
    with engine.begin() as conn:
        for table, rows in (
            (Pemda.__table__, pemda_rows),
            (Unit.__table__, unit_rows),
            (User.__table__, users),
            (user_pemda, reviewer_pemda),
            (Batch.__table__, batches),
            (Document.__table__, documents),
            (AssessmentRecord.__table__, assessments),
            (ReviewItem.__table__, review_items),
        ):
            for chunk in _chunks(rows):
                conn.execute(insert(table), chunk)
        if engine.dialect.name == "postgresql":
            for table in ("pemda", "units", "users", "batches", "documents", "assessments", "review_items"):
                conn.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
                )
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    analyze_s = time.perf_counter() - started

    biggest_pemda = 1
    pemda_units = [u["id"] for u in unit_rows if u["pemda_id"] == biggest_pemda]
    batch_sizes: dict[int, int] = {}
    for row in review_items:
        batch_sizes[row["batch_id"]] = batch_sizes.get(row["batch_id"], 0) + 1
    busiest_batch = max(
        (b for b in batches if b["unit_id"] in pemda_units), key=lambda b: (batch_sizes[b["id"]], b["id"])
    )
    return {
        "load_s": load_s,
        "analyze_s": analyze_s,
        "rows": {"batches": len(batches), "documents": len(documents), "review_items": len(review_items)},
        "admin_id": 1,
        "reviewer_id": 2 + biggest_pemda - 1,
        "pemda_id": biggest_pemda,
        "unit_id": pemda_units[0],
        "batch_id": busiest_batch["id"],
    }


# Cases ----------------------------------------------------------------------------------------------------


def cases(world: dict[str, Any]) -> list[tuple[str, QueueFilters]]:
    """Every filter kind once, with values a reviewer would pick (a common and a mid-frequency one)."""
    return [
        ("default (open)", QueueFilters()),
        ("pemda", QueueFilters(pemda_id=world["pemda_id"])),
        ("unit", QueueFilters(unit_id=world["unit_id"])),
        ("batch", QueueFilters(batch_id=world["batch_id"])),
        ("urusan=kesehatan", QueueFilters(urusan="kesehatan")),
        ("urusan=pariwisata", QueueFilters(urusan="pariwisata")),
        ("bentuk=tata_kelola", QueueFilters(bentuk="tata_kelola")),
        ("jenis=non_digital", QueueFilters(jenis="non_digital")),
        ("document_type=sop", QueueFilters(document_type="sop")),
        ("missing=regulasi", QueueFilters(missing_indicator="regulasi")),
        ("missing=video", QueueFilters(missing_indicator="video")),
        ("state=pending", QueueFilters(state="pending")),
        ("state=claimed", QueueFilters(state="claimed")),
        ("state=decided", QueueFilters(state="decided")),
        ("state=all", QueueFilters(state="all")),
        ("confidence 0.5-0.7", QueueFilters(min_confidence=0.5, max_confidence=0.7)),
        (
            "urusan+missing+confidence",
            QueueFilters(urusan="kesehatan", missing_indicator="sdm", max_confidence=0.8),
        ),
    ]


def _user(factory, user_id: int) -> User:
    with factory() as session:
        user = session.scalar(
            select(User).options(selectinload(User.pemda), selectinload(User.unit)).where(User.id == user_id)
        )
        session.expunge(user)
        return user


def measure(engine: Engine, world: dict[str, Any], repeats: int) -> list[dict[str, Any]]:
    factory = session_factory(engine)
    people = {"admin": _user(factory, world["admin_id"]), "reviewer": _user(factory, world["reviewer_id"])}
    rows = []
    for role, user in people.items():
        for name, filters in cases(world):
            if role == "reviewer" and name == "pemda":
                continue  # a reviewer of one pemda: the same as the default view
            with factory() as session:
                _items, total = list_queue(session, user, filters, limit=PAGE, now=NOW)
            last = max(0, (total - 1) // PAGE * PAGE)
            for page, offset in (("1", 0), ("deep", min(DEEP_OFFSET, last))):
                times = []
                got = 0
                for _ in range(repeats + 1):  # the first call warms the caches and is not counted
                    started = time.perf_counter()
                    with factory() as session:
                        items, _total = list_queue(session, user, filters, limit=PAGE, offset=offset, now=NOW)
                    times.append((time.perf_counter() - started) * 1000)
                    got = len(items)
                times = sorted(times[1:])
                rows.append(
                    {
                        "role": role,
                        "case": name,
                        "page": page if page == "1" else f"offset {offset}",
                        "total": total,
                        "items": got,
                        "p50_ms": statistics.median(times),
                        "p95_ms": _percentile(times, 0.95),
                        "max_ms": times[-1],
                        "filters": {k: v for k, v in asdict(filters).items() if v is not None},
                    }
                )
    return rows


def _percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of sorted values (of 20 calls, p95 is the 19th)."""
    rank = max(1, min(len(sorted_values), math.ceil(q * len(sorted_values))))
    return sorted_values[rank - 1]


def run_backend(backend: str, items: int, repeats: int) -> dict[str, Any]:
    load_before = load_average()
    if backend == "sqlite":
        with tempfile.TemporaryDirectory(prefix="jaring-queue-bench-") as tmp:
            engine = make_engine(f"sqlite:///{Path(tmp) / 'jaring.db'}")
            try:
                migrate(engine)
                world = load(engine, items)
                rows = measure(engine, world, repeats)
            finally:
                engine.dispose()
    else:
        with postgresql() as server:
            engine = make_engine(pg_database(server, "queue_bench"))
            try:
                migrate(engine)
                world = load(engine, items)
                rows = measure(engine, world, repeats)
            finally:
                engine.dispose()
    return {
        "backend": backend,
        "items": items,
        "repeats": repeats,
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "world": world,
        "rows": rows,
        "worst_p95_ms": max(r["p95_ms"] for r in rows),
        "meets_target": all(r["p95_ms"] <= TARGET_P95_MS for r in rows),
    }


def run(
    items: int = ITEMS, repeats: int = REPEATS, backends: tuple[str, ...] = ("sqlite", "postgresql")
) -> dict:
    return {"target_p95_ms": TARGET_P95_MS, "backends": [run_backend(b, items, repeats) for b in backends]}


def report(result: dict[str, Any]) -> str:
    parts = []
    for b in result["backends"]:
        table = markdown_table(
            ["role", "case", "page", "total", "p50 ms", "p95 ms", "max ms"],
            [
                [r["role"], r["case"], r["page"], r["total"], r["p50_ms"], r["p95_ms"], r["max_ms"]]
                for r in b["rows"]
            ],
        )
        la0, la1 = b["load_average_before"], b["load_average_after"]
        parts.append(
            f"### Queue page, {b['backend']}, {b['items']:,} items ({b['repeats']} calls a case)\n\n"
            f"Loaded in {b['world']['load_s']:.1f} s, analysed in {b['world']['analyze_s']:.1f} s; "
            f"load average {la0[0]:.2f} before, {la1[0]:.2f} after. Worst p95 {b['worst_p95_ms']:.1f} ms "
            f"(target ≤ {result['target_p95_ms']:.0f} ms: {'met' if b['meets_target'] else 'NOT met'}).\n\n"
            f"{table}"
        )
    return "\n\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=ITEMS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    result = run(args.items, args.repeats, backends)
    write_result("queue_speed", result)
    print(report(result))


if __name__ == "__main__":
    main()
