"""Evidence for the 20 indicators: which sentences show it, and the level the document lets one read off.

A sentence is evidence for an indicator when it holds one of the indicator's phrases (or an entity kind the
catalogue accepts) with the support the catalogue asks for, and the clause around it is not negated or
planned ("belum memiliki SOP", "akan dianggarkan"). Levels come from the catalogue's level method and
thresholds, applied to what the evidence sentences say.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher

from classifier.catalogue import Catalogue, Indicator
from classifier.nlp import (
    Entity,
    Sentence,
    analyse_text,
    clause_around,
    lines_of,
    match_lines,
    pattern_trigger,
    pipeline,
    sentences_of,
    words_only,
)
from classifier.profile import innovation_names
from intake.model import Extraction

MAX_SPANS = 3  # quotes kept per indicator: enough for a reviewer to check, short enough to read
MAX_QUOTE = 400
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_YEAR_RANGE = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:-|–|s\.?/?d\.?|sampai(?: dengan)?|hingga)\s*((?:19|20)\d\d)\b"
)
_TIMES = re.compile(r"\b(\d{1,2}|satu|dua|tiga|empat|lima|enam)\s*(?:\([a-z ]+\)\s*)?kali\b", re.IGNORECASE)
_WORD_NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
_RATIO = re.compile(r"\b(\d[\d.]*)\s*(?:dari|/)\s*(\d[\d.]*)\b")
_RESOLVED = re.compile(  # "dari 40 pengaduan yang masuk, 38 telah diselesaikan"
    r"\bdari\s+(?P<total>\d[\d.]*)\b[^.]{0,80}?\b(?P<done>\d[\d.]*)\s+(?:\w+\s+){0,3}?"
    r"(?:diselesaikan|selesai|terselesaikan|ditindaklanjuti|tertangani|ditangani)",
    re.IGNORECASE,
)
_REGION = re.compile(r"\b(Kabupaten|Kota|Provinsi|Kab\.)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
_REGIONAL_LEVELS = ("dprd", "kepala_daerah", "perangkat_daerah", "desa")
_HELD = re.compile(
    r"\b(?:telah|sudah|pernah)\s+(?:\w+\s+)?(?:dilaksanakan|diselenggarakan|dilakukan|diikuti|mengikuti|digelar)\b"
    r"|\bdiikuti\s+oleh\b|\bmengikuti\b|\bdilatih\b|\bdigelar\b|\bdiselenggarakan\b|\bdilaksanakan\s+(?:pada|di|selama)\b",
    re.I,
)
_ROLES = re.compile(r"\b(?:ketua|sekretaris|anggota|koordinator|penanggung\s*jawab)\b", re.I)
_ASSIGNMENT = re.compile(
    r"\bsurat\s+(?:perintah|tugas|penugasan|keputusan)\b|\bsk\b|\bditunjuk\b|\bditugaskan\b|\bkeputusan\b",
    re.I,
)
_STATED_UNITS = re.compile(r"\b(\d{1,2})\s+(?:perangkat\s+daerah|opd|instansi|dinas)\b", re.I)
_PRONOUNS = ("inovasi ini", "inovasi tersebut", "penetapan inovasi", "tim inovasi")
_REGION_HEAD = re.compile(r"\b(?:bupati|wali\s*kota|walikota|gubernur|kepala\s+daerah)\b", re.I)
_UNIT_HEAD = re.compile(
    r"\b(?:kepala\s+(?:dinas|badan|bagian|kantor|puskesmas|upt|uptd|bidang|sekolah|perangkat daerah)"
    r"|camat|kadis|"
    r"direktur|sekretaris\s+daerah|lurah|kepala\s+desa|pimpinan)\b",
    re.I,
)


@dataclass
class EvidenceSpan:
    page: int | None
    quote: str
    start: int  # offsets in that page's text
    end: int


@dataclass
class IndicatorResult:
    code: str
    found: bool
    level: int | None
    evidence: list[EvidenceSpan] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Hit:
    """One sentence that mentions an indicator, and where in it."""

    sentence: Sentence
    position: int  # offset of the matched words in the page text
    strong: bool  # needs no supporting entity
    kind: str = "phrase"  # the scoring cue of the match itself: "phrase", "strong" or "entity"
    words: str = ""  # the matched words, lower case


@dataclass
class _Document:
    """What several indicators need to know about the whole document."""

    sentences: list[Sentence]
    team_rows: list[Sentence]  # numbered data rows of tables listing people with their roles
    own_regulation: Entity | None  # the regulation the document itself is (its title)
    names: list[str]  # innovation names, to tell evidence about the innovation from generic lines
    paged: bool
    people_listed: int = 0  # "Nama :" fields of a letter naming the people it assigns
    issuer: str | None = None  # who issued or signed it: "kepala_daerah" or "perangkat_daerah"
    document_type: str | None = None  # read off the title by the catalogue's scoring.document_types
    index: dict[int, int] = field(default_factory=dict)  # id(sentence) -> position in `sentences`


def find_indicators(
    extraction: Extraction, catalogue: Catalogue, thresholds: dict[str, float] | None = None
) -> list[IndicatorResult]:
    """All indicators of the catalogue, in order, with evidence, level and a note on negated mentions.

    `thresholds` overrides the catalogue's score thresholds per indicator code (the bench sweeps them)."""
    sentences = _analyse(extraction, catalogue)
    document = _Document(
        sentences=sentences,
        team_rows=_team_rows(sentences, catalogue),
        own_regulation=_own_regulation(sentences),
        names=innovation_names(extraction.text),
        paged=extraction.paged,
        people_listed=len(_NAME_FIELD.findall(extraction.text)),
    )
    document.issuer = _issuer(document)
    document.document_type = _document_type(sentences, catalogue)
    document.index = {id(s): n for n, s in enumerate(sentences)}
    hits = _hits(sentences, catalogue, document)
    overrides = thresholds or {}
    return [
        _judge(i, hits.get(i.code, []), document, catalogue, overrides.get(i.code))
        for i in catalogue.indicators
    ]


