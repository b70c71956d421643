"""Dossiers: who may arrange them, suggestions from innovation names, and evidence completeness."""

from __future__ import annotations

import pytest

from review.dossiers import (
    add_documents,
    completeness,
    create_dossier,
    index_band,
    is_acronym,
    list_dossiers,
    names_match,
    normalise_name,
    suggest_dossiers,
)
from review.errors import ReviewError
from review.queue import claim, decide
from tests.review.review_rows import T0, add_document, assessment_dict, error_code, item_of

# Arranging dossiers ----------------------------------------------------------------------------------


def test_uploader_reviewer_and_admin_arrange_dossiers_auditor_only_reads(session, world):
    """GIVEN documents of Dinas Kesehatan (pemda A)
    WHEN its uploader creates a dossier, the pemda's reviewer adds a document, and others try
    THEN those succeed; the auditor and other units' uploaders are forbidden, and everyone in scope
    lists the dossier while pemda B's reviewer does not see it."""
    d1, d2 = add_document(session, world), add_document(session, world)
    session.commit()
    made = create_dossier(
        session, world.uploader_a, unit_id=world.unit_a.id, name="SI-CANTIK", document_ids=[d1.id]
    )
    session.commit()
    assert made["document_ids"] == [d1.id] and made["pemda_id"] == world.pemda_a.id

    added = add_documents(session, world.reviewer_a, made["id"], [d2.id])
    session.commit()
    assert added["document_ids"] == sorted([d1.id, d2.id])

    assert (
        error_code(create_dossier, session, world.auditor_a, unit_id=world.unit_a.id, name="X") == "forbidden"
    )
    assert error_code(add_documents, session, world.auditor_a, made["id"], [d1.id]) == "forbidden"
    assert (
        error_code(create_dossier, session, world.uploader_b, unit_id=world.unit_a.id, name="X")
        == "forbidden"
    )
    assert error_code(create_dossier, session, world.admin, unit_id=424242, name="X") == "unknown_unit"
    assert error_code(create_dossier, session, world.admin, unit_id=world.unit_a.id, name="  ") == "invalid"

    for reader in (world.admin, world.reviewer_a, world.auditor_a, world.uploader_a):
        assert [d["id"] for d in list_dossiers(session, reader)] == [made["id"]]
    assert list_dossiers(session, world.reviewer_b) == []
    assert list_dossiers(session, world.uploader_b) == []
    assert error_code(completeness, session, world.reviewer_b, made["id"]) == "not_found"


def test_a_dossier_holds_one_units_documents(session, world):
    """GIVEN a dossier of Dinas Kesehatan and a document of Dinas Pendidikan (same pemda)
    WHEN the reviewer adds that document
    THEN it is refused as invalid with a sentence saying why."""
    own = add_document(session, world)
    other = add_document(session, world, unit=world.unit_a2)
    dossier = create_dossier(
        session, world.reviewer_a, unit_id=world.unit_a.id, name="SI-CANTIK", document_ids=[own.id]
    )
    with pytest.raises(ReviewError) as caught:
        add_documents(session, world.reviewer_a, dossier["id"], [other.id])
    assert caught.value.code == "invalid" and "another unit" in caught.value.message
    assert error_code(add_documents, session, world.reviewer_a, dossier["id"], [987654]) == "not_found"


# Suggestions -----------------------------------------------------------------------------------------


def test_name_matching_handles_case_punctuation_and_acronyms():
    """GIVEN innovation names as documents write them
    WHEN they are compared
    THEN case, punctuation and spacing do not matter, acronyms match their expansions, and different
    innovations stay apart."""
    assert normalise_name("Inovasi  SI-CANTIK!") == "si cantik"
    assert names_match("SI-CANTIK", "si cantik")
    assert names_match("SiCantik", "SI CANTIK")
    assert names_match("SIPEKA", "Sistem Informasi Pelayanan Kesehatan Anak")
    assert names_match("Sistem Informasi Pelayanan Kesehatan Anak", "sipeka")
    assert names_match("SDM", "Sumber Daya Manusia")
    assert names_match("GERMAS", "Gerakan Masyarakat")
    assert is_acronym("pkk", ("pemberdayaan", "dan", "kesejahteraan", "keluarga"))
    assert not names_match("SIPEKA", "Sistem Informasi Pajak Daerah")
    assert not names_match("SI-CANTIK", "SI-PINTAR")
    assert not names_match("Posyandu Keliling", "Perpustakaan Keliling")


