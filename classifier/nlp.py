"""Indonesian entity extraction: a blank spaCy `id` pipeline with Matcher patterns kept as data.

spaCy finds the entities (token patterns from `catalogue/entities.yaml`); small parsers then read their
values: regulation kind, issuer level, number, year and subject; ISO dates; amounts; counts; durations in
days; unit names; link kinds.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.lang.id.lex_attrs import _num_words as _SPACY_NUMBER_WORDS  # what LIKE_NUM reads as a number
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

ENTITY_FILE = Path(__file__).parent / "catalogue" / "entities.yaml"
ENTITY_KINDS = ("regulation", "date", "money", "count", "duration", "percent", "unit", "link")

# Token predicates without REGEX: a regular expression per token per pattern is what makes a Matcher slow.
_NUM = {"LIKE_NUM": True, "IS_ALPHA": False}  # "1.245", "2,5", "150"; values are checked when parsed
_YEAR = {"IS_DIGIT": True, "LENGTH": 4}
_DAY = {"IS_DIGIT": True, "LENGTH": {"<=": 2}}
_MONTH_NUM = _DAY
_SPELLED = [{"ORTH": "("}, {"IS_ALPHA": True, "OP": "+"}, {"ORTH": ")"}]  # "3 (tiga) hari"
_NAME_STOP = [
    "nomor",
    "no",
    "tahun",
    "tentang",
    "tanggal",
    "pada",
    "dan",
    "yang",
    "di",
    "ke",
    "dari",
    "untuk",
]


@dataclass(frozen=True)
class Entity:
    """One entity in a text: its kind, offsets in that text, and the parsed value."""

    kind: str
    text: str
    start: int
    end: int
    value: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end, **self.value}


@dataclass(frozen=True)
class _Vocabulary:
    months: dict[str, int]
    number_words: dict[str, int]
    money_scales: dict[str, int]
    people_nouns: frozenset[str]
    duration_units: dict[str, int]
    regulation_kinds: dict[str, dict[str, Any]]
    unit_heads: dict[str, str]
    unit_acronyms: dict[str, str]
    link_kinds: dict[str, tuple[str, ...]]
    profile_headings: dict[str, list[str]]
    initiators: dict[str, list[str]]


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    matcher: Matcher  # every entity pattern
    vocabulary: _Vocabulary
    # The same patterns split by group, each with what a line needs before that group's Matcher reads it.
    groups: tuple[tuple[re.Pattern[str], Matcher], ...] = ()


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    data = yaml.safe_load(ENTITY_FILE.read_text(encoding="utf-8"))
    return _Vocabulary(
        months=data["months"],
        number_words=data["number_words"],
        money_scales=data["money_scales"],
        people_nouns=frozenset(data["people_nouns"]),
        duration_units=data["duration_units"],
        regulation_kinds={r["kind"]: r for r in data["regulations"]},
        unit_heads=data["unit_heads"],
        unit_acronyms=data["unit_acronyms"],
        link_kinds={k: tuple(v) for k, v in data["link_kinds"].items()},
        profile_headings=data["profile_headings"],
        initiators=data["initiators"],
    )


@lru_cache(maxsize=1)
def pipeline() -> Pipeline:
    """The blank Indonesian tokenizer and the entity matcher, built once per process."""
    # Tokenizer only: no pattern reads lemmas (entities and the catalogue match on LOWER / ORTH), and a
    # lemmatizer pass cost about a tenth of the evidence time.
    nlp = spacy.blank("id")
    words = vocabulary()
    keyed = {f"regulation:{kind}": spec["patterns"] for kind, spec in words.regulation_kinds.items()}
    keyed.update(_patterns(words))
    matcher = Matcher(nlp.vocab)
    grouped: dict[str, Matcher] = {}
    triggers: dict[str, set[str]] = {}
    for key, patterns in keyed.items():
        matcher.add(key, patterns, greedy="LONGEST")
        group = key.split(":", 1)[0]
        grouped.setdefault(group, Matcher(nlp.vocab)).add(key, patterns, greedy="LONGEST")
        for pattern in patterns:
            triggers.setdefault(group, set()).update(_pattern_trigger(pattern))
    groups = tuple((_trigger(triggers[g]), grouped[g]) for g in grouped)
    return Pipeline(nlp=nlp, matcher=matcher, vocabulary=words, groups=groups)


def _patterns(words: _Vocabulary) -> dict[str, list[list[dict[str, Any]]]]:
    month = {"LOWER": {"IN": sorted(words.months)}}
    month_dot = {"ORTH": ".", "OP": "?"}
    people = {"LOWER": {"IN": sorted(words.people_nouns)}}
    number = {"LOWER": {"IN": sorted(words.number_words)}}
    unit = {"LOWER": {"IN": sorted(words.duration_units)}}
    work = {"LOWER": {"IN": ["kerja", "kalender"]}, "OP": "?"}
    scale = {"LOWER": {"IN": sorted(words.money_scales)}, "OP": "?"}
    single_heads = sorted(h for h in words.unit_heads if " " not in h)
    name_word = {"IS_ALPHA": True, "IS_LOWER": False, "LOWER": {"NOT_IN": _NAME_STOP + single_heads}}
    head_patterns = [[{"LOWER": w} for w in head.split()] for head in words.unit_heads]
    sep = {"ORTH": {"IN": ["-", "/", "."]}}
    return {
        "date": [
            [_DAY, month, month_dot, _YEAR],
            [month, _YEAR],
            [_DAY, sep, _MONTH_NUM, sep, _YEAR],
            [_YEAR, {"ORTH": "-"}, _MONTH_NUM, {"ORTH": "-"}, _DAY],
        ],
        "money": [[{"LOWER": {"IN": ["rp", "rp.", "idr"]}}, {"ORTH": ".", "OP": "?"}, _NUM, scale]],
        "count": [[_NUM, people], [_NUM, *_SPELLED, people]],
        "duration": [
            [_NUM, unit, work],
            [_NUM, *_SPELLED, unit, work],
            [number, unit, work],
            [{"TEXT": {"REGEX": r"^\d+[xX]\d+$"}}, {"LOWER": "jam"}],
            [_NUM, {"LOWER": {"IN": ["x", "×"]}}, _NUM, {"LOWER": "jam"}],
        ],
        "percent": [[_NUM, {"LOWER": {"IN": ["%", "persen"]}}]],
        "unit": [
            *[
                [  # "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "SMP Negeri 1 Majene"
                    *head,
                    name_word,
                    {"OP": "*", **name_word},
                    {"ORTH": ",", "OP": "?"},
                    {"OP": "*", **name_word},
                    {"LOWER": "dan", "OP": "?"},
                    {"OP": "*", **name_word},
                    {"IS_DIGIT": True, "OP": "?"},
                    {"OP": "*", **name_word},
                ]
                for head in head_patterns
            ],
            [{"LOWER": {"IN": sorted(h for h in words.unit_acronyms if " " not in h)}}],
            [{"LOWER": "satpol"}, {"LOWER": "pp"}],
        ],
        "link": [[{"LIKE_URL": True}]],
    }


def find_entities(text: str) -> list[Entity]:
    """Every entity in `text`, ordered by position."""
    return list(analyse_text(text)[1])


@lru_cache(maxsize=64)
def analyse_text(text: str) -> tuple[Doc, tuple[Entity, ...]]:
    """The tokenised text and its entities, cached: evidence and profile read the same pages, so each page
    goes through spaCy once."""
    doc = pipeline().nlp.make_doc(text)
    return doc, tuple(entities_in_doc(doc, text))


def entities_of_pages(texts: list[str], separator: str = "\f") -> list[Entity]:
    """Entities of pages joined by `separator`, with offsets in the joined text (pages analysed one by one,
    through the same cache as the evidence finder)."""
    found: list[Entity] = []
    offset = 0
    for text in texts:
        for e in analyse_text(text)[1]:
            found.append(Entity(e.kind, e.text, e.start + offset, e.end + offset, e.value))
        offset += len(text) + len(separator)
    return found


def entities_in_doc(doc: Doc, text: str | None = None) -> list[Entity]:
    """Entities of a document already run through `pipeline().nlp` (lets callers reuse the Doc); `text`
    is `doc.text` when the caller has it (Doc.text is rebuilt from the tokens on every access)."""
    pipe = pipeline()
    text = doc.text if text is None else text
    by_kind: dict[str, list[Span]] = {}
    lines = lines_of(text)
    for trigger, matcher in pipe.groups:
        for match_id, start, end in match_lines(matcher, doc, lines, trigger):
            key = doc.vocab.strings[match_id]
            by_kind.setdefault(key.split(":", 1)[0], []).append(Span(doc, start, end, label=key))
    entities: list[Entity] = []
    for kind, spans in by_kind.items():
        parse = _PARSERS[kind]
        for span in filter_spans(spans):  # overlaps are resolved within a kind only
            entity = parse(span, text, pipe.vocabulary)
            if entity is not None:
                entities.append(entity)
    entities = _cut_at_next_reference(entities, [e.start for e in entities if e.kind == "regulation"])
    # "Nomor 12 Tahun 2023" is a regulation's number, not a duration: values inside a reference are its own.
    references = [(e.start, e.end) for e in entities if e.kind == "regulation"]
    entities = [
        e
        for e in entities
        if e.kind in ("regulation", "unit") or not any(s <= e.start and e.end <= t for s, t in references)
    ]
    return sorted(entities, key=lambda e: (e.start, -e.end))


def match_lines(
    matcher: Matcher, doc: Doc, lines: Lines, trigger: re.Pattern[str]
) -> list[tuple[int, int, int]]:
    """`matcher(doc)`, for a matcher whose patterns never match a line break, read only on the lines
    `trigger` finds something in: (match id, start token, end token) in `doc`."""
    found = []
    for span in _candidate_spans(doc, lines, trigger):
        found.extend((key, start + span.start, end + span.start) for key, start, end in matcher(span))
    return found


@dataclass(frozen=True)
class Lines:
    """A page's text with its ASCII letters in lower case (same length, same offsets), and where each of
    its lines starts; a line holding any other character always counts as a candidate."""

    lowered: str
    starts: tuple[int, ...]


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=64)
def lines_of(text: str) -> Lines:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return Lines(text.translate(_ASCII_LOWER), tuple(starts))


def _candidate_spans(doc: Doc, lines: Lines, trigger: re.Pattern[str]) -> list[Span]:
    """Runs of lines that may hold a match of a group of patterns, as spans of `doc`.

    No entity pattern matches a line break (spaCy makes "\n" a whitespace token of its own, and every
    pattern token asks for a word, a number or punctuation), so a match never spans two lines, and lines
    without what a pattern needs are skipped: the Matcher tries every pattern at every token, which made it
    the costliest step. The filter lets too much through, never too little (see `_pattern_trigger`): no
    trigger spans a line break either, so one search per candidate line, resumed at the next line, finds
    them all.
    """
    text, starts = lines.lowered, lines.starts
    runs: list[tuple[int, int]] = []
    position = 0
    while (found := trigger.search(text, position)) is not None:
        line = bisect_right(starts, found.start()) - 1
        start = starts[line]
        end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
        if runs and runs[-1][1] + 1 == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        position = end + 1
    spans = (doc.char_span(start, end, alignment_mode="expand") for start, end in runs)
    return [s for s in spans if s is not None and len(s)]


# A token that starts with a letter follows a non-letter in the text, or a currency prefix the tokenizer
# splits off ("Rp100", "IDRdinas"); no tokenizer exception splits between two letters.
_LETTER_PREFIXES = ("usd", "rp", "idr", "rmb", "sgd")
# What a pattern without a word to look for starts from: a number (digits, or the number words LIKE_NUM
# reads, anywhere in a token: "ke-dua") or a link (a dot inside a token, or a scheme).
_NUMBER_OR_LINK = (r"\d", r"\.\S", "http", "www", "ftp", *(re.escape(w) for w in _SPACY_NUMBER_WORDS))


def _pattern_trigger(pattern: list[dict[str, Any]]) -> set[str]:
    """Regular expressions one of which a line must hold for `pattern` to match in it: the words of the
    pattern's first required token that names words (LOWER / ORTH / TEXT, or their IN lists), at the start
    of a token ("word:" entries); for a pattern with no such token, a number or a link."""
    for token in pattern:
        if token.get("OP") in ("?", "*"):
            continue
        if token.get("LIKE_URL"):  # "http(s)://…", "www.…", or a dot inside the token
            return {r"\.\S", "http"}
        names = _named_words(token)
        if names:
            return {f"word:{w.lower()}" for w in names}
    return set(_NUMBER_OR_LINK)


def words_only(pattern: list[dict[str, Any]]) -> bool:
    """Whether every token of a Matcher pattern asks for given words (LOWER / ORTH / TEXT, or an IN list of
    them): such a pattern never matches a line break, so `match_lines` may read it line by line."""
    return all(_named_words(token) for token in pattern)


def _named_words(token: dict[str, Any]) -> list[str] | None:
    """The words a pattern token asks for by LOWER / ORTH / TEXT (a string, or an IN list of them), when
    they are all words without white space; None when the token asks for something else."""
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        names = value.get("IN") if isinstance(value, dict) else [value] if isinstance(value, str) else None
        if names and all(isinstance(n, str) and n and not any(c.isspace() for c in n) for n in names):
            return list(names)
    return None


def pattern_trigger(patterns: list[list[dict[str, Any]]]) -> re.Pattern[str]:
    """What a line must hold for any of `patterns` to match in it (see `_pattern_trigger`)."""
    return _trigger(set().union(*(_pattern_trigger(p) for p in patterns)))


def _trigger(alternatives: set[str]) -> re.Pattern[str]:
    named = [a[5:] for a in alternatives if a.startswith("word:")]
    words = sorted((w for w in named if w[:1].isalpha()), key=len, reverse=True)
    other = sorted(a for a in alternatives if not a.startswith("word:"))
    other += sorted({re.escape(w) for w in named if not w[:1].isalpha()})  # "%", "-": anywhere
    other.append("[^\\x00-\\x7f]")  # lines with other characters are read whatever they hold
    if words:  # at a token's start: after a non-letter, or after a currency prefix the tokenizer splits off
        alternation = "(?:" + "|".join(re.escape(w) for w in words) + ")"
        other.append(f"(?<![a-z]){alternation}|(?:{'|'.join(_LETTER_PREFIXES)}){alternation}")
    return re.compile("|".join(other))


def _cut_at_next_reference(entities: list[Entity], heads: list[int]) -> list[Entity]:
    """A subject runs until the next reference starts: "UU 23/2014 tentang X dan Permendagri …" is two."""
    result = []
    for entity in entities:
        inner = [h for h in heads if entity.start < h < entity.end]
        if entity.kind != "regulation" or not inner:
            result.append(entity)
            continue
        text = entity.text[: min(inner) - entity.start]
        text = re.sub(r"(?:[\s,;]|\b(?:dan|serta)\b)+$", "", text)
        value = dict(entity.value)
        subject = value.get("subject")
        if subject:
            value["subject"] = _subject_within(text, subject)
        result.append(Entity(entity.kind, text, entity.start, entity.start + len(text), value))
    return result


def _subject_within(text: str, subject: str) -> str | None:
    """The part of a subject still inside a shortened reference text."""
    flat = " ".join(text.split())
    words = subject.split()
    while words and " ".join(words) not in flat:
        words.pop()
    return " ".join(words) or None


# -- numbers -------------------------------------------------------------------------------------------


def parse_number(raw: str) -> float | None:
    """An Indonesian-written number: "1.250.000,00" -> 1250000.0, "2,5" -> 2.5, "1.245" -> 1245."""
    text = raw.strip().strip(".,-")
    if not text or not text[0].isdigit():
        return None
    if "," in text:
        whole, _, decimals = text.rpartition(",")
        text = f"{whole.replace('.', '')}.{decimals}"
    elif "." in text:
        groups = text.split(".")
        text = "".join(groups) if all(len(g) == 3 for g in groups[1:]) else text
    try:
        return float(text)
    except ValueError:
        return None


def _leading_number(span: Span, words: _Vocabulary) -> float | None:
    first = span[0].lower_
    if first in words.number_words:
        return float(words.number_words[first])
    return parse_number(span[0].text)


# -- parsers, one per kind -------------------------------------------------------------------------------

_REG_NUMBER = re.compile(
    r"^(?P<issuer>[^\n]{0,80}?)\s*\b(?:nomor|no\.?)\s*[:.]?\s*(?P<number>[\w][\w./\-]*)", re.IGNORECASE
)
_REG_YEAR = re.compile(r"^\s*,?\s*tahun\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_REG_SUBJECT = re.compile(r"^\s*[^\n]{0,80}?\btentang\b[ \t:]*\n?", re.IGNORECASE)
_REG_SUBJECT_NEXT = re.compile(r"^[\s,]*tentang\b[ \t:]*\n?", re.IGNORECASE)
_REG_ISSUER_TAIL = re.compile(r"^((?:\s+[A-Z][\w.]*){0,4})")  # capitalised words after the head: the region
_REG_HEAD_WORDS = frozenset({"surat", "keputusan", "sk", "peraturan", "instruksi", "edaran", "(", ")"})
_SUBJECT_END = re.compile(
    r"\n[ \t]*\n|[.;](?=\s|$)|,\s+(?=[a-z])"
    r"|\n(?=\s*(?:DENGAN RAHMAT|Menimbang|MENIMBANG|BUPATI|WALI|GUBERNUR))"
)
_YEAR_IN_NUMBER = re.compile(r"(?:^|\D)((?:19|20)\d\d)$")


def _regulation(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    kind = span.label_.split(":", 1)[1]
    spec = words.regulation_kinds[kind]
    end = span.end_char
    window = text[end : end + 400]
    number = year = subject = issuer = None
    consumed = 0
    numbered = _REG_NUMBER.match(window)
    if numbered and "." in numbered.group("issuer").rstrip("."):
        numbered = None  # the "Nomor" belongs to a later sentence
    if numbered:
        issuer = numbered.group("issuer").strip(" ,") or None
        number = numbered.group("number").rstrip("./-,")
        consumed = numbered.start("number") + len(number)
        dated = _REG_YEAR.match(window[consumed:])
        if dated:
            year = int(dated.group("year"))
            consumed += dated.end()
        else:
            in_number = _YEAR_IN_NUMBER.search(number)
            year = int(in_number.group(1)) if in_number else None
    if number is None and (
        spec.get("needs_number") or (spec.get("single_token_needs_number") and len(span) == 1)
    ):
        return None
    if numbered is None:
        issuer = _REG_ISSUER_TAIL.match(window).group(1).strip(" ,") or None
    head = [t.text for t in span if t.lower_ not in _REG_HEAD_WORDS]
    issuer = " ".join([*head, issuer or ""]).strip() or None
    about = (_REG_SUBJECT_NEXT if numbered else _REG_SUBJECT).match(window[consumed:])
    if about and "." not in about.group(0):
        subject_start = consumed + about.end()
        stop = _SUBJECT_END.search(window, subject_start)
        subject_end = stop.start() if stop else min(len(window), subject_start + 200)
        subject = " ".join(window[subject_start:subject_end].split()) or None
        consumed = subject_end if subject else consumed
    full_end = end + consumed
    return Entity(
        kind="regulation",
        text=text[span.start_char : full_end],
        start=span.start_char,
        end=full_end,
        value={
            "regulation_kind": kind,
            "level": spec.get("level"),
            "issuer": issuer,
            "number": number,
            "year": year,
            "subject": subject,
        },
    )


def _date(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    tokens = [t for t in span if t.text not in ("-", "/", ".")]
    day, precision = 1, "day"
    try:
        if tokens[0].lower_ in words.months:  # "Januari 2023"
            month, year, precision = words.months[tokens[0].lower_], int(tokens[1].text), "month"
        elif len(tokens[0].text) == 4:  # 2023-01-26
            year, month, day = (int(t.text) for t in tokens[:3])
        elif tokens[1].lower_ in words.months:  # 26 Januari 2023
            day, month, year = int(tokens[0].text), words.months[tokens[1].lower_], int(tokens[2].text)
        else:  # 26/01/2023
            day, month, year = (int(t.text) for t in tokens[:3])
        iso = dt.date(year, month, day).isoformat()
    except (ValueError, IndexError):
        return None
    return _entity("date", span, {"iso": iso, "precision": precision})


def _money(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    digits = next((t for t in span if t.text[-1:].isdigit()), None)
    amount = parse_number(digits.text) if digits is not None else None
    if amount is None:
        return None
    scale = words.money_scales.get(span[-1].lower_, 1)
    return _entity("money", span, {"amount": amount * scale})


def _count(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    count = _leading_number(span, words)
    if count is None or count != int(count):
        return None
    noun = span[-1].lower_
    return _entity("count", span, {"count": int(count), "noun": noun})


def _duration(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    first = span[0].text.lower()
    if "x" in first and first.replace("x", "").isdigit():  # "1x24 jam"
        left, right = first.split("x")
        amount, unit = float(left) * float(right), "jam"
    elif len(span) >= 4 and span[1].lower_ in ("x", "×"):  # "1 x 24 jam"
        amount, unit = (parse_number(span[0].text) or 0) * (parse_number(span[2].text) or 0), "jam"
    else:
        amount = _leading_number(span, words)
        unit = next(t.lower_ for t in span if t.lower_ in words.duration_units)
    if amount is None:
        return None
    per_unit = words.duration_units[unit]
    hours = {"jam": 1, "menit": 1 / 60, "detik": 1 / 3600}.get(unit)
    days = max(1, math.ceil(amount * hours / 24)) if hours is not None else round(amount * per_unit)
    working = span[-1].lower_ == "kerja"
    return _entity("duration", span, {"amount": amount, "unit": unit, "days": days, "working_days": working})


def _percent(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    value = parse_number(span[0].text)
    if value is None or value > 100:
        return None
    return _entity("percent", span, {"percent": value})


def _unit(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    tokens = list(span)
    while tokens and tokens[-1].lower_ in ("dan", ".", ","):
        tokens.pop()
    if not tokens:
        return None
    first = tokens[0].lower_
    two = " ".join(t.lower_ for t in tokens[:2])
    unit_type = (
        words.unit_heads.get(two)
        or words.unit_heads.get(first)
        or words.unit_acronyms.get(two)
        or words.unit_acronyms.get(first)
    )
    if unit_type is None:
        return None
    trimmed = span.doc[tokens[0].i : tokens[-1].i + 1]
    # The region is not part of the unit's identity: "Dinas Kesehatan Kabupaten Majene" = "Dinas Kesehatan".
    name = re.split(r"\s+(?:Kabupaten|Kab\.|Kota|Provinsi|KABUPATEN|KOTA|PROVINSI)\b", trimmed.text)[0]
    return _entity("unit", trimmed, {"unit_type": unit_type, "name": " ".join(name.split())})


def _link(span: Span, text: str, words: _Vocabulary) -> Entity | None:
    url = span.text.rstrip(".,;)")
    lowered = url.lower()
    host = re.sub(r"^(https?://)?(www\.)?", "", lowered).split("/")[0]
    if "." not in host:
        return None
    link_kind = next(
        (
            kind
            for kind, domains in words.link_kinds.items()
            if any(host == d or host.endswith("." + d) for d in domains)
        ),
        "web",
    )
    return Entity(
        "link", url, span.start_char, span.start_char + len(url), {"url": url, "link_kind": link_kind}
    )


def _entity(kind: str, span: Span, value: dict[str, Any]) -> Entity:
    return Entity(kind=kind, text=span.text, start=span.start_char, end=span.end_char, value=value)


_PARSERS = {
    "regulation": _regulation,
    "date": _date,
    "money": _money,
    "count": _count,
    "duration": _duration,
    "percent": _percent,
    "unit": _unit,
    "link": _link,
}


# -- sentences -------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:no|nomor|rp|kab|kec|kel|prov|dr|drs|ir|hj?|st|jl|tgl|tsb|dll|dsb|a\.n|u\.p|s\.d|m|s|a|b|c|d|e)\.)$"
    r"|(?:^|\s)\d{1,2}\.$",  # list numbering "1." and abbreviations do not end a sentence
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r";|,?\s+\b(?:namun|tetapi|sedangkan|sementara itu|meskipun|walaupun)\b", re.IGNORECASE
)
TABLE_CELL = " | "


@dataclass(eq=False)
class Sentence:
    """A sentence, or a table row, of one page: offsets are in that page's text."""

    page: int
    start: int
    end: int
    text: str
    entities: list[Entity] = field(default_factory=list)
    table_header: str | None = None  # the header row of the table this row belongs to
    is_header: bool = False
    header_row: Sentence | None = None  # that header row as a sentence
    cited: bool = False  # inside a cited legal basis (Mengingat, Dasar)
    doc: Doc | None = None
    page_text: str | None = None  # the text of the page `doc` was made from


