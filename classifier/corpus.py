"""The labelled corpus: load a folder of texts plus `labels*.jsonl`, hash it, split it for validation."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The label fields the classifier predicts, in output order.
FIELDS: tuple[str, ...] = ("document_type", "bentuk", "urusan", "jenis", "tahapan", "inisiator")


class CorpusError(ValueError):
    """A corpus folder that cannot be used: missing files, broken JSON, duplicate names."""


@dataclass(frozen=True)
class Example:
    """One labelled document: its text (pages joined by form feeds) and its gold labels."""

    file: str
    text: str
    labels: dict[str, str | None]
    urusan_also: tuple[str, ...] = ()
    indicators: dict[str, int | None] = field(default_factory=dict)
    negated: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    nama_inovasi: str | None = None
    opd: str | None = None
    pemda: str | None = None

    @property
    def writer(self) -> str:
        """Who wrote it: the file name's leading letters (`a0001-…` administrative generator, `n…` narrative
        generator, `h…` hand-written). Leave-one-writer-out validation holds out one writer at a time."""
        return writer_of(self.file)

    @property
    def innovation_key(self) -> str:
        """Documents about the same innovation share this key, so a split never separates them."""
        if not self.nama_inovasi:
            return f"file:{self.file}"
        name = re.sub(r"[^a-z0-9]+", " ", self.nama_inovasi.lower()).strip()
        return f"innovation:{name}|{(self.pemda or '').lower().strip()}"


def writer_of(file: str) -> str:
    """The leading letters of a corpus file name, lower-cased; "?" when the name starts otherwise."""
    match = re.match(r"[A-Za-z]+", Path(file).name)
    return match.group(0).lower() if match else "?"


def load_corpus(corpus_dir: str | Path) -> list[Example]:
    """Every document listed in the folder's `labels*.jsonl` files, sorted by file name."""
    folder = Path(corpus_dir)
    label_files = sorted(folder.glob("labels*.jsonl"))
    if not label_files:
        raise CorpusError(f"{folder}: no labels*.jsonl file")
    examples: dict[str, Example] = {}
    for label_file in label_files:
        for line_no, line in enumerate(label_file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{label_file.name}:{line_no}: not JSON ({exc.msg})") from exc
            example = _example(folder, record, f"{label_file.name}:{line_no}")
            if example.file in examples:
                raise CorpusError(f"{label_file.name}:{line_no}: {example.file} is labelled twice")
            examples[example.file] = example
    return [examples[name] for name in sorted(examples)]


def _example(folder: Path, record: dict[str, Any], where: str) -> Example:
    name = record.get("file")
    if not name:
        raise CorpusError(f"{where}: no 'file'")
    path = folder / name
    if not path.is_file():
        raise CorpusError(f"{where}: {name} does not exist in {folder}")
    if not record.get("document_type"):
        raise CorpusError(f"{where}: document_type is missing (it is never null; 'lainnya' exists)")
    return Example(
        file=name,
        text=path.read_text(encoding="utf-8"),
        labels={f: record.get(f) for f in FIELDS},
        urusan_also=tuple(record.get("urusan_also") or ()),
        indicators=dict(record.get("indicators") or {}),
        negated=tuple(record.get("negated") or ()),
        tags=tuple(record.get("tags") or ()),
        nama_inovasi=record.get("nama_inovasi"),
        opd=record.get("opd"),
        pemda=record.get("pemda"),
    )


def corpus_hash(examples: list[Example]) -> str:
    """sha256 over the sorted file names, their texts and their labels: names the exact training data."""
    digest = hashlib.sha256()
    for example in sorted(examples, key=lambda e: e.file):
        gold = {
            "labels": example.labels,
            "urusan_also": list(example.urusan_also),
            "indicators": example.indicators,
            "negated": list(example.negated),
        }
        for part in (example.file, example.text, json.dumps(gold, sort_keys=True)):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
    return digest.hexdigest()


def validation_split(
    examples: list[Example], share: float = 0.25, salt: str = "jaring"
) -> tuple[list[Example], list[Example]]:
    """(fit, validation): a deterministic split by document, stratified by document_type.

    Documents about the same named innovation go to the same side, so validation never sees an innovation
    the model was fitted on. The order is a hash of the file names, so adding documents moves few others.
    """
    groups: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        groups[example.innovation_key].append(example)
    per_type = Counter(e.labels["document_type"] for e in examples)
    # A type with a single document stays in fitting: it cannot be both learnt and checked.
    quota = {t: round(n * share) if n >= 2 else 0 for t, n in per_type.items()}
    taken: Counter[str] = Counter()

    def order(key: str) -> str:
        return hashlib.sha256(f"{salt}|{key}".encode()).hexdigest()

    validation_keys: set[str] = set()
    for key in sorted(groups, key=order):
        types = Counter(e.labels["document_type"] for e in groups[key])
        if all(taken[t] + n <= quota[t] for t, n in types.items()):
            validation_keys.add(key)
            taken.update(types)
    fit = [e for e in examples if e.innovation_key not in validation_keys]
    validation = [e for e in examples if e.innovation_key in validation_keys]
    return fit, validation
