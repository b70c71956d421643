"""Profile fields a unit would otherwise type: innovation name, unit, region, initiator, dates, design."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from classifier.nlp import Entity, entities_of_pages, vocabulary
from intake.model import Extraction
from intake.rules import SECTION_KEYS

SHORT_RANCANG_BANGUN = 300  # words: the national application asks for at least this many
# The profile parts are the section keys intake recognises by their headings.
RANCANG_BANGUN_PARTS = SECTION_KEYS
_NAME_WORD = r"[A-Z0-9][\w'’&.-]*"
_NAME_LABEL = re.compile(
    r"^\s*(?:\d+\.\s*)?nama\s+inovasi(?:\s+daerah)?\s*[:：]\s*(?P<name>.+)$", re.I | re.M
)
# "SI-CANTIK (Sistem Informasi ...)" and "Sistem Informasi ... (SI-CANTIK)"
_ACRONYM_FIRST = re.compile(
    r"(?<![\w-])(?P<acr>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:[ \t]+[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*){1,3}"
    r"|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*\((?P<full>[A-Z][^()\n]{5,90})\)"
)
# A name written in capitals inside ordinary prose ("KLINIK UMKM telah diterapkan sejak 2023").
_CAPS_RUN = re.compile(
    r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:[ \t]+[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*){0,3}(?![\w-])"
)
_COMMON_CAPS = frozenset(
    {
        "sk",
        "opd",
        "asn",
        "dpa",
        "rkpd",
        "umkm",
        "pln",
        "rsud",
        "sop",
        "apbd",
        "pt",
        "nip",
        "kk",
        "ktp",
        "no",
        "rp",
        "bab",
        "pns",
        "dprd",
        "pkk",
        "bumdes",
        "ii",
        "iii",
        "iv",
        "wib",
        "wita",
        "wit",
        "cv",
        "ri",
        "nik",
        "bpjs",
        "skm",
        "ikm",
        "ok",
        "pp",
        "uu",
        "mou",
        "pks",
        "csr",
        "fgd",
        "covid",
        "wa",
        "sms",
        "it",
        "ttd",
        "hp",
    }
)
_ACRONYM_AFTER = re.compile(
    r"(?P<full>(?:[A-Z][\w-]*\s+){1,10}[A-Z][\w-]*)\s*\((?P<acr>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\)"
)
_INNOVATION = re.compile(
    rf"\b(?:INOVASI|[Ii]novasi)(?:[ \t]+(?:daerah|berjudul|bernama|yang bernama))?[ \t]+[\"“'‘]?"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})"
)
_QUOTED = re.compile(r"[\"“‘](?P<name>[A-Z][^\"”’\n]{1,60})[\"”’]")
_REGION = re.compile(
    r"\b(?P<kind>Kabupaten|Kota|Provinsi|KABUPATEN|KOTA|PROVINSI)[ \t]+"
    r"(?P<name>[A-Z][A-Za-z-]+(?:[ \t]+[A-Z][a-z-]+)?)"
)
_NOT_A_NAME = frozenset(
    {
        "daerah",
        "ini",
        "tersebut",
        "yang",
        "dan",
        "di",
        "pada",
        "the",
        "inovasi",
        "pemerintah",
        "kabupaten",
        "kota",
        "dinas",
        "tahun",
        "nomor",
        "bab",
        "pendahuluan",
        "provinsi",
    }
)
# An upper-case line of a few words ("SUSUNAN TIM", "BAB III PENUTUP") or a form feed ends a part.
_OTHER_HEADING = re.compile(r"^(?:\f|(?=[^a-z]*[A-Z]{3})[^a-z|]{3,60}$)")
_TRIAL = re.compile(r"uji\s*coba|diujicobakan|ujicoba", re.I)
_LAUNCH = re.compile(
    r"diterapkan|penerapan|diluncurkan|peluncuran|launching|diimplementasikan|mulai berjalan", re.I
)


@dataclass
class Profile:
    nama_inovasi: str | None
    innovation_names: list[str]
    opd: str | None
    pemda: str | None
    inisiator: str | None
    waktu_uji_coba: str | None
    waktu_penerapan: str | None
    rancang_bangun_words: int
    rancang_bangun_short: bool  # True when rancang bangun parts exist but hold fewer than 300 words
    sections: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def extract_profile(extraction: Extraction) -> Profile:
    text = extraction.text
    entities = entities_of_pages([p.text for p in extraction.pages])
    names = innovation_names(text)
    sections = _sections(extraction, text)
    words = sum(len(sections[k].split()) for k in RANCANG_BANGUN_PARTS if k in sections)
    return Profile(
        nama_inovasi=names[0] if names else None,
        innovation_names=names,
        opd=_opd(text, entities),
        pemda=_pemda(text),
        inisiator=_initiator(text),
        waktu_uji_coba=_dated(text, entities, _TRIAL),
        waktu_penerapan=_dated(text, entities, _LAUNCH),
        rancang_bangun_words=words,
        rancang_bangun_short=bool(sections) and words < SHORT_RANCANG_BANGUN,
        sections=sections,
    )


# -- names -------------------------------------------------------------------------------------------------


def innovation_names(text: str) -> list[str]:
    """Distinct innovation names, the most telling first: a "Nama Inovasi:" label, acronyms spelt out,
    "Inovasi X", quoted names. Two names mean the document covers two innovations."""
    return list(_innovation_names(text))


@lru_cache(maxsize=16)
def _innovation_names(text: str) -> tuple[str, ...]:
    """`innovation_names`, cached: the evidence finder and the profile both ask for a document's names."""
    scores: Counter[str] = Counter()
    first_seen: dict[str, int] = {}

    def add(name: str, weight: float, position: int) -> None:
        cleaned = _clean_name(name)
        if cleaned is None:
            return
        scores[cleaned] += weight
        first_seen.setdefault(cleaned, position)

    for match in _NAME_LABEL.finditer(text):
        add(match.group("name"), 10, match.start())
    for pattern in (_ACRONYM_FIRST, _ACRONYM_AFTER):
        for match in pattern.finditer(text):
            if _looks_like_acronym(match.group("acr")) and _initials_fit(
                match.group("acr"), match.group("full")
            ):
                add(match.group("acr"), 3, match.start())
    for match in _INNOVATION.finditer(text):
        add(match.group("name"), 2, match.start())
    for match in _QUOTED.finditer(text):
        add(match.group("name"), 1, match.start())
    for name, (count, position) in _capital_runs(text).items():
        if count >= 2:
            add(name, min(count, 3), position)
    merged = _absorb_parts(_merge_variants(scores))
    strong = [n for n, s in merged.items() if s >= 2]
    return tuple(sorted(strong, key=lambda n: (-merged[n], first_seen.get(n, 0)))[:5])


