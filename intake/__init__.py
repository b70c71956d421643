"""Intake: uploaded bytes → clean, page-mapped text (`Extraction`). A plain library: no database, no HTTP."""

from intake.batch import Outcome, Source, extract_many, iter_sources
from intake.errors import IntakeError
from intake.extract import extract_bytes, extract_path
from intake.isolate import extract_isolated
from intake.model import Extraction, ExtractionWarning, Page, Section
from intake.options import ExtractOptions

__all__ = [
    "ExtractOptions",
    "Extraction",
    "ExtractionWarning",
    "IntakeError",
    "Outcome",
    "Page",
    "Section",
    "Source",
    "extract_bytes",
    "extract_isolated",
    "extract_many",
    "extract_path",
    "iter_sources",
]
