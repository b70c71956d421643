"""Indicator evidence: found with a quote and page, levels read off, negation and intent refused."""

from __future__ import annotations

from classifier.catalogue import load_catalogue
from classifier.evidence import IndicatorResult, find_indicators
from intake.model import Extraction

PROPOSAL = (
    "PROPOSAL INOVASI SI-CANTIK (Sistem Informasi Cepat Tanggap Ibu dan Anak)\n"
    "Dinas Kesehatan Kabupaten Majene\n\f"
    "Dasar Hukum\n"
    "Inovasi ini ditetapkan dengan Peraturan Bupati Majene Nomor 12 Tahun 2023 tentang SI-CANTIK.\n"
    "Inovasi ini didukung anggaran APBD tahun 2022 dan 2023 sebesar Rp 150 juta.\n"
    "Bimbingan teknis bagi petugas telah dilaksanakan 3 kali.\n"
    "Sesuai SOP, layanan selesai dalam 1 hari kerja.\n"
    "Sebanyak 1.245 orang penerima manfaat telah terlayani.\n"
    "Dari 40 pengaduan yang masuk, 38 telah diselesaikan.\n"
)


def _results(text: str) -> dict[str, IndicatorResult]:
    return {r.code: r for r in find_indicators(Extraction.from_text(text), load_catalogue())}


def test_all_twenty_indicators_come_back_in_catalogue_order():
    """GIVEN any document WHEN indicators are found THEN one result per catalogue indicator, in order."""
    results = find_indicators(Extraction.from_text("Daftar hadir rapat."), load_catalogue())
    assert [r.code for r in results] == load_catalogue().codes("indicators")
    assert not any(r.found for r in results)


def test_proposal_evidence_with_levels_pages_and_quotes():
    """GIVEN a proposal stating regulation, budget, trainings, SOP time, beneficiaries and complaints
    WHEN indicators are found THEN each is found with the level its parameter gives, quoted on page 2."""
    results = _results(PROPOSAL)
    expected = {
        "regulasi": 2,
        "anggaran": 2,
        "bimtek": 3,
        ("kemudahan_proses"): 3,
        "kemanfaatan": 3,
        "pengaduan": 3,
    }
    assert {code: results[code].level for code in expected if results[code].found} == expected
    regulasi = results["regulasi"].evidence[0]
    assert regulasi.page == 2
    assert "Peraturan Bupati Majene Nomor 12 Tahun 2023" in regulasi.quote
    page_text = PROPOSAL.split("\f")[1]
    assert page_text[regulasi.start : regulasi.end].startswith("Inovasi ini ditetapkan")
    assert not results["replikasi"].found and not results["video"].found


def test_negated_and_planned_mentions_are_not_evidence():
    """GIVEN an SK being drafted, no SOP yet, budget planned for next year WHEN judged THEN not found,
    noted."""
    text = (
        "SK Kepala Dinas tentang Tim Inovasi sedang disusun.\n"
        "Unit ini belum memiliki SOP layanan.\n"
        "Kegiatan ini akan dianggarkan tahun depan dalam APBD 2025.\n"
        "Replikasi ke daerah lain masih direncanakan.\n"
    )
    results = _results(text)
    for code in ("regulasi", "kemudahan_proses", "anggaran", "replikasi"):
        assert not results[code].found, code
        assert results[code].note and results[code].note.startswith("negated:"), code
    assert "sedang disusun" in results["regulasi"].note


def test_clause_after_namun_does_not_negate_the_first():
    """GIVEN "memiliki SK ... , namun belum memiliki video" WHEN judged THEN regulasi found, video negated."""
    text = (
        "Inovasi telah memiliki Keputusan Bupati Majene Nomor 5 "
        "Tahun 2022, namun belum memiliki video profil."
    )
    results = _results(text)
    assert results["regulasi"].found and results["regulasi"].level == 2
    assert not results["video"].found and results["video"].note


def test_team_table_rows_give_the_sdm_level():
    """GIVEN an SK annex listing 12 team members in a table WHEN judged THEN sdm level 2 (11-30 people)."""
    rows = "\n".join(f"{n} | Nama {n} | Anggota" for n in range(1, 13))
    text = f"LAMPIRAN KEPUTUSAN\nSUSUNAN TIM INOVASI\nNo | Nama | Kedudukan dalam Tim\n{rows}\n"
    result = _results(text)["sdm"]
    assert result.found and result.level == 2


def test_attendance_list_is_not_a_team():
    """GIVEN a daftar hadir table with a signature column WHEN judged THEN no sdm evidence."""
    rows = "\n".join(f"{n} | Peserta {n} | Staf | ....." for n in range(1, 15))
    text = f"DAFTAR HADIR\nNo | Nama | Jabatan | Tanda Tangan\n{rows}\n"
    assert not _results(text)["sdm"].found


