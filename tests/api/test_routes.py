"""Every route's happy path, through the real app on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile

from openpyxl import load_workbook


def test_upload_answers_202_with_the_batch_and_the_documents(world) -> None:
    """GIVEN an uploader of a unit
    WHEN it uploads two new files and one it uploaded before, in one request
    THEN the answer is 202 with the batch id, each file's document id and sha256, the repeat marked as a
    duplicate of the earlier document, and nothing refused"""
    first = world.texts[sorted(world.texts)[0]]
    new = [("rapat-baru.txt", b"Notulen rapat inovasi SI-CANTIK di Dinas Kesehatan, 3 Maret 2024.\n" * 20)]
    r = world.upload("uploader", [*new, ("lagi.txt", first)])
    assert r.status_code == 202, r.text
    body = r.json()
    assert isinstance(body["batch_id"], int) and body["refused"] == []
    by_file = {d["file"]: d for d in body["documents"]}
    assert by_file["rapat-baru.txt"]["sha256"] == hashlib.sha256(new[0][1]).hexdigest()
    assert by_file["rapat-baru.txt"]["duplicate_of"] is None
    assert by_file["lagi.txt"]["duplicate_of"] == world.ids["doc_a1"]


def test_a_zip_upload_becomes_one_document_per_member(world) -> None:
    """GIVEN a ZIP of two documents WHEN uploaded THEN each member is its own document named inside the ZIP"""
    names = sorted(world.texts)[6:8]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, world.texts[name])
    r = world.upload("uploader", [("berkas.zip", buffer.getvalue())])
    assert r.status_code == 202, r.text
    assert sorted(d["file"] for d in r.json()["documents"]) == [f"berkas.zip/{n}" for n in names]


def test_batch_reports_counts_by_state(world) -> None:
    """GIVEN the world's first batch, processed WHEN it is fetched THEN it counts its five documents, all
    queued, with no failures"""
    r = world.client.get(f"/api/v1/batches/{world.ids['batch_a']}", headers=world.h("uploader"))
    assert r.status_code == 200
    assert r.json()["total"] == 5
    assert sum(r.json()["by_state"].values()) == 5
    assert r.json()["failed"] == []


def test_documents_list_is_paged_and_scoped(world) -> None:
    """GIVEN documents in two pemda WHEN the uploader of unit A1 lists documents two at a time
    THEN it sees only A1's documents, the newest first, and the total of all of them"""
    r = world.client.get("/api/v1/documents", params={"limit": 2}, headers=world.h("uploader"))
    assert r.status_code == 200
    body = r.json()
    assert len(body["items"]) == 2 and body["total"] >= 5
    assert {d["unit_id"] for d in body["items"]} == {world.ids["unit_a1"]}
    ids = [d["id"] for d in body["items"]]
    assert ids == sorted(ids, reverse=True)
    everything = world.client.get("/api/v1/documents", params={"limit": 500}, headers=world.h("uploader"))
    assert world.ids["doc_b1"] not in {d["id"] for d in everything.json()["items"]}


def test_document_has_extraction_and_assessment_in_the_contract_shape(world) -> None:
    """GIVEN a processed document WHEN fetched THEN it carries its extraction and the assessment with the
    contract's fields (labels with confidence, indicators, missing indicators, model version)"""
    r = world.client.get(f"/api/v1/documents/{world.ids['doc_a1']}", headers=world.h("reviewer"))
    assert r.status_code == 200
    doc = r.json()
    assert doc["status"] == "queued" and doc["media_type"] == "text/plain"
    assert doc["extraction"] is not None
    assessment = doc["assessment"]
    for key in ("document_type", "urusan", "indicators", "missing_indicators", "model_version"):
        assert key in assessment
    assert 0.0 <= assessment["document_type"]["confidence"] <= 1.0


def test_original_is_streamed_back_byte_for_byte(world) -> None:
    """GIVEN an uploaded file WHEN its original is fetched THEN the bytes, media type and file name match"""
    name = sorted(world.texts)[0]
    r = world.client.get(f"/api/v1/documents/{world.ids['doc_a1']}/original", headers=world.h("auditor"))
    assert r.status_code == 200
    assert r.content == world.texts[name]
    assert r.headers["content-type"].startswith("text/plain")
    assert name in r.headers["content-disposition"]


