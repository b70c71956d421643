"""Cheap measures of a text: real-word share, garbage characters, language, and the quality grade."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from intake.rules import Rules

_TOKEN = re.compile(r"\S+")
# Tokens holding at least one letter; numbers, bullets and table rules are neither words nor noise.
_LETTERED = re.compile(r"\S*[^\W\d_]\S*")
_WORD = re.compile(r"[\(\[\"'“‘]*([A-Za-zÀ-ÿ]{2,}(?:-[A-Za-zÀ-ÿ]+)*)[\)\]\"'”’.,;:!?]*")
_VOWEL = re.compile(r"[aeiouyAEIOUYàáâäèéêëìíîïòóôöùúûü]")
_ALLOWED_SYMBOLS = "|/\\-–—_.,;:!?()[]{}\"'“”‘’%&@#*+=<>°•·~$€£¥§¶©®™…"
# Everything that is not a word character, white space or an ordinary symbol: the few candidates for
# garbage, judged one by one by their Unicode category.
_SUSPECT = re.compile(r"[^\w\s" + re.escape(_ALLOWED_SYMBOLS) + r"]")


@dataclass(frozen=True)
class TextStats:
    tokens: int
    words: int  # tokens that look like real words
    garbage_chars: int
    chars: int

    @property
    def real_word_share(self) -> float:
        return self.words / self.tokens if self.tokens else 0.0

    @property
    def garbage_share(self) -> float:
        return self.garbage_chars / self.chars if self.chars else 0.0


def _is_word(token: str) -> bool:
    m = _WORD.fullmatch(token)
    if not m:
        return False
    word = m.group(1)
    # "xkqzt" is not a word in any language we read; a vowel is a cheap guard against OCR noise.
    return _VOWEL.search(word) is not None or word.isupper()


def _is_garbage(ch: str) -> bool:
    cat = unicodedata.category(ch)
    # Control, private-use, unassigned and replacement characters are what broken font maps leave behind.
    return cat[0] == "C" or ch == "\ufffd" or cat in {"So", "Sk"}


def measure(text: str) -> TextStats:
    """Regular expressions do the per-character work; Python only looks at tokens and rare symbols."""
    tokens = _LETTERED.findall(text)
    return TextStats(
        tokens=len(tokens),
        words=sum(1 for t in tokens if _is_word(t)),
        garbage_chars=sum(1 for ch in _SUSPECT.findall(text) if _is_garbage(ch)),
        chars=len("".join(text.split())),
    )


def detect_language(text: str, rules: Rules) -> str | None:
    """'id' or 'en' by the share of each language's function words; None when there is too little text."""
    tokens = [t.lower().strip(".,;:!?()\"'") for t in _TOKEN.findall(text)]
    if len(tokens) < rules.language_min_tokens:
        return None
    shares = {
        lang: sum(1 for t in tokens if t in words) / len(tokens) for lang, words in rules.stopwords.items()
    }
    lang, share = max(shares.items(), key=lambda kv: kv[1])
    return lang if share >= rules.language_min_share else None


def grade_page(stats: TextStats, ocr_confidence: float | None, rules: Rules) -> str:
    q = rules.quality
    if stats.chars == 0:
        return "poor"
    if stats.garbage_share > q["garbage_share_poor"]:
        return "poor"
    grades = []
    if ocr_confidence is not None:
        if ocr_confidence < q["ocr_confidence_fair"]:
            grades.append("poor")
        elif ocr_confidence < q["ocr_confidence_good"]:
            grades.append("fair")
    if stats.tokens >= q["min_words_graded"]:
        if stats.real_word_share < q["real_word_share_fair"]:
            grades.append("poor")
        elif stats.real_word_share < q["real_word_share_good"]:
            grades.append("fair")
    for grade in ("poor", "fair"):
        if grade in grades:
            return grade
    return "good"


_SCORE = {"good": 2, "fair": 1, "poor": 0}


def grade_document(page_grades: list[tuple[str, int]]) -> str:
    """Word-weighted mean of the page grades: a blank separator page does not sink a good document."""
    weighted = [(_SCORE[g], max(words, 1)) for g, words in page_grades]
    total = sum(w for _, w in weighted)
    if not total or all(words == 0 for _, words in page_grades):
        return "poor"
    mean = sum(s * w for s, w in weighted) / total
    return "good" if mean >= 1.5 else "fair" if mean >= 0.75 else "poor"


def usable_text_layer(stats: TextStats, rules: Rules) -> bool:
    t = rules.text_layer
    return (
        stats.chars >= t["min_chars"]
        and stats.garbage_share <= t["max_garbage_share"]
        and stats.real_word_share >= t["min_real_word_share"]
    )
