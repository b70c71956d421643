"""Berkas inovasi: one innovation's documents together, its 20-indicator grid with levels and where the
evidence is, the estimated score and band, missing mandatory indicators, and exports."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select

from api.web.common import PageRoute, check_csrf, current_user, db, flash, redirect, render
from api.web.exports import spreadsheet_response
from review import access
from review.dossiers import add_documents, completeness, create_dossier, suggest_dossiers
from review.errors import ReviewError
from review.exports import completeness_rows
from review.models import Document, Role, Unit, User

router = APIRouter(route_class=PageRoute, include_in_schema=False)

BAND_CLASSES = {
    "sangat_inovatif": "band-top",
    "inovatif": "band-mid",
    "kurang_inovatif": "band-low",
    "tidak_dapat_dinilai": "band-none",
}


def arranging_units(session, user: User) -> list[Unit]:
    """Units whose dossiers the user may arrange: own unit (uploader), pemda units (reviewer), all (admin)."""
    if user.role is Role.uploader:
        return [user.unit] if user.unit else []
    if user.role is Role.auditor:
        return []
    query = select(Unit).order_by(Unit.name)
    pemda = access.pemda_ids(user)
    if pemda is not None:
        query = query.where(Unit.pemda_id.in_(pemda))
    return list(session.scalars(query))


@router.get("/berkas")
def dossier_list(request: Request, unit_id: str = "") -> Response:
    with db(request) as session:
        user = current_user(request, session)
        units = arranging_units(session, user)
        chosen = next((u for u in units if str(u.id) == unit_id), units[0] if len(units) == 1 else None)
        rows = completeness_rows(session, user, unit_id=chosen.id if chosen else None)
        context = {
            "title": "Berkas inovasi",
            "nav": "berkas",
            "rows": rows,
            "units": units,
            "unit": chosen,
            "suggestions": suggest_dossiers(session, user, chosen.id) if chosen else [],
            "band_classes": BAND_CLASSES,
        }
        return render(request, "dossiers.html", context)


def _ids(values: list) -> list[int]:
    return [int(v) for v in values if str(v).isdigit()]


@router.post("/berkas", dependencies=[Depends(check_csrf)])
async def create(request: Request) -> Response:
    form = await request.form()
    name = str(form.get("name") or "")
    unit_id = str(form.get("unit_id") or "")
    document_ids = _ids(form.getlist("document_ids"))
    existing = str(form.get("dossier_id") or "")
    if not unit_id.isdigit():
        raise ReviewError("invalid", detail="pilih unit kerja")

    def work() -> int:
        with db(request) as session:
            user = current_user(request, session)
            if existing.isdigit():  # a suggestion to add documents to a dossier that exists
                return add_documents(session, user, int(existing), document_ids)["id"]
            return create_dossier(session, user, unit_id=int(unit_id), name=name, document_ids=document_ids)[
                "id"
            ]

    dossier_id = await run_in_threadpool(work)
    flash(request, "Berkas inovasi disimpan.")
    return redirect(f"/berkas/{dossier_id}")


@router.get("/berkas/{dossier_id}")
def dossier_page(request: Request, dossier_id: int) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        result = completeness(session, user, dossier_id)
        dossier = result["dossier"]
        documents = list(
            session.scalars(select(Document).where(Document.dossier_id == dossier_id).order_by(Document.id))
        )
        unit = session.get(Unit, dossier["unit_id"])
        can_arrange = unit in arranging_units(session, user)
        loose = (
            list(
                session.scalars(
                    select(Document)
                    .where(Document.unit_id == unit.id, Document.dossier_id.is_(None))
                    .order_by(Document.id.desc())
                    .limit(200)
                )
            )
            if can_arrange
            else []
        )
        context = {
            "title": dossier["name"],
            "nav": "berkas",
            "result": result,
            "dossier": dossier,
            "unit": unit,
            "documents": documents,
            "loose": loose,
            "can_arrange": can_arrange,
            "band_class": BAND_CLASSES.get(result["band"], ""),
        }
        return render(request, "dossier.html", context)


@router.post("/berkas/{dossier_id}/tambah", dependencies=[Depends(check_csrf)])
async def add(request: Request, dossier_id: int) -> Response:
    form = await request.form()
    document_ids = _ids(form.getlist("document_ids"))
    if not document_ids:
        raise ReviewError("invalid", detail="pilih dokumen yang akan ditambahkan")

    def work() -> None:
        with db(request) as session:
            add_documents(session, current_user(request, session), dossier_id, document_ids)

    await run_in_threadpool(work)
    flash(request, f"{len(document_ids)} dokumen ditambahkan.")
    return redirect(f"/berkas/{dossier_id}")


@router.get("/berkas/{dossier_id}/kelengkapan.{kind}")
def dossier_export(request: Request, dossier_id: int, kind: str) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        dossier = completeness(session, user, dossier_id)["dossier"]  # checks the user may read it
        rows = [
            r
            for r in completeness_rows(session, user, unit_id=dossier["unit_id"])
            if r["dossier_id"] == dossier_id
        ]
    return spreadsheet_response(rows, kind, f"kelengkapan-berkas-{dossier_id}")