def test_queue_lists_least_certain_first_and_filters(world) -> None:
    """GIVEN the queue of pemda A WHEN the reviewer lists it THEN items are sorted by priority, carry the
    contract's fields, and filtering by batch and by confidence narrows the list"""
    r = world.client.get("/api/v1/queue", headers=world.h("reviewer"))
    assert r.status_code == 200
    items, total = r.json()["items"], r.json()["total"]
    assert total == len(items) >= 4
    for key in (
        "id",
        "document_id",
        "priority",
        "confidence",
        "labels",
        "missing_indicators",
        "reasons",
        "state",
    ):
        assert key in items[0]
    priorities = [i["priority"] for i in items]
    assert priorities == sorted(priorities, reverse=True)
    assert {i["pemda_id"] for i in items} == {world.ids["pemda_a"]}
    batch = world.client.get(
        "/api/v1/queue", params={"batch_id": world.ids["batch_a"]}, headers=world.h("reviewer")
    )
    assert {i["batch_id"] for i in batch.json()["items"]} == {world.ids["batch_a"]}
    cut = sorted(i["confidence"] for i in items)[len(items) // 2]
    low = world.client.get("/api/v1/queue", params={"max_confidence": cut}, headers=world.h("reviewer"))
    assert low.status_code == 200
    assert all(i["confidence"] <= cut for i in low.json()["items"])


def test_claim_release_and_decide(world) -> None:
    """GIVEN a pending item WHEN the reviewer claims, releases, claims again and corrects it
    THEN each step answers with the new state, the decision records labels before and after, and the
    item then shows as decided"""
    item = world.ids["item_a2"]
    h = world.h("reviewer")
    claimed = world.client.post(f"/api/v1/queue/{item}/claim", headers=h)
    assert claimed.status_code == 200 and claimed.json()["state"] == "claimed"
    assert claimed.json()["claim_expires_at"]
    released = world.client.post(f"/api/v1/queue/{item}/release", headers=h)
    assert released.status_code == 200 and released.json()["state"] == "pending"
    assert world.client.post(f"/api/v1/queue/{item}/claim", headers=h).status_code == 200
    r = world.client.post(
        f"/api/v1/queue/{item}/decision",
        json={"action": "correct", "labels": {"urusan": "pendidikan"}, "comment": "bukan kesehatan"},
        headers=h,
    )
    assert r.status_code == 201, r.text
    decision = r.json()
    assert decision["action"] == "correct"
    assert decision["labels_after"]["urusan"] == "pendidikan"
    decided = world.client.get("/api/v1/queue", params={"state": "decided"}, headers=h).json()["items"]
    assert item in {i["id"] for i in decided}


def test_bulk_decision_accepts_the_filtered_set(world) -> None:
    """GIVEN pending items in pemda B WHEN its reviewer bulk-accepts pemda B's queue THEN each pending item
    gets one decision and none is left open"""
    h = world.h("other_reviewer")
    r = world.client.post(
        "/api/v1/queue/bulk-decision", json={"pemda_id": world.ids["pemda_b"], "action": "accept"}, headers=h
    )
    assert r.status_code == 200
    assert r.json()["decided"] >= 1
    still_open = world.client.get("/api/v1/queue", headers=h).json()
    assert still_open["total"] == 0


def test_dossiers_list_create_add_and_completeness(world) -> None:
    """GIVEN the world's dossier WHEN a second dossier is made with a document, another document added, and
    its completeness read THEN the dossier lists both documents and completeness covers the 20 indicators
    with a score out of 111"""
    h = world.h("uploader")
    created = world.client.post(
        "/api/v1/dossiers",
        json={
            "unit_id": world.ids["unit_a1"],
            "name": "POSYANDU PINTAR",
            "document_ids": [world.ids["doc_a3"]],
        },
        headers=h,
    )
    assert created.status_code == 201, created.text
    dossier = created.json()["id"]
    added = world.client.post(
        f"/api/v1/dossiers/{dossier}/documents", json={"document_ids": [world.ids["doc_a4"]]}, headers=h
    )
    assert added.status_code == 200
    assert sorted(added.json()["document_ids"]) == sorted([world.ids["doc_a3"], world.ids["doc_a4"]])
    listed = world.client.get("/api/v1/dossiers", headers=h).json()
    assert {d["name"] for d in listed} >= {"SI-CANTIK", "POSYANDU PINTAR"}
    r = world.client.get(f"/api/v1/dossiers/{dossier}/completeness", headers=world.h("auditor"))
    assert r.status_code == 200
    body = r.json()
    assert len(body["indicators"]) == 20 and body["max_score"] == 111
    assert 0 <= body["score"] <= 111
    suggestions = world.client.get(
        "/api/v1/dossiers/suggestions", params={"unit_id": world.ids["unit_a1"]}, headers=h
    )
    assert suggestions.status_code == 200 and isinstance(suggestions.json(), list)


def test_exports(world) -> None:
    """GIVEN dossiers and decisions WHEN the auditor exports THEN the XLSX opens with openpyxl, the CSVs
    parse with a header row, and the training export is JSON lines"""
    h = world.h("auditor")
    xlsx = world.client.get("/api/v1/exports/completeness.xlsx", headers=h)
    assert xlsx.status_code == 200
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row >= 2  # header and the world's dossier
    for path in ("/api/v1/exports/completeness.csv", "/api/v1/exports/decisions.csv"):
        r = world.client.get(path, headers=h)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert "attachment" in r.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert rows and rows[0]
    training = world.client.get("/api/v1/exports/training.jsonl", headers=h)
    assert training.status_code == 200
    for line in training.content.decode().splitlines():
        assert isinstance(json.loads(line), dict)


def test_health_readiness_and_metrics(world) -> None:
    """GIVEN a running app WHEN probed THEN /healthz and /readyz answer 200 and /metrics reports documents
    by state, queue depth and the processing-time histogram computed from the database"""
    assert world.client.get("/healthz").json() == {"status": "ok"}
    ready = world.client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"
    text = world.client.get("/metrics").text
    assert 'jaring_documents{state="queued"}' in text
    assert 'jaring_queue_depth{state="pending"}' in text
    count = next(line for line in text.splitlines() if line.startswith("jaring_processing_seconds_count"))
    assert float(count.split()[-1]) >= 6  # the world's processed documents


def test_admin_manages_pemda_units_and_users(world) -> None:
    """GIVEN the admin WHEN it adds a pemda, a unit and an uploader THEN they are listed, and the new user
    (one-time password by default) must change the password before anything else"""
    h = world.h("admin")
    pemda = world.client.post("/api/v1/pemda", json={"code": "kab-baru", "name": "Kabupaten Baru"}, headers=h)
    unit = world.client.post(
        "/api/v1/units", json={"pemda_id": pemda.json()["id"], "name": "Bappeda"}, headers=h
    )
    assert unit.status_code == 201
    user = world.client.post(
        "/api/v1/users",
        json={
            "username": "baru",
            "role": "uploader",
            "unit_id": unit.json()["id"],
            "password": "sementara-123",
        },
        headers=h,
    )
    assert user.status_code == 201 and user.json()["must_change_password"] is True
    assert "baru" in {u["username"] for u in world.client.get("/api/v1/users", headers=h).json()}
    assert unit.json()["id"] in {u["id"] for u in world.client.get("/api/v1/units", headers=h).json()}
    token = world.client.post("/api/v1/tokens", json={"username": "baru", "password": "sementara-123"}).json()
    assert token["must_change_password"] is True
    mine = {"Authorization": f"Bearer {token['token']}"}
    blocked = world.client.get("/api/v1/documents", headers=mine)
    assert blocked.status_code == 403 and blocked.json()["error"]["code"] == "password_change_required"
    changed = world.client.post(
        "/api/v1/users/me/password",
        json={"current_password": "sementara-123", "new_password": "rahasia-baru-456"},
        headers=mine,
    )
    assert changed.status_code == 200 and changed.json()["must_change_password"] is False
    assert world.client.get("/api/v1/documents", headers=mine).status_code == 200


def test_tokens_are_listed_without_their_value_and_revocable(world) -> None:
    """GIVEN a second token of the auditor WHEN it is revoked THEN it stops working at once while the first
    keeps working, and the token list never shows a token's value"""
    extra = world.client.post("/api/v1/tokens", json={"username": "auditor", "password": "rahasia-uji-123"})
    assert extra.status_code == 201
    value = extra.json()["token"]
    h2 = {"Authorization": f"Bearer {value}"}
    listed = world.client.get("/api/v1/tokens", headers=h2)
    assert listed.status_code == 200 and value not in listed.text
    newest = max(t["id"] for t in listed.json())
    assert world.client.delete(f"/api/v1/tokens/{newest}", headers=h2).status_code == 204
    assert world.client.get("/api/v1/users/me", headers=h2).status_code == 401
    assert world.client.get("/api/v1/users/me", headers=world.h("auditor")).status_code == 200


def test_readyz_is_503_when_the_workers_are_down(tmp_path) -> None:
    """GIVEN an app whose job runner reports itself unhealthy WHEN /readyz is asked THEN 503 naming the
    workers, while /healthz (the process itself) still answers 200"""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from review.context import Context
    from review.settings import Settings
    from tests.api.conftest import InlineRunner

    class StoppedRunner(InlineRunner):
        def healthy(self) -> bool:
            return False

    ctx = Context.create(Settings(data_dir=tmp_path / "var"))
    try:
        with TestClient(create_app(ctx, StoppedRunner(ctx))) as client:
            ready = client.get("/readyz")
            assert ready.status_code == 503
            assert ready.json() == {"status": "unavailable", "database": "ok", "workers": "unavailable"}
            assert client.get("/healthz").status_code == 200
    finally:
        ctx.close()
