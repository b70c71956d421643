"""Images (PNG, JPEG, TIFF with several pages, GIF, BMP, WebP): each frame is a page, read by OCR."""

from __future__ import annotations

import io
from collections.abc import Iterator

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from intake.errors import IntakeError
from intake.model import ExtractionWarning
from intake.options import ExtractOptions
from intake.pages import RawPage, ocr_page

# Pillow refuses decompression bombs above twice this; a 600 dpi A3 scan is about 70 million pixels.
Image.MAX_IMAGE_PIXELS = 100_000_000


def read_image(
    data: bytes, options: ExtractOptions, warnings: list[ExtractionWarning], metadata: dict
) -> Iterator[RawPage]:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError as exc:
        raise IntakeError("too_large", limit=f"{Image.MAX_IMAGE_PIXELS:,} pixels") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise IntakeError("corrupt", detail=f"unreadable image: {str(exc)[:150]}") from exc
    frames = getattr(image, "n_frames", 1)
    if frames > options.max_pages:
        raise IntakeError("too_many_pages", pages=frames, limit=options.max_pages)
    metadata.update({"width": image.width, "height": image.height, "format": image.format})
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        # Phones record "taken sideways" in EXIF; honour it before OCR looks for the text's own orientation.
        upright = ImageOps.exif_transpose(frame.copy())
        if options.ocr == "never":
            yield RawPage(number=number, text="", source="none")
            continue
        yield ocr_page(upright, number, options, warnings)
