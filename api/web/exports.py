"""Download responses for the completeness exports (XLSX for people, CSV for tools)."""

from __future__ import annotations

from typing import Any

from fastapi.responses import Response

from review.errors import ReviewError
from review.exports import completeness_csv, completeness_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def spreadsheet_response(rows: list[dict[str, Any]], kind: str, stem: str) -> Response:
    if kind == "xlsx":
        body, media_type = completeness_xlsx(rows), XLSX
    elif kind == "csv":
        body, media_type = completeness_csv(rows), "text/csv; charset=utf-8"
    else:
        raise ReviewError("not_found", what="format")
    headers = {"Content-Disposition": f'attachment; filename="{stem}.{kind}"'}
    return Response(body, media_type=media_type, headers=headers)
