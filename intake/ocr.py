"""OCR of one page image with the Tesseract command-line program (`ind`+`eng`).

Tesseract runs as a child process: a crash or a hang in it cannot take the caller down, and the
timeout kills it. Steps: greyscale; orientation from Tesseract's own OSD; table ruling lines painted
out (they wreck Tesseract's layout analysis); the automatic layout (psm 3), and also "one uniform block"
(psm 6) on ruled pages or when psm 3 is unsure, keeping the more confident of the two (psm 6 reads tables
much better but loses elsewhere: DESIGN.md, "Measured here"). The figures behind each constant come from
bench/ocr_modes.py.
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

TESSERACT = "tesseract"
REQUIRED_LANGUAGES = frozenset({"ind", "eng"})

DEFAULT_PSM = 3  # fully automatic page segmentation
TABLE_PSM = 6  # one uniform block of text: keeps table rows together
# Below this mean word confidence the automatic segmentation is judged unsure and psm 6 is tried too
# (psm 6 is also tried on every page with ruling lines: there psm 3 drops whole cells at high confidence).
PSM6_BELOW_CONFIDENCE = 85.0
# OSD's "orientation confidence" below which its answer is ignored (bench/ocr_modes.py): on the bench pages
# at 300 dpi (prose, tables, a sparse letter, at four turns) OSD was right 28 of 28 times with confidences
# of 12-23; on the same pages at ~100 dpi its wrong answers had confidences up to 2.9. Pages with too few
# characters get no answer at all, which counts as "no rotation".
OSD_MIN_CONFIDENCE = 5.0

# Ruling lines: dark runs at least this fraction of the page's longer side (and at least RULE_MIN_PX),
# no thicker than RULE_MAX_THICKNESS_FRACTION of it. Table grids confuse Tesseract's layout analysis:
# erasing them took a ruled annex table from 5% to 99% word recall (bench/ocr_modes.py).
RULE_MIN_LENGTH_FRACTION = 1 / 40
RULE_MIN_PX = 100  # at full size: longer than the letter stems of text up to ~30 pt at 300 dpi
RULE_MAX_THICKNESS_FRACTION = 1 / 250
RULE_HALO_PX = 1  # on the half-size copy: 2 pixels either side at full size
RULE_HALF_SIZE_FROM_PX = 1600
DARK_BELOW = 160  # grey level under which a pixel counts as ink when looking for lines

_OSD_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.MULTILINE)
_OSD_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.MULTILINE)
# Tesseract's "Rotate" is the clockwise turn that makes the page upright; PIL's ROTATE_n is counter-clockwise.
_CLOCKWISE = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}


class OcrUnavailable(RuntimeError):
    """Tesseract, or the language data asked for, is not installed."""


class OcrFailed(RuntimeError):
    """Tesseract ran but failed or ran out of time."""


@dataclass
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence 0-100 weighted by word length; None when no words
    rotation: int  # degrees clockwise the image was turned before OCR (0, 90, 180, 270)
    psm: int  # page segmentation mode whose result was kept
    words: int


@functools.cache
def _installed_languages() -> frozenset[str] | None:
    """Language data Tesseract can load; None when the binary is missing or broken. Asked once per process."""
    if shutil.which(TESSERACT) is None:
        return None
    try:
        done = subprocess.run(
            [TESSERACT, "--list-langs"], capture_output=True, timeout=30, env=_child_env(), check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    # The first line is 'List of available languages in "...":'; the rest are names.
    lines = done.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def tesseract_available() -> bool:
    """True when the tesseract binary is on PATH and has the `ind` and `eng` data."""
    languages = _installed_languages()
    return languages is not None and languages >= REQUIRED_LANGUAGES


def ocr_image(
    image: Image.Image,
    *,
    lang: str = "ind+eng",
    detect_orientation: bool = True,
    timeout: float = 90.0,
) -> OcrResult:
    """Read the text of one page image. `timeout` bounds all Tesseract runs for this page together."""
    _require_languages(lang)
    deadline = time.monotonic() + timeout
    page = _to_grey(image)
    rotation = _detect_rotation(_png_bytes(page), deadline) if detect_orientation else 0
    if rotation:
        page = page.transpose(_CLOCKWISE[rotation])
    page, ruled = erase_ruling_lines(page)
    png = _png_bytes(page)

    best = _recognise(png, lang, DEFAULT_PSM, deadline)
    if best.confidence is not None and (ruled or best.confidence < PSM6_BELOW_CONFIDENCE):
        block = _recognise(png, lang, TABLE_PSM, deadline)
        if block.confidence is not None and block.confidence > best.confidence:
            best = block
    best.rotation = rotation
    return best


def detect_rotation(image: Image.Image, *, timeout: float = 30.0) -> tuple[int, float] | None:
    """OSD's answer for a page: (clockwise degrees that make it upright, orientation confidence), or None
    when OSD cannot tell. Exposed for bench/ocr_modes.py, which measures how far to trust it."""
    _require_languages("osd")
    return _osd(_png_bytes(_to_grey(image)), time.monotonic() + timeout)


def recognise(image: Image.Image, *, psm: int, lang: str = "ind+eng", timeout: float = 90.0) -> OcrResult:
    """One Tesseract run with a fixed page segmentation and no orientation step (for measurements)."""
    _require_languages(lang)
    return _recognise(_png_bytes(_to_grey(image)), lang, psm, time.monotonic() + timeout)


def _require_languages(lang: str) -> None:
    languages = _installed_languages()
    if languages is None:
        raise OcrUnavailable("the tesseract program is not installed or does not run")
    missing = sorted(set(lang.split("+")) - languages)
    if missing:
        raise OcrUnavailable(f"tesseract has no language data for {', '.join(missing)}")


def _to_grey(image: Image.Image) -> Image.Image:
    """Upright (per EXIF) 8-bit greyscale; transparent areas become white paper, not black."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        image = image.point(lambda value: value / 256).convert("L")
    if image.mode == "P":
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        paper = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, image.convert("RGBA"))
    return image if image.mode == "L" else image.convert("L")


