from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from tiny_corpus import write_tiny_corpus

from classifier.corpus import FIELDS, CorpusError, corpus_hash, load_corpus, validation_split, writer_of


def test_load_corpus_reads_every_labelled_document(tmp_path: Path) -> None:
    """GIVEN a folder of 36 texts and a labels.jsonl
    WHEN it is loaded
    THEN every document comes back with its text, its six label fields and null where the gold is null."""
    examples = load_corpus(write_tiny_corpus(tmp_path))
    assert len(examples) == 36
    decree = next(e for e in examples if e.labels["document_type"] == "regulasi")
    assert "MEMUTUSKAN" in decree.text
    assert set(decree.labels) == set(FIELDS)
    assert decree.labels["bentuk"] is None
    assert decree.indicators == {"regulasi": 3}


def test_load_corpus_merges_several_label_files_and_rejects_duplicates(tmp_path: Path) -> None:
    """GIVEN labels split over labels-narrative.jsonl and labels-administrative.jsonl
    WHEN loaded THEN both are read; and a document labelled twice is refused with its name."""
    folder = write_tiny_corpus(tmp_path)
    lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    (folder / "labels.jsonl").unlink()
    (folder / "labels-narrative.jsonl").write_text("\n".join(lines[:20]) + "\n", encoding="utf-8")
    (folder / "labels-administrative.jsonl").write_text("\n".join(lines[20:]) + "\n", encoding="utf-8")
    assert len(load_corpus(folder)) == 36

    (folder / "labels-extra.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=json.loads(lines[0])["file"]):
        load_corpus(folder)


def test_load_corpus_names_a_missing_text(tmp_path: Path) -> None:
    """GIVEN a label line whose file does not exist WHEN loaded THEN the error names the file and line."""
    (tmp_path / "labels.jsonl").write_text(
        json.dumps({"file": "absent.txt", "document_type": "sop"}) + "\n", encoding="utf-8"
    )
    with pytest.raises(CorpusError, match=r"labels\.jsonl:1: absent\.txt does not exist"):
        load_corpus(tmp_path)


def test_corpus_hash_changes_with_a_label_and_not_with_order(tmp_path: Path) -> None:
    """GIVEN the same corpus loaded twice, and once with one label changed
    WHEN hashed THEN equal data gives an equal hash whatever the order, and a changed label a new hash."""
    examples = load_corpus(write_tiny_corpus(tmp_path))
    assert corpus_hash(examples) == corpus_hash(list(reversed(examples)))
    labels = (tmp_path / "labels.jsonl").read_text(encoding="utf-8")
    (tmp_path / "labels.jsonl").write_text(labels.replace('"jenis": "digital"', '"jenis": "non_digital"', 1))
    assert corpus_hash(load_corpus(tmp_path)) != corpus_hash(examples)


def test_validation_split_is_deterministic_stratified_and_keeps_innovations_together(tmp_path: Path) -> None:
    """GIVEN 9 innovations with 4 documents each
    WHEN split twice THEN the split is identical, every document type is in validation,
    and no innovation has documents on both sides."""
    examples = load_corpus(write_tiny_corpus(tmp_path))
    fit, validation = validation_split(examples)
    again_fit, again_validation = validation_split(examples)
    assert [e.file for e in validation] == [e.file for e in again_validation]
    assert [e.file for e in fit] == [e.file for e in again_fit]
    assert len(fit) + len(validation) == 36
    assert set(Counter(e.labels["document_type"] for e in validation)) == {
        "proposal",
        "regulasi",
        "undangan_daftar_hadir",
        "publikasi",
    }
    assert not {e.innovation_key for e in fit} & {e.innovation_key for e in validation}
    assert 0.15 <= len(validation) / 36 <= 0.35


def test_writer_is_read_off_the_file_name_prefix(tmp_path: Path) -> None:
    """GIVEN corpus file names of the three writers and one without a prefix
    WHEN their writer is asked THEN it is the leading letters, and "?" without any."""
    assert writer_of("a0001-regulasi-sk.txt") == "a"
    assert writer_of("n0100-pedoman-x.txt") == "n"
    assert writer_of("h0007-proposal-y.txt") == "h"
    assert writer_of("00-proposal-si-cantik.txt") == "?"
    examples = load_corpus(write_tiny_corpus(tmp_path, writers=True))
    assert Counter(e.writer for e in examples) == {"a": 12, "n": 12, "h": 12}