def sentences_of(text: str, page: int = 1) -> list[Sentence]:
    """Sentences of a page: table rows (cells joined by " | ") one each, wrapped lines joined back."""
    sentences: list[Sentence] = []
    header: str | None = None
    header_row: Sentence | None = None
    block_start: int | None = None
    block_end = 0
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        start, offset = offset, offset + len(line)
        if "|" in body and (TABLE_CELL in body or body.strip().startswith("|")):
            if block_start is not None:
                sentences.extend(_split_block(text, block_start, block_end, page))
                block_start = None
            is_header = header is None
            header = body if header is None else header
            row = Sentence(page, start, start + len(body), body, table_header=header, is_header=is_header)
            header_row = row if is_header else header_row
            row.header_row = header_row
            sentences.append(row)
            continue
        header = None
        if not body.strip():
            if block_start is not None:
                sentences.extend(_split_block(text, block_start, block_end, page))
            block_start = None
            continue
        continues = block_start is not None and _wraps(text[block_start:block_end], body)
        if block_start is not None and not continues:
            sentences.extend(_split_block(text, block_start, block_end, page))
            block_start = None
        if block_start is None:
            block_start = start
        block_end = start + len(body)
    if block_start is not None:
        sentences.extend(_split_block(text, block_start, block_end, page))
    return sentences