def _document_type(sentences: list[Sentence], catalogue: Catalogue) -> str | None:
    """The document's type as its first lines announce it (a decree, a SOP, an attendance list ...)."""
    head = [s.text.strip() for s in sentences[:6] if s.text.strip()]
    for kind, expressions in catalogue.scoring.document_types.items():
        for expression in expressions:
            pattern = _regex(expression)
            if any(pattern.search(line) for line in head):
                return kind
    return None


@lru_cache(maxsize=256)
def _regex(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


# -- reading the document --------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _matchers(catalogue: Catalogue) -> tuple[PhraseMatcher, Matcher, re.Pattern[str] | None]:
    """The phrase matcher, the token matcher and, when every token pattern asks for given words only, what
    a line must hold for the token matcher to read it (None: it reads whole pages)."""
    nlp = pipeline().nlp
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    tokens = Matcher(nlp.vocab)
    token_patterns = []
    for indicator in catalogue.indicators:
        patterns = indicator.patterns
        if patterns.phrases:
            phrases.add(indicator.code, list(nlp.tokenizer.pipe(patterns.phrases)))
        if patterns.tokens:
            tokens.add(indicator.code, [list(t) for t in patterns.tokens])
            token_patterns.extend(list(t) for t in patterns.tokens)
    lines_only = bool(token_patterns) and all(words_only(p) for p in token_patterns)
    return phrases, tokens, pattern_trigger(token_patterns) if lines_only else None


def _analyse(extraction: Extraction, catalogue: Catalogue) -> list[Sentence]:
    """Sentences of every page, each with its entities; those in a cited legal basis are marked."""
    sentences: list[Sentence] = []
    for page in extraction.pages:
        doc, entities = analyse_text(page.text)
        page_sentences = sentences_of(page.text, page.number)
        _attach(page_sentences, list(entities))
        for sentence in page_sentences:
            sentence.doc = doc
            sentence.page_text = page.text
        sentences.extend(page_sentences)
    _mark_cited(sentences, catalogue)
    return sentences


_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-•*]|\d{1,2}\s*\|)\s*", re.I)