def erase_ruling_lines(image: Image.Image) -> tuple[Image.Image, bool]:
    """Paint long thin horizontal and vertical lines (table grids, underlines) white; True if any were found.

    A pixel is erased when it lies on a dark run along one axis at least the minimum line length long, and
    its dark run across that axis is thin: solid dark areas (photos, banners) stay as they are. Lines are
    looked for on a half-size copy of large pages: a quarter of the work, and lines stay many pixels long."""
    grey_image = image if image.mode == "L" else image.convert("L")
    grey = np.asarray(grey_image)
    scale = 2 if max(grey.shape) >= RULE_HALF_SIZE_FROM_PX else 1
    small = grey if scale == 1 else np.asarray(grey_image.reduce(scale))
    rules = _ruling_lines(small < DARK_BELOW, min_length=RULE_MIN_PX // scale)
    if rules is None:
        return image, False
    if scale > 1:
        rules = rules.repeat(scale, axis=0).repeat(scale, axis=1)[: grey.shape[0], : grey.shape[1]]
    cleaned = grey.copy()
    cleaned[rules] = 255
    result = Image.fromarray(cleaned)
    result.info.update(image.info)
    return result, True


def _ruling_lines(dark: np.ndarray, min_length: int) -> np.ndarray | None:
    """Mask of the ruling-line pixels (with their edges), or None when the page has none."""
    longer = max(dark.shape)
    length = max(min_length, int(longer * RULE_MIN_LENGTH_FRACTION))
    thickness = max(2, int(longer * RULE_MAX_THICKNESS_FRACTION))
    long_across = _on_long_run(dark, length)
    long_down = _on_long_run(dark.T, length).T
    if long_across.sum() + long_down.sum() < 2 * length:  # cheap exit for pages of plain text
        return None
    horizontal = long_across & ~_on_long_run(dark.T, thickness + 1).T
    vertical = long_down & ~_on_long_run(dark, thickness + 1)
    if horizontal.sum() + vertical.sum() < 2 * length:  # a stray stroke or two is not a table
        return None
    # Where lines cross, each looks thick to the other: take dark pixels with line on both sides of them.
    crossings = (
        long_across & long_down & _near(horizontal, thickness, axis=1) & _near(vertical, thickness, axis=0)
    )
    # Widen across the line to take its grey anti-aliased or blurred edges too.
    return _near(horizontal | crossings, RULE_HALO_PX, axis=0) | _near(
        vertical | crossings, RULE_HALO_PX, axis=1
    )


def _near(mask: np.ndarray, radius: int, axis: int) -> np.ndarray:
    """Pixels within `radius` of a set pixel of `mask` along `axis`."""
    rows = mask if axis == 1 else mask.T
    sums = np.cumsum(np.pad(rows, ((0, 0), (radius + 1, radius))), axis=1, dtype=np.int32)
    near = (sums[:, 2 * radius + 1 :] - sums[:, : -2 * radius - 1]) > 0
    return near if axis == 1 else near.T


def _on_long_run(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels that belong to a run of at least `length` dark pixels along each row."""
    if dark.shape[1] < length:
        return np.zeros_like(dark)
    sums = np.cumsum(dark, axis=1, dtype=np.int32)
    sums = np.pad(sums, ((0, 0), (1, 0)))
    starts = (sums[:, length:] - sums[:, :-length]) == length  # window [s, s+length) is all dark
    # A pixel is on a run when some all-dark window covers it: widen the window starts by length-1.
    covered = np.cumsum(np.pad(starts, ((0, 0), (length, length - 1))), axis=1, dtype=np.int32)
    return (covered[:, length:] - covered[:, :-length]) > 0


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # Keep the resolution when known: Tesseract otherwise guesses it from the text height.
    dpi = image.info.get("dpi")
    extra = {"dpi": dpi} if dpi else {}
    image.save(buffer, format="PNG", compress_level=1, **extra)
    return buffer.getvalue()


def _child_env() -> dict[str, str]:
    # One thread per Tesseract: its OpenMP threads otherwise fight the worker processes for the cores.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _run(args: list[str], png: bytes, deadline: float) -> subprocess.CompletedProcess[bytes]:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise OcrFailed("OCR ran out of time")
    try:
        return subprocess.run(
            [TESSERACT, "stdin", "stdout", *args],
            input=png,
            capture_output=True,
            timeout=remaining,
            env=_child_env(),
            check=False,
        )
    except FileNotFoundError as exc:
        raise OcrUnavailable("the tesseract program is not installed") from exc
    except subprocess.TimeoutExpired as exc:  # subprocess.run has already killed the child
        raise OcrFailed("OCR ran out of time") from exc


def _detect_rotation(png: bytes, deadline: float) -> int:
    """Clockwise rotation that makes the page upright, or 0 when OSD cannot tell or is unsure."""
    answer = _osd(png, deadline)
    if answer is None or answer[1] < OSD_MIN_CONFIDENCE:
        return 0
    return answer[0]


def _osd(png: bytes, deadline: float) -> tuple[int, float] | None:
    done = _run(["--psm", "0"], png, deadline)
    # OSD exits non-zero on pages with too few characters ("Too few characters. Skipping this page").
    if done.returncode != 0:
        return None
    report = done.stdout.decode("utf-8", "replace")
    rotate, confidence = _OSD_ROTATE.search(report), _OSD_CONFIDENCE.search(report)
    if rotate is None or confidence is None:
        return None
    degrees = int(rotate.group(1)) % 360
    return (degrees, float(confidence.group(1))) if degrees in (0, *_CLOCKWISE) else None


def _recognise(png: bytes, lang: str, psm: int, deadline: float) -> OcrResult:
    done = _run(["-l", lang, "--psm", str(psm), "tsv"], png, deadline)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailed(f"tesseract exited with {done.returncode}: {detail[-1] if detail else 'no message'}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"), psm=psm)


def parse_tsv(tsv: str, *, psm: int) -> OcrResult:
    """Rebuild text from Tesseract's TSV: words of a line joined by spaces, lines by newlines, and a blank
    line between paragraphs; confidence is the mean over words weighted by their length."""
    paragraphs: list[list[list[str]]] = []
    current_paragraph: tuple[str, str, str] | None = None
    current_line: tuple[str, str, str, str] | None = None
    weighted = weight = 0.0
    words = 0
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t", 11)
        if len(fields) < 12 or fields[0] != "5":
            continue
        word = fields[11].strip()
        if not word:
            continue
        page, block, par, line = fields[1], fields[2], fields[3], fields[4]
        if (page, block, par) != current_paragraph:
            current_paragraph, current_line = (page, block, par), None
            paragraphs.append([])
        if (page, block, par, line) != current_line:
            current_line = (page, block, par, line)
            paragraphs[-1].append([])
        paragraphs[-1][-1].append(word)
        words += 1
        confidence = float(fields[10])
        if confidence >= 0:
            weighted += confidence * len(word)
            weight += len(word)
    text = "\n\n".join("\n".join(" ".join(line) for line in lines) for lines in paragraphs)
    return OcrResult(
        text=text, confidence=weighted / weight if weight else None, rotation=0, psm=psm, words=words
    )
