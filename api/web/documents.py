"""Dokumen: the list of documents a user may read, and one document's page — the original beside the
extracted text with each indicator's evidence highlighted, labels with confidence and review reasons, the
claim/decision form and the history of decisions."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, Response
from sqlalchemy import func, select

from api.web.common import (
    PageRoute,
    check_csrf,
    ctx_of,
    current_user,
    db,
    flash,
    query_string,
    redirect,
    render,
)
from api.web.evidence_text import highlighted_pages
from classifier.catalogue import LABEL_FIELDS
from review import access
from review import decisions as dec
from review.blobs import BlobCorrupted
from review.errors import ReviewError
from review.models import Decision, Document, DocumentStatus, ReviewItem, Role, Unit, User
from review.pipeline import document_view
from review.queue import claim, decide, release

router = APIRouter(route_class=PageRoute, include_in_schema=False)

PAGE_SIZE = 50
PAGE_IMAGE_SCALE = 1.5  # 108 dpi: readable beside the text at 1280 px wide
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp"}  # shown by the browser as they are
RENDERED_IMAGE_TYPES = {"image/tiff", "image/bmp"}  # converted to PNG first
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe


def readable_document(session, user: User, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise ReviewError("not_found", what="dokumen")
    access.check_read(user, document.unit_id, document.unit.pemda_id, what="dokumen")
    return document


# --- List


@router.get("/dokumen")
def document_list(request: Request) -> Response:
    params = dict(request.query_params)
    page = int(params["halaman"]) if str(params.get("halaman", "")).isdigit() else 1
    page = max(page, 1)
    kept = {k: params[k] for k in ("batch_id", "status", "cari") if params.get(k)}
    with db(request) as session:
        user = current_user(request, session)
        query = (
            select(Document)
            .join(Unit, Unit.id == Document.unit_id)
            .where(access.row_filter(user, Document.unit_id, Unit.pemda_id))
        )
        if str(kept.get("batch_id", "")).isdigit():
            query = query.where(Document.batch_id == int(kept["batch_id"]))
        if kept.get("status") in {s.value for s in DocumentStatus}:
            query = query.where(Document.status == kept["status"])
        if kept.get("cari"):
            query = query.where(Document.file_name.ilike(f"%{kept['cari']}%"))
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = session.scalars(
            query.order_by(Document.created_at.desc(), Document.id.desc())
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
        ).all()
        context = {
            "title": "Dokumen",
            "nav": "dokumen",
            "documents": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "filters": kept,
            "statuses": [s.value for s in DocumentStatus],
            "page_link": lambda n: "/dokumen?" + query_string(kept, halaman=n),
        }
        return render(request, "documents.html", context)


# --- One document


def _current_labels(item: ReviewItem | None, assessment: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """Per label field: {label, confidence, corrected, also}; the item's (corrected) labels win."""
    source = (item.labels if item is not None and item.labels else None) or assessment or {}
    out = {}
    for name in LABEL_FIELDS:
        value = source.get(name)
        if isinstance(value, dict):
            out[name] = {
                "label": value.get("label"),
                "confidence": value.get("confidence"),
                "corrected": bool(value.get("corrected")),
                "also": value.get("also") or [],
            }
        else:
            out[name] = {"label": value, "confidence": None, "corrected": False, "also": []}
    return out


def _history(session, document_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Decision, User.username)
        .join(User, User.id == Decision.reviewer_id)
        .where(Decision.document_id == document_id)
        .order_by(Decision.id.desc())
    ).all()
    history = []
    for decision, username in rows:
        before, after = decision.labels_before or {}, decision.labels_after or {}
        label_changes = [
            (name, before.get(name), after.get(name))
            for name in LABEL_FIELDS
            if before.get(name) != after.get(name)
        ]
        old = {i["code"]: i for i in decision.indicators_before or []}
        indicator_changes = [
            (i["code"], old.get(i["code"], {}), i)
            for i in decision.indicators_after or []
            if i.get("corrected")
        ]
        history.append(
            {
                "decision": decision,
                "reviewer": username,
                "label_changes": label_changes,
                "indicator_changes": indicator_changes,
            }
        )
    return history


