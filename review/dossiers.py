"""Dossiers: one innovation's documents together, and how complete its evidence is.

A unit usually sends several files per innovation (proposal, SK, attendance lists, budget extracts).
Completeness looks across all of them: per indicator the best level any document shows, with every quote,
the estimated score Σ bobot × level (0-111), its index band, and the ★ indicators still without evidence."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifier.catalogue import Catalogue, load_catalogue
from review import decisions as dec
from review.access import can_read, check_read, pemda_ids, row_filter
from review.errors import ReviewError
from review.models import (
    Action,
    AssessmentRecord,
    Document,
    DocumentStatus,
    Dossier,
    Role,
    Unit,
    User,
)

# Index bands of 2023 (CATALOGUE.md §6), on score / max × 100: (lowest percentage, code, name), top first.
# 2025 raised the top band to 65.01; the 2023 bands are the ones BSKDN published with the 111 maximum.
INDEX_BANDS_2023: tuple[tuple[float, str, str], ...] = (
    (60.01, "sangat_inovatif", "Sangat inovatif"),
    (35.00, "inovatif", "Inovatif"),
    (0.01, "kurang_inovatif", "Kurang inovatif"),
    (0.00, "tidak_dapat_dinilai", "Tidak dapat dinilai"),
)
NOT_SCORED = (DocumentStatus.failed, DocumentStatus.rejected)
CHUNK = 900  # bound IN lists well under SQLite's and PostgreSQL's parameter limits


# Create, list, add -----------------------------------------------------------------------------------


def create_dossier(
    session: Session, user: User, *, unit_id: int, name: str, document_ids: tuple[int, ...] | list[int] = ()
) -> dict[str, Any]:
    unit = _unit_for_write(session, user, unit_id)
    name = (name or "").strip()
    if not name or len(name) > 300:
        raise ReviewError("invalid", detail="A dossier needs a name of 1-300 characters.")
    documents = _documents_of_unit(session, user, unit, document_ids)
    dossier = Dossier(unit_id=unit.id, name=name, labels={}, created_by_id=user.id)
    session.add(dossier)
    session.flush()
    for document in documents:
        document.dossier_id = dossier.id
    session.flush()
    return dossier_dict(dossier, unit.pemda_id, [d.id for d in documents])


def list_dossiers(session: Session, user: User, *, unit_id: int | None = None) -> list[dict[str, Any]]:
    query = (
        select(Dossier, Unit.pemda_id)
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(row_filter(user, Dossier.unit_id, Unit.pemda_id))
        .order_by(Dossier.unit_id, Dossier.name, Dossier.id)
    )
    if unit_id is not None:
        query = query.where(Dossier.unit_id == unit_id)
    rows = session.execute(query).all()
    members = _document_ids_by_dossier(session, [d.id for d, _ in rows])
    return [dossier_dict(d, pemda_id, members.get(d.id, [])) for d, pemda_id in rows]


def add_documents(
    session: Session, user: User, dossier_id: int, document_ids: list[int] | tuple[int, ...]
) -> dict[str, Any]:
    """Puts documents of the dossier's unit into it (moving them out of another dossier if need be)."""
    dossier = _dossier_for_read(session, user, dossier_id)
    unit = _unit_for_write(session, user, dossier.unit_id)
    for document in _documents_of_unit(session, user, unit, document_ids):
        document.dossier_id = dossier.id
    session.flush()
    members = _document_ids_by_dossier(session, [dossier.id])
    return dossier_dict(dossier, unit.pemda_id, members.get(dossier.id, []))


def dossier_dict(dossier: Dossier, pemda_id: int, document_ids: list[int]) -> dict[str, Any]:
    return {
        "id": dossier.id,
        "unit_id": dossier.unit_id,
        "pemda_id": pemda_id,
        "name": dossier.name,
        "labels": dossier.labels,
        "document_ids": sorted(document_ids),
        "created_by_id": dossier.created_by_id,
        "created_at": dossier.created_at.isoformat() if dossier.created_at else None,
    }


# Suggestions -----------------------------------------------------------------------------------------