def _mark_cited(sentences: list[Sentence], catalogue: Catalogue) -> None:
    opens = [re.compile(p, re.IGNORECASE) for p in catalogue.negation.cited_blocks]
    closes = [re.compile(p) for p in catalogue.negation.block_ends]
    inside = False
    for sentence in sentences:
        text = sentence.text
        if any(p.search(text) for p in opens):
            inside = True
        elif inside and (
            any(p.search(text) or p.search(text.lower()) for p in closes)
            or not (_LIST_ITEM.match(text) or any(e.kind == "regulation" for e in sentence.entities))
        ):
            inside = False  # a heading, or prose that is neither a list item nor a reference, ends the basis
        sentence.cited = inside


def _attach(sentences: list[Sentence], entities: list[Entity]) -> None:
    index = 0
    for entity in entities:
        while index < len(sentences) and sentences[index].end <= entity.start:
            index += 1
        if index < len(sentences) and sentences[index].start <= entity.start:
            sentences[index].entities.append(entity)


def _hits(
    sentences: list[Sentence], catalogue: Catalogue, document: _Document | None = None
) -> dict[str, list[_Hit]]:
    phrases, tokens, token_trigger = _matchers(catalogue)
    duty = re.compile(catalogue.negation.duty_item) if catalogue.negation.duty_item else None
    strong_phrases = {i.code: set(i.patterns.strong) for i in catalogue.indicators}
    hits: dict[str, list[_Hit]] = {}
    by_doc: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_doc.setdefault(id(sentence.doc), []).append(sentence)
    for page_sentences in by_doc.values():
        doc = page_sentences[0].doc
        page_text = page_sentences[0].page_text
        if not len(tokens):
            token_matches = []
        elif token_trigger is not None and page_text is not None:
            token_matches = match_lines(tokens, doc, lines_of(page_text), token_trigger)
        else:
            token_matches = tokens(doc)
        matches = [*phrases(doc), *token_matches]
        for match_id, start, end in sorted(matches, key=lambda m: m[1]):
            code = doc.vocab.strings[match_id]
            span = doc[start:end]
            sentence = _sentence_at(page_sentences, span.start_char)
            if sentence is None or sentence.cited or (duty is not None and duty.match(sentence.text)):
                continue  # a cited legal basis, or a duty assigned, is not evidence
            if any(e.kind == "unit" and e.start <= span.start_char < e.end for e in sentence.entities):
                continue  # "Badan Riset dan Inovasi Daerah" names a unit, it is no research
            if document is not None and _inside_name(sentence, span.start_char, document.names):
                continue  # "SIPD INTEGRASI KINERJA" or "(Sistem ... Terintegrasi)" is a name, not a fact
            words = span.text.lower()
            strong = words in strong_phrases[code]
            hits.setdefault(code, []).append(
                _Hit(sentence, span.start_char, strong, "strong" if strong else "phrase", words)
            )
    team_rows = document.team_rows if document else []
    team_headers = {id(r.header_row): r.header_row for r in team_rows}
    for indicator in catalogue.indicators:
        for kind in indicator.patterns.entities:
            if kind == "team_table":
                for header in team_headers.values():
                    if header is not None:
                        hits.setdefault(indicator.code, []).append(
                            _Hit(header, header.start, True, "entity", "team_table")
                        )
                continue
            for sentence in sentences:
                if sentence.cited and not (  # the legal basis may cite the innovation's own regulation
                    kind == "regulation"
                    and document is not None
                    and (
                        _names_innovation(sentence, document)
                        or _refers_to_innovation(sentence, document, _PRONOUNS)
                    )
                ):
                    continue
                for entity in sentence.entities:
                    if _entity_is_evidence(kind, entity, sentence):
                        hits.setdefault(indicator.code, []).append(
                            _Hit(sentence, entity.start, True, "entity", kind)
                        )
    return hits


def _inside_name(sentence: Sentence, offset: int, names: list[str]) -> bool:
    """Whether the page offset falls in an innovation's name or in the spelt-out form after it."""
    text = sentence.text.lower()
    relative = offset - sentence.start
    for name in names:
        for match in re.finditer(re.escape(name.lower()), text):
            end = match.end()
            spelt = re.match(r"\s*\([^()]{0,120}\)", text[end:])
            end += spelt.end() if spelt else 0
            if match.start() <= relative < end:
                return True
    return False


