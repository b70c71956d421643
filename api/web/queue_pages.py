"""Antrean: review items least certain first, with filters, quick accept/reject (keyboard a/r), and bulk
accept of the filtered set after a confirmation page. Paging is offset/limit on the queue's indexed query."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select

from api.web.common import (
    PageRoute,
    check_csrf,
    current_user,
    db,
    flash,
    label_name,
    query_string,
    redirect,
    render,
)
from review import access
from review.errors import ReviewError
from review.models import Role, Unit, User
from review.queue import QueueFilters, bulk_decide, claim, decide, list_queue

router = APIRouter(route_class=PageRoute, include_in_schema=False)

PAGE_SIZE = 50
SAMPLE_SIZE = 10
TEXT_FILTERS = ("urusan", "bentuk", "jenis", "document_type", "missing_indicator")
NUMBER_FILTERS = ("unit_id", "batch_id")
STATES = {
    "open": "Belum diputuskan",
    "pending": "Menunggu",
    "claimed": "Diklaim",
    "decided": "Sudah diputuskan",
    "all": "Semua",
}


def read_filters(params: dict[str, Any]) -> tuple[QueueFilters, dict[str, str]]:
    """Filters from a query string or a form; returns them and the cleaned values to put back in links.
    Bad numbers are ignored rather than refused: a filter form should never end in an error page."""
    kept: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name in TEXT_FILTERS:
        value = str(params.get(name) or "").strip()
        if value:
            kept[name] = values[name] = value
    for name in NUMBER_FILTERS:
        value = str(params.get(name) or "").strip()
        if value.isdigit():
            kept[name] = value
            values[name] = int(value)
    # Confidence is entered in percent, which is what the bars show.
    for name, target in (("min_confidence", "min_confidence"), ("max_confidence", "max_confidence")):
        value = str(params.get(name) or "").strip().replace(",", ".")
        try:
            number = float(value)
        except ValueError:
            continue
        if 0 <= number <= 100:
            kept[name] = value
            values[target] = number / 100
    state = str(params.get("state") or "open")
    if state in STATES:
        values["state"] = state
        kept["state"] = state
    return QueueFilters(**values), kept


def visible_units(session, user: User) -> list[Unit]:
    pemda = access.pemda_ids(user)
    query = select(Unit).order_by(Unit.name)
    if pemda is not None:
        query = query.where(Unit.pemda_id.in_(pemda))
    return list(session.scalars(query))


def _page_number(value: Any) -> int:
    text = str(value or "1")
    return max(1, int(text)) if text.isdigit() else 1


@router.get("/antrean")
def queue_page(request: Request) -> Response:
    params = dict(request.query_params)
    filters, kept = read_filters(params)
    page = _page_number(params.get("halaman"))
    with db(request) as session:
        user = current_user(request, session)
        access.require_role(user, Role.admin, Role.reviewer)
        items, total = list_queue(session, user, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        pages = max(1, -(-total // PAGE_SIZE))
        context = {
            "title": "Antrean tinjauan",
            "nav": "antrean",
            "items": items,
            "total": total,
            "page": page,
            "pages": pages,
            "filters": kept,
            "units": visible_units(session, user),
            "states": STATES,
            "here": request.url.path + ("?" + request.url.query if request.url.query else ""),
            "focus": _page_number(params.get("fokus")) - 1 if params.get("fokus") else 0,
            "page_link": lambda n: "/antrean?" + query_string(kept, halaman=n),
            "bulk_link": "/antrean/terima-semua?" + query_string(kept),
        }
        return render(request, "queue.html", context)


def _back_to_queue(target: str) -> str:
    return target if target.startswith("/antrean") else "/antrean"


@router.post("/antrean/{item_id}/putuskan", dependencies=[Depends(check_csrf)])
def quick_decision(
    request: Request,
    item_id: int,
    action: str = Form(...),
    back: str = Form("/antrean"),
    focus: str = Form(""),
) -> Response:
    """Accept or reject straight from the queue: claim (or renew one's own claim), then decide."""
    if action not in ("accept", "reject"):
        raise ReviewError("invalid", detail="pilih terima atau tolak")
    with db(request) as session:
        user = current_user(request, session)
        claim(session, item_id, user)
        decide(session, item_id, user, action=action)
    flash(request, f"Butir {item_id} {'diterima' if action == 'accept' else 'ditolak'}.")
    target = _back_to_queue(back)
    if focus.isdigit():
        target = _with_param(target, "fokus", focus)
    return redirect(target)


def _with_param(url: str, name: str, value: str) -> str:
    path, _, query = url.partition("?")
    params = [(k, v) for k, v in parse_qsl(query) if k != name] + [(name, value)]
    return path + "?" + urlencode(params)


# --- Bulk accept: a confirmation page shows the count and a sample before anything is decided.


def _describe(kept: dict[str, str], units: list[Unit]) -> list[str]:
    unit_names = {str(u.id): u.name for u in units}
    out = []
    for name in ("urusan", "bentuk", "jenis", "document_type"):
        if name in kept:
            out.append(f"{name.replace('_', ' ')}: {label_name(name, kept[name])}")
    if "missing_indicator" in kept:
        out.append(f"indikator tidak ditemukan: {kept['missing_indicator']}")
    if "min_confidence" in kept or "max_confidence" in kept:
        out.append(f"keyakinan {kept.get('min_confidence', '0')}–{kept.get('max_confidence', '100')}%")
    if "unit_id" in kept:
        out.append(f"unit: {unit_names.get(kept['unit_id'], kept['unit_id'])}")
    if "batch_id" in kept:
        out.append(f"batch {kept['batch_id']}")
    return out


@router.get("/antrean/terima-semua")
def bulk_confirm(request: Request) -> Response:
    filters, kept = read_filters(dict(request.query_params))
    filters.state = "pending"  # bulk decisions touch only items nobody is working on
    kept["state"] = "pending"
    with db(request) as session:
        user = current_user(request, session)
        access.require_role(user, Role.admin, Role.reviewer)
        sample, total = list_queue(session, user, filters, limit=SAMPLE_SIZE, offset=0)
        units = visible_units(session, user)
        context = {
            "title": "Terima semua yang tersaring",
            "nav": "antrean",
            "sample": sample,
            "total": total,
            "filters": kept,
            "described": _describe(kept, units),
            "back": "/antrean?" + query_string(kept),
        }
        return render(request, "bulk_confirm.html", context)


@router.post("/antrean/terima-semua", dependencies=[Depends(check_csrf)])
async def bulk_accept(request: Request) -> Response:
    form = await request.form()
    filters, kept = read_filters(dict(form))
    filters.state = "pending"
    expected = str(form.get("expected") or "")
    return await _run_bulk(request, filters, kept, expected)


async def _run_bulk(request: Request, filters: QueueFilters, kept: dict[str, str], expected: str) -> Response:
    def work() -> int:
        with db(request) as session:
            user = current_user(request, session)
            return bulk_decide(session, user, filters, action="accept")

    count = await run_in_threadpool(work)
    note = ""
    if expected.isdigit() and int(expected) != count:
        note = f" (halaman konfirmasi menunjukkan {expected}; antrean berubah sementara itu)"
    flash(request, f"{count} butir diterima sekaligus{note}.")
    return redirect("/antrean?" + urlencode(kept))