def _capital_runs(text: str) -> dict[str, tuple[int, int]]:
    """Runs of capitalised words in lines that also hold lower case (prose, not headings), with how often each
    occurs and where first."""
    runs: dict[str, tuple[int, int]] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        if re.search(r"[a-z]{3}", line):
            for match in _CAPS_RUN.finditer(line):
                words = [w for w in match.group(0).split() if w.lower() not in _COMMON_CAPS]
                if not words or len("".join(words)) < 3:
                    continue
                name = " ".join(words)
                count, first = runs.get(name, (0, offset + match.start()))
                runs[name] = (count + 1, first)
        offset += len(line)
    return runs


def _clean_name(raw: str) -> str | None:
    name = re.split(
        r"\s+(?:adalah|merupakan|yang|ini|di|pada|dari|untuk|oleh|dengan|sebagai)\b", raw.strip()
    )[0]
    # a region, a year or a number after the name is where or when, not part of it
    name = re.split(r"\.\s", name)[0]
    name = re.split(
        r"\s+(?:kabupaten|kab\.|kota|provinsi|tahun|nomor|no\.|periode|kecamatan)\b", name, flags=re.I
    )[0]
    name = name.strip(" .,:;\"“”'’‘()")
    words = name.split()
    while words and words[-1].lower() in _NOT_A_NAME:
        words.pop()
    name = " ".join(words)
    if not name or name.lower() in _NOT_A_NAME or len(name) < 3 or len(name) > 80:
        return None
    return name


def _looks_like_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def _initials_fit(acronym: str, full: str) -> bool:
    """Loose check that the spelt-out words could give the acronym: its first letter starts a word."""
    initials = {w[0].lower() for w in full.split() if w}
    return acronym[0].lower() in initials


def _absorb_parts(scores: Counter[str]) -> Counter[str]:
    """ "TANAH" found alone is part of "SI-ASET TANAH": a name inside a longer candidate adds to that one."""
    keys = {name: f" {re.sub(r'[^a-z0-9]+', ' ', name.lower()).strip()} " for name in scores}
    merged: Counter[str] = Counter()
    for name, score in scores.items():
        longer = [
            other
            for other in scores
            if other != name and keys[name] in keys[other] and len(keys[other]) > len(keys[name])
        ]
        merged[max(longer, key=lambda o: scores[o]) if longer else name] += score
    return merged


