"""Types come from the bytes; folders and ZIP batches become one result per document, in order."""

from __future__ import annotations

import pytest

from intake import ExtractOptions, extract_many
from intake.archive import sanitise_member_name
from intake.sniff import DOC, DOCX, JPEG, PDF, TEXT, ZIP, sniff
from tests.intake.builders import docx_report, pdf_with_pages, zip_of


def test_types_are_sniffed_from_content(samples):
    assert sniff((samples / "proposal-si-pandai.pdf").read_bytes()) == PDF
    assert sniff((samples / "laporan-si-pandai.docx").read_bytes()) == DOCX
    assert sniff((samples / "notulen-rapat.doc").read_bytes()) == DOC
    assert sniff((samples / "daftar-hadir-foto.jpg").read_bytes()) == JPEG
    assert sniff((samples / "ringkasan.txt").read_bytes()) == TEXT
    assert sniff(zip_of({"a.txt": b"x"})) == ZIP


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "etc/passwd"),
        ("/abs/path/sk.pdf", "abs/path/sk.pdf"),
        ("C:\\Users\\opd\\laporan.docx", "Users/opd/laporan.docx"),
        ("./a/./b.pdf", "a/b.pdf"),
        ("../", None),
    ],
)
def test_member_names_are_sanitised(name, expected):
    assert sanitise_member_name(name) == expected


def test_a_folder_with_a_zip_batch_gives_one_result_per_document_and_goes_on_after_failures(tmp_path):
    """GIVEN a folder holding a PDF, an empty file, and a ZIP with a DOCX, a truncated PDF, an unsafe
    path and a nested ZIP
    WHEN extracted as a batch with two workers
    THEN every document has its result in input order, failures carry codes, and the batch completes."""
    pdf = pdf_with_pages([["Surat keputusan kepala dinas tentang tim inovasi daerah."]])
    (tmp_path / "a-sk.pdf").write_bytes(pdf)
    (tmp_path / "b-kosong.txt").write_bytes(b"")
    nested = zip_of({"dalam.txt": b"Catatan rapat inovasi desa."})
    (tmp_path / "c-berkas.zip").write_bytes(
        zip_of(
            {
                "laporan.docx": docx_report(),
                "../rusak.pdf": pdf[:300],
                "arsip.zip": nested,
                "__MACOSX/x": b"junk",
            }
        )
    )
    outcomes = list(extract_many([tmp_path], ExtractOptions(), workers=2))
    names = [o.source.name.replace(str(tmp_path) + "/", "") for o in outcomes]
    assert names == ["a-sk.pdf", "b-kosong.txt", "c-berkas.zip/laporan.docx", "c-berkas.zip/rusak.pdf",
                     "c-berkas.zip/arsip.zip/dalam.txt"]  # fmt: skip
    by_name = dict(zip(names, outcomes, strict=True))
    assert by_name["a-sk.pdf"].extraction.pages[0].text.startswith("Surat keputusan")
    assert by_name["b-kosong.txt"].error.code == "empty"
    assert by_name["c-berkas.zip/rusak.pdf"].error.code == "corrupt"
    assert "1.245 orang" in by_name["c-berkas.zip/laporan.docx"].extraction.text
    assert by_name["c-berkas.zip/arsip.zip/dalam.txt"].extraction.text == "Catatan rapat inovasi desa."


def test_a_broken_zip_is_one_failure(tmp_path):
    (tmp_path / "rusak.zip").write_bytes(zip_of({"a.txt": b"isi" * 1000})[:60])
    outcomes = list(extract_many([tmp_path / "rusak.zip"]))
    assert len(outcomes) == 1
    assert outcomes[0].error.code in {"corrupt", "unsupported_type"}
