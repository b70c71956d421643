"""Layout and cue signals as features: what a document looks like, and the phrases that tell a label.

The patterns are data, in `classifier/cues.yaml` (see its header), validated when loaded:
- `layout`: the document types' telltale signs (CATALOGUE.md §8): a decree's MENIMBANG/MENGINGAT, a
  letter's Nomor/Perihal, an attendance table's Nama | Jabatan | Tanda Tangan, whatever words surround them;
- `cues`: the phrases that tell jenis, tahapan, bentuk and inisiator ("melalui aplikasi daring",
  "sedang diuji coba", "usulan anggota DPRD");
- `urusan_words`: sector words per urusan, one cue pattern per urusan.
Each pattern names the labels it `signals`. Features: every pattern's match count squashed to 0..1, then
(when the file asks for `label_scores`) one summed score per signalled label, then shape features. Word
n-grams learn a writer's phrasing; these cues are what different writers share, so they carry over to
documents of writers the model has never seen. A scikit-learn transformer over raw texts.

Models keep the cue file they were trained with (`StructureFeatures.cues`): 2026.11.0 predates the file
and reads the frozen copy `cues-2026.11.0.yaml`, so its columns stay exactly as trained.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.base import BaseEstimator, TransformerMixin

from classifier.catalogue import LABEL_FIELDS, load_catalogue

CUES_DIR = Path(__file__).parent
CURRENT_CUES = "cues"
LEGACY_CUES = "cues-2026.11.0"  # what a featuriser saved before cue files existed used
_M = re.IGNORECASE | re.MULTILINE


class CueError(ValueError):
    """A cue file that is malformed, names unknown labels or leaves a label without a cue."""


@dataclass(frozen=True)
class Cue:
    name: str  # feature name without prefix
    section: str  # "layout" or "cue"
    pattern: str
    signals: tuple[tuple[str, str], ...]  # (field, code) pairs this pattern is a sign of


@dataclass(frozen=True)
class CueSet:
    name: str
    cues: tuple[Cue, ...]
    label_scores: bool

    def signalled(self) -> list[tuple[str, str]]:
        """Every (field, code) some pattern signals, in first-seen order (the label-score columns)."""
        seen: dict[tuple[str, str], None] = {}
        for cue in self.cues:
            for pair in cue.signals:
                seen.setdefault(pair, None)
        return list(seen)

    @property
    def layout(self) -> tuple[tuple[str, str], ...]:
        return tuple((c.name, c.pattern) for c in self.cues if c.section == "layout")

    @property
    def cue_patterns(self) -> tuple[tuple[str, str], ...]:
        return tuple((c.name, c.pattern) for c in self.cues if c.section == "cue")


def _signal(entry: Any, where: str, codes: dict[str, set[str]]) -> tuple[str, str]:
    if not isinstance(entry, str) or entry.count(":") != 1:
        raise CueError(f"{where}: signal {entry!r} is not 'field:code'")
    field_name, code = entry.split(":")
    if field_name not in codes:
        raise CueError(f"{where}: unknown field {field_name!r} (expected one of {sorted(codes)})")
    if code not in codes[field_name]:
        raise CueError(f"{where}: {code!r} is not a {field_name} code of the catalogue")
    return field_name, code


def parse_cues(data: Any, name: str = "<cues>") -> CueSet:
    """Validate a cue file's data and build the CueSet; CueError names the first problem."""
    if not isinstance(data, dict):
        raise CueError(f"{name}: not a mapping")
    catalogue = load_catalogue()
    codes = {f: set(catalogue.codes(f)) for f in LABEL_FIELDS}
    templates = data.get("templates") or {}
    cues: list[Cue] = []
    for section, key in (("layout", "layout"), ("cue", "cues")):
        entries = data.get(key) or {}
        if not isinstance(entries, dict):
            raise CueError(f"{name}: {key} must map names to patterns")
        for cue_name, spec in entries.items():
            where = f"{name}: {key}.{cue_name}"
            if not isinstance(spec, dict) or not isinstance(spec.get("pattern"), str):
                raise CueError(f"{where}: needs a 'pattern' string")
            pattern = spec["pattern"]
            for template, value in templates.items():
                pattern = pattern.replace("{" + template + "}", value)
            signals = tuple(_signal(s, where, codes) for s in spec.get("signals") or ())
            if not signals:
                raise CueError(f"{where}: signals no label")
            cues.append(Cue(str(cue_name), section, pattern, signals))
    words = data.get("urusan_words") or {}
    for code, listed in words.items():
        where = f"{name}: urusan_words.{code}"
        if not listed or not all(isinstance(w, str) and w.strip() for w in listed):
            raise CueError(f"{where}: needs a list of words")
        signal = _signal(f"urusan:{code}", where, codes)
        # Same construction as the 2026.11.0 tuples, so the frozen copy gives identical columns.
        pattern = r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in listed) + r")\b"
        cues.append(Cue(f"urusan_{code}", "cue", pattern, (signal,)))
    names = [c.name for c in cues]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise CueError(f"{name}: names used twice: {duplicates}")
    for cue in cues:
        try:
            re.compile(cue.pattern, _M)
        except re.error as exc:
            raise CueError(f"{name}: {cue.name}: bad pattern ({exc})") from exc
    exempt = {_signal(s, f"{name}: no_cue", codes) for s in data.get("no_cue") or ()}
    covered = {pair for cue in cues for pair in cue.signals}
    missing = [f"{f}:{c}" for f in LABEL_FIELDS for c in catalogue.codes(f) if (f, c) not in covered | exempt]
    if missing:
        raise CueError(f"{name}: labels without any cue: {missing}")
    return CueSet(name, tuple(cues), bool(data.get("label_scores", True)))