def test_suggestions_group_documents_without_dossier_by_innovation_name(session, world):
    """GIVEN a unit's documents naming SI-CANTIK in three spellings, two naming SIPEKA (acronym and
    expansion), one already in a dossier, one naming nothing, and an existing dossier "Sigap RSUD"
    WHEN suggestions are asked for
    THEN the SI-CANTIK and SIPEKA documents form a group each, a Sigap document is suggested for the
    existing dossier, and documents already in a dossier or without a name are left out."""
    cantik = [
        add_document(session, world, file_name=f, assessment=assessment_dict(nama_inovasi=n))
        for f, n in (("proposal.pdf", "SI-CANTIK"), ("sk.pdf", "Si Cantik"), ("foto.pdf", "Inovasi SICANTIK"))
    ]
    sipeka = [
        add_document(
            session, world, file_name="laporan.pdf", assessment=assessment_dict(nama_inovasi="SIPEKA")
        ),
        add_document(
            session,
            world,
            file_name="panduan.pdf",
            assessment=assessment_dict(nama_inovasi="Sistem Informasi Pelayanan Kesehatan Anak"),
        ),
    ]
    sigap = add_document(
        session, world, file_name="sigap.pdf", assessment=assessment_dict(nama_inovasi="SIGAP RSUD")
    )
    filed = add_document(session, world, assessment=assessment_dict(nama_inovasi="SI-CANTIK"))
    add_document(session, world, assessment=assessment_dict(nama_inovasi=None))
    add_document(session, world, unit=world.unit_a2, assessment=assessment_dict(nama_inovasi="SI-CANTIK"))
    existing = create_dossier(session, world.admin, unit_id=world.unit_a.id, name="Sigap RSUD")
    create_dossier(session, world.admin, unit_id=world.unit_a.id, name="Lain", document_ids=[filed.id])
    session.commit()

    suggestions = suggest_dossiers(session, world.uploader_a, world.unit_a.id)

    by_docs = {frozenset(s["document_ids"]): s for s in suggestions}
    assert set(by_docs) == {
        frozenset(d.id for d in cantik),
        frozenset(d.id for d in sipeka),
        frozenset([sigap.id]),
    }
    assert by_docs[frozenset([sigap.id])]["dossier_id"] == existing["id"]
    assert suggestions[0]["dossier_id"] == existing["id"]  # additions to existing dossiers come first
    cantik_group = by_docs[frozenset(d.id for d in cantik)]
    assert cantik_group["dossier_id"] is None
    assert set(cantik_group["files"]) == {"proposal.pdf", "sk.pdf", "foto.pdf"}
    assert {"SI-CANTIK", "Si Cantik", "Inovasi SICANTIK"} <= set(cantik_group["names"])
    assert error_code(suggest_dossiers, session, world.reviewer_b, world.unit_a.id) == "not_found"


# Completeness ----------------------------------------------------------------------------------------


