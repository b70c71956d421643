"""Bad input gets a 4xx with a stable code and a sentence, never a 500: wrong file types, oversize uploads
(refused while streaming), broken ZIPs, unknown units, expired claims, deciding a decided item, two
reviewers at once, malformed requests."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import anyio

from review.db import transaction
from review.models import ReviewItem
from tests.api.conftest import TEST_PASSWORD, UPLOAD_LIMIT, World


def error(r) -> str:
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    body = r.json()["error"]
    assert body["message"]  # a sentence for people, in English and Indonesian
    return body["code"]


# Uploads ----------------------------------------------------------------------------------------------


def test_a_file_of_an_unsupported_type_is_refused_with_its_code(world: World) -> None:
    """GIVEN a Windows executable WHEN uploaded alone THEN 422 unsupported_type, and the batch records it"""
    r = world.upload("uploader", [("program.exe", b"MZ\x90\x00" + bytes(range(256)) * 40)])
    assert r.status_code == 422 and error(r) == "unsupported_type"
    assert r.json()["refused"][0]["file"] == "program.exe"
    batch = world.client.get(f"/api/v1/batches/{r.json()['batch_id']}", headers=world.h("uploader")).json()
    assert batch["failed"][0]["code"] == "unsupported_type"


def test_a_bad_file_next_to_a_good_one_is_listed_as_refused(world: World) -> None:
    """GIVEN one readable file and one executable in one upload WHEN sent THEN 202: the good one became a
    document, the other is in `refused` with its code"""
    r = world.upload(
        "uploader",
        [("catatan.txt", b"Catatan rapat inovasi desa, 2024.\n" * 30), ("x.exe", b"MZ" + b"\0" * 900)],
    )
    assert r.status_code == 202
    assert [d["file"] for d in r.json()["documents"]] == ["catatan.txt"]
    assert [(f["file"], f["code"]) for f in r.json()["refused"]] == [("x.exe", "unsupported_type")]


def test_an_oversize_file_gets_413(world: World) -> None:
    """GIVEN a file one byte over the limit WHEN uploaded THEN 413 too_large and no batch is made"""
    before = world.client.get("/api/v1/documents", headers=world.h("uploader")).json()["total"]
    r = world.upload("uploader", [("besar.txt", b"a" * (UPLOAD_LIMIT + 1))])
    assert r.status_code == 413 and error(r) == "too_large"
    assert world.client.get("/api/v1/documents", headers=world.h("uploader")).json()["total"] == before


def _multipart_start(boundary: str, name: str = "besar.txt") -> bytes:
    return (
        f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()


def _call_asgi(
    world: World, chunks: list[bytes], headers: list[tuple[bytes, bytes]]
) -> tuple[int, bytes, int]:
    """Calls the app directly with a body delivered chunk by chunk; returns (status, body, chunks read)."""
    pulled = 0
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal pulled
        if pulled < len(chunks):
            pulled += 1
            return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}
        await anyio.sleep_forever()
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/v1/documents",
        "raw_path": b"/api/v1/documents",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"authorization", f"Bearer {world.tokens['uploader']}".encode()), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }

    async def main() -> None:
        with anyio.fail_after(120):  # a guard against a hang, not a timing assertion
            await world.client.app(scope, receive, send)

    anyio.run(main)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], body, pulled


def test_the_size_limit_is_enforced_while_streaming(world: World) -> None:
    """GIVEN a 16 MB upload without Content-Length, 64 KB at a time, against a 256 KB limit
    WHEN the app reads it THEN it answers 413 too_large after reading little more than the limit: it never
    pulls the rest of the body"""
    boundary = "streamboundary"
    chunk = b"a" * 65536
    chunks = [_multipart_start(boundary), *([chunk] * 256), f"\r\n--{boundary}--\r\n".encode()]
    headers = [(b"content-type", f"multipart/form-data; boundary={boundary}".encode())]
    status, body, pulled = _call_asgi(world, chunks, headers)
    assert status == 413 and b'"too_large"' in body
    assert pulled <= UPLOAD_LIMIT // len(chunk) + 2  # the headers chunk, the limit's chunks, one over


def test_a_declared_length_over_the_request_limit_is_refused_before_reading(world: World) -> None:
    """GIVEN a request whose Content-Length is far above what may be sent WHEN it arrives THEN 413 before a
    single body chunk is read"""
    boundary = "b0"
    headers = [
        (b"content-type", f"multipart/form-data; boundary={boundary}".encode()),
        (b"content-length", str(10**12).encode()),
    ]
    status, body, pulled = _call_asgi(world, [_multipart_start(boundary)], headers)
    assert status == 413 and b'"too_large"' in body
    assert pulled == 0


def test_a_broken_zip_is_refused_as_corrupt(world: World) -> None:
    """GIVEN bytes that start like a ZIP but are not one WHEN uploaded THEN 422 corrupt"""
    r = world.upload("uploader", [("arsip.zip", b"PK\x03\x04" + b"\x00\x01rusak" * 200)])
    assert r.status_code == 422 and error(r) == "corrupt"


def test_upload_to_an_unknown_unit(world: World) -> None:
    """GIVEN an admin WHEN it uploads to a unit that does not exist THEN 422 unknown_unit"""
    r = world.upload("admin", [("a.txt", b"Teks dokumen inovasi.\n" * 10)], unit_id=987654)
    assert r.status_code == 422 and error(r) == "unknown_unit"


def test_upload_malformed_requests(world: World) -> None:
    """GIVEN malformed uploads (JSON instead of a form, no files, a non-numeric unit, a file in another field,
    a body cut in the middle, an admin without a unit) WHEN sent THEN each gets its 4xx code"""
    c, h = world.client, world.h("uploader")
    assert error(c.post("/api/v1/documents", json={"files": []}, headers=h)) == "unsupported_media_type"
    assert error(c.post("/api/v1/documents", files={"unit_id": (None, "1")}, headers=h)) == "no_files"
    bad_unit = world.upload("uploader", [("a.txt", b"teks\n" * 10)], unit_id="satu")
    assert error(bad_unit) == "invalid"
    other_field = c.post("/api/v1/documents", files={"file": ("a.txt", b"teks")}, headers=h)
    assert error(other_field) == "invalid"
    cut = c.post(
        "/api/v1/documents",
        content=b'--xyz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc',
        headers={**h, "Content-Type": "multipart/form-data; boundary=xyz"},
    )
    assert error(cut) in ("invalid", "no_files", "empty")
    no_boundary = c.post(
        "/api/v1/documents", content=b"abc", headers={**h, "Content-Type": "multipart/form-data"}
    )
    assert error(no_boundary) == "invalid"
    admin_without_unit = world.upload("admin", [("a.txt", b"teks\n" * 10)])
    assert error(admin_without_unit) == "invalid"


def test_file_names_lose_their_directories(world: World) -> None:
    """GIVEN a file name with directory parts WHEN uploaded THEN the document keeps only the last part"""
    r = world.upload("uploader", [("../../etc/laporan akhir.txt", b"Laporan akhir inovasi SIMDES.\n" * 12)])
    assert r.status_code == 202
    assert r.json()["documents"][0]["file"] == "laporan akhir.txt"


# Queue -------------------------------------------------------------------------------------------------


def _second_reviewer(world: World) -> dict[str, str]:
    if "reviewer2" not in world.tokens:
        admin = world.h("admin")
        world.client.post(
            "/api/v1/users",
            json={
                "username": "reviewer2",
                "role": "reviewer",
                "pemda_ids": [world.ids["pemda_a"]],
                "password": TEST_PASSWORD,
                "must_change_password": False,
            },
            headers=admin,
        )
        token = world.client.post("/api/v1/tokens", json={"username": "reviewer2", "password": TEST_PASSWORD})
        world.tokens["reviewer2"] = token.json()["token"]
    return world.h("reviewer2")


def test_deciding_on_an_expired_claim(world: World) -> None:
    """GIVEN a claim whose lease ran out WHEN its holder decides THEN 409 claim_expired; claiming again
    renews it and the decision goes through"""
    item, h = world.ids["item_a1"], world.h("reviewer")
    assert world.client.post(f"/api/v1/queue/{item}/claim", headers=h).status_code == 200
    with transaction(world.ctx.sessions) as session:
        session.get(ReviewItem, item).claim_expires_at = datetime.now(UTC) - timedelta(minutes=1)
    r = world.client.post(f"/api/v1/queue/{item}/decision", json={"action": "accept"}, headers=h)
    assert r.status_code == 409 and error(r) == "claim_expired"
    assert world.client.post(f"/api/v1/queue/{item}/claim", headers=h).status_code == 200
    assert (
        world.client.post(f"/api/v1/queue/{item}/decision", json={"action": "accept"}, headers=h).status_code
        == 201
    )


def test_deciding_a_decided_item(world: World) -> None:
    """GIVEN a decided item WHEN decided, claimed or released again THEN 409 already_decided"""
    item, h = world.ids["item_a1"], world.h("reviewer")  # decided by the test above, or here
    if world.client.post(f"/api/v1/queue/{item}/claim", headers=h).status_code == 200:
        world.client.post(f"/api/v1/queue/{item}/decision", json={"action": "accept"}, headers=h)
    for path in ("decision", "claim", "release"):
        r = world.client.post(f"/api/v1/queue/{item}/{path}", json={"action": "reject"}, headers=h)
        assert r.status_code == 409 and error(r) == "already_decided", path


def test_a_second_reviewer_cannot_take_or_decide_a_claimed_item(world: World) -> None:
    """GIVEN an item claimed by one reviewer WHEN another reviewer claims or decides it THEN 409
    claimed_by_other both times"""
    item = world.ids["item_a2"]
    assert world.client.post(f"/api/v1/queue/{item}/claim", headers=world.h("reviewer")).status_code == 200
    other = _second_reviewer(world)
    claim = world.client.post(f"/api/v1/queue/{item}/claim", headers=other)
    assert claim.status_code == 409 and error(claim) == "claimed_by_other"
    decide = world.client.post(f"/api/v1/queue/{item}/decision", json={"action": "accept"}, headers=other)
    assert decide.status_code == 409 and error(decide) == "claimed_by_other"
    world.client.post(f"/api/v1/queue/{item}/release", headers=world.h("reviewer"))


def _at_once(calls: list) -> list:
    barrier = threading.Barrier(len(calls))
    results: list = [None] * len(calls)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = calls[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_reviewers_at_once(world: World) -> None:
    """GIVEN a pending item WHEN two reviewers claim it at the same moment THEN exactly one wins and the
    other gets a 409; WHEN both then decide at the same moment THEN exactly one decision is recorded and the
    other gets a 409 — never a 500"""
    item = world.ids["item_a3"]
    h1, h2 = world.h("reviewer"), _second_reviewer(world)
    url = f"/api/v1/queue/{item}"
    claims = _at_once([lambda h=h: world.client.post(f"{url}/claim", headers=h) for h in (h1, h2)])
    assert sorted(r.status_code for r in claims) == [200, 409], [r.text for r in claims]
    loser = next(r for r in claims if r.status_code == 409)
    assert error(loser) in ("claimed_by_other", "conflict")
    decisions = _at_once(
        [
            lambda h=h: world.client.post(f"{url}/decision", json={"action": "accept"}, headers=h)
            for h in (h1, h2)
        ]
    )
    assert sorted(r.status_code for r in decisions) == [201, 409], [r.text for r in decisions]
    assert error(next(r for r in decisions if r.status_code == 409)) in (
        "claimed_by_other",
        "conflict",
        "already_decided",
    )
    trail = world.client.get("/api/v1/exports/decisions.csv", headers=world.h("auditor")).text
    assert trail.count(f"{item}") >= 1


def test_bad_decisions_and_filters(world: World) -> None:
    """GIVEN malformed queue requests (an unknown action, a label outside the catalogue, a confidence out
    of range, an unknown urusan, a huge id) WHEN sent THEN 4xx with a code"""
    c, h = world.client, world.h("reviewer")
    item = world.ids["item_a4"]
    assert error(c.post(f"/api/v1/queue/{item}/decision", json={"action": "maybe"}, headers=h)) == "invalid"
    assert error(c.post(f"/api/v1/queue/{item}/decision", content=b"{not json", headers=h)) == "invalid"
    assert c.post(f"/api/v1/queue/{item}/claim", headers=h).status_code in (200, 409)
    wrong = c.post(
        f"/api/v1/queue/{item}/decision",
        json={"action": "correct", "labels": {"urusan": "tidak-ada"}},
        headers=h,
    )
    assert error(wrong) in ("invalid", "already_decided", "claimed_by_other")
    assert error(c.get("/api/v1/queue", params={"min_confidence": 2}, headers=h)) == "invalid"
    assert error(c.get("/api/v1/queue", params={"urusan": "tidak-ada"}, headers=h)) == "invalid"
    assert error(c.get("/api/v1/queue", params={"state": "lost"}, headers=h)) == "invalid"
    assert error(c.post(f"/api/v1/queue/{10**30}/claim", headers=h)) == "invalid"
    assert error(c.get("/api/v1/documents/-1", headers=h)) == "invalid"
    assert error(c.get("/api/v1/documents/99999999", headers=h)) == "not_found"
    assert error(c.post("/api/v1/queue/bulk-decision", json={"action": "correct"}, headers=h)) == "invalid"


# Auth and administration ------------------------------------------------------------------------------------


def test_bad_credentials_and_tokens(world: World) -> None:
    """GIVEN wrong passwords, unknown users, made-up or malformed tokens WHEN used THEN 401 with a code"""
    c = world.client
    assert (
        error(c.post("/api/v1/tokens", json={"username": "uploader", "password": "salah"}))
        == "bad_credentials"
    )
    assert (
        error(c.post("/api/v1/tokens", json={"username": "siapa", "password": "salah"})) == "bad_credentials"
    )
    assert error(c.post("/api/v1/tokens", json={"username": "uploader"})) == "invalid"
    made_up = c.get("/api/v1/documents", headers={"Authorization": "Bearer bukan-token"})
    assert made_up.status_code == 401 and error(made_up) == "not_authenticated"
    assert made_up.headers["www-authenticate"] == "Bearer"
    assert (
        error(c.get("/api/v1/documents", headers={"Authorization": "Basic dXNlcjpwYXNz"}))
        == "not_authenticated"
    )


def test_bad_administration(world: World) -> None:
    """GIVEN the admin WHEN it adds a unit to an unknown pemda, an uploader of an unknown unit, a reviewer
    without a pemda, a user with a taken name or a short password THEN each is a 4xx with its code"""
    c, h = world.client, world.h("admin")
    assert (
        error(c.post("/api/v1/units", json={"pemda_id": 424242, "name": "X"}, headers=h)) == "unknown_pemda"
    )
    user = {"username": "u-x", "password": "panjang-sekali-1"}
    assert error(
        c.post("/api/v1/users", json={**user, "role": "uploader", "unit_id": 424242}, headers=h)
    ) == ("unknown_unit")
    assert error(c.post("/api/v1/users", json={**user, "role": "reviewer"}, headers=h)) == "invalid"
    taken = {**user, "username": "uploader", "role": "uploader", "unit_id": world.ids["unit_a1"]}
    assert error(c.post("/api/v1/users", json=taken, headers=h)) == "duplicate_username"
    short = {**user, "password": "pendek", "role": "admin"}
    assert error(c.post("/api/v1/users", json=short, headers=h)) == "invalid"
    assert error(c.post("/api/v1/users", json={**user, "role": "raja"}, headers=h)) == "invalid"
    assert (
        error(c.post("/api/v1/pemda", json={"code": "kab-sukamaju", "name": "Lagi"}, headers=h)) == "invalid"
    )
    dup_unit = {"pemda_id": world.ids["pemda_a"], "name": "Dinas Kesehatan"}
    assert error(c.post("/api/v1/units", json=dup_unit, headers=h)) == "invalid"


def test_bad_dossiers(world: World) -> None:
    """GIVEN dossier requests naming another unit's document, an unknown unit or no name WHEN sent THEN 4xx"""
    c, h = world.client, world.h("admin")
    other = {"unit_id": world.ids["unit_a2"], "name": "Campur", "document_ids": [world.ids["doc_a1"]]}
    assert error(c.post("/api/v1/dossiers", json=other, headers=h)) == "invalid"
    assert (
        error(c.post("/api/v1/dossiers", json={"unit_id": 555555, "name": "X"}, headers=h)) == "unknown_unit"
    )
    assert error(
        c.post("/api/v1/dossiers", json={"unit_id": world.ids["unit_a1"], "name": ""}, headers=h)
    ) == ("invalid")
    assert error(c.get("/api/v1/dossiers/777777/completeness", headers=h)) == "not_found"


def test_unknown_paths_and_methods(world: World) -> None:
    """GIVEN a path that does not exist or a method a path does not take WHEN called THEN 404 / 405"""
    assert error(world.client.get("/api/v1/tidak-ada")) == "not_found"
    assert error(world.client.put("/api/v1/queue", headers=world.h("admin"))) == "method_not_allowed"
