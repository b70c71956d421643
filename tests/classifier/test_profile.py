"""Profile fields: innovation names, unit, region, initiator, trial and launch dates, rancang bangun."""

from __future__ import annotations

from classifier.profile import extract_profile, innovation_names
from intake.model import Extraction

PROPOSAL = """PROPOSAL INOVASI DAERAH
SI-CANTIK (Sistem Informasi Cepat Tanggap Ibu dan Anak)
Dinas Kesehatan Kabupaten Majene

1. Dasar Hukum
Peraturan Bupati Majene Nomor 12 Tahun 2023 tentang Inovasi Daerah menjadi dasar pelaksanaan SI-CANTIK.
2. Permasalahan
Angka kematian ibu dan bayi di Kabupaten Majene masih tinggi karena rujukan terlambat dan data ibu hamil
tidak terpantau oleh bidan desa.
3. Isu Strategis
Percepatan penurunan angka kematian ibu dan stunting.
4. Metode Pembaharuan
Inisiator inovasi adalah Kepala Dinas Kesehatan. Uji coba dimulai pada 1 Maret 2022 di Puskesmas Banggae I.
Inovasi SI-CANTIK mulai diterapkan sejak 2 Januari 2023 di seluruh puskesmas.
5. Keunggulan dan Kebaharuan
Data ibu hamil tercatat daring dan bidan menerima peringatan otomatis.
6. Tahapan Inovasi
Tahapan meliputi penjaringan ide, uji coba dan penerapan.
"""


def test_proposal_profile_fields():
    """GIVEN a six-part proposal WHEN the profile is extracted THEN name, unit, region, initiator, dates."""
    profile = extract_profile(Extraction.from_text(PROPOSAL))
    assert profile.nama_inovasi == "SI-CANTIK"
    assert profile.innovation_names == ["SI-CANTIK"]
    assert profile.opd == "Dinas Kesehatan"
    assert profile.pemda == "Kabupaten Majene"
    assert profile.inisiator == "opd"
    assert profile.waktu_uji_coba == "2022-03-01"
    assert profile.waktu_penerapan == "2023-01-02"


def test_rancang_bangun_parts_by_heading_and_short_flag():
    """GIVEN the six numbered headings WHEN sections are read THEN all six parts, under 300 words: short."""
    profile = extract_profile(Extraction.from_text(PROPOSAL))
    assert set(profile.sections) == {
        "dasar_hukum",
        "permasalahan",
        "isu_strategis",
        "metode_pembaharuan",
        "keunggulan",
        "tahapan",
    }
    assert profile.sections["isu_strategis"] == "Percepatan penurunan angka kematian ibu dan stunting."
    assert profile.rancang_bangun_words == sum(len(t.split()) for t in profile.sections.values())
    assert 60 < profile.rancang_bangun_words < 300 and profile.rancang_bangun_short


def test_long_rancang_bangun_is_not_short():
    """GIVEN a latar belakang of 315 words WHEN the profile is extracted THEN not flagged short."""
    text = "Latar Belakang\n" + "Pelayanan administrasi kependudukan di desa masih lambat. " * 45
    profile = extract_profile(Extraction.from_text(text))
    assert profile.sections.keys() == {"latar_belakang"}
    assert profile.rancang_bangun_words == 315 and not profile.rancang_bangun_short


def test_document_without_parts_is_not_flagged_short():
    """GIVEN an attendance list WHEN the profile is extracted THEN no parts, zero words, not 'short'."""
    profile = extract_profile(Extraction.from_text("DAFTAR HADIR\nNo | Nama | Tanda Tangan\n1 | Andi | ..."))
    assert profile.sections == {} and profile.rancang_bangun_words == 0 and not profile.rancang_bangun_short


def test_two_innovations_are_both_named():
    """GIVEN a report covering two innovations WHEN names are collected THEN both, the first one first."""
    text = (
        "Laporan ini memuat dua inovasi. Inovasi GERCEP (Gerakan "
        "Cepat Perekaman KTP) dijalankan Disdukcapil.\n"
        "Inovasi kedua adalah SIPADU (Sistem Pelayanan Terpadu) di Kecamatan Banggae.\n"
        "GERCEP melayani 1.200 warga, SIPADU melayani 800 warga."
    )
    names = innovation_names(text)
    assert names[:2] == ["GERCEP", "SIPADU"]


def test_labelled_name_wins_and_news_without_innovation_has_none():
    """GIVEN a "Nama Inovasi:" field THEN that name; GIVEN a news item naming none THEN None."""
    labelled = "Nama Inovasi : Gerakan Literasi Desa\nPerangkat Daerah : Dinas Perpustakaan\n"
    profile = extract_profile(Extraction.from_text(labelled))
    assert profile.nama_inovasi == "Gerakan Literasi Desa"
    assert profile.opd == "Dinas Perpustakaan"
    news = "MAJENE – Bupati membuka rapat koordinasi inovasi daerah di aula kantor bupati, Senin (6/3/2023)."
    assert extract_profile(Extraction.from_text(news)).nama_inovasi is None


def test_name_written_in_capitals_in_prose_without_region_or_year():
    """GIVEN a report writing its innovation in capitals in running text, and a decree title ending with the
    region WHEN names are collected THEN the capitals are the name, the region is cut off."""
    report = (
        "LAPORAN PERKEMBANGAN\n\nNelayan menerima informasi cuaca melalui aplikasi. NELAYAN PINTAR telah "
        "diterapkan sejak 2023.\nHingga kini NELAYAN PINTAR melayani 265 nelayan.\n"
    )
    assert innovation_names(report)[0] == "NELAYAN PINTAR"
    decree = "Tentang Penetapan Inovasi TERA KELILING Kabupaten Tapin\nInovasi TERA KELILING dilaksanakan."
    assert innovation_names(decree)[0] == "TERA KELILING"


def test_innovation_names_are_a_fresh_list_each_time():
    """GIVEN names cached for a text WHEN a caller changes its list THEN the next caller is unaffected."""
    text = "Nama Inovasi: SI-CANTIK\nInovasi SI-CANTIK melayani warga."
    first = innovation_names(text)
    first.append("other")
    assert "other" not in innovation_names(text)