def test_completeness_takes_the_best_level_across_documents_and_scores_it(session, world):
    """GIVEN a dossier of two documents: a proposal with regulasi level 1, sdm (level unreadable),
    kecepatan_penciptaan 3 and kemanfaatan 2, and an SK with regulasi level 3 and anggaran 2
    WHEN completeness is computed
    THEN each indicator has its best level and every quote with document, file and page; the score is
    3×3 + 2×1 + 2×2 + 2×3 + 3×2 = 27 of 111 (24.32%, kurang inovatif) and video is the ★ missing."""
    proposal = add_document(
        session,
        world,
        file_name="proposal.pdf",
        assessment=assessment_dict(
            found={"regulasi": 1, "sdm": None, "kecepatan_penciptaan": 3, "kemanfaatan": 2},
            nama_inovasi="SI-CANTIK",
        ),
    )
    sk = add_document(
        session,
        world,
        file_name="sk.pdf",
        assessment=assessment_dict(document_type="regulasi", found={"regulasi": 3, "anggaran": 2}),
    )
    dossier = create_dossier(
        session,
        world.uploader_a,
        unit_id=world.unit_a.id,
        name="SI-CANTIK",
        document_ids=[proposal.id, sk.id],
    )
    session.commit()

    result = completeness(session, world.auditor_a, dossier["id"])

    by_code = {i["code"]: i for i in result["indicators"]}
    assert len(result["indicators"]) == 20
    assert by_code["regulasi"]["level"] == 3 and by_code["regulasi"]["weight"] == 3
    assert {e["document_id"] for e in by_code["regulasi"]["evidence"]} == {proposal.id, sk.id}
    evidence = by_code["anggaran"]["evidence"][0]
    assert evidence["document_id"] == sk.id and evidence["file"] == "sk.pdf"
    assert isinstance(evidence["page"], int) and "Dukungan anggaran" in evidence["quote"]
    assert by_code["sdm"]["found"] and by_code["sdm"]["level"] == 1 and not by_code["sdm"]["level_known"]
    assert (
        not by_code["video"]["found"]
        and by_code["video"]["level"] == 0
        and by_code["video"]["evidence"] == []
    )
    assert result["score"] == 3 * 3 + 2 * 1 + 2 * 2 + 2 * 3 + 3 * 2 == 27
    assert result["score"] == sum(i["points"] for i in result["indicators"])
    assert result["max_score"] == 111
    assert result["percentage"] == 24.32
    assert result["band"] == "kurang_inovatif"
    assert result["missing_mandatory"] == ["video"]
    assert result["dossier"]["document_ids"] == sorted([proposal.id, sk.id])


def test_corrections_override_the_model_and_rejected_documents_do_not_count(session, world):
    """GIVEN a dossier of three documents, where a reviewer corrected one (video found at level 3,
    regulasi absent) and rejected another
    WHEN completeness is computed
    THEN the corrected indicators replace the model's, and the rejected document's evidence is gone."""
    corrected = add_document(session, world, assessment=assessment_dict(found={"regulasi": 3, "sdm": 2}))
    rejected = add_document(
        session, world, assessment=assessment_dict(found={"kemanfaatan": 3, "regulasi": 2})
    )
    untouched = add_document(session, world, assessment=assessment_dict(found={"regulasi": 1}))
    dossier = create_dossier(
        session,
        world.reviewer_a,
        unit_id=world.unit_a.id,
        name="SI-CANTIK",
        document_ids=[corrected.id, rejected.id, untouched.id],
    )
    for document, kwargs in (
        (corrected, {"action": "correct", "indicators": {"video": 3, "regulasi": 0}}),
        (rejected, {"action": "reject"}),
    ):
        item = item_of(session, document)
        claim(session, item.id, world.reviewer_a, now=T0)
        decide(session, item.id, world.reviewer_a, now=T0, **kwargs)
    session.commit()

    result = completeness(session, world.reviewer_a, dossier["id"])

    by_code = {i["code"]: i for i in result["indicators"]}
    assert by_code["video"]["level"] == 3 and by_code["video"]["documents"] == [corrected.id]
    assert by_code["regulasi"]["level"] == 1 and by_code["regulasi"]["documents"] == [untouched.id]
    assert not by_code["kemanfaatan"]["found"]
    assert result["score"] == 4 * 3 + 3 * 1 + 2 * 2 == 19
    assert result["documents_scored"] == 2
    assert result["missing_mandatory"] == ["kecepatan_penciptaan", "kemanfaatan"]


@pytest.mark.parametrize(
    ("percentage", "band"),
    [
        (0.0, "tidak_dapat_dinilai"),
        (0.9, "kurang_inovatif"),
        (34.99, "kurang_inovatif"),
        (35.0, "inovatif"),
        (60.0, "inovatif"),
        (60.01, "sangat_inovatif"),
        (100.0, "sangat_inovatif"),
    ],
)
def test_index_bands_follow_the_2023_boundaries(percentage, band):
    """GIVEN a percentage on a band's edge
    WHEN its band is looked up
    THEN it is the 2023 band of CATALOGUE.md (60.01-100, 35.00-60.00, 0.01-34.99, 0)."""
    assert index_band(percentage)[0] == band
