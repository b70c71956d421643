"""Pipeline throughput: documents/s through a real `jaring serve` (SQLite, a fresh data directory, the
shipped model, the local runner with 2 worker processes) on a free loopback port, end to end: from the
upload request (POST /api/v1/documents: originals stored, rows committed) to every document settled
(queued, or failed with its code), polled through GET /api/v1/documents?batch_id=.

The documents are the eight samples (samples/documents: a born-digital PDF, a scanned PDF and a sideways
photo that need OCR, a DOCX, a legacy .doc through LibreOffice, a cp1252 text, an encrypted and a truncated
PDF), each repeated REPEATS times with a small byte change (a comment after %%EOF, a ZIP comment, a
trailing block) so none is a duplicate and every one is extracted and classified. Two warm-up documents
are processed first, so the figure is the workers' steady state, not their start-up (reported apart).
Per sample: the outcome, the extraction time intake recorded (inside the isolated child) and when its
copies had settled, counted from the upload. Bounded: the run gives up after TIMEOUT_S.

Why through the server and not in-process: extraction runs in a fork-server child, and multiprocessing
re-imports the parent's __main__ module in every child; the cost of that depends on what __main__ is
(measured: ~0.3 s a document for the `jaring` script, ~2.3 s for a script importing the service), so only
the real server gives the real figure.

Run: python -m bench.pipeline_speed [--repeats 5] [--digital-only] [--timeout-s 900]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

from bench.common import markdown_table, write_result
from bench.servers import jaring_serve, load_average
from bench.upload_speed import _setup

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"
REPEATS = 5
WORKERS = 2
TIMEOUT_S = 900.0
POLL_S = 0.25
SETTLED = {"queued", "failed", "duplicate"}
NEEDS_OCR_OR_OFFICE = {"sk-tim-inovasi-scan.pdf", "daftar-hadir-foto.jpg", "notulen-rapat.doc"}


def variant(path: Path, n: int) -> bytes:
    """The sample's bytes with a small change that keeps the file readable."""
    data = path.read_bytes()
    tag = f"jaring pipeline bench copy {n}"
    suffix = path.suffix.lower()
    if suffix == ".docx":
        buffer = io.BytesIO(data)
        with zipfile.ZipFile(buffer, "a") as archive:
            archive.comment = tag.encode()
        return buffer.getvalue()
    if suffix == ".doc":  # OLE2: one more whole 512-byte sector at the end
        return data + tag.encode().ljust(512, b"\0")
    if suffix == ".txt":
        return data + f"\r\n{tag}\r\n".encode("cp1252")
    if suffix == ".pdf":
        return data + f"\n% {tag}\n".encode()
    return data + tag.encode()  # JPEG: bytes after the end-of-image marker are ignored


def sample_files(digital_only: bool) -> list[Path]:
    files = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix.lower() != ".md")
    if digital_only:
        files = [p for p in files if p.name not in NEEDS_OCR_OR_OFFICE]
    return files


def _upload(client: httpx.Client, named: list[tuple[str, bytes]]) -> tuple[int, list[int]]:
    files = [("files", (name, data, "application/octet-stream")) for name, data in named]
    response = client.post("/api/v1/documents", files=files)
    if response.status_code != 202:
        raise RuntimeError(f"upload refused: {response.status_code} {response.text[:300]}")
    body = response.json()
    return body["batch_id"], [d["id"] for d in body["documents"]]


def _wait(client: httpx.Client, batch_id: int, total: int, deadline: float, started: float) -> dict[int, Any]:
    """Polls the batch's documents until all are settled or the deadline passes. Returns, per document id,
    (status, error code, seconds from `started` to the first poll that saw it settled)."""
    seen: dict[int, Any] = {}
    while True:
        page = client.get("/api/v1/documents", params={"batch_id": batch_id, "limit": 500}).json()
        now = time.perf_counter() - started
        for item in page["items"]:
            if item["status"] in SETTLED and item["id"] not in seen:
                seen[item["id"]] = (item["status"], (item["error"] or {}).get("code"), now)
        if len(seen) >= total or time.monotonic() >= deadline:
            return seen
        time.sleep(POLL_S)