def _sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _entity_is_evidence(kind: str, entity: Entity, sentence: Sentence) -> bool:
    if kind == "regulation":
        return entity.kind == "regulation" and (
            entity.value["level"] in _REGIONAL_LEVELS or entity.value["regulation_kind"] == "keputusan"
        )
    if kind == "video_link":  # a YouTube link, or a link to a stored file in a sentence about a video
        return entity.kind == "link" and (
            entity.value["link_kind"] == "youtube"
            or (
                entity.value["link_kind"] in ("google_drive", "short_link")
                and "video" in sentence.text.lower()
            )
        )
    return entity.kind == kind


# -- the document as a whole -------------------------------------------------------------------------------

_ROW_NUMBER = re.compile(r"^\s*\d{1,3}\.?\s*$")
# An official's title alone on a line (letterhead, or above a signature: "Kepala Badan Riset ...,").
_HEAD_OF_REGION = re.compile(
    r"^\s*(?:pj\.?\s+|plt\.?\s+|wakil\s+)?(?:bupati|wali\s*kota|gubernur)\b(?:[^a-z]{0,40}|.{0,40},)$", re.I
)
_HEAD_OF_UNIT = re.compile(
    r"^\s*(?:a\.n\.?\s+|plt\.?\s+)?(?:kepala|camat|direktur|sekretaris|lurah|inspektur)\b(?:[^a-z]{0,80}|.{0,80},)$",
    re.I,
)
_NAME_FIELD = re.compile(r"^\s*(?:\d{1,2}\.\s*)?nama\s*:", re.I | re.M)
_ISSUER_OF_LEVEL = {
    "kepala_daerah": "kepala_daerah",
    "dprd": "kepala_daerah",
    "perangkat_daerah": "perangkat_daerah",
}


def _team_rows(sentences: list[Sentence], catalogue: Catalogue) -> list[Sentence]:
    """Numbered data rows of tables that list people with a role (a team, people ordered to a task).

    A row wrapped over two lines is counted once: only rows whose first cell is a number count."""
    spec = catalogue.indicator("sdm").patterns.level.get("team_table") or {}
    rows = []
    for sentence in sentences:
        if sentence.table_header is None or sentence.is_header or sentence.cited:
            continue
        if _is_team_table(sentence.table_header, spec) and _ROW_NUMBER.match(sentence.text.split("|")[0]):
            rows.append(sentence)
    return rows


def _is_team_table(header: str, spec: dict[str, Any]) -> bool:
    cells = header.lower()
    return (
        all(_has_word(cells, w) for w in spec.get("all_of", ("nama",)))
        and _has_any_word(cells, spec.get("any_of", ("jabatan", "kedudukan", "peran")))
        and not _has_any_word(cells, spec.get("none_of", ()))
    )


def _own_regulation(sentences: list[Sentence]) -> Entity | None:
    """The regulation a decree or regulation document is: a reference in its first lines."""
    for sentence in sentences[:4]:
        for entity in sentence.entities:
            if entity.kind == "regulation":
                return entity
    return None


def _issuer(document: _Document) -> str | None:
    """Who issued the document: its own regulation's issuer, else the signature block, else the letterhead."""
    own = document.own_regulation
    if own is not None and own.value["level"] in _ISSUER_OF_LEVEL:
        return _ISSUER_OF_LEVEL[own.value["level"]]
    lines = [s.text.strip() for s in document.sentences if s.table_header is None]
    for line in [*reversed(lines[-30:]), *lines[:4]]:
        if _HEAD_OF_REGION.match(line) and (line.isupper() or line.endswith(",")):
            return "kepala_daerah"
        if _HEAD_OF_UNIT.match(line) and (line.isupper() or line.endswith(",")):
            return "perangkat_daerah"
    return None


# -- judging one indicator -------------------------------------------------------------------------------