def _merge_variants(scores: Counter[str]) -> Counter[str]:
    """ "SI-CANTIK" and "Si Cantik" are one name: keep the most frequent spelling."""
    merged: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for name, score in scores.most_common():
        key = re.sub(r"[^a-z0-9]", "", name.lower())
        spelling.setdefault(key, name)
        merged[spelling[key]] += score
    return merged


# -- unit, region, initiator, dates -------------------------------------------------------------------------


def _opd(text: str, entities: list[Entity]) -> str | None:
    labelled = re.search(
        r"^\s*(?:nama\s+)?(?:opd|perangkat daerah|unit kerja|instansi)\s*[:：]\s*(.+)$", text, re.I | re.M
    )
    if labelled:
        return labelled.group(1).strip()
    units = [e for e in entities if e.kind == "unit" and e.value["unit_type"] not in ("desa", "kelurahan")]
    if not units:
        return None
    counts = Counter(e.value["name"] for e in units)
    first = units[0].value["name"]
    return first if counts[first] >= max(counts.values()) / 2 else counts.most_common(1)[0][0]


def _pemda(text: str) -> str | None:
    found = [f"{m.group('kind').title()} {m.group('name').title()}" for m in _REGION.finditer(text)]
    if not found:
        return None
    counts = Counter(found)
    return max(counts, key=lambda name: (counts[name], -found.index(name)))


def _initiator(text: str) -> str | None:
    match = re.search(
        r"(?:inisiator(?:\s+inovasi)?\s*[:：]?|diinisiasi\s+oleh|digagas\s+oleh|prakarsa|gagasan\s+dari)\s*(.{0,60})",
        text,
        re.I,
    )
    if not match:
        return None
    said = match.group(1).lower()
    earliest: tuple[int, str] | None = None
    for code, words in vocabulary().initiators.items():
        for word in words:
            found = re.search(rf"\b{re.escape(word)}\b", said)
            if found and (earliest is None or found.start() < earliest[0]):
                earliest = (found.start(), code)
    return earliest[1] if earliest else None


def _dated(text: str, entities: list[Entity], cue: re.Pattern[str]) -> str | None:
    """The first date in the sentence that names the step (trial, launch)."""
    dates = [e for e in entities if e.kind == "date"]
    for match in cue.finditer(text):
        window_end = min(len(text), match.end() + 120)
        sentence_end = re.search(r"[.;\n]\s", text[match.end() : window_end])
        end = match.end() + sentence_end.start() if sentence_end else window_end
        start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()), 0)
        inside = [d for d in dates if start <= d.start < end]
        if inside:
            after = [d for d in inside if d.start >= match.start()]
            return (after or inside)[0].value["iso"]
    return None


# -- rancang bangun -----------------------------------------------------------------------------------------


def _sections(extraction: Extraction, text: str) -> dict[str, str]:
    """Profile parts by heading: intake's sections when it found them, else headings found here."""
    from_intake = {
        s.key: s.text.strip() for s in extraction.sections if s.key in RANCANG_BANGUN_PARTS and s.text
    }
    if from_intake:
        return from_intake
    headings = _heading_lines(text)
    sections: dict[str, str] = {}
    for (key, _, body_start), following in zip(headings, [*headings[1:], None], strict=False):
        if key is None:
            continue
        body_end = following[1] if following else len(text)
        body = " ".join(text[body_start:body_end].split())
        if body and key not in sections:
            sections[key] = body
    return sections


def _heading_lines(text: str) -> list[tuple[str | None, int, int]]:
    """(part, heading start, body start) of every heading line; part is None for other headings, which
    only end the part before them."""
    lookup = {h: key for key, heads in vocabulary().profile_headings.items() for h in heads}
    found = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        bare = re.sub(
            r"^\s*(?:bab\s+[ivx]+\.?|[ivx]+\.|\d+(?:\.\d+)*\.?|[a-h][.)])\s*", "", line.strip(), flags=re.I
        )
        label, _, rest = bare.partition(":")
        key = lookup.get(label.strip().rstrip(".").lower())
        if key is None or len(label) > 50:
            if _OTHER_HEADING.match(line.strip()):
                found.append((None, start, offset))
            continue
        body_start = start + line.index(":") + 1 if rest.strip() else offset
        found.append((key, start, body_start))
    return found