@lru_cache(maxsize=8)
def load_cues(name: str = CURRENT_CUES) -> CueSet:
    """The named cue file next to this module (default `cues.yaml`), validated."""
    path = CUES_DIR / f"{name}.yaml"
    if not re.fullmatch(r"[\w.-]+", name) or not path.is_file():
        raise CueError(f"no cue file {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CueError(f"{path.name}: not YAML ({exc})") from exc
    return parse_cues(data, path.name)


@lru_cache(maxsize=8)
def _compiled(name: str) -> tuple[CueSet, tuple[re.Pattern[str], ...], np.ndarray]:
    cue_set = load_cues(name)
    patterns = tuple(re.compile(c.pattern, _M) for c in cue_set.cues)
    # label-score matrix: pattern i contributes to label column j
    labels = cue_set.signalled() if cue_set.label_scores else []
    membership = np.zeros((len(cue_set.cues), len(labels)))
    index = {pair: j for j, pair in enumerate(labels)}
    for i, cue in enumerate(cue_set.cues):
        for pair in cue.signals:
            if pair in index:
                membership[i, index[pair]] = 1.0
    return cue_set, patterns, membership


# The current file's patterns, for callers that list them (tests, the README).
_CURRENT = load_cues()
LAYOUT_PATTERNS: tuple[tuple[str, str], ...] = _CURRENT.layout
CUE_PATTERNS: tuple[tuple[str, str], ...] = _CURRENT.cue_patterns
URUSAN_CUES: dict[str, tuple[str, ...]] = {
    code: tuple(words)
    for code, words in (
        yaml.safe_load((CUES_DIR / f"{CURRENT_CUES}.yaml").read_text(encoding="utf-8"))["urusan_words"]
    ).items()
}

# Shape features computed from line statistics, after the pattern counts.
SHAPE_FEATURES: tuple[str, ...] = (
    "pages",
    "table_line_share",
    "upper_case_line_share",
    "numbered_line_share",
    "length_short",
    "length_medium",
    "length_long",
)

_TABLE_LINE = re.compile(r"\||\t|\S {3,}\S")
_NUMBERED_LINE = re.compile(r"^\s*(\d+[.)]|[a-z][.)]|-|•)\s")


def _squash(count: float, scale: float) -> float:
    """count → 0..1, saturating, so one long document does not dominate the linear model."""
    return float(count / (count + scale))


def pattern_counts(text: str, cues: str = CURRENT_CUES) -> dict[str, int]:
    """How often each pattern of a cue file matches the text (for tests and for looking at a document)."""
    cue_set, patterns, _ = _compiled(cues)
    return {c.name: len(p.findall(text)) for c, p in zip(cue_set.cues, patterns, strict=True)}


def layout_features(text: str, cues: str = CURRENT_CUES) -> list[float]:
    """One row: pattern counts squashed to 0..1, label scores (if any), then the shape features."""
    _, patterns, membership = _compiled(cues)
    counts = np.array([len(pattern.findall(text)) for pattern in patterns], dtype=float)
    row = [_squash(c, 2.0) for c in counts]
    if membership.shape[1]:
        row += [_squash(float(s), 3.0) for s in counts @ membership]
    lines = [line for line in text.splitlines() if line.strip()]
    n_lines = max(len(lines), 1)
    letters = [line for line in lines if sum(c.isalpha() for c in line) >= 4]
    upper = sum(1 for line in letters if line.upper() == line)
    table = sum(1 for line in lines if _TABLE_LINE.search(line))
    numbered = sum(1 for line in lines if _NUMBERED_LINE.match(line))
    words = len(text.split())
    row += [
        _squash(text.count("\f") + 1, 3.0),
        table / n_lines,
        upper / max(len(letters), 1),
        numbered / n_lines,
        float(words < 150),
        float(150 <= words < 800),
        float(words >= 800),
    ]
    return row


def feature_names(cues: str = CURRENT_CUES) -> list[str]:
    cue_set, _, membership = _compiled(cues)
    names = [f"{'layout' if c.section == 'layout' else 'cue'}_{c.name}" for c in cue_set.cues]
    if membership.shape[1]:
        names += [f"label_{f}:{c}" for f, c in cue_set.signalled()]
    return names + list(SHAPE_FEATURES)


class StructureFeatures(TransformerMixin, BaseEstimator):
    """Layout features of raw texts: a stateless transformer (fit learns nothing but the column count).

    `cues` names the cue file (without `.yaml`) next to this module. An instance saved before the
    parameter existed has none and reads the frozen 2026.11.0 file.
    """

    def __init__(self, cues: str = CURRENT_CUES):
        self.cues = cues

    @property
    def _cues(self) -> str:
        return getattr(self, "cues", LEGACY_CUES)

    def fit(self, X: Any, y: Any = None) -> StructureFeatures:
        self.n_features_out_ = len(feature_names(self._cues))
        return self

    def transform(self, X: Any) -> np.ndarray:
        return np.array([layout_features(text, self._cues) for text in X], dtype=np.float64).reshape(
            len(X), -1
        )

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.asarray(feature_names(self._cues), dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags


def cue_labels(text: str, cues: str = CURRENT_CUES) -> dict[str, dict[str, int]]:
    """Per field, per label, the number of matches of the patterns signalling it (the cue baseline)."""
    cue_set, patterns, _ = _compiled(cues)
    scores: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cue, pattern in zip(cue_set.cues, patterns, strict=True):
        n = len(pattern.findall(text))
        for field_name, code in cue.signals:
            scores[field_name][code] += n
    return {f: dict(s) for f, s in scores.items()}
