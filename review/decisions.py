"""What a reviewer's decision says, checked against the catalogue, and what it makes of a document.

A decision is stored append-only (review.models.Decision) with the labels and indicators before and after.
This module validates corrections, builds those before/after values, and gives every reader (queue,
dossiers, exports) the same answer to "what are this document's labels and indicators now": the latest
decision's values when there is one, else the model's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifier.catalogue import LABEL_FIELDS, Catalogue, load_catalogue
from review.errors import ReviewError
from review.models import Action, Decision

URUSAN_ALSO = "urusan_also"  # overlapping sectors, as in the corpus label format


def parse_action(action: str | Action) -> Action:
    try:
        return Action(action)
    except ValueError:
        raise ReviewError(
            "invalid", detail=f"Unknown action {action!r}; expected one of accept, correct, reject."
        ) from None


# Labels ----------------------------------------------------------------------------------------------


def label_code(value: Any) -> str | None:
    """A label as stored on an item or in an assessment ({"label": …, "confidence": …}) or as a plain code."""
    if isinstance(value, dict):
        return value.get("label")
    return value


def label_codes(labels: dict[str, Any] | None) -> dict[str, Any]:
    """Plain codes per label field, plus urusan_also when known: the audit trail's and corpus's shape."""
    labels = labels or {}
    codes: dict[str, Any] = {name: label_code(labels[name]) for name in LABEL_FIELDS if name in labels}
    urusan = labels.get("urusan")
    if isinstance(labels.get(URUSAN_ALSO), list):
        codes[URUSAN_ALSO] = list(labels[URUSAN_ALSO])
    elif isinstance(urusan, dict) and isinstance(urusan.get("also"), list):
        codes[URUSAN_ALSO] = list(urusan["also"])
    return codes


def labels_from_assessment(data: dict[str, Any]) -> dict[str, Any]:
    return label_codes({name: data[name] for name in (*LABEL_FIELDS, URUSAN_ALSO) if name in data})


def validate_labels(labels: dict[str, Any], catalogue: Catalogue | None = None) -> dict[str, Any]:
    """A reviewer's new labels as plain codes; every field and code must be the catalogue's."""
    catalogue = catalogue or load_catalogue()
    if not isinstance(labels, dict):
        raise ReviewError("invalid", detail="Labels must be an object mapping a label field to a code.")
    clean: dict[str, Any] = {}
    for name, value in labels.items():
        if name == URUSAN_ALSO:
            clean[name] = _urusan_also(value, catalogue)
            continue
        if name not in LABEL_FIELDS:
            raise ReviewError(
                "invalid",
                detail=f"Unknown label field {name!r}; expected one of {', '.join(LABEL_FIELDS)} "
                f"or {URUSAN_ALSO}.",
            )
        code = label_code(value)
        if code is None:
            if name == "document_type":
                raise ReviewError("invalid", detail="document_type cannot be empty; use 'lainnya'.")
            clean[name] = None
            continue
        if code not in catalogue.codes(name):
            raise ReviewError(
                "invalid",
                detail=f"{code!r} is not a {name} code; expected one of {', '.join(catalogue.codes(name))}.",
            )
        clean[name] = code
    return clean


def _urusan_also(value: Any, catalogue: Catalogue) -> list[str]:
    if not isinstance(value, list):
        raise ReviewError("invalid", detail="urusan_also must be a list of urusan codes.")
    unknown = [v for v in value if v not in catalogue.codes("urusan")]
    if unknown:
        raise ReviewError("invalid", detail=f"Not urusan codes: {', '.join(map(str, unknown))}.")
    return list(dict.fromkeys(value))


def apply_labels(item_labels: dict[str, Any], new_codes: dict[str, Any]) -> dict[str, Any]:
    """The item's labels with the reviewer's codes written in, keeping the stored shape: entries stored
    as {"label", "confidence"} stay objects (a reviewer's label is certain), plain codes stay plain."""
    merged = dict(item_labels or {})
    for name, code in new_codes.items():
        if name == URUSAN_ALSO:
            urusan = merged.get("urusan")
            if isinstance(urusan, dict):
                merged["urusan"] = {**urusan, "also": list(code)}
            else:
                merged[URUSAN_ALSO] = list(code)
            continue
        old = merged.get(name)
        if isinstance(old, dict) or (old is None and _stores_objects(merged)):
            merged[name] = {**(old or {}), "label": code, "confidence": 1.0, "corrected": True}
        else:
            merged[name] = code
    return merged


def _stores_objects(labels: dict[str, Any]) -> bool:
    return any(isinstance(v, dict) for v in labels.values())


# Indicators ------------------------------------------------------------------------------------------


def indicators_from_assessment(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The model's verdict per indicator, without evidence: what the audit trail records as "before"."""
    return [
        {"code": i["code"], "found": bool(i.get("found")), "level": i.get("level")}
        for i in data.get("indicators") or []
    ]


def validate_indicators(indicators: Any, catalogue: Catalogue | None = None) -> dict[str, dict[str, Any]]:
    """A reviewer's indicator corrections, by code.

    Two shapes are accepted: the corpus's {code: level} (1-3 found at that level, null found but the level
    cannot be read, 0 or false no evidence), or the contract's [{code, found, level, evidence?}] where
    evidence is [{page, quote}] the reviewer points to."""
    catalogue = catalogue or load_catalogue()
    codes = catalogue.codes("indicators")
    if isinstance(indicators, dict):
        entries = [_from_level(code, level) for code, level in indicators.items()]
    elif isinstance(indicators, list):
        entries = [_from_entry(entry) for entry in indicators]
    else:
        raise ReviewError(
            "invalid", detail="Indicators must be {code: level} or a list of {code, found, level}."
        )
    clean: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry["code"] not in codes:
            raise ReviewError(
                "invalid",
                detail=f"Unknown indicator code {entry['code']!r}; expected one of {', '.join(codes)}.",
            )
        clean[entry["code"]] = entry
    return clean


def _from_level(code: str, level: Any) -> dict[str, Any]:
    if level is False or level == 0:
        return {"code": code, "found": False, "level": None}
    return {"code": code, "found": True, "level": _level(code, level)}


def _from_entry(entry: Any) -> dict[str, Any]:
    if not isinstance(entry, dict) or "code" not in entry:
        raise ReviewError("invalid", detail="Every indicator correction needs a 'code'.")
    code = str(entry["code"])
    found = entry.get("found", True)
    if not isinstance(found, bool):
        raise ReviewError("invalid", detail=f"'found' for {code!r} must be true or false.")
    if not found:
        return {"code": code, "found": False, "level": None}
    out: dict[str, Any] = {"code": code, "found": True, "level": _level(code, entry.get("level"))}
    if entry.get("evidence"):
        out["evidence"] = _evidence(code, entry["evidence"])
    return out


def _level(code: str, level: Any) -> int | None:
    if level is None:
        return None
    if isinstance(level, bool) or not isinstance(level, int) or level not in (1, 2, 3):
        raise ReviewError(
            "invalid",
            detail=f"Level for {code!r} must be 1, 2 or 3 (null when the document shows evidence but "
            f"not the level), got {level!r}.",
        )
    return level


def _evidence(code: str, evidence: Any) -> list[dict[str, Any]]:
    if not isinstance(evidence, list):
        raise ReviewError("invalid", detail=f"Evidence for {code!r} must be a list of {{page, quote}}.")
    out = []
    for span in evidence:
        page = span.get("page") if isinstance(span, dict) else None
        quote = span.get("quote") if isinstance(span, dict) else None
        if not isinstance(quote, str) or not quote.strip() or not (page is None or isinstance(page, int)):
            raise ReviewError(
                "invalid", detail=f"Evidence for {code!r} needs a quote and a page number (or null)."
            )
        out.append({"page": page, "quote": quote.strip()})
    return out


def apply_indicators(
    before: list[dict[str, Any]], corrections: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """All indicators after the corrections; corrected ones are marked so readers can tell them apart."""
    after = []
    seen = set()
    for entry in before:
        seen.add(entry["code"])
        fix = corrections.get(entry["code"])
        after.append({**entry, **fix, "corrected": True} if fix else dict(entry))
    after.extend({**fix, "corrected": True} for code, fix in corrections.items() if code not in seen)
    return after


def effective_indicators(
    assessment: dict[str, Any] | None, decision: Decision | None
) -> list[dict[str, Any]]:
    """A document's indicators now: the model's evidence, overridden by the latest decision's corrections.

    Each entry is {code, found, level, evidence: [{page, quote}], corrected}. A reviewer who marks an
    indicator absent removes the model's evidence; one who marks it found keeps the model's quotes (if any)
    and adds their own."""
    model = {i["code"]: i for i in (assessment or {}).get("indicators") or []}
    corrected = {
        i["code"]: i
        for i in (decision.indicators_after if decision is not None else []) or []
        if i.get("corrected")
    }
    out = []
    for code in dict.fromkeys([*model, *corrected]):
        base = model.get(code, {})
        evidence = [{"page": e.get("page"), "quote": e.get("quote")} for e in base.get("evidence") or []]
        entry = {
            "code": code,
            "found": bool(base.get("found")),
            "level": base.get("level"),
            "evidence": evidence if base.get("found") else [],
            "corrected": False,
        }
        fix = corrected.get(code)
        if fix is not None:
            entry.update(found=bool(fix.get("found")), level=fix.get("level"), corrected=True)
            entry["evidence"] = [*evidence, *(fix.get("evidence") or [])] if fix.get("found") else []
        out.append(entry)
    return out


def latest_decisions(session: Session, document_ids: list[int]) -> dict[int, Decision]:
    """The newest decision per document (decisions are append-only; the last word counts)."""
    latest: dict[int, Decision] = {}
    if not document_ids:
        return latest
    rows = session.scalars(
        select(Decision).where(Decision.document_id.in_(document_ids)).order_by(Decision.id)
    )
    for decision in rows:
        latest[decision.document_id] = decision
    return latest


def decision_dict(decision: Decision) -> dict[str, Any]:
    return {
        "id": decision.id,
        "review_item_id": decision.review_item_id,
        "document_id": decision.document_id,
        "reviewer_id": decision.reviewer_id,
        "action": str(decision.action),
        "labels_before": decision.labels_before,
        "labels_after": decision.labels_after,
        "indicators_before": decision.indicators_before,
        "indicators_after": decision.indicators_after,
        "comment": decision.comment,
        "created_at": decision.created_at.isoformat() if decision.created_at else None,
    }