def _judge(
    indicator: Indicator,
    hits: list[_Hit],
    document: _Document,
    catalogue: Catalogue,
    threshold: float | None = None,
) -> IndicatorResult:
    patterns = indicator.patterns
    if threshold is None:
        threshold = patterns.threshold if patterns.threshold is not None else catalogue.scoring.threshold
    if patterns.whole_document and document.document_type in patterns.document_types:
        title = _title_sentence(document)
        if title is not None:
            hits = [*hits, _Hit(title, title.start, True, "strong", "")]
    scored: dict[int, tuple[float, Sentence]] = {}
    negated: list[str] = []
    named_negation = False
    stated = False  # some evidence is more than an entity alone
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_sentence.setdefault(id(hit.sentence), []).append(hit)
    for sentence_hits in by_sentence.values():
        sentence = sentence_hits[0].sentence
        if _boilerplate(sentence, catalogue) or _about_something_else(sentence, patterns.exclude_with):
            continue
        if any(_negated_hit(hit, indicator, document, catalogue) for hit in sentence_hits):
            negated.append(" ".join(sentence.text.split())[:160])
            named_negation = named_negation or _names_innovation(sentence, document)
            continue
        score = score_sentence(indicator, sentence_hits, document, catalogue)
        if score >= threshold:
            scored[id(sentence)] = (score, sentence)
            if any(h.kind != "entity" for h in sentence_hits):
                stated = True
    ranked = sorted(scored.values(), key=lambda item: (-item[0], document.index.get(id(item[1]), 0)))
    positive = [sentence for _, sentence in ranked]
    if named_negation and positive and not any(_names_innovation(s, document) for s in positive):
        positive = []  # "dukungan anggaran untuk X belum tersedia" outweighs budget lines that do not name X
    note = f"negated: '{negated[0]}'" if negated else None
    in_order = sorted(positive, key=lambda s: document.index.get(id(s), 0))
    level = estimate_level(indicator, in_order, document) if positive else None
    needs_level = patterns.requires_level or (patterns.requires_level_for_entities and not stated)
    if not positive or (needs_level and level is None):
        return IndicatorResult(code=indicator.code, found=False, level=None, evidence=[], note=note)
    spans = [
        EvidenceSpan(
            page=s.page if document.paged else None,
            quote=" ".join(s.text.split())[:MAX_QUOTE],
            start=s.start,
            end=s.end,
        )
        for s in positive[:MAX_SPANS]
    ]
    return IndicatorResult(code=indicator.code, found=True, level=level, evidence=spans)


def _about_something_else(sentence: Sentence, phrases: tuple[str, ...]) -> bool:
    """ "Program ini diintegrasikan ke dalam RKPD" is about planning, not an integrated service."""
    if not phrases:
        return False
    text = sentence.text.lower()
    return _has_any_word(text, phrases)


def _title_sentence(document: _Document) -> Sentence | None:
    for sentence in document.sentences[:6]:
        if sentence.text.strip():
            return sentence
    return None


def score_sentence(
    indicator: Indicator, hits: list[_Hit], document: _Document, catalogue: Catalogue
) -> float:
    """The evidence score of one sentence for one indicator: the cues it shows, weighted by the catalogue."""
    scoring = catalogue.scoring
    sentence = hits[0].sentence
    patterns = indicator.patterns
    # A phrase of an indicator that needs no support counts as much as a strong one; one that needs support
    # (a money amount, a count of people ...) is no evidence without it.
    kinds = {"strong" if h.kind == "phrase" and not patterns.needs else h.kind for h in hits}
    score = max(scoring.weight(k) for k in kinds)
    if kinds == {"phrase"}:
        if not _supported(sentence, indicator, document):
            return float("-inf")
        score += scoring.weight("support")
    if _about_innovation(sentence, document, scoring.pronouns) or (
        (previous := _neighbour(sentence, document, -1)) is not None
        and _about_innovation(previous, document, scoring.pronouns)
        and not _is_title(previous)
    ):
        score += scoring.weight("innovation")
    if document.document_type is not None and document.document_type in patterns.document_types:
        score += scoring.weight("document_type")
    text = sentence.text
    if sentence.table_header is None:
        if _is_mention(text, scoring.mention_fields):
            score += scoring.weight("mention")
        elif _is_title(sentence):
            score += scoring.weight("title")
        if scoring.definition and _defines_innovation(sentence, document, scoring.definition):
            score += scoring.weight("definition")
    elif not {"anggaran", "perencanaan"} & set(patterns.document_types) and _is_budget_header(
        sentence.table_header, scoring.budget_table
    ):
        score += scoring.weight("budget_row")
    return score


_FIELD = re.compile(r"^\s*(?:[a-z0-9]{1,3}[.)]\s*)?([a-z][a-z /-]{1,30}?)\s*[:：]", re.IGNORECASE)


