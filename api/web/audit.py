"""Audit: evidence completeness per pemda and unit (one row per dossier underneath), with filters and
XLSX/CSV exports of exactly what the filters show."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from api.web.common import PageRoute, current_user, db, query_string, render
from api.web.exports import spreadsheet_response
from classifier.catalogue import load_catalogue
from review import access
from review.exports import completeness_rows, decisions_csv
from review.models import Pemda, Unit, User

router = APIRouter(route_class=PageRoute, include_in_schema=False)


def _number(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def visible_pemda_and_units(session, user: User) -> tuple[list[Pemda], list[Unit]]:
    allowed = access.pemda_ids(user)
    pemda_query = select(Pemda).order_by(Pemda.name)
    unit_query = select(Unit).order_by(Unit.name)
    if allowed is not None:
        pemda_query = pemda_query.where(Pemda.id.in_(allowed))
        unit_query = unit_query.where(Unit.pemda_id.in_(allowed))
    return list(session.scalars(pemda_query)), list(session.scalars(unit_query))


def unit_summaries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per pemda and unit: dossiers, documents, mean score share, and dossiers missing ★ indicators."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[(row["pemda"], row["unit"])].append(row)
    codes = load_catalogue().codes("indicators")
    out = []
    for (pemda, unit), members in sorted(groups.items()):
        found = sum(1 for r in members for c in codes if r.get(c))
        out.append(
            {
                "pemda": pemda,
                "unit": unit,
                "dossiers": len(members),
                "documents": sum(r["documents"] for r in members),
                "mean_percentage": round(sum(r["percentage"] for r in members) / len(members), 1),
                "evidence_share": round(100 * found / (len(members) * len(codes)), 1),
                "missing_mandatory": sum(1 for r in members if r["missing_mandatory"]),
            }
        )
    return out


@router.get("/audit")
def audit_page(request: Request, pemda_id: str = "", unit_id: str = "") -> Response:
    filters = {
        "pemda_id": pemda_id if pemda_id.isdigit() else "",
        "unit_id": unit_id if unit_id.isdigit() else "",
    }
    with db(request) as session:
        user = current_user(request, session)
        rows = completeness_rows(session, user, pemda_id=_number(pemda_id), unit_id=_number(unit_id))
        pemda, units = visible_pemda_and_units(session, user)
        qs = query_string(filters)
        context = {
            "title": "Audit kelengkapan bukti",
            "nav": "audit",
            "rows": rows,
            "summaries": unit_summaries(rows),
            "pemda": pemda,
            "units": units,
            "filters": filters,
            "codes": load_catalogue().codes("indicators"),
            "xlsx_link": "/audit/kelengkapan.xlsx" + (f"?{qs}" if qs else ""),
            "csv_link": "/audit/kelengkapan.csv" + (f"?{qs}" if qs else ""),
        }
        return render(request, "audit.html", context)


@router.get("/audit/kelengkapan.{kind}")
def audit_export(request: Request, kind: str, pemda_id: str = "", unit_id: str = "") -> Response:
    with db(request) as session:
        user = current_user(request, session)
        rows = completeness_rows(session, user, pemda_id=_number(pemda_id), unit_id=_number(unit_id))
    return spreadsheet_response(rows, kind, "kelengkapan")


@router.get("/audit/keputusan.csv")
def decisions_export(request: Request) -> Response:
    with db(request) as session:
        body = decisions_csv(session, current_user(request, session))
    headers = {"Content-Disposition": 'attachment; filename="keputusan.csv"'}
    return Response(body, media_type="text/csv; charset=utf-8", headers=headers)