def suggest_dossiers(session: Session, user: User, unit_id: int) -> list[dict[str, Any]]:
    """Groups the unit's documents that have no dossier by the innovation they name.

    Names match after normalising case, punctuation and spacing ("SI-CANTIK" = "Si Cantik"), and an
    acronym matches its expansion ("SIPEKA" = "Sistem Informasi Pelayanan Kesehatan Anak"). A group that
    matches an existing dossier of the unit is suggested as an addition to it (dossier_id set)."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ReviewError("unknown_unit", unit=unit_id)
    check_read(user, unit.id, unit.pemda_id, what="unit")
    documents = session.execute(
        select(Document.id, Document.file_name, Document.sha256)
        .where(
            Document.unit_id == unit.id,
            Document.dossier_id.is_(None),
            Document.status.not_in(NOT_SCORED),
        )
        .order_by(Document.id)
    ).all()
    assessments = _assessments_by_sha(session, {sha for _, _, sha in documents})
    entries: list[tuple[str, int | str, str, list[str]]] = []  # (kind, id, display, names)
    for dossier in session.scalars(select(Dossier).where(Dossier.unit_id == unit.id).order_by(Dossier.id)):
        entries.append(("dossier", dossier.id, dossier.name, [dossier.name]))
    for document_id, file_name, sha in documents:
        names = innovation_names_of(assessments.get(sha))
        if names:
            entries.append(("document", document_id, file_name, names))

    groups = _group_by_name([names for _, _, _, names in entries])
    suggestions = []
    for members in groups:
        dossiers = [entries[i] for i in members if entries[i][0] == "dossier"]
        docs = [entries[i] for i in members if entries[i][0] == "document"]
        if not docs:
            continue
        names = [n for i in members for n in entries[i][3]]
        suggestions.append(
            {
                "name": dossiers[0][2] if dossiers else _display_name(names),
                "dossier_id": dossiers[0][1] if dossiers else None,
                "document_ids": [d[1] for d in docs],
                "files": [d[2] for d in docs],
                "names": list(dict.fromkeys(names)),
            }
        )
    suggestions.sort(key=lambda s: (s["dossier_id"] is None, -len(s["document_ids"]), s["name"].lower()))
    return suggestions


def innovation_names_of(assessment: dict[str, Any] | None) -> list[str]:
    """nama_inovasi and the other names the profile found; "X (Long Name)" counts as both X and Long Name."""
    profile = (assessment or {}).get("profile") or {}
    raw = [profile.get("nama_inovasi"), *(profile.get("innovation_names") or [])]
    names: list[str] = []
    for name in raw:
        if not isinstance(name, str) or not name.strip():
            continue
        outer = re.sub(r"\([^)]*\)", " ", name).strip(" -–:")
        inner = re.findall(r"\(([^)]*)\)", name)
        for part in (outer, *inner):
            if normalise_name(part):
                names.append(part.strip())
    return list(dict.fromkeys(names))


_LEADING_GENERIC = ("inovasi", "program", "aplikasi")
_STOP_WORDS = frozenset(
    {"dan", "di", "ke", "dari", "untuk", "yang", "bagi", "dengan", "atau", "the", "of", "and"}
)


@lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation gone, single spaces, a leading "Inovasi"/"Program" dropped."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    while len(words) > 1 and words[0] in _LEADING_GENERIC:
        words = words[1:]
    return " ".join(words)


def names_match(a: str, b: str) -> bool:
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return False
    if na.replace(" ", "") == nb.replace(" ", ""):
        return True
    short, long = sorted((na, nb), key=lambda n: (len(n.split()), len(n)))
    compact = short.replace(" ", "")
    if len(long.split()) <= len(short.split()) or not 3 <= len(compact) <= 16:
        return False
    return is_acronym(compact, tuple(long.split()))


@lru_cache(maxsize=4096)
def is_acronym(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether `acronym` is spelt from `words` in order: every word but a stop word gives at least its
    first letter, and may give more letters of itself in order ("pe" of pelayanan, "ka" of kesehatan)."""

    @cache
    def fits(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(acronym)
        word = words[j]
        if word in _STOP_WORDS and fits(i, j + 1):
            return True
        if i == len(acronym) or acronym[i] != word[0]:
            return False
        # Letters i..k of the acronym taken from this word, as a subsequence starting at its first letter.
        k, w = i + 1, 1
        while True:
            if fits(k, j + 1):
                return True
            if k == len(acronym):
                return False
            w = word.find(acronym[k], w)
            if w < 0:
                return False
            k, w = k + 1, w + 1

    return fits(0, 0)


def _group_by_name(name_lists: list[list[str]]) -> list[list[int]]:
    """Connected groups of entries sharing a matching name (union-find)."""
    parent = list(range(len(name_lists)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Exact normalised names join in one pass; acronym checks run on distinct names only.
    by_key: dict[str, int] = {}
    distinct: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(name_lists):
        for name in names:
            key = normalise_name(name).replace(" ", "")
            if key in by_key:
                parent[root(i)] = root(by_key[key])
            else:
                by_key[key] = i
            distinct[name].append(i)
    keys = list(distinct)
    for x, a in enumerate(keys):
        for b in keys[x + 1 :]:
            if names_match(a, b):
                parent[root(distinct[a][0])] = root(distinct[b][0])
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(name_lists)):
        groups[root(i)].append(i)
    return list(groups.values())


def _display_name(names: list[str]) -> str:
    # The name used most often, and among those the longest (an expansion reads better than an acronym
    # in a list of dossiers, but the acronym follows in `names`).
    counts: dict[str, int] = defaultdict(int)
    for name in names:
        counts[name] += 1
    return max(counts, key=lambda n: (counts[n], len(n)))


# Completeness ----------------------------------------------------------------------------------------


@dataclass
class DocumentIndicators:
    document_id: int
    file: str
    indicators: list[dict[str, Any]]  # effective: the model's evidence overridden by a decision


def completeness(session: Session, user: User, dossier_id: int) -> dict[str, Any]:
    dossier = _dossier_for_read(session, user, dossier_id)
    unit = session.get(Unit, dossier.unit_id)
    members = _document_ids_by_dossier(session, [dossier.id]).get(dossier.id, [])
    documents = dossier_documents(session, [dossier.id]).get(dossier.id, [])
    result = score_documents(documents, load_catalogue())
    return {"dossier": dossier_dict(dossier, unit.pemda_id, members), **result}


def dossier_documents(session: Session, dossier_ids: list[int]) -> dict[int, list[DocumentIndicators]]:
    """Each dossier's scored documents with their effective indicators, in a few queries for any number
    of dossiers (the completeness export reads them all). Failed and rejected documents do not count."""
    rows = []
    for start in range(0, len(dossier_ids), CHUNK):
        rows.extend(
            session.execute(
                select(
                    Document.id,
                    Document.dossier_id,
                    Document.file_name,
                    Document.sha256,
                    Document.duplicate_of_id,
                )
                .where(
                    Document.dossier_id.in_(dossier_ids[start : start + CHUNK]),
                    Document.status.not_in(NOT_SCORED),
                )
                .order_by(Document.id)
            ).all()
        )
    assessments = _assessments_by_sha(session, {row.sha256 for row in rows})
    # A duplicate shares its original's content, so the original's decision speaks for it too.
    decided_as = {row.id: row.duplicate_of_id or row.id for row in rows}
    decisions = _latest_decisions(session, sorted(set(decided_as.values())))
    out: dict[int, list[DocumentIndicators]] = defaultdict(list)
    for row in rows:
        decision = decisions.get(decided_as[row.id])
        if decision is not None and decision.action is Action.reject:
            continue
        assessment = assessments.get(row.sha256)
        if assessment is None and decision is None:
            continue  # not classified yet: nothing to count
        indicators = dec.effective_indicators(assessment, decision)
        out[row.dossier_id].append(DocumentIndicators(row.id, row.file_name, indicators))
    return out


def score_documents(documents: list[DocumentIndicators], catalogue: Catalogue) -> dict[str, Any]:
    """Per indicator the best level across the documents and all their evidence; the estimated score."""
    per_code: dict[str, list[tuple[DocumentIndicators, dict[str, Any]]]] = defaultdict(list)
    for document in documents:
        for entry in document.indicators:
            if entry.get("found"):
                per_code[entry["code"]].append((document, entry))
    indicators = []
    score = 0
    for indicator in catalogue.indicators:
        hits = per_code.get(indicator.code, [])
        known = [e["level"] for _, e in hits if e.get("level")]
        # Evidence whose level cannot be read still shows the indicator: it counts at level 1.
        level = max(known) if known else (1 if hits else 0)
        score += indicator.weight * level
        indicators.append(
            {
                "code": indicator.code,
                "number": indicator.number,
                "name": indicator.name,
                "weight": indicator.weight,
                "mandatory": indicator.mandatory,
                "found": bool(hits),
                "level": level,
                "level_known": bool(known) or not hits,
                "points": indicator.weight * level,
                "evidence": [
                    {
                        "document_id": d.document_id,
                        "file": d.file,
                        "page": span.get("page"),
                        "quote": span.get("quote"),
                    }
                    for d, entry in hits
                    for span in entry.get("evidence") or []
                ],
                "documents": sorted({d.document_id for d, _ in hits}),
            }
        )
    max_score = catalogue.max_score
    percentage = round(score / max_score * 100, 2) if max_score else 0.0
    band, band_name = index_band(percentage)
    return {
        "indicators": indicators,
        "score": score,
        "max_score": max_score,
        "percentage": percentage,
        "band": band,
        "band_name": band_name,
        "missing_mandatory": [i["code"] for i in indicators if i["mandatory"] and not i["found"]],
        "documents_scored": len(documents),
    }


def index_band(percentage: float) -> tuple[str, str]:
    """The 2023 band of a percentage (0-100, two decimals as published)."""
    rounded = round(percentage, 2)
    for lowest, code, name in INDEX_BANDS_2023:
        if rounded >= lowest:
            return code, name
    return INDEX_BANDS_2023[-1][1], INDEX_BANDS_2023[-1][2]


# Queries and access ----------------------------------------------------------------------------------


def _unit_for_write(session: Session, user: User, unit_id: int) -> Unit:
    """Uploaders of the unit, reviewers of its pemda and admins arrange dossiers; auditors only read."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise ReviewError("unknown_unit", unit=unit_id)
    allowed = (
        user.role is Role.admin
        or (user.role is Role.uploader and user.unit_id == unit.id)
        or (user.role is Role.reviewer and unit.pemda_id in (pemda_ids(user) or []))
    )
    if not allowed:
        raise ReviewError("forbidden")
    return unit


def _dossier_for_read(session: Session, user: User, dossier_id: int) -> Dossier:
    dossier = session.get(Dossier, dossier_id)
    if dossier is None:
        raise ReviewError("not_found", what="dossier")
    check_read(user, dossier.unit_id, dossier.unit.pemda_id, what="dossier")
    return dossier


def _documents_of_unit(
    session: Session, user: User, unit: Unit, document_ids: tuple[int, ...] | list[int]
) -> list[Document]:
    wanted = list(dict.fromkeys(int(i) for i in document_ids))
    found = (
        {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(wanted)))} if wanted else {}
    )
    for document_id in wanted:
        document = found.get(document_id)
        if document is None or not can_read(user, document.unit_id, unit.pemda_id):
            raise ReviewError("not_found", what=f"document {document_id}")
        if document.unit_id != unit.id:
            raise ReviewError(
                "invalid",
                detail=f"Document {document_id} belongs to another unit; a dossier holds one unit's.",
            )
    return [found[i] for i in wanted]


def _document_ids_by_dossier(session: Session, dossier_ids: list[int]) -> dict[int, list[int]]:
    members: dict[int, list[int]] = defaultdict(list)
    for start in range(0, len(dossier_ids), CHUNK):
        for document_id, dossier_id in session.execute(
            select(Document.id, Document.dossier_id).where(
                Document.dossier_id.in_(dossier_ids[start : start + CHUNK])
            )
        ):
            members[dossier_id].append(document_id)
    return members


def _assessments_by_sha(session: Session, shas: set[str]) -> dict[str, dict[str, Any]]:
    """The newest assessment per content (a newer model version replaces an older one)."""
    latest: dict[str, dict[str, Any]] = {}
    ordered = sorted(shas)
    for start in range(0, len(ordered), CHUNK):
        for sha, data in session.execute(
            select(AssessmentRecord.sha256, AssessmentRecord.data)
            .where(AssessmentRecord.sha256.in_(ordered[start : start + CHUNK]))
            .order_by(AssessmentRecord.created_at, AssessmentRecord.id)
        ):
            latest[sha] = data
    return latest


def _latest_decisions(session: Session, document_ids: list[int]) -> dict[int, Any]:
    latest: dict[int, Any] = {}
    for start in range(0, len(document_ids), CHUNK):
        latest.update(dec.latest_decisions(session, document_ids[start : start + CHUNK]))
    return latest