def _is_mention(text: str, fields: tuple[str, ...]) -> bool:
    match = _FIELD.match(text)
    return bool(match) and match.group(1).strip().lower() in fields


def _is_title(sentence: Sentence) -> bool:
    text = sentence.text.strip()
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters)
        and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        and len(text.split()) <= 14
        and sentence.table_header is None
    )


def _defines_innovation(sentence: Sentence, document: _Document, expression: str) -> bool:
    """ "X adalah layanan ...", "Inovasi X berupa ...": what the innovation is, not what it has shown."""
    match = _regex(expression).search(sentence.text)
    if match is None:
        return False
    before = sentence.text[: match.start()]
    squashed = _squash(before)
    return len(before.split()) <= 6 and (
        "inovasi" in before.lower()
        or any(_squash(n) in squashed for n in document.names if len(_squash(n)) >= 3)
    )


def _is_budget_header(header: str, words: tuple[str, ...]) -> bool:
    cells = header.lower()
    return _has_any_word(cells, words)


def _boilerplate(sentence: Sentence, catalogue: Catalogue) -> bool:
    text = " ".join(sentence.text.lower().split())
    return any(phrase in text for phrase in catalogue.scoring.boilerplate)


def _neighbour(sentence: Sentence, document: _Document, step: int) -> Sentence | None:
    index = document.index.get(id(sentence))
    if index is None:
        return None
    other = index + step
    if 0 <= other < len(document.sentences) and document.sentences[other].page == sentence.page:
        return document.sentences[other]
    return None


def _about_innovation(sentence: Sentence, document: _Document, pronouns: tuple[str, ...]) -> bool:
    return _names_innovation(sentence, document) or _refers_to_innovation(sentence, document, pronouns)


def _refers_to_innovation(sentence: Sentence, document: _Document, pronouns: tuple[str, ...]) -> bool:
    text = sentence.text.lower()
    return _has_any_word(text, pronouns)


_NEGATION_START = re.compile(
    r"^\s*(?:[-•*]\s*|\d{1,2}[.)]\s*|[a-z][.)]\s*)?(?:belum|masih|sedang|akan|rencana\w*|tidak)\b", re.I
)


def _negated_hit(hit: _Hit, indicator: Indicator, document: _Document, catalogue: Catalogue) -> bool:
    """Whether the hit's clause, a short clause after it, or a short next list item negates it."""
    sentence = hit.sentence
    offset = hit.position - sentence.start
    if sentence.table_header is not None:  # a table row is one statement: a cue anywhere in it counts
        row = sentence.text.lower()
        return _clause_negated(row, row, catalogue)
    start, end = clause_around(sentence, hit.position)
    text = sentence.text.lower()
    if _clause_negated(text[start:end], text[start:offset], catalogue):
        return True
    rest = text[end:]
    for later in re.split(r";|,?\s+\b(?:namun|tetapi|sedangkan|meskipun|walaupun)\b", rest):
        words = later.split()
        if not words or not _clause_negated(later, later, catalogue):
            continue
        if len(words) <= 3 or any(
            _has_word(later, p) for p in indicator.patterns.phrases if hit.words and p == hit.words
        ):
            return True
    following = _neighbour(sentence, document, 1)
    return (
        following is not None
        and following.table_header is None
        and len(following.text.split()) <= 8
        and bool(_NEGATION_START.match(following.text))
        and sentence.text.rstrip().endswith((":", "-"))
    )


_CONDITIONAL = re.compile(r"\b(?:apabila|jika|bila|bilamana|seandainya)\b")


def _clause_negated(whole: str, before: str, catalogue: Catalogue) -> bool:
    negation = catalogue.negation
    if _CONDITIONAL.search(whole):
        return False  # "apabila SOP ini tidak dilaksanakan, ..." states a rule, not an absence
    if _has_any_word(whole, negation.anywhere):
        return True
    if any(_regex(p).search(whole) for p in negation.patterns):
        return True
    return _has_any_word(before, negation.before)


