"""Exports: completeness rows as CSV and XLSX, the decisions audit trail, corrections as training data."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from classifier.assess import Classifier
from classifier.catalogue import load_catalogue
from intake.model import Extraction
from review.dossiers import create_dossier
from review.exports import (
    completeness_csv,
    completeness_rows,
    completeness_xlsx,
    decisions_csv,
    training_jsonl,
)
from review.queue import claim, decide
from tests.review.review_rows import T0, add_document, assessment_dict, error_code, item_of

INDICATORS = load_catalogue().codes("indicators")


@pytest.fixture
def dossiers(session, world):
    """Two dossiers in pemda A (one scoring 27) and one in pemda B."""
    proposal = add_document(
        session,
        world,
        assessment=assessment_dict(
            found={"regulasi": 1, "sdm": None, "kecepatan_penciptaan": 3, "kemanfaatan": 2}
        ),
    )
    sk = add_document(session, world, assessment=assessment_dict(found={"regulasi": 3, "anggaran": 2}))
    lone = add_document(session, world, unit=world.unit_a2, assessment=assessment_dict(found={"video": 2}))
    b_doc = add_document(session, world, unit=world.unit_b, assessment=assessment_dict(found={"sdm": 3}))
    made = {
        "cantik": create_dossier(
            session, world.admin, unit_id=world.unit_a.id, name="SI-CANTIK", document_ids=[proposal.id, sk.id]
        ),
        "pintar": create_dossier(
            session, world.admin, unit_id=world.unit_a2.id, name="=SI-PINTAR", document_ids=[lone.id]
        ),
        "dukcapil": create_dossier(
            session, world.admin, unit_id=world.unit_b.id, name="Dukcapil Go Digital", document_ids=[b_doc.id]
        ),
    }
    session.commit()
    return made


def test_completeness_rows_one_per_dossier_in_scope(session, world, dossiers):
    """GIVEN dossiers in pemda A and pemda B
    WHEN pemda A's auditor and the admin export completeness rows
    THEN the auditor gets pemda A's two dossiers only, each with its 20 levels, score, band and missing ★;
    the admin gets all three, and can narrow to a unit."""
    rows = completeness_rows(session, world.auditor_a)
    assert {r["dossier_id"] for r in rows} == {dossiers["cantik"]["id"], dossiers["pintar"]["id"]}
    cantik = next(r for r in rows if r["dossier_id"] == dossiers["cantik"]["id"])
    assert cantik["pemda"] == "Kabupaten Majene" and cantik["unit"] == "Dinas Kesehatan"
    assert [
        cantik[c] for c in ("regulasi", "sdm", "anggaran", "kecepatan_penciptaan", "kemanfaatan", "video")
    ] == [
        3,
        1,
        2,
        3,
        2,
        0,
    ]
    assert (
        cantik["score"] == 27
        and cantik["band"] == "kurang_inovatif"
        and cantik["missing_mandatory"] == "video"
    )
    assert cantik["documents"] == 2
    assert len(completeness_rows(session, world.admin)) == 3
    only_b = completeness_rows(session, world.admin, unit_id=world.unit_b.id)
    assert [r["dossier"] for r in only_b] == ["Dukcapil Go Digital"]
    assert completeness_rows(session, world.admin, pemda_id=world.pemda_b.id) == only_b


def test_completeness_csv_reads_back_with_the_same_values(session, world, dossiers):
    """GIVEN the completeness rows of pemda A
    WHEN written as CSV and parsed again
    THEN the header has the fixed columns, the 20 indicator codes and the summary, the values match,
    and a name starting with '=' is quoted so a spreadsheet does not run it as a formula."""
    rows = completeness_rows(session, world.reviewer_a)
    data = completeness_csv(rows)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheet programs then read UTF-8
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    summary = ["score", "max_score", "percentage", "band", "missing_mandatory"]
    assert list(parsed[0]) == ["pemda", "unit", "dossier_id", "dossier", "documents", *INDICATORS, *summary]
    by_id = {int(r["dossier_id"]): r for r in parsed}
    cantik = by_id[dossiers["cantik"]["id"]]
    assert cantik["score"] == "27" and cantik["regulasi"] == "3" and cantik["percentage"] == "24.32"
    assert by_id[dossiers["pintar"]["id"]]["dossier"] == "'=SI-PINTAR"


def test_completeness_xlsx_opens_with_openpyxl(session, world, dossiers):
    """GIVEN the completeness rows of all dossiers
    WHEN written as XLSX and opened with openpyxl
    THEN the sheet has a bold frozen header row, one row per dossier with numbers as numbers, and
    columns wide enough for their text."""
    rows = completeness_rows(session, world.admin)
    workbook = load_workbook(io.BytesIO(completeness_xlsx(rows)))
    sheet = workbook.active
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["pemda", "unit", "dossier_id", "dossier", "documents"]
    assert header[5:25] == INDICATORS
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in sheet[1])
    assert sheet.max_row == 1 + len(rows) == 4
    values = {
        row[3]: dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert values["SI-CANTIK"]["score"] == 27 and values["SI-CANTIK"]["regulasi"] == 3
    assert (
        values["Dukcapil Go Digital"]["sdm"] == 3 and values["Dukcapil Go Digital"]["pemda"] == "Kota Bandung"
    )
    unit_column = sheet.column_dimensions["B"].width
    assert unit_column >= len("Dinas Kependudukan dan Pencatatan Sipil")
    assert sheet.column_dimensions["F"].width <= 12  # an indicator level column stays narrow


def test_decisions_csv_is_the_audit_trail_in_scope(session, world):
    """GIVEN a correction in pemda A and an acceptance in pemda B
    WHEN pemda A's auditor and the admin export decisions
    THEN the auditor sees only pemda A's decision, with reviewer, action, labels before and after and
    the changed indicators; the admin sees both, and an uploader is refused."""
    a_doc = add_document(
        session, world, file_name="proposal-cantik.pdf", assessment=assessment_dict(found={"sdm": 1})
    )
    b_doc = add_document(session, world, unit=world.unit_b)
    a_item, b_item = item_of(session, a_doc), item_of(session, b_doc)
    claim(session, a_item.id, world.reviewer_a, now=T0)
    decide(
        session,
        a_item.id,
        world.reviewer_a,
        action="correct",
        labels={"urusan": "desa"},
        indicators={"sdm": 3, "video": None},
        comment="SK tim ada di lampiran",
        now=T0,
    )
    claim(session, b_item.id, world.reviewer_b, now=T0)
    decide(session, b_item.id, world.reviewer_b, action="accept", now=T0)
    session.commit()

    rows = list(csv.DictReader(io.StringIO(decisions_csv(session, world.auditor_a).decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["reviewer"] == "rina" and row["action"] == "correct" and row["file"] == "proposal-cantik.pdf"
    assert json.loads(row["labels_before"])["urusan"] == "kesehatan"
    assert json.loads(row["labels_after"])["urusan"] == "desa"
    assert row["indicators_changed"] == "sdm: 1→3; video: 0→?"
    assert row["comment"] == "SK tim ada di lampiran" and row["pemda"] == "Kabupaten Majene"
    all_rows = list(csv.DictReader(io.StringIO(decisions_csv(session, world.admin).decode("utf-8-sig"))))
    assert [r["action"] for r in all_rows] == ["correct", "accept"]
    assert error_code(decisions_csv, session, world.uploader_a) == "forbidden"


def test_corrections_become_training_examples_in_the_corpus_format(session, world):
    """GIVEN three decided documents: one corrected, one accepted, one corrected in another pemda
    WHEN pemda A's reviewer exports training data
    THEN there is one JSON line: the corrected labels, the indicators found after correction with their
    levels, negated mentions the reviewer left absent, and the document's text with its pages."""
    corrected = add_document(
        session,
        world,
        file_name="Proposal SI-CANTIK.pdf",
        pages=("PROPOSAL INOVASI SI-CANTIK", "Peraturan Bupati Majene Nomor 12 Tahun 2023"),
        assessment=assessment_dict(found={"regulasi": 2}, negated=("anggaran", "kemudahan_proses")),
    )
    accepted = add_document(session, world)
    elsewhere = add_document(session, world, unit=world.unit_b)
    for document, user, kwargs in (
        (
            corrected,
            world.reviewer_a,
            {"action": "correct", "labels": {"bentuk": "tata_kelola"}, "indicators": {"kemudahan_proses": 2}},
        ),
        (accepted, world.reviewer_a, {"action": "accept"}),
        (elsewhere, world.reviewer_b, {"action": "correct", "labels": {"urusan": "adminduk"}}),
    ):
        item = item_of(session, document)
        claim(session, item.id, user, now=T0)
        decide(session, item.id, user, now=T0, **kwargs)
    session.commit()

    lines = training_jsonl(session, world.reviewer_a).decode("utf-8").splitlines()

    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["file"].endswith(".txt") and "Proposal-SI-CANTIK" in record["file"]
    assert record["bentuk"] == "tata_kelola" and record["urusan"] == "kesehatan"
    assert record["document_type"] == "proposal" and record["urusan_also"] == []
    assert record["indicators"] == {"regulasi": 2, "kemudahan_proses": 2}
    assert record["negated"] == ["anggaran"]
    assert record["nama_inovasi"] == "SI-CANTIK"
    assert record["text"] == "PROPOSAL INOVASI SI-CANTIK\fPeraturan Bupati Majene Nomor 12 Tahun 2023"
    assert record["source"]["document_id"] == corrected.id
    assert len(training_jsonl(session, world.admin).decode().splitlines()) == 2