def _viewer(document: Document, view: dict[str, Any], mode: str) -> dict[str, Any]:
    """How to show the original: the browser's PDF viewer, page images, the image itself, or nothing."""
    pages = (view.get("extraction") or {}).get("pages") or 0
    base = f"/dokumen/{document.id}"
    if document.media_type == "application/pdf":
        if mode == "pdf":
            return {"kind": "pdf", "url": f"{base}/asli", "pages": pages}
        return {
            "kind": "pages",
            "urls": [f"{base}/halaman/{n}.png" for n in range(1, pages + 1)],
            "pages": pages,
        }
    if document.media_type in IMAGE_TYPES:
        return {"kind": "image", "url": f"{base}/asli", "pages": 1}
    if document.media_type in RENDERED_IMAGE_TYPES:
        return {"kind": "pages", "urls": [f"{base}/halaman/1.png"], "pages": 1}
    return {"kind": "none", "url": f"{base}/asli", "pages": pages}


@router.get("/dokumen/{document_id}")
def document_page(
    request: Request, document_id: int, tampilan: str = "gambar", kembali: str = ""
) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        document = readable_document(session, user, document_id)
        view = document_view(session, document)
        item = session.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
        assessment = view.get("assessment")
        latest = dec.latest_decisions(session, [document.id]).get(document.id)
        indicators = dec.effective_indicators(assessment, latest) if assessment else []
        model_indicators = {i["code"]: i for i in (assessment or {}).get("indicators") or []}
        pages = highlighted_pages((view.get("extraction") or {}).get("page_details") or [], model_indicators)
        claimed_by = session.get(User, item.claimed_by_id) if item and item.claimed_by_id else None
        item_view = _item_view(item, user)
        context = {
            "title": document.file_name,
            "nav": "dokumen",
            "document": document,
            "view": view,
            "item": item,
            "item_view": item_view,
            "claimed_by": claimed_by.username if claimed_by else None,
            "can_review": _can_review(user, document),
            "labels": _current_labels(item, assessment),
            "indicators": indicators,
            "evidence_anchors": {code: ind.get("anchors", []) for code, ind in pages.anchors.items()},
            "pages": pages.pages,
            "viewer": _viewer(document, view, tampilan),
            "mode": tampilan,
            "history": _history(session, document.id),
            "back": kembali if kembali.startswith("/antrean") else "",
            "duplicate_of": document.duplicate_of_id,
        }
        return render(request, "document.html", context)


def _can_review(user: User, document: Document) -> bool:
    if user.role is Role.admin:
        return True
    return user.role is Role.reviewer and document.unit.pemda_id in (access.pemda_ids(user) or [])


def _item_view(item: ReviewItem | None, user: User) -> dict[str, Any]:
    """The item's state as the reviewer sees it (a lapsed claim reads as free), and whether it is theirs."""
    if item is None:
        return {"state": None, "mine": False}
    from review.queue import item_dict

    data = item_dict(item, item.document.file_name)
    return {**data, "mine": data["state"] == "claimed" and data["claimed_by"] == user.id}


# --- Original and page images


@router.get("/dokumen/{document_id}/asli")
def original(request: Request, document_id: int) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        document = readable_document(session, user, document_id)
        sha, media_type, name = document.sha256, document.media_type, document.file_name
    try:
        path = ctx_of(request).blobs.verify(sha)
    except (BlobCorrupted, FileNotFoundError):
        raise ReviewError("not_found", what="berkas asli") from None
    # Inline, so the browser's own PDF viewer or image display opens it in the page.
    return FileResponse(path, media_type=media_type, filename=name, content_disposition_type="inline")


@router.get("/dokumen/{document_id}/halaman/{number}.png")
async def page_image(request: Request, document_id: int, number: int) -> Response:
    def locate() -> tuple[str, str, int]:
        with db(request) as session:
            user = current_user(request, session)
            document = readable_document(session, user, document_id)
            pages = (document_view(session, document).get("extraction") or {}).get("pages") or 1
            return document.sha256, document.media_type, pages

    sha, media_type, pages = await run_in_threadpool(locate)
    if not 1 <= number <= pages:
        raise ReviewError("not_found", what="halaman")
    ctx = ctx_of(request)
    cache = Path(ctx.settings.data_dir) / "cache" / "pages" / sha[:2] / f"{sha}-{number}.png"
    if not cache.exists():
        await run_in_threadpool(_render_page, ctx.blobs.verify(sha), media_type, number, cache)
    return FileResponse(cache, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


def _render_page(source: Path, media_type: str, number: int, target: Path) -> None:
    """One page as PNG: PDF pages with PDFium, TIFF/BMP frames with Pillow. Only documents whose extraction
    succeeded get here, so the file already opened cleanly in the isolated extraction child."""
    from PIL import Image

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex}.tmp")  # two requests may render at once
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        with _pdfium_lock:
            pdf = pdfium.PdfDocument(str(source))
            try:
                image = pdf[number - 1].render(scale=PAGE_IMAGE_SCALE).to_pil()
            finally:
                pdf.close()
    else:
        with Image.open(source) as img:
            img.seek(number - 1)
            image = img.convert("RGB")
    try:
        image.save(tmp, format="PNG", optimize=True)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