def run(repeats: int = REPEATS, digital_only: bool = False, timeout_s: float = TIMEOUT_S) -> dict[str, Any]:
    files = sample_files(digital_only)
    named = [(f"{n:02d}-{path.name}", variant(path, n)) for n in range(repeats) for path in files]
    with jaring_serve(workers=WORKERS) as served:
        token = _setup(served)
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=served.url, headers=headers, timeout=120) as client:
            started = time.perf_counter()
            warm = [
                (f"warmup-{k}.pdf", variant(SAMPLES / "proposal-si-pandai.pdf", 10_000 + k)) for k in (0, 1)
            ]
            warm_batch, warm_ids = _upload(client, warm)
            _wait(client, warm_batch, len(warm_ids), time.monotonic() + timeout_s, started)
            warmup_s = time.perf_counter() - started

            load_before = load_average()
            started = time.perf_counter()
            batch_id, ids = _upload(client, named)
            receive_s = time.perf_counter() - started
            seen = _wait(client, batch_id, len(ids), time.monotonic() + timeout_s, started)
            wall = max((t for _s, _c, t in seen.values()), default=time.perf_counter() - started)
            if len(seen) < len(ids):
                wall = time.perf_counter() - started
            load_after = load_average()
            views = {i: client.get(f"/api/v1/documents/{i}").json() for i in ids}

    by_sample: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"n": 0, "status": Counter(), "done_s": [], "extract_s": []}
    )
    for document_id, view in views.items():
        row = by_sample[view["file"].split("-", 1)[1]]
        row["n"] += 1
        status, code, done = seen.get(document_id, (view["status"], None, None))
        row["status"][f"{status}:{code}" if code else status] += 1
        if done is not None:
            row["done_s"].append(done)
        timings = ((view.get("extraction") or {}).get("timings")) or {}
        if timings.get("total_s") is not None:
            row["extract_s"].append(timings["total_s"])
    samples = [
        {
            "sample": name,
            "documents": row["n"],
            "outcomes": dict(row["status"]),
            "median_extract_s": statistics.median(row["extract_s"]) if row["extract_s"] else None,
            "median_settled_s": statistics.median(row["done_s"]) if row["done_s"] else None,
            "last_settled_s": max(row["done_s"]) if row["done_s"] else None,
        }
        for name, row in sorted(by_sample.items())
    ]
    return {
        "workers": WORKERS,
        "database": "sqlite",
        "server": "jaring serve",
        "repeats": repeats,
        "digital_only": digital_only,
        "documents": len(named),
        "received": len(ids),
        "settled": len(seen),
        "timed_out": len(seen) < len(ids),
        "warmup_s": warmup_s,
        "receive_s": receive_s,
        "wall_s": wall,
        "documents_per_s": len(seen) / wall if wall else 0.0,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "samples": samples,
    }


def report(result: dict[str, Any]) -> str:
    table = markdown_table(
        [
            "sample",
            "documents",
            "outcomes",
            "median extraction s",
            "median settled at s",
            "last settled at s",
        ],
        [
            [
                s["sample"],
                s["documents"],
                ", ".join(f"{k} {v}" for k, v in s["outcomes"].items()),
                "—" if s["median_extract_s"] is None else f"{s['median_extract_s']:.2f}",
                "—" if s["median_settled_s"] is None else f"{s['median_settled_s']:.1f}",
                "—" if s["last_settled_s"] is None else f"{s['last_settled_s']:.1f}",
            ]
            for s in result["samples"]
        ],
    )
    la0, la1 = result["load_average_before"], result["load_average_after"]
    kind = "born-digital samples only" if result["digital_only"] else "all eight samples"
    return (
        f"### Pipeline throughput, `jaring serve`, {result['workers']} local workers, SQLite ({kind})\n\n"
        f"**{result['documents_per_s']:.2f} documents/s**: "
        f"{result['settled']}/{result['documents']} documents settled in {result['wall_s']:.1f} s "
        f"from the upload (the upload request itself {result['receive_s']:.2f} s)"
        f"{' — TIMED OUT' if result['timed_out'] else ''}; worker start-up and warm-up "
        f"{result['warmup_s']:.1f} s (not counted); load average {la0[0]:.2f} before, {la1[0]:.2f} after.\n\n"
        f"{table}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument("--digital-only", action="store_true", help="leave out the OCR and .doc samples")
    parser.add_argument("--timeout-s", type=float, default=TIMEOUT_S)
    args = parser.parse_args()
    result = run(args.repeats, args.digital_only, args.timeout_s)
    name = "pipeline_speed_digital" if args.digital_only else "pipeline_speed"
    write_result(name, result)
    print(report(result))


if __name__ == "__main__":
    main()