def _names_innovation(sentence: Sentence, document: _Document) -> bool:
    text = _squash(sentence.text)
    return any(_squash(name) in text for name in document.names if len(_squash(name)) >= 3)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _supported(sentence: Sentence, indicator: Indicator, document: _Document) -> bool:
    for need in indicator.patterns.needs:
        if need == "year" and _YEAR.search(sentence.text):
            return True
        if need == "team_table_in_document" and document.team_rows:
            return True
        if need == "people_listed" and document.people_listed:
            return True
        if need == "region" and _REGION.search(sentence.text):
            return True
        if need == "times" and _TIMES.search(sentence.text):
            return True
        if need == "held" and _HELD.search(sentence.text):
            return True
        if need == "resolved" and (_RESOLVED.search(sentence.text) or _RATIO.search(sentence.text)):
            return True
        if need == "roles" and _ROLES.search(sentence.text):
            return True
        if need == "assignment" and _ASSIGNMENT.search(sentence.text):
            return True
        if need == "units" and (
            sum(1 for e in sentence.entities if e.kind == "unit") >= 2 or _STATED_UNITS.search(sentence.text)
        ):
            return True
        if need == "innovation" and (
            _names_innovation(sentence, document) or _refers_to_innovation(sentence, document, _PRONOUNS)
        ):
            return True
        if need == "people" and any(e.kind == "count" for e in sentence.entities):
            return True
        if any(e.kind == need for e in sentence.entities):
            return True
    return False


@lru_cache(maxsize=1024)
def _word_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


def _has_word(text: str, phrase: str) -> bool:
    return _word_pattern(phrase).search(text) is not None


@lru_cache(maxsize=1024)
def _any_word_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One expression for `_word_pattern` of every phrase: an alternation backtracks into the other phrases
    where one fails its boundary, so it finds a match exactly where one of the phrases does."""
    if not phrases:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in phrases)})(?![\w-])")


def _has_any_word(text: str, phrases: tuple[str, ...] | list[str]) -> bool:
    """`any(_has_word(text, p) for p in phrases)`, in one search."""
    pattern = _any_word_pattern(tuple(phrases))
    return pattern is not None and pattern.search(text) is not None


# -- levels ------------------------------------------------------------------------------------------------


def estimate_level(indicator: Indicator, evidence: list[Sentence], document: _Document) -> int | None:
    """The level (1-3) the evidence states, by the catalogue's method; None when it does not say."""
    spec = indicator.patterns.level
    method = spec.get("method")
    if method == "regulation_kind":
        level = _regulation_level(spec, evidence, document)
    elif method == "issuer":
        issuer = _stated_issuer(evidence) or document.issuer
        level = spec["issuers"].get(issuer) if issuer else None
    elif method == "tiers":
        text = " ".join(s.text.lower() for s in evidence)
        reached = [int(t) for t, words in spec["tiers"].items() if _has_any_word(text, words)]
        level = max(reached) if reached else None
    elif method == "kinds":
        text = " ".join(s.text.lower() for s in _with_team(spec, evidence, document))
        level = _band(spec, sum(1 for words in spec["kinds"].values() if _has_any_word(text, words)))
    else:
        level = _band(spec, _MEASURES[method](indicator, evidence, document))
    return level if level is not None else spec.get("default")


def _stated_issuer(evidence: list[Sentence]) -> str | None:
    """Who assigned the people, where an evidence sentence says so ("surat perintah Kepala Dinas ...")."""
    for sentence in evidence:
        if sentence.table_header is not None:
            continue
        levels = [e.value["level"] for e in sentence.entities if e.kind == "regulation"]
        if any(level in ("kepala_daerah", "dprd") for level in levels) or _REGION_HEAD.search(sentence.text):
            return "kepala_daerah"
        if "perangkat_daerah" in levels or _UNIT_HEAD.search(sentence.text):
            return "perangkat_daerah"
    return None


def _with_team(spec: dict[str, Any], evidence: list[Sentence], document: _Document) -> list[Sentence]:
    """Evidence sentences plus, where the catalogue says so, the rows of the team table."""
    return [*evidence, *document.team_rows] if spec.get("with_team_table") else evidence


def _regulation_level(spec: dict[str, Any], evidence: list[Sentence], document: _Document) -> int | None:
    kinds = spec["kinds"]
    own = document.own_regulation
    if own is not None and own.value["regulation_kind"] in kinds:
        return kinds[own.value["regulation_kind"]]  # a decree's own kind, not the laws it cites
    levels = [
        kinds[e.value["regulation_kind"]]
        for s in evidence
        for e in s.entities
        if e.kind == "regulation" and e.value["regulation_kind"] in kinds
    ]
    return max(levels) if levels else None


