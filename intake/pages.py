"""Raw page text as a reader produces it, before normalisation and grading; OCR of one page image."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from intake import ocr
from intake.model import ExtractionWarning, PageSource
from intake.options import ExtractOptions


@dataclass
class RawPage:
    number: int
    text: str
    source: PageSource = "text"
    ocr_confidence: float | None = None
    tables: list[list[list[str]]] = field(default_factory=list)


def ocr_page(
    image: Image.Image, number: int, options: ExtractOptions, warnings: list[ExtractionWarning]
) -> RawPage:
    """OCR one page image; a missing or failing Tesseract is a warning on that page, never a lost page."""
    try:
        result = ocr.ocr_image(image, lang=options.ocr_lang, timeout=min(90.0, options.timeout_s))
    except ocr.OcrUnavailable:
        warnings.append(ExtractionWarning.make("ocr_unavailable", page=number))
        return RawPage(number=number, text="", source="none")
    except ocr.OcrFailed as exc:
        warnings.append(ExtractionWarning.make("ocr_failed", page=number, detail=str(exc)[:200]))
        return RawPage(number=number, text="", source="none")
    return RawPage(number=number, text=result.text, source="ocr", ocr_confidence=result.confidence)
