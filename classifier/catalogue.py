"""The assessment catalogue as data: one YAML file per edition, validated when loaded."""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CATALOGUE_DIR = Path(__file__).parent / "catalogue"
CURRENT_EDITION = "2026"
LABEL_FIELDS: tuple[str, ...] = ("document_type", "bentuk", "urusan", "jenis", "tahapan", "inisiator")
MANDATORY = frozenset({"regulasi", "sdm", "kecepatan_penciptaan", "kemanfaatan", "video"})
TOTAL_WEIGHT = 37
LEVEL_METHODS = frozenset(
    {"regulation_kind", "count", "years", "tiers", "kinds", "days", "months", "percent", "issuer"}
)
_EDITION_FILE = re.compile(r"^\d{4}$")
_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class CatalogueError(ValueError):
    """A catalogue file that is missing, malformed or breaks the assessment's rules."""


@dataclass(frozen=True)
class LabelCode:
    code: str
    name: str
    description: str


@dataclass(frozen=True)
class IndicatorPatterns:
    """How evidence for one indicator is found, and how its level is read off."""

    phrases: tuple[str, ...] = ()  # lower-case phrases matched on whole tokens
    tokens: tuple[tuple[dict[str, Any], ...], ...] = ()  # spaCy Matcher token patterns
    entities: tuple[str, ...] = ()  # entity kinds (classifier.nlp) that are evidence by themselves
    needs: tuple[
        str, ...
    ] = ()  # support a phrase needs in its sentence (entity kinds or "year", "team_table")
    strong: tuple[str, ...] = ()  # phrases that need no support even when `needs` is set
    level: dict[str, Any] = field(default_factory=dict)  # method and thresholds, see evidence.py
    requires_level: bool = False  # evidence counts only when it reaches level 1 (e.g. 3 kinds of actors)
    # only evidence made of entities alone (a team table) must reach level 1; stated prose needs no level
    requires_level_for_entities: bool = False
    threshold: float | None = None  # score a sentence needs to be evidence (None: the catalogue's default)
    document_types: tuple[str, ...] = ()  # document types that are this indicator's evidence by nature
    whole_document: bool = False  # a document of those types is the evidence itself (its title is quoted)
    exclude_with: tuple[str, ...] = ()  # phrases showing a sentence is about another indicator's evidence

    @property
    def empty(self) -> bool:
        return not (self.phrases or self.tokens or self.entities)


@dataclass(frozen=True)
class Indicator:
    code: str
    number: int
    name: str
    weight: int
    mandatory: bool
    levels: tuple[str, str, str]
    evidence: str
    patterns: IndicatorPatterns


@dataclass(frozen=True)
class Negation:
    before: tuple[str, ...]  # cues that must precede the evidence words in the same clause
    anywhere: tuple[str, ...]  # cues that negate the whole clause
    patterns: tuple[str, ...] = ()  # regular expressions of intent anywhere in the clause ("akan di...")
    duty_item: str | None = None  # regular expression of a list item assigning a task
    cited_blocks: tuple[str, ...] = ()  # regular expressions of lines opening a cited legal basis
    block_ends: tuple[str, ...] = ()  # regular expressions of lines closing it


@dataclass(frozen=True)
class Scoring:
    """How a candidate sentence is scored: cue weights, the default threshold, and the cues themselves."""

    threshold: float = 2.0
    weights: dict[str, float] = field(default_factory=dict)
    pronouns: tuple[str, ...] = ()  # words that refer back to the innovation ("inovasi ini")
    mention_fields: tuple[str, ...] = ()  # "Perihal :", "Kegiatan :" lines name a subject, they show no deed
    definition: str | None = None  # regular expression of a sentence defining the innovation ("X adalah ...")
    boilerplate: tuple[str, ...] = ()  # phrases of standard clauses that are never evidence
    budget_table: tuple[str, ...] = ()  # header words of money tables: their rows are budget lines
    document_types: dict[str, tuple[str, ...]] = field(default_factory=dict)  # type -> title expressions

    def weight(self, cue: str) -> float:
        return float(self.weights.get(cue, 0.0))


SCORE_CUES = frozenset(
    {
        "phrase",
        "strong",
        "entity",
        "support",
        "innovation",
        "document_type",
        "mention",
        "definition",
        "budget_row",
        "title",
    }
)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: matchers are cached per catalogue
class Catalogue:
    edition: str
    current: bool
    labels: dict[str, tuple[LabelCode, ...]]
    indicators: tuple[Indicator, ...]
    negation: Negation
    scoring: Scoring = field(default_factory=Scoring)

    @property
    def max_score(self) -> int:
        return 3 * sum(i.weight for i in self.indicators)

    def codes(self, field_name: str) -> list[str]:
        if field_name == "indicators":
            return [i.code for i in self.indicators]
        if field_name not in self.labels:
            raise KeyError(f"unknown label field {field_name!r}; expected one of {', '.join(LABEL_FIELDS)}")
        return [c.code for c in self.labels[field_name]]

    def indicator(self, code: str) -> Indicator:
        for indicator in self.indicators:
            if indicator.code == code:
                return indicator
        raise KeyError(f"unknown indicator {code!r}")