def test_a_real_classifier_assessment_flows_to_a_training_example(session, world, model_dir):
    """GIVEN a document assessed by the real classifier (the shipped or test-trained model)
    WHEN a reviewer corrects its urusan and regulasi, and exports training data
    THEN the example carries the correction, the classifier's other labels and the extracted text."""
    text = (
        "PROPOSAL INOVASI DAERAH\nNama Inovasi: SI-CANTIK (Sistem Informasi Cek Antrean Kesehatan)\n"
        "Dasar Hukum: Peraturan Bupati Majene Nomor 12 Tahun 2023 tentang SI-CANTIK.\f"
        "Permasalahan: antrean panjang di puskesmas. Manfaat: 1.250 pasien terlayani pada 2024."
    )
    assessment = Classifier.load(model_dir).assess(Extraction.from_text(text, sha256="x" * 64)).to_dict()
    document = add_document(session, world, assessment=assessment, pages=tuple(text.split("\f")))
    item = item_of(session, document)
    claim(session, item.id, world.reviewer_a, now=T0)
    decide(
        session,
        item.id,
        world.reviewer_a,
        action="correct",
        labels={"urusan": "kesehatan"},
        indicators={"regulasi": 3},
        now=T0,
    )
    session.commit()

    record = json.loads(training_jsonl(session, world.reviewer_a))
    assert record["urusan"] == "kesehatan"
    assert record["indicators"]["regulasi"] == 3
    assert record["document_type"] == assessment["document_type"]["label"]
    assert record["text"] == text