def _wraps(previous: str, line: str) -> bool:
    """A line continues the previous one when that did not end a sentence and this starts in lower case."""
    stripped = line.lstrip()
    return (
        bool(stripped) and stripped[0].islower() and not previous.rstrip().endswith((".", ":", ";", "!", "?"))
    )


def _split_block(text: str, start: int, end: int, page: int) -> list[Sentence]:
    block = text[start:end]
    pieces: list[Sentence] = []
    cursor = 0
    for match in _SENTENCE_END.finditer(block):
        if _NO_BREAK_BEFORE.search(block[cursor : match.start()]):
            continue
        pieces.append(_sentence(text, start + cursor, start + match.start(), page))
        cursor = match.end()
    pieces.append(_sentence(text, start + cursor, end, page))
    return [p for p in pieces if p.text.strip()]


def _sentence(text: str, start: int, end: int, page: int) -> Sentence:
    return Sentence(page=page, start=start, end=end, text=text[start:end])


def clause_around(sentence: Sentence, position: int) -> tuple[int, int]:
    """(start, end), relative to the sentence, of the clause holding the page offset `position`."""
    relative = position - sentence.start
    start, end = 0, len(sentence.text)
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        if match.end() <= relative:
            start = match.end()
        elif match.start() >= relative:
            end = match.start()
            break
    return start, end
