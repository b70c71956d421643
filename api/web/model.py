"""Model: the classifier version in use, its card (per-label figures on the held-out test set) and how many
reviewer corrections wait for the next training run."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from api.web.common import PageRoute, ctx_of, current_user, db, render
from classifier.assess import current_model_dir
from review import access
from review.models import Action, Decision, Document, Unit

router = APIRouter(route_class=PageRoute, include_in_schema=False)


def read_model_card(model_dir: Path | None) -> tuple[Path | None, dict[str, Any] | None, str | None]:
    try:
        folder = Path(model_dir) if model_dir else current_model_dir()
    except FileNotFoundError as exc:
        return None, None, str(exc)
    path = folder / "model_card.json"
    try:
        return folder, json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, ValueError) as exc:
        return folder, None, f"{path}: {exc}"


def field_figures(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Per label field: test accuracy, macro-F1, calibration error, review threshold and per-label rows."""
    test_fields = ((card.get("test") or {}).get("fields")) or {}
    out = []
    for name in card.get("fields") or test_fields:
        score = test_fields.get(name) or {}
        per_label = score.get("per_label") or {}
        out.append(
            {
                "name": name,
                "accuracy": score.get("accuracy"),
                "macro_f1": score.get("macro_f1"),
                "ece": score.get("ece"),
                "support": score.get("support"),
                "threshold": (card.get("thresholds") or {}).get(name),
                "labels": sorted(per_label.items(), key=lambda kv: (-kv[1].get("support", 0), kv[0])),
            }
        )
    return out


def _created(card: dict[str, Any]) -> datetime | None:
    try:
        created = datetime.fromisoformat(str(card.get("created")))
    except ValueError:
        return None
    return created if created.tzinfo else created.replace(tzinfo=UTC)


@router.get("/model")
def model_page(request: Request) -> Response:
    folder, card, problem = read_model_card(ctx_of(request).settings.model_dir)
    with db(request) as session:
        user = current_user(request, session)
        # Corrections made since this model was trained are the examples the next `jaring train` adds.
        query = (
            select(func.count())
            .select_from(Decision)
            .join(Document, Document.id == Decision.document_id)
            .join(Unit, Unit.id == Document.unit_id)
            .where(
                Decision.action == Action.correct, access.row_filter(user, Document.unit_id, Unit.pemda_id)
            )
        )
        created = _created(card) if card else None
        if created is not None:
            query = query.where(Decision.created_at > created)
        waiting = session.scalar(query) or 0
        context = {
            "title": "Model klasifikasi",
            "nav": "model",
            "folder": folder,
            "card": card,
            "problem": problem,
            "fields": field_figures(card) if card else [],
            "waiting": waiting,
            "created": created,
        }
        return render(request, "model.html", context)