def editions() -> list[str]:
    """Edition names that have a file, oldest first."""
    return sorted(p.stem for p in CATALOGUE_DIR.glob("*.yaml") if _EDITION_FILE.match(p.stem))


@lru_cache(maxsize=8)
def load_catalogue(edition: str | None = None) -> Catalogue:
    """The edition's catalogue (default: the current one), validated."""
    return load_catalogue_file(CATALOGUE_DIR / f"{edition or CURRENT_EDITION}.yaml")


def load_catalogue_file(path: str | Path) -> Catalogue:
    """A catalogue from any file (tests load broken ones); `extends` is resolved in the same folder."""
    data = _read_with_parent(Path(path), seen=())
    return _build(data, source=str(path))


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise CatalogueError(f"{path}: catalogue file not found (editions: {', '.join(editions())})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CatalogueError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise CatalogueError(f"{path}: expected a mapping at the top level")
    return data


def _read_with_parent(path: Path, seen: tuple[str, ...]) -> dict[str, Any]:
    """An edition may extend another: it then lists only what differs (names, levels) per indicator code."""
    data = _read(path)
    parent_name = data.get("extends")
    if not parent_name:
        return data
    if str(parent_name) in seen:
        raise CatalogueError(f"{path}: 'extends' loops through {' -> '.join(seen)}")
    parent = copy.deepcopy(_read_with_parent(path.parent / f"{parent_name}.yaml", (*seen, str(parent_name))))
    overrides = {o.get("code"): o for o in data.get("indicators") or []}
    unknown = set(overrides) - {i.get("code") for i in parent.get("indicators") or []}
    if unknown:
        raise CatalogueError(f"{path}: overrides unknown indicators: {', '.join(sorted(map(str, unknown)))}")
    for indicator in parent.get("indicators") or []:
        indicator.update(overrides.get(indicator.get("code"), {}))
    merged = {**parent, **{k: v for k, v in data.items() if k not in ("indicators", "extends")}}
    merged["indicators"] = parent.get("indicators") or []
    return merged


def _build(data: dict[str, Any], source: str) -> Catalogue:
    labels = _labels(data.get("labels"), source)
    indicators = tuple(_indicator(raw, source) for raw in data.get("indicators") or [])
    _check_indicators(indicators, data.get("max_score"), source)
    negation = data.get("negation") or {}
    return Catalogue(
        edition=str(data.get("edition") or Path(source).stem),
        current=bool(data.get("current", False)),
        labels=labels,
        indicators=indicators,
        negation=Negation(
            before=tuple(str(c).lower() for c in negation.get("before") or ()),
            anywhere=tuple(str(c).lower() for c in negation.get("anywhere") or ()),
            patterns=tuple(str(p) for p in negation.get("patterns") or ()),
            duty_item=negation.get("duty_item"),
            cited_blocks=tuple(negation.get("cited_blocks") or ()),
            block_ends=tuple(negation.get("block_ends") or ()),
        ),
        scoring=_scoring(data.get("scoring") or {}, labels, indicators, source),
    )


def _scoring(
    raw: dict[str, Any],
    labels: dict[str, tuple[LabelCode, ...]],
    indicators: tuple[Indicator, ...],
    source: str,
) -> Scoring:
    weights = {str(k): float(v) for k, v in (raw.get("weights") or {}).items()}
    unknown = sorted(set(weights) - SCORE_CUES)
    if unknown:
        raise CatalogueError(f"{source}: scoring: unknown cue weights: {', '.join(unknown)}")
    types = {str(k): tuple(str(p) for p in v or ()) for k, v in (raw.get("document_types") or {}).items()}
    known_types = {c.code for c in labels["document_type"]}
    named = set(types) | {t for i in indicators for t in i.patterns.document_types}
    if named - known_types:
        raise CatalogueError(
            f"{source}: scoring: unknown document types: {', '.join(sorted(named - known_types))}"
        )
    for expression in [raw.get("definition"), *(p for ps in types.values() for p in ps)]:
        if expression:
            try:
                re.compile(expression)
            except re.error as exc:
                raise CatalogueError(
                    f"{source}: scoring: bad regular expression {expression!r} ({exc})"
                ) from exc
    return Scoring(
        threshold=float(raw.get("threshold", 2.0)),
        weights=weights,
        pronouns=tuple(str(p).lower() for p in raw.get("pronouns") or ()),
        mention_fields=tuple(str(p).lower() for p in raw.get("mention_fields") or ()),
        definition=raw.get("definition"),
        boilerplate=tuple(str(p).lower() for p in raw.get("boilerplate") or ()),
        budget_table=tuple(str(p).lower() for p in raw.get("budget_table") or ()),
        document_types=types,
    )


def _labels(raw: Any, source: str) -> dict[str, tuple[LabelCode, ...]]:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{source}: 'labels' must map each of {', '.join(LABEL_FIELDS)} to its codes")
    missing = [f for f in LABEL_FIELDS if not raw.get(f)]
    if missing:
        raise CatalogueError(f"{source}: label fields missing or empty: {', '.join(missing)}")
    extra = sorted(set(raw) - set(LABEL_FIELDS))
    if extra:
        raise CatalogueError(f"{source}: unknown label fields: {', '.join(extra)}")
    labels: dict[str, tuple[LabelCode, ...]] = {}
    for field_name in LABEL_FIELDS:
        codes = []
        for entry in raw[field_name]:
            code = str(entry.get("code", ""))
            if not _CODE.match(code) or not entry.get("name"):
                raise CatalogueError(
                    f"{source}: {field_name}: every entry needs a snake_case code and a name"
                )
            codes.append(
                LabelCode(code=code, name=str(entry["name"]), description=str(entry.get("description", "")))
            )
        _no_duplicates([c.code for c in codes], f"{source}: {field_name}")
        labels[field_name] = tuple(codes)
    return labels


def _indicator(raw: dict[str, Any], source: str) -> Indicator:
    code = str(raw.get("code", ""))
    where = f"{source}: indicator {code or '?'}"
    for key in ("code", "number", "name", "weight", "levels", "evidence"):
        if raw.get(key) in (None, "", []):
            raise CatalogueError(f"{where}: '{key}' is missing")
    levels = raw["levels"]
    if not isinstance(levels, list) or len(levels) != 3:
        raise CatalogueError(f"{where}: needs exactly three level descriptions, has {len(levels)}")
    patterns = _patterns(
        raw.get("patterns") or {},
        raw.get("level") or {},
        raw.get("requires_level"),
        raw.get("score") or {},
        where,
    )
    return Indicator(
        code=code,
        number=int(raw["number"]),
        name=str(raw["name"]),
        weight=int(raw["weight"]),
        mandatory=bool(raw.get("mandatory", False)),
        levels=(str(levels[0]), str(levels[1]), str(levels[2])),
        evidence=str(raw["evidence"]),
        patterns=patterns,
    )


def _patterns(
    raw: dict[str, Any], level: dict[str, Any], requires_level: Any, score: dict[str, Any], where: str
) -> IndicatorPatterns:
    patterns = IndicatorPatterns(
        phrases=tuple(str(p).lower() for p in raw.get("phrases") or ()),
        tokens=tuple(tuple(t) for t in raw.get("tokens") or ()),
        entities=tuple(raw.get("entities") or ()),
        needs=tuple(raw.get("needs") or ()),
        strong=tuple(str(p).lower() for p in raw.get("strong") or ()),
        level=dict(level),
        requires_level=requires_level is True,
        requires_level_for_entities=requires_level == "entities",
        threshold=float(score["threshold"]) if score.get("threshold") is not None else None,
        document_types=tuple(str(t) for t in score.get("document_types") or ()),
        whole_document=bool(score.get("whole_document", False)),
        exclude_with=tuple(str(p).lower() for p in score.get("exclude_with") or ()),
    )
    if patterns.whole_document and not patterns.document_types:
        raise CatalogueError(f"{where}: whole_document needs the document_types it applies to")
    if patterns.empty:
        raise CatalogueError(f"{where}: has no patterns (phrases, tokens or entities) to find its evidence")
    method = level.get("method")
    if method not in LEVEL_METHODS:
        raise CatalogueError(
            f"{where}: level method {method!r} is not one of {', '.join(sorted(LEVEL_METHODS))}"
        )
    for band in level.get("bands") or ():
        if band.get("level") not in (1, 2, 3):
            raise CatalogueError(f"{where}: every band needs a level of 1, 2 or 3")
    return patterns


def _check_indicators(indicators: tuple[Indicator, ...], max_score: Any, source: str) -> None:
    if not indicators:
        raise CatalogueError(f"{source}: no indicators")
    _no_duplicates([i.code for i in indicators], f"{source}: indicators")
    _no_duplicates([str(i.number) for i in indicators], f"{source}: indicator numbers")
    total = sum(i.weight for i in indicators)
    if total != TOTAL_WEIGHT:
        raise CatalogueError(
            f"{source}: indicator weights sum to {total}, the assessment's weights sum to 37"
        )
    if max_score is not None and int(max_score) != 3 * total:
        raise CatalogueError(f"{source}: max_score {max_score} is not 3 x the weights ({3 * total})")
    mandatory = {i.code for i in indicators if i.mandatory}
    if mandatory != MANDATORY:
        raise CatalogueError(
            f"{source}: mandatory indicators are {', '.join(sorted(mandatory)) or 'none'}, "
            f"expected {', '.join(sorted(MANDATORY))}"
        )


def _no_duplicates(codes: list[str], where: str) -> None:
    duplicates = sorted(code for code, n in Counter(codes).items() if n > 1)
    if duplicates:
        raise CatalogueError(f"{where}: duplicate codes: {', '.join(duplicates)}")
