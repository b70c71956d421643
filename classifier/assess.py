"""The whole classifier behind one call: Extraction → Assessment (labels, evidence, profile, review)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sklearn.pipeline import FeatureUnion

from classifier.catalogue import Catalogue, load_catalogue
from classifier.corpus import FIELDS
from classifier.evidence import IndicatorResult, find_indicators
from classifier.labels import FieldModel, FieldPrediction, featurise, text_columns
from classifier.model_io import load, read_card
from classifier.profile import Profile, extract_profile
from intake.model import Extraction

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# ★ indicators a document of this type is expected to evidence by itself. A proposal or a report tells
# the innovation's legal basis, creation stages with dates and benefit; an SK, a letter or an attendance
# list is evidence for one indicator only, so a missing ★ there is no reason to review.
MANDATORY_BY_DOCUMENT_TYPE: dict[str, tuple[str, ...]] = {
    "proposal": ("regulasi", "kecepatan_penciptaan", "kemanfaatan"),
    "laporan": ("kemanfaatan",),
}

# Above 1 no confidence passes: a field whose validation never reached the target precision.
NEVER_CONFIDENT = 1.01


@dataclass
class LabelPrediction:
    label: str | None
    confidence: float
    also: list[str] = field(default_factory=list)  # urusan only: overlapping sectors

    def to_dict(self, with_also: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "confidence": round(self.confidence, 4)}
        if with_also:
            out["also"] = list(self.also)
        return out


@dataclass
class Assessment:
    labels: dict[str, LabelPrediction]
    indicators: list[IndicatorResult]
    missing_indicators: list[str]
    profile: Profile
    needs_review: bool
    review_reasons: list[str]
    model_version: str

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            name: prediction.to_dict(with_also=name == "urusan") for name, prediction in self.labels.items()
        }
        out["indicators"] = [r.to_dict() for r in self.indicators]
        out["missing_indicators"] = list(self.missing_indicators)
        out["profile"] = self.profile.to_dict()
        out["needs_review"] = self.needs_review
        out["review_reasons"] = list(self.review_reasons)
        out["model_version"] = self.model_version
        return out


def current_model_dir(models_dir: Path = MODELS_DIR) -> Path:
    """The folder `models/current` names (a one-line text file holding a version folder name)."""
    pointer = models_dir / "current"
    if not pointer.is_file():
        raise FileNotFoundError(f"{pointer} not found: train a model first (jaring train)")
    version = pointer.read_text(encoding="utf-8").strip()
    return models_dir / version


class Classifier:
    """Loaded once, reused: the fitted label models, their thresholds and the catalogue."""

    def __init__(
        self,
        featuriser: FeatureUnion,
        fields: dict[str, FieldModel],
        thresholds: dict[str, float],
        also_threshold: float,
        version: str,
        catalogue: Catalogue | None = None,
    ):
        self.featuriser = featuriser
        self.fields = fields
        self.thresholds = thresholds
        self.also_threshold = also_threshold
        self.version = version
        self.catalogue = catalogue or load_catalogue()
        self._n_text = text_columns(featuriser)

    @classmethod
    def load(cls, model_dir: Path | None = None) -> Classifier:
        """A trained model folder (default: the one `models/current` names)."""
        folder = Path(model_dir) if model_dir else current_model_dir()
        card = read_card(folder)
        featuriser = load(folder / "features.skops")
        fields = {name: FieldModel.from_state(load(folder / f"{name}.skops")) for name in card["fields"]}
        return cls(
            featuriser,
            fields,
            thresholds=card["thresholds"],
            also_threshold=card["also_threshold"],
            version=card["version"],
            catalogue=load_catalogue(card.get("catalogue_edition")),
        )

    # Labels -------------------------------------------------------------------------------------------

    def predict_labels(self, texts: list[str]) -> list[dict[str, LabelPrediction]]:
        """Labels for a batch of texts (one featurisation for all fields)."""
        X = featurise(self.featuriser, texts)
        per_field = {name: model.predict(X, self._n_text) for name, model in self.fields.items()}
        return [
            {name: self._label(name, per_field[name][i]) for name in self.fields} for i in range(len(texts))
        ]

    def _label(self, name: str, prediction: FieldPrediction) -> LabelPrediction:
        also: list[str] = []
        if name == "urusan" and prediction.label is not None:
            also = sorted(
                (
                    c
                    for c, p in prediction.probabilities.items()
                    if c != prediction.label and p >= self.also_threshold
                ),
                key=lambda c: -prediction.probabilities[c],
            )
        return LabelPrediction(prediction.label, prediction.confidence, also)

    def low_confidence(self, labels: dict[str, LabelPrediction]) -> list[str]:
        return [
            f"low_confidence:{name}"
            for name in FIELDS
            if name in labels and labels[name].confidence < self.thresholds.get(name, NEVER_CONFIDENT)
        ]

    # The whole assessment -------------------------------------------------------------------------------

    def assess(self, extraction: Extraction) -> Assessment:
        labels = self.predict_labels([extraction.text])[0]
        indicators = find_indicators(extraction, self.catalogue)
        profile = extract_profile(extraction)
        missing = [r.code for r in indicators if not r.found]
        reasons = self.review_reasons(extraction, labels, indicators, profile)
        return Assessment(labels, indicators, missing, profile, bool(reasons), reasons, self.version)

    def review_reasons(
        self,
        extraction: Extraction,
        labels: dict[str, LabelPrediction],
        indicators: list[IndicatorResult],
        profile: Profile,
    ) -> list[str]:
        """Machine-readable reasons a person should look at this document; empty → no review."""
        reasons = self.low_confidence(labels)
        if extraction.quality == "poor":
            reasons.append("poor_quality")
        if extraction.pages and extraction.ocr_pages * 2 > len(extraction.pages):
            reasons.append("mostly_ocr")
        if not profile.nama_inovasi:
            reasons.append("no_innovation_named")
        if len(profile.innovation_names) > 1:
            reasons.append("two_innovations")
        found = {r.code for r in indicators if r.found}
        document_type = labels["document_type"].label if "document_type" in labels else None
        for code in MANDATORY_BY_DOCUMENT_TYPE.get(document_type or "", ()):
            if code not in found:
                reasons.append(f"missing_mandatory:{code}")
        return reasons
