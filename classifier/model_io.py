"""Saving and loading fitted models with skops (never pickle), against an explicit allow-list of types."""

from __future__ import annotations

import json
import logging
import warnings
import zipfile
from importlib import metadata
from pathlib import Path
from typing import Any

import skops.io as sio

log = logging.getLogger(__name__)

# Every type our model files may contain. A file naming any other type is refused, even one skops would
# trust by default: a model file holds exactly what `jaring train` writes, nothing else.
MODEL_TYPES: tuple[str, ...] = (
    "classifier.structure.StructureFeatures",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.svm._classes.LinearSVC",
)
PLAIN_TYPES: tuple[str, ...] = (
    "builtins.bool",
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.NoneType",
    "builtins.str",
    "builtins.tuple",
    "numpy.bool",
    "numpy.bool_",
    "numpy.dtype",
    "numpy.float32",
    "numpy.float64",
    "numpy.int32",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
)
TRUSTED_TYPES: tuple[str, ...] = MODEL_TYPES + PLAIN_TYPES

# Libraries whose versions decide whether a saved model behaves as it did when measured.
VERSIONED_LIBRARIES: tuple[str, ...] = ("scikit-learn", "skops", "numpy", "scipy")


class UntrustedModelError(RuntimeError):
    """A model file holds types outside the allow-list; it is not loaded."""

    def __init__(self, path: Path, types: list[str]):
        self.path = path
        self.types = types
        super().__init__(
            f"{path}: refusing to load, the file contains types outside the allow-list: {', '.join(types)}"
        )


class ModelVersionWarning(UserWarning):
    """The running library versions differ from those the model was trained with."""


def library_versions() -> dict[str, str]:
    versions = {}
    for name in VERSIONED_LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def save(obj: Any, path: str | Path) -> Path:
    """Write obj with skops, zip-compressed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(obj, path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path


def load(path: str | Path, trusted: tuple[str, ...] = TRUSTED_TYPES) -> Any:
    """Read a skops file, refusing (UntrustedModelError) if it names any type outside `trusted`."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"model file not found: {path}")
    untrusted = sorted(types_in_file(path) - set(trusted))
    if untrusted:
        raise UntrustedModelError(path, untrusted)
    # Every type is on our list: tell skops to accept those it would not trust by itself.
    return sio.load(path, trusted=sio.get_untrusted_types(file=path))


def types_in_file(path: Path) -> set[str]:
    """Every `module.Class` a skops file's schema names (skops' own check skips types it trusts)."""
    try:
        with zipfile.ZipFile(path) as archive:
            schema = json.loads(archive.read("schema.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise UntrustedModelError(path, [f"<not a skops file: {exc}>"]) from exc
    found: set[str] = set()
    stack: list[Any] = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("__class__"), str) and isinstance(node.get("__module__"), str):
                found.add(f"{node['__module__']}.{node['__class__']}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def write_card(card: dict[str, Any], model_dir: str | Path) -> Path:
    path = Path(model_dir) / "model_card.json"
    path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_card(model_dir: str | Path) -> dict[str, Any]:
    """The model card; warns (ModelVersionWarning and a log line) if library versions differ from now."""
    path = Path(model_dir) / "model_card.json"
    if not path.is_file():
        raise FileNotFoundError(f"{model_dir}: no model_card.json (not a trained model folder)")
    card = json.loads(path.read_text(encoding="utf-8"))
    check_versions(card.get("library_versions", {}), str(model_dir))
    return card


def check_versions(trained_with: dict[str, str], where: str) -> list[str]:
    """Names the libraries whose running version differs from the one the model was trained with."""
    running = library_versions()
    differ = [
        f"{name} {trained_with[name]} (trained) vs {running.get(name)} (running)"
        for name in trained_with
        if running.get(name) != trained_with[name]
    ]
    if differ:
        message = f"model {where} was trained with other library versions: {'; '.join(differ)}"
        log.warning(message)
        warnings.warn(message, ModelVersionWarning, stacklevel=3)
    return differ
