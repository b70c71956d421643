"""Loads intake/data/rules.yaml once and checks its shape, so a broken edit fails at start, not mid-batch."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

RULES_PATH = Path(__file__).with_name("data") / "rules.yaml"
SECTION_KEYS = (
    "dasar_hukum",
    "permasalahan",
    "isu_strategis",
    "metode_pembaharuan",
    "keunggulan",
    "tahapan",
    "latar_belakang",
    "tujuan",
    "manfaat",
    "hasil",
)


class RulesError(ValueError):
    pass


@dataclass(frozen=True)
class Rules:
    section_patterns: dict[str, tuple[re.Pattern[str], ...]]
    stopwords: dict[str, frozenset[str]]
    language_min_tokens: int
    language_min_share: float
    quality: dict[str, float]
    text_layer: dict[str, float]
    running_lines: dict[str, float]


def _require(data: dict, key: str, where: str) -> object:
    if key not in data:
        raise RulesError(f"{where}: missing key {key!r}")
    return data[key]


def parse_rules(data: dict) -> Rules:
    keys = _require(data, "section_keys", "rules")
    if set(keys) != set(SECTION_KEYS):
        raise RulesError(f"section_keys must be exactly {sorted(SECTION_KEYS)}, got {sorted(keys)}")
    patterns = {}
    for key, pats in keys.items():
        if not pats:
            raise RulesError(f"section key {key!r} has no heading pattern")
        patterns[key] = tuple(re.compile(p, re.IGNORECASE) for p in pats)
    lang = _require(data, "language", "rules")
    stop = _require(lang, "stopwords", "language")
    if set(stop) != {"id", "en"}:
        raise RulesError("language.stopwords must list 'id' and 'en'")
    quality = dict(_require(data, "quality", "rules"))
    for k in ("ocr_confidence_good", "ocr_confidence_fair", "real_word_share_good", "real_word_share_fair"):
        _require(quality, k, "quality")
    if quality["ocr_confidence_fair"] > quality["ocr_confidence_good"]:
        raise RulesError("quality: the fair OCR confidence must not exceed the good one")
    return Rules(
        section_patterns=patterns,
        stopwords={k: frozenset(v) for k, v in stop.items()},
        language_min_tokens=int(_require(lang, "min_tokens", "language")),
        language_min_share=float(_require(lang, "min_share", "language")),
        quality=quality,
        text_layer=dict(_require(data, "text_layer", "rules")),
        running_lines=dict(_require(data, "running_lines", "rules")),
    )


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_PATH) -> Rules:
    with path.open(encoding="utf-8") as fh:
        return parse_rules(yaml.safe_load(fh))
