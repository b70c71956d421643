"""Masuk, keluar and changing a one-time password. The session cookie holds the user id and the CSRF
token; it is signed (itsdangerous) by SessionMiddleware."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from api.web.common import (
    PageRoute,
    check_csrf,
    current_user,
    db,
    flash,
    redirect,
    render,
)
from review import auth
from review.models import Role

router = APIRouter(route_class=PageRoute, include_in_schema=False)

HOME_BY_ROLE = {
    Role.uploader: "/unggah",
    Role.reviewer: "/antrean",
    Role.auditor: "/audit",
    Role.admin: "/antrean",
}


def safe_next(target: str | None) -> str | None:
    # Only paths on this site: an open redirect would let a link send a fresh login elsewhere.
    if target and target.startswith("/") and not target.startswith("//"):
        return target
    return None


@router.get("/")
def home(request: Request) -> Response:
    with db(request) as session:
        user = current_user(request, session)
        return redirect(HOME_BY_ROLE.get(user.role, "/dokumen"))


@router.get("/masuk")
def login_page(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", {"title": "Masuk", "next": safe_next(next) or "", "error": None})


@router.post("/masuk", dependencies=[Depends(check_csrf)])
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form(""),
) -> Response:
    with db(request) as session:
        user = auth.authenticate(session, username.strip(), password)
        if user is None or not user.active:
            context = {"title": "Masuk", "next": safe_next(next) or "", "username": username}
            context["error"] = "Nama pengguna atau kata sandi salah."
            return render(request, "login.html", context, status_code=401)
        # A fresh session on login: nothing planted before it (fixation) carries over.
        request.session.clear()
        request.session["user_id"] = user.id
        if user.must_change_password:
            return redirect("/sandi")
        return redirect(safe_next(next) or HOME_BY_ROLE.get(user.role, "/dokumen"))


@router.post("/keluar", dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    request.session.clear()
    flash(request, "Anda sudah keluar.")
    return redirect("/masuk")


@router.get("/sandi")
def password_page(request: Request) -> Response:
    with db(request) as session:
        user = current_user(request, session, allow_password_change=True)
        context = {
            "title": "Ganti kata sandi",
            "forced": user.must_change_password,
            "min_length": auth.MIN_PASSWORD_LENGTH,
        }
        return render(request, "password.html", context)


@router.post("/sandi", dependencies=[Depends(check_csrf)])
def change_password(
    request: Request,
    current: str = Form(""),
    new: str = Form(""),
    repeat: str = Form(""),
) -> Response:
    with db(request) as session:
        user = current_user(request, session, allow_password_change=True)
        error = None
        if not auth.verify_password(user.password_hash, current):
            error = "Kata sandi saat ini salah."
        elif len(new) < auth.MIN_PASSWORD_LENGTH:
            error = f"Kata sandi baru minimal {auth.MIN_PASSWORD_LENGTH} karakter."
        elif new != repeat:
            error = "Ulangan kata sandi baru tidak sama."
        elif new == current:
            error = "Kata sandi baru harus berbeda dari yang lama."
        if error:
            context = {"title": "Ganti kata sandi", "forced": user.must_change_password, "error": error}
            context["min_length"] = auth.MIN_PASSWORD_LENGTH
            return render(request, "password.html", context, status_code=422)
        auth.set_password(session, user, new)
        flash(request, "Kata sandi sudah diganti.")
        return redirect(HOME_BY_ROLE.get(user.role, "/dokumen"))