def test_regulation_level_follows_the_issuer():
    """GIVEN a Perda, and a decree of a unit head WHEN judged THEN levels 3 and 1; a national law is none."""
    assert (
        _results("Diatur dalam Peraturan Daerah Kabupaten Majene Nomor 3 Tahun 2021.")["regulasi"].level == 3
    )
    decree = "Ditetapkan dengan Keputusan Kepala Dinas Kesehatan Nomor 800/12/DINKES/2023 tentang Tim."
    assert _results(decree)["regulasi"].level == 1
    assert not _results("Sesuai Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.")[
        "regulasi"
    ].found


def test_video_elements_and_service_channels_are_counted():
    """GIVEN a video link covering five elements and three information channels WHEN judged THEN level 3."""
    text = (
        "Video inovasi https://youtu.be/xyz123 memuat latar belakang, penjaringan ide, pemilihan ide, "
        "manfaat dan dampak inovasi.\n"
        "Informasi layanan tersedia melalui loket, hotline WhatsApp dan website resmi.\n"
    )
    results = _results(text)
    assert results["video"].found and results["video"].level == 3
    assert results["informasi_layanan"].found and results["informasi_layanan"].level == 3


def test_unpaged_documents_report_no_page():
    """GIVEN an extraction without reliable pages WHEN evidence is found THEN its page is None."""
    extraction = Extraction.from_text("Inovasi ini diatur dengan Peraturan Bupati Majene Nomor 1 Tahun 2024.")
    extraction.paged = False
    [span] = next(r for r in find_indicators(extraction, load_catalogue()) if r.code == "regulasi").evidence
    assert span.page is None


def test_negation_a_sentence_away_and_in_a_later_clause():
    """GIVEN "SOP layanan:" followed by "belum tersedia", a budget "diajukan, namun belum ditetapkan" and
    socialisation that "akan dilaksanakan" WHEN judged THEN none is evidence, each noted."""
    text = (
        "Standar operasional prosedur layanan:\n"
        "- belum tersedia.\n\n"
        "Usulan anggaran telah diajukan untuk APBD Perubahan 2024 sebesar Rp 50 juta, "
        "namun belum ditetapkan.\n"
        "Sosialisasi kepada masyarakat akan dilaksanakan setelah uji coba selesai.\n"
    )
    results = _results(text)
    for code in ("kemudahan_proses", "anggaran", "sosialisasi"):
        assert not results[code].found, code
        assert results[code].note and results[code].note.startswith("negated:"), code


def test_passing_mentions_are_not_evidence():
    """GIVEN a decree's cost clause, a budget line naming socialisation material and an event field
    WHEN judged THEN no anggaran from the clause and no sosialisasi from the line or the field."""
    decree = (
        "KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MAJENE\nNOMOR 800/12/DINKES/2023\n\n"
        "KETIGA : Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran "
        "Pendapatan dan Belanja Daerah Kabupaten Majene Tahun Anggaran 2024.\n"
    )
    assert not _results(decree)["anggaran"].found
    budget = (
        "Kode Rekening | Uraian | Volume | Harga Satuan | Jumlah (Rp)\n"
        "5.1.02.01.01.0026 | Belanja Cetak leaflet dan banner sosialisasi SI-CANTIK | 41 | 1.935.000,00 | "
        "79.335.000,00\n"
    )
    assert not _results(budget)["sosialisasi"].found
    attendance = "DAFTAR HADIR\nKegiatan : Sosialisasi Inovasi SI-CANTIK kepada Masyarakat\n"
    assert not _results(attendance)["sosialisasi"].found


def test_teams_and_networks_described_in_prose():
    """GIVEN prose stating the team size and the units involved WHEN judged THEN sdm level 2, jejaring 3."""
    text = (
        "Jumlah SDM yang terlibat sebanyak 18 orang.\n"
        "SIAP DESA melibatkan 6 perangkat daerah, yaitu Dinas Pemberdayaan Masyarakat dan Desa, Bagian "
        "Organisasi Setda, Dinas Pendidikan, Dinas Penanaman Modal dan PTSP, Dinas Kependudukan dan "
        "Pencatatan Sipil dan Dinas Kesehatan.\n"
    )
    results = _results(text)
    assert results["sdm"].found and results["sdm"].level == 2
    assert results["jejaring"].found and results["jejaring"].level == 3


def test_score_thresholds_are_catalogue_data_and_can_be_overridden():
    """GIVEN a budget sentence WHEN the anggaran threshold is raised above its score THEN not found."""
    text = "Inovasi ini didukung anggaran APBD tahun 2022 dan 2023 sebesar Rp 150 juta.\n"
    catalogue = load_catalogue()
    assert catalogue.scoring.threshold >= 1
    found = {r.code: r for r in find_indicators(Extraction.from_text(text), catalogue)}
    assert found["anggaran"].found
    raised = find_indicators(Extraction.from_text(text), catalogue, thresholds={"anggaran": 99})
    assert not next(r for r in raised if r.code == "anggaran").found
