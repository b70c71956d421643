"""The value intake produces: page-mapped text, sections, metadata and quality, JSON-serialisable."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from intake.errors import WARNINGS, message

PageSource = Literal["text", "ocr", "none"]
Quality = Literal["good", "fair", "poor"]

# Pages are joined with a form feed in Extraction.text, so offsets map back to pages.
PAGE_SEPARATOR = "\f"


@dataclass
class ExtractionWarning:
    code: str
    message: str
    page: int | None = None

    @classmethod
    def make(cls, code: str, page: int | None = None, **params: object) -> ExtractionWarning:
        return cls(code=code, message=message(code, WARNINGS, **params), page=page)


@dataclass
class Page:
    number: int  # 1-based
    text: str
    source: PageSource = "text"
    ocr_confidence: float | None = None  # mean word confidence 0-100 when OCR'd
    quality: Quality = "good"
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of cells, per table


@dataclass
class Section:
    heading: str
    key: str | None  # a profile part such as "permasalahan", or None for other headed sections
    page: int | None
    text: str


@dataclass
class Extraction:
    sha256: str
    media_type: str
    pages: list[Page]
    metadata: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    language: str | None = None
    quality: Quality = "good"
    warnings: list[ExtractionWarning] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # paged is False when the source has no reliable pages (e.g. a DOCX without page breaks):
    # everything sits on page 1 and evidence pages are reported as null.
    paged: bool = True

    @property
    def text(self) -> str:
        return PAGE_SEPARATOR.join(p.text for p in self.pages)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for p in self.pages if p.source == "ocr")

    def summary(self) -> dict[str, Any]:
        """The facts a listing shows: what the file is, how many pages, how they were read."""
        return {
            "sha256": self.sha256,
            "media_type": self.media_type,
            "pages": len(self.pages),
            "ocr_pages": self.ocr_pages,
            "language": self.language,
            "quality": self.quality,
            "paged": self.paged,
        }

    def to_record(self) -> dict[str, Any]:
        """The flat shape `jaring extract` prints and the API returns: the summary, then the content."""
        data = asdict(self)
        return {
            **self.summary(),
            "text": self.text,
            "page_details": data["pages"],
            "sections": data["sections"],
            "metadata": data["metadata"],
            "warnings": data["warnings"],
            "timings": data["timings"],
        }

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["text"] = self.text
        data["page_count"] = len(self.pages)
        data["ocr_pages"] = self.ocr_pages
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            sha256=data["sha256"],
            media_type=data["media_type"],
            pages=[Page(**p) for p in data["pages"]],
            metadata=data.get("metadata", {}),
            sections=[Section(**s) for s in data.get("sections", [])],
            language=data.get("language"),
            quality=data.get("quality", "good"),
            warnings=[ExtractionWarning(**w) for w in data.get("warnings", [])],
            timings=data.get("timings", {}),
            paged=data.get("paged", True),
        )

    @classmethod
    def from_text(cls, text: str, *, sha256: str = "", media_type: str = "text/plain") -> Extraction:
        """A plain-text document (pages split on form feeds): what the training corpus is made of."""
        pages = [Page(number=i + 1, text=t) for i, t in enumerate(text.split(PAGE_SEPARATOR))]
        return cls(sha256=sha256, media_type=media_type, pages=pages)