# --- Claim, release, decide


def _item_of(session, user: User, document_id: int) -> ReviewItem:
    document = readable_document(session, user, document_id)
    item = session.scalar(select(ReviewItem).where(ReviewItem.document_id == document.id))
    if item is None:
        raise ReviewError("not_ready")
    return item


def _doc_url(document_id: int, back: str) -> str:
    suffix = "?" + query_string({"kembali": back}) if back.startswith("/antrean") else ""
    return f"/dokumen/{document_id}{suffix}#keputusan"


@router.post("/dokumen/{document_id}/klaim", dependencies=[Depends(check_csrf)])
async def claim_item(request: Request, document_id: int) -> Response:
    form = await request.form()
    back = str(form.get("back") or "")

    def work() -> None:
        with db(request) as session:
            user = current_user(request, session)
            claim(session, _item_of(session, user, document_id).id, user)

    await run_in_threadpool(work)
    flash(request, "Dokumen diklaim untuk Anda selama 15 menit.")
    return redirect(_doc_url(document_id, back))


@router.post("/dokumen/{document_id}/lepas", dependencies=[Depends(check_csrf)])
async def release_item(request: Request, document_id: int) -> Response:
    form = await request.form()
    back = str(form.get("back") or "")

    def work() -> None:
        with db(request) as session:
            user = current_user(request, session)
            release(session, _item_of(session, user, document_id).id, user)

    await run_in_threadpool(work)
    flash(request, "Klaim dilepas; dokumen kembali ke antrean.")
    return redirect(_doc_url(document_id, back))


def form_changes(
    form: dict[str, str], labels: dict[str, dict[str, Any]], indicators: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What the reviewer changed: label fields whose code differs, indicators whose found/level differs.
    Indicator fields hold '0' (no evidence), 'ada' (evidence, level unread) or '1'-'3'."""
    new_labels = {}
    for name in LABEL_FIELDS:
        key = f"label_{name}"
        if key not in form:
            continue
        value = form[key] or None
        if value != labels.get(name, {}).get("label"):
            new_labels[name] = value
    corrections = []
    for current in indicators:
        value = form.get(f"ind_{current['code']}")
        if value is None:
            continue
        found, level = (False, None) if value == "0" else (True, int(value) if value.isdigit() else None)
        if (found, level if found else None) != (
            current["found"],
            current["level"] if current["found"] else None,
        ):
            corrections.append({"code": current["code"], "found": found, "level": level})
    return new_labels, corrections


@router.post("/dokumen/{document_id}/putuskan", dependencies=[Depends(check_csrf)])
async def decide_document(request: Request, document_id: int) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    action = form.get("action", "")
    back = form.get("back", "")
    if action not in ("accept", "correct", "reject"):
        raise ReviewError("invalid", detail="pilih terima, koreksi, atau tolak")

    def work() -> str:
        with db(request) as session:
            user = current_user(request, session)
            item = _item_of(session, user, document_id)
            view = document_view(session, item.document)
            assessment = view.get("assessment")
            latest = dec.latest_decisions(session, [document_id]).get(document_id)
            current = dec.effective_indicators(assessment, latest) if assessment else []
            new_labels, corrections = form_changes(form, _current_labels(item, assessment), current)
            chosen = action
            if action == "reject":
                new_labels, corrections = {}, []
            elif new_labels or corrections:
                chosen = "correct"  # accepting with edits is a correction
            elif action == "correct":
                raise ReviewError("invalid", detail="tidak ada label atau indikator yang diubah")
            decide(
                session,
                item.id,
                user,
                action=chosen,
                labels=new_labels or None,
                indicators=corrections or None,
                comment=form.get("comment", "").strip() or None,
            )
            return chosen

    chosen = await run_in_threadpool(work)
    flash(
        request,
        {"accept": "Dokumen diterima.", "correct": "Koreksi disimpan.", "reject": "Dokumen ditolak."}[chosen],
    )
    if back.startswith("/antrean"):
        return redirect(back)
    return redirect(f"/dokumen/{document_id}#riwayat")