def _band(spec: dict[str, Any], value: float | None) -> int | None:
    if value is None:
        return None
    for band in spec.get("bands", ()):
        if band.get("min", float("-inf")) <= value <= band.get("max", float("inf")):
            return int(band["level"])
    return None


def _count(indicator: Indicator, evidence: list[Sentence], document: _Document) -> float | None:
    spec = indicator.patterns.level
    counts = spec.get("counts")
    if counts == "people":
        numbers = [e.value["count"] for s in evidence for e in s.entities if e.kind == "count"]
        return max([len(document.team_rows), document.people_listed, *numbers]) or None
    if counts == "beneficiaries":
        numbers = [e.value["count"] for s in evidence for e in s.entities if e.kind == "count"]
        return max(numbers) if numbers else None
    if counts == "trainings":
        dates = {e.value["iso"] for s in evidence for e in s.entities if e.kind == "date"}
        return _times(evidence) or (len(dates) if len(dates) > 1 else None)
    if counts == "units":
        stated = [int(m.group(1)) for s in evidence for m in _STATED_UNITS.finditer(s.text)]
        sentences = _with_team(spec, evidence, document)
        names = {_squash(e.value["name"]) for s in sentences for e in s.entities if e.kind == "unit"}
        return max([*stated, len(names)]) or None
    if counts == "regions":
        regions = {m.group(2) for s in evidence for m in _REGION.finditer(s.text)}
        return _times(evidence) or (len(regions) if len(regions) > 1 else None)
    return None


def _times(evidence: list[Sentence]) -> int | None:
    """ "3 kali", "tiga (3) kali": how often something happened, when the document says so."""
    found = []
    for sentence in evidence:
        for match in _TIMES.finditer(sentence.text):
            word = match.group(1).lower()
            found.append(int(word) if word.isdigit() else _WORD_NUMBERS[word])
    return max(found) if found else None


def _years(indicator: Indicator, evidence: list[Sentence], document: _Document) -> float | None:
    years: set[int] = set()
    for sentence in evidence:
        for low, high in _YEAR_RANGE.findall(sentence.text):
            if int(low) <= int(high) <= int(low) + 5:
                years.update(range(int(low), int(high) + 1))
        years.update(int(y) for y in _YEAR.findall(sentence.text))
    return len(years) or None


def _days(indicator: Indicator, evidence: list[Sentence], document: _Document) -> float | None:
    days = [e.value["days"] for s in evidence for e in s.entities if e.kind == "duration"]
    days = [d for d in days if d < 365]
    return max(days) if days else None


def _months(indicator: Indicator, evidence: list[Sentence], document: _Document) -> float | None:
    stated = [
        e.value["days"] / 30
        for s in evidence
        for e in s.entities
        if e.kind == "duration" and e.value["unit"] == "bulan"
    ]
    if stated:
        return round(max(stated))
    dates = sorted(
        date.fromisoformat(e.value["iso"]) for s in evidence for e in s.entities if e.kind == "date"
    )
    if len(dates) < 2:
        return None
    first, last = dates[0], dates[-1]
    return max(1, (last.year - first.year) * 12 + last.month - first.month)


def _percent(indicator: Indicator, evidence: list[Sentence], document: _Document) -> float | None:
    percents = [e.value["percent"] for s in evidence for e in s.entities if e.kind == "percent"]
    if percents:
        return max(percents)
    for sentence in evidence:
        pairs = [(m.group("done"), m.group("total")) for m in _RESOLVED.finditer(sentence.text)]
        for done, total in [*pairs, *_RATIO.findall(sentence.text)]:
            done_n, total_n = float(done.replace(".", "")), float(total.replace(".", ""))
            if 0 < done_n <= total_n:
                return round(100 * done_n / total_n)
    return None


_MEASURES = {"count": _count, "years": _years, "days": _days, "months": _months, "percent": _percent}


def mentioned_indicators(extraction: Extraction, catalogue: Catalogue) -> set[str]:
    """Indicators whose patterns match any sentence, before support and negation are weighed."""
    return {code for code, hits in _hits(_analyse(extraction, catalogue), catalogue).items() if hits}
