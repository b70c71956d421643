"""Upload acknowledgement latency of a real `jaring serve` (SQLite, a fresh data directory, the shipped model,
2 local workers) on a free loopback port.

A pemda, a unit and an uploader with a token are made with the offline commands (`jaring pemda add`,
`jaring unit add`, `jaring user add --password-stdin`, `jaring token create`). Then CLIENTS threads, each with
its own httpx client, POST one 1 MB file at a time to /api/v1/documents until UPLOADS uploads are done or
CAP_S seconds have passed (both bounds stop the run by themselves). Every file is the sample proposal PDF
with a unique 1 MB comment appended after %%EOF (a valid PDF, never a duplicate), so the workers extract
and classify each upload while later ones arrive, as at a deadline peak.

The latency is from sending the request to having the 202 answer: the body streamed to disk, the original
fsynced into the blob store, the rows committed. Target: p95 ≤ 100 ms at 20 clients.

By default every client sends its next file as soon as the previous one is answered (closed loop: the
latency then grows with whatever the server's throughput is). --rate R paces the clients to R uploads/s
in total (open loop: the latency of a server that keeps up with that arrival rate).

Run: python -m bench.upload_speed [--clients 20] [--uploads 200] [--cap-s 60] [--size-mb 1] [--rate R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

from bench.common import markdown_table, write_result
from bench.servers import jaring_serve, load_average

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "documents" / "proposal-si-pandai.pdf"
CLIENTS = 20
UPLOADS = 200
CAP_S = 60.0
SIZE_MB = 1.0
TARGET_P95_MS = 100.0
REQUEST_TIMEOUT_S = 30.0
PASSWORD = "bench-unggah-rahasia-1"


def payload(base: bytes, n: int, size: int) -> bytes:
    """The sample PDF padded to `size` bytes with a PDF comment after %%EOF, unique per n."""
    tag = f"\n% jaring upload bench {n} {os.urandom(8).hex()}\n".encode()
    filler = max(0, size - len(base) - len(tag) - 2)
    return base + tag + b"%" + os.urandom(filler // 2).hex().encode()[:filler] + b"\n"


def _setup(served) -> str:
    pemda = json.loads(served.jaring("pemda", "add", "--code", "bench", "--name", "Kabupaten Bench"))
    unit = json.loads(served.jaring("unit", "add", "--pemda", str(pemda["id"]), "--name", "Dinas Bench"))
    served.jaring(
        "user",
        "add",
        "--username",
        "bench-unggah",
        "--role",
        "uploader",
        "--unit",
        str(unit["id"]),
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    return served.jaring("token", "create", "--username", "bench-unggah").strip().splitlines()[-1]


def load_run(
    url: str, token: str, clients: int, uploads: int, cap_s: float, size: int, rate: float = 0.0
) -> dict[str, Any]:
    base = SAMPLE.read_bytes()
    lock = threading.Lock()
    issued = 0
    latencies: list[float] = []
    outcomes: Counter[str] = Counter()
    errors: list[str] = []
    begin = time.monotonic()
    deadline = begin + cap_s

    def take() -> tuple[int, float] | None:
        """The next upload's number and when it may be sent (now, unless paced)."""
        nonlocal issued
        with lock:
            if issued >= uploads or time.monotonic() >= deadline:
                return None
            issued += 1
            return issued, begin + (issued - 1) / rate if rate > 0 else 0.0

    def client_loop() -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=url, headers=headers, timeout=REQUEST_TIMEOUT_S) as client:
            while (turn := take()) is not None:
                n, send_at = turn
                body = payload(base, n, size)
                if send_at > time.monotonic():
                    time.sleep(min(send_at - time.monotonic(), cap_s))
                files = {"files": (f"proposal-{n:04d}.pdf", body, "application/pdf")}
                started = time.perf_counter()
                try:
                    response = client.post("/api/v1/documents", files=files)
                    elapsed = (time.perf_counter() - started) * 1000
                    outcome = str(response.status_code)
                    if response.status_code != 202:
                        with lock:
                            errors.append(f"{response.status_code}: {response.text[:200]}")
                except httpx.HTTPError as exc:
                    elapsed = (time.perf_counter() - started) * 1000
                    outcome = type(exc).__name__
                    with lock:
                        errors.append(f"{outcome}: {exc}")
                with lock:
                    outcomes[outcome] += 1
                    if outcome == "202":
                        latencies.append(elapsed)

    threads = [threading.Thread(target=client_loop, name=f"upload-client-{i}") for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(cap_s + REQUEST_TIMEOUT_S + 5)
    wall = time.perf_counter() - started
    latencies.sort()
    ok = len(latencies)
    return {
        "uploads": sum(outcomes.values()),
        "acknowledged": ok,
        "outcomes": dict(outcomes),
        "errors": errors[:20],
        "wall_s": wall,
        "uploads_per_s": ok / wall if wall else 0.0,
        "mb_per_s": ok * size / 1e6 / wall if wall else 0.0,
        "p50_ms": statistics.median(latencies) if latencies else None,
        "p95_ms": latencies[max(0, round(0.95 * ok + 0.5) - 1)] if latencies else None,
        "max_ms": latencies[-1] if latencies else None,
        "mean_ms": statistics.fmean(latencies) if latencies else None,
    }


def run(
    clients: int = CLIENTS,
    uploads: int = UPLOADS,
    cap_s: float = CAP_S,
    size_mb: float = SIZE_MB,
    rate: float = 0.0,
) -> dict[str, Any]:
    size = int(size_mb * 1_000_000)
    with jaring_serve(workers=2) as served:
        token = _setup(served)
        load_before = load_average()
        result = load_run(served.url, token, clients, uploads, cap_s, size, rate)
        load_after = load_average()
        with httpx.Client(base_url=served.url, headers={"Authorization": f"Bearer {token}"}) as client:
            listed = client.get("/api/v1/documents", params={"limit": 1}).json().get("total")
    return {
        "clients": clients,
        "paced_rate_per_s": rate or None,
        "upload_limit": uploads,
        "cap_s": cap_s,
        "size_bytes": size,
        "workers": 2,
        "database": "sqlite",
        "documents_listed_after": listed,
        "load_average_before": load_before,
        "load_average_after": load_after,
        "target_p95_ms": TARGET_P95_MS,
        "meets_target": result["p95_ms"] is not None
        and result["p95_ms"] <= TARGET_P95_MS
        and result["acknowledged"] == result["uploads"],
        **result,
    }


def report(result: dict[str, Any]) -> str:
    def ms(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    table = markdown_table(
        [
            "clients",
            "offered",
            "size",
            "uploads",
            "202",
            "errors",
            "p50 ms",
            "p95 ms",
            "max ms",
            "uploads/s",
            "MB/s",
        ],
        [
            [
                result["clients"],
                f"{result['paced_rate_per_s']:g}/s" if result["paced_rate_per_s"] else "closed loop",
                f"{result['size_bytes'] / 1e6:.1f} MB",
                result["uploads"],
                result["acknowledged"],
                result["uploads"] - result["acknowledged"],
                ms(result["p50_ms"]),
                ms(result["p95_ms"]),
                ms(result["max_ms"]),
                result["uploads_per_s"],
                result["mb_per_s"],
            ]
        ],
    )
    la0, la1 = result["load_average_before"], result["load_average_after"]
    errors = "".join(f"\n- {e}" for e in result["errors"][:5])
    return (
        f"### Upload acknowledgement, `jaring serve` on SQLite, {result['workers']} local workers\n\n"
        f"{table}\n\nOutcomes {result['outcomes']}; {result['documents_listed_after']} documents listed "
        f"afterwards; {result['wall_s']:.1f} s wall; load average {la0[0]:.2f} before, {la1[0]:.2f} after. "
        f"Target p95 ≤ {result['target_p95_ms']:.0f} ms: {'met' if result['meets_target'] else 'NOT met'}."
        + (f"\n\nFirst errors:{errors}" if errors else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--uploads", type=int, default=UPLOADS)
    parser.add_argument("--cap-s", type=float, default=CAP_S)
    parser.add_argument("--size-mb", type=float, default=SIZE_MB)
    parser.add_argument("--rate", type=float, default=0.0, help="uploads/s in total; 0: closed loop")
    args = parser.parse_args()
    result = run(args.clients, args.uploads, args.cap_s, args.size_mb, args.rate)
    write_result("upload_speed" if not args.rate else f"upload_speed_rate{args.rate:g}", result)
    print(report(result))


if __name__ == "__main__":
    main()
