"""Legacy office files (DOC, ODT, RTF) through headless LibreOffice, converted to DOCX and read as DOCX."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from intake.errors import IntakeError

_SUFFIX = {
    "application/msword": ".doc",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
}


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_docx(data: bytes, media_type: str, timeout_s: float) -> bytes:
    """Runs `soffice --convert-to docx` in a private temporary directory and profile, so concurrent
    conversions never share LibreOffice's user installation lock."""
    binary = soffice_path()
    kind = _SUFFIX[media_type].lstrip(".").upper()
    if binary is None:
        raise IntakeError("converter_unavailable", detail=kind)
    with tempfile.TemporaryDirectory(prefix="jaring-office-") as tmp:
        work = Path(tmp)
        source = work / f"input{_SUFFIX[media_type]}"
        source.write_bytes(data)
        profile = (work / "profile").as_uri()
        command = [
            binary, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            f"-env:UserInstallation={profile}", "--convert-to", "docx:MS Word 2007 XML",
            "--outdir", str(work / "out"), str(source),
        ]  # fmt: skip
        env = {**os.environ, "HOME": tmp, "SAL_USE_VCLPLUGIN": "svp"}
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
        )
        try:
            _, stderr = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired as exc:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise IntakeError("timeout", limit=int(timeout_s)) from exc
        result = work / "out" / "input.docx"
        if not result.exists():
            message = stderr.decode("utf-8", "replace").strip().splitlines()
            detail = message[-1][:150] if message else f"LibreOffice could not convert this {kind}"
            if "password" in detail.lower():
                raise IntakeError("encrypted")
            raise IntakeError("corrupt", detail=detail)
        return result.read_bytes()
