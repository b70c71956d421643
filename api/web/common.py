"""What every page route shares: the service Context, the logged-in user, CSRF tokens, templates and the
Indonesian names of codes. Page routes call review.* directly inside one database transaction."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from classifier.catalogue import LABEL_FIELDS, MANDATORY, Catalogue, load_catalogue
from review.context import Context
from review.errors import ReviewError
from review.models import User

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def ctx_of(request: Request) -> Context:
    """The Context the app's lifespan built (api.app.create_app), shared with the JSON API."""
    return request.app.state.ctx


def runner_of(request: Request) -> Any:
    return getattr(request.app.state, "runner", None)


@contextmanager
def db(request: Request) -> Iterator[Session]:
    """One transaction per request: committed when the block ends, rolled back on an exception."""
    factory = ctx_of(request).sessions
    with factory() as session, session.begin():
        yield session


@dataclass(frozen=True)
class SignedIn:
    id: int
    username: str
    role: str


class LoginRequired(Exception):
    pass


class PasswordChangeRequired(Exception):
    pass


def current_user(request: Request, session: Session, *, allow_password_change: bool = False) -> User:
    user_id = request.session.get("user_id")
    user = session.get(User, user_id) if user_id is not None else None
    if user is None or not user.active:
        request.session.pop("user_id", None)
        raise LoginRequired
    if user.must_change_password and not allow_password_change:
        raise PasswordChangeRequired
    # The header shows who is signed in even on an error page, after the transaction (and with it the
    # ORM object) is gone: keep a plain copy.
    request.state.user = SignedIn(user.id, user.username, user.role.value)
    return user


# --- CSRF: one random token per session, a hidden field on every form, compared in constant time.


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    form = await request.form()
    sent = request.headers.get("x-csrf-token") or form.get("csrf_token") or ""
    expected = request.session.get("csrf") or ""
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent, expected):
        raise ReviewError("forbidden")


# --- Flash messages survive one redirect in the session.


def flash(request: Request, message: str, kind: str = "info") -> None:
    request.session.setdefault("flash", []).append({"kind": kind, "message": message})


def pop_flashes(request: Request) -> list[dict[str, str]]:
    return request.session.pop("flash", [])


# --- Rendering


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    context = {"user": getattr(request.state, "user", None), **context}
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)  # 303: the browser follows a POST with a GET


def error_message(error: ReviewError) -> str:
    """The Indonesian half of the service's bilingual sentence."""
    return error.message.split(" / ", 1)[-1]


def error_page(request: Request, error: ReviewError) -> HTMLResponse:
    back = request.headers.get("referer")
    context = {"title": "Tidak dapat diproses", "code": error.code, "message": error_message(error)}
    context["back"] = back if back and back.startswith(str(request.base_url)) else None
    return render(request, "error.html", context, status_code=error.status)


class PageRoute(APIRoute):
    """Page routes answer refusals with a page, not JSON: a login redirect, or the error sentence."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except LoginRequired:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return redirect(f"/masuk?next={quote(target)}")
            except PasswordChangeRequired:
                return redirect("/sandi")
            except StaleDataError:
                return error_page(request, ReviewError("conflict"))
            except ReviewError as error:
                return error_page(request, error)

        return page_handler


# --- Names shown to people


FIELD_NAMES = {
    "document_type": "Jenis dokumen",
    "bentuk": "Bentuk inovasi",
    "urusan": "Urusan",
    "jenis": "Jenis inovasi",
    "tahapan": "Tahapan",
    "inisiator": "Inisiator",
}
DOCUMENT_TYPE_NAMES = {
    "proposal": "Proposal / profil inovasi",
    "laporan": "Laporan",
    "regulasi": "Regulasi (Perda, Perkada, SK)",
    "surat_tugas": "Surat tugas / perintah",
    "undangan_daftar_hadir": "Undangan, daftar hadir, notulen",
    "sertifikat": "Sertifikat / piagam",
    "anggaran": "Dokumen anggaran",
    "perencanaan": "Dokumen perencanaan",
    "sop": "SOP",
    "pedoman": "Pedoman / petunjuk teknis",
    "kerja_sama": "Kerja sama (MoU, PKS)",
    "evaluasi": "Evaluasi / survei kepuasan",
    "publikasi": "Publikasi / berita",
    "lainnya": "Lainnya",
}
STATUS_NAMES = {
    "received": "diterima",
    "extracting": "diekstrak",
    "classifying": "diklasifikasi",
    "queued": "dalam antrean",
    "decided": "sudah diputuskan",
    "rejected": "ditolak",
    "failed": "gagal",
    "duplicate": "duplikat",
    "refused": "ditolak saat diterima",
}
ITEM_STATE_NAMES = {"pending": "menunggu", "claimed": "diklaim", "decided": "diputuskan"}
ACTION_NAMES = {"accept": "diterima", "correct": "dikoreksi", "reject": "ditolak"}
ROLE_NAMES = {"admin": "Admin", "uploader": "Pengunggah", "reviewer": "Peninjau", "auditor": "Auditor"}
REASON_PREFIXES = {
    "low_confidence": "keyakinan rendah",
    "missing_mandatory": "indikator wajib tidak ditemukan",
    "poor_quality": "kualitas teks buruk",
    "mostly_ocr": "sebagian besar halaman lewat OCR",
    "no_innovation_named": "nama inovasi tidak ditemukan",
    "two_innovations": "menyebut lebih dari satu inovasi",
}


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    return load_catalogue()


def label_name(field_name: str, code: str | None) -> str:
    if not code:
        return "—"
    if field_name == "document_type" and code in DOCUMENT_TYPE_NAMES:
        return DOCUMENT_TYPE_NAMES[code]
    for label in catalogue().labels.get(field_name, ()):
        if label.code == code:
            return label.name
    return code


def label_options(field_name: str) -> list[tuple[str, str]]:
    codes = catalogue().codes(field_name)
    return [(code, label_name(field_name, code)) for code in codes]


def indicator_name(code: str) -> str:
    try:
        return catalogue().indicator(code).name
    except (KeyError, ValueError):
        return code


def reason_text(reason: str) -> str:
    """'low_confidence:tahapan' → 'keyakinan rendah: Tahapan'."""
    head, _, tail = str(reason).partition(":")
    head_text = REASON_PREFIXES.get(head, head.replace("_", " "))
    if not tail:
        return head_text
    tail_text = FIELD_NAMES.get(tail) or indicator_name(tail)
    return f"{head_text}: {tail_text}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(float(value) * 100)}%"


def query_string(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def is_role(user: SignedIn | None, *roles: str) -> bool:
    return user is not None and user.role in roles


templates.env.globals.update(
    csrf_token=csrf_token,
    label_name=label_name,
    label_options=label_options,
    indicator_name=indicator_name,
    reason_text=reason_text,
    percent=percent,
    is_role=is_role,
    FIELD_NAMES=FIELD_NAMES,
    LABEL_FIELDS=LABEL_FIELDS,
    STATUS_NAMES=STATUS_NAMES,
    ITEM_STATE_NAMES=ITEM_STATE_NAMES,
    ACTION_NAMES=ACTION_NAMES,
    ROLE_NAMES=ROLE_NAMES,
    pop_flashes=pop_flashes,
    mandatory=frozenset(MANDATORY),
)
templates.env.filters["indicator_name"] = indicator_name
