"""Indonesian entity extraction: regulations, dates, money, counts, durations, units, links."""

from __future__ import annotations

from classifier.nlp import (
    clause_around,
    find_entities,
    lines_of,
    match_lines,
    parse_number,
    pipeline,
    sentences_of,
)


def _of(kind: str, text: str) -> list[dict]:
    return [e.value for e in find_entities(text) if e.kind == kind]


def test_regulation_reference_in_prose_is_parsed():
    """GIVEN a proposal sentence citing a Perbup WHEN entities are found THEN kind, number, year, subject."""
    text = (
        "Inovasi ini ditetapkan dengan Peraturan Bupati Majene Nomor 12 "
        "Tahun 2023 tentang Sistem Informasi Cantik."
    )
    [regulation] = _of("regulation", text)
    assert regulation["regulation_kind"] == "peraturan_kepala_daerah"
    assert regulation["level"] == "kepala_daerah"
    assert regulation["number"] == "12" and regulation["year"] == 2023
    assert regulation["subject"] == "Sistem Informasi Cantik"


def test_unit_head_decree_takes_its_year_from_the_number():
    """GIVEN a Keputusan Kepala Dinas numbered 800/123/DINKES/2023 WHEN parsed THEN unit level, year 2023."""
    text = (
        "Keputusan Kepala Dinas Kesehatan Kabupaten Majene Nomor "
        "800/123/DINKES/2023 tentang Tim Inovasi SI-CANTIK"
    )
    [regulation] = _of("regulation", text)
    assert regulation["regulation_kind"] == "keputusan_kepala_perangkat_daerah"
    assert regulation["number"] == "800/123/DINKES/2023"
    assert regulation["year"] == 2023
    assert regulation["subject"] == "Tim Inovasi SI-CANTIK"
    assert regulation["issuer"].startswith("Kepala Dinas Kesehatan")


def test_upper_case_title_block_spans_lines():
    """GIVEN the title block of a Perbup on several lines WHEN parsed THEN the subject is joined up."""
    text = (
        "PERATURAN BUPATI MAJENE\nNOMOR 12 TAHUN 2023\nTENTANG\nSISTEM "
        "INFORMASI KESEHATAN\nTERPADU\n\nDENGAN RAHMAT"
    )
    [regulation] = _of("regulation", text)
    assert regulation["year"] == 2023
    assert regulation["subject"] == "SISTEM INFORMASI KESEHATAN TERPADU"


def test_national_laws_are_separate_references_with_no_regional_level():
    """GIVEN a dasar hukum line with a law and a ministerial regulation WHEN parsed THEN two national refs."""
    text = (
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah dan Permendagri Nomor 104 Tahun 2018."
    )
    found = _of("regulation", text)
    assert [r["level"] for r in found] == ["nasional", "nasional"]
    assert found[0]["subject"] == "Pemerintahan Daerah"
    assert found[1]["number"] == "104" and found[1]["year"] == 2018
    assert not _of("duration", text), "'23 Tahun' inside a reference is not a duration"


def test_decree_of_the_regent_written_with_sk_in_brackets():
    """GIVEN "Surat Keputusan (SK) Bupati" WHEN parsed THEN a decree of the head of region."""
    [regulation] = _of(
        "regulation", ("Surat Keputusan (SK) Bupati Majene Nomor 188.45/2023 tentang Inovasi Daerah.")
    )
    assert regulation["regulation_kind"] == "keputusan_kepala_daerah"


def test_dates_in_indonesian_forms():
    """GIVEN dates as "Kamis (26/01/2023)", "26-01-2023", "3 Februari 2022", "Januari 2023" THEN ISO dates."""
    text = "Rapat Kamis (26/01/2023), lalu 26-01-2023, sejak 3 Februari 2022 dan diluncurkan Januari 2023."
    assert [d["iso"] for d in _of("date", text)] == ["2023-01-26", "2023-01-26", "2022-02-03", "2023-01-01"]
    assert _of("date", "tanggal 31 Februari 2023") == []


def test_money_amounts():
    """GIVEN rupiah amounts in three writings WHEN parsed THEN numeric amounts."""
    text = "Anggaran Rp 1.250.000,00 dan Rp2,5 miliar serta Rp 150 juta."
    assert [m["amount"] for m in _of("money", text)] == [1_250_000, 2_500_000_000, 150_000_000]


def test_counts_of_people_and_durations():
    """GIVEN people counts and SOP durations WHEN parsed THEN ints and days."""
    counts = _of("count", "Sebanyak 1.245 orang penerima manfaat dan 12 (dua belas) orang anggota tim.")
    assert [c["count"] for c in counts] == [1245, 12]
    durations = _of("duration", "Selesai dalam 1 hari kerja, paling lama 3 (tiga) hari atau 1x24 jam.")
    assert [d["days"] for d in durations] == [1, 3, 1]
    assert durations[0]["working_days"] is True


def test_units_are_named_without_their_region():
    """GIVEN a list of involved units WHEN parsed THEN each unit with its type."""
    text = (
        "Melibatkan Dinas Kependudukan dan Pencatatan Sipil, Bappeda, UPTD Puskesmas Banggae I, "
        "RSUD Majene, SMP Negeri 1 Majene dan Dinas Kesehatan Kabupaten Majene."
    )
    units = _of("unit", text)
    assert [u["name"] for u in units] == [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Bappeda",
        "Puskesmas Banggae I",
        "RSUD Majene",
        "SMP Negeri 1 Majene",
        "Dinas Kesehatan",
    ]
    assert units[2]["unit_type"] == "puskesmas"


def test_links_by_kind():
    """GIVEN YouTube, Drive and other links WHEN parsed THEN their kinds."""
    text = (
        "Video: https://youtu.be/abc123, berkas "
        "https://drive.google.com/file/d/1x/view dan www.majenekab.go.id."
    )
    assert [link["link_kind"] for link in _of("link", text)] == ["youtube", "google_drive", "web"]


def test_indonesian_numbers():
    """GIVEN thousands dots and decimal commas WHEN parsed THEN the values."""
    assert parse_number("1.250.000,00") == 1_250_000
    assert parse_number("2,5") == 2.5
    assert parse_number("1.245") == 1245
    assert parse_number("1.5") == 1.5


def test_sentences_keep_table_rows_and_join_wrapped_lines():
    """GIVEN prose wrapped over lines and a table WHEN split THEN one sentence per row, wraps rejoined."""
    text = (
        "Inovasi ini ditetapkan oleh Kepala\ndinas pada tahun 2023. Tim "
        "dibentuk.\nNo | Nama | Jabatan\n1 | A | Ketua"
    )
    sentences = sentences_of(text)
    assert [s.text for s in sentences][:2] == [
        ("Inovasi ini ditetapkan oleh Kepala\ndinas pada tahun 2023."),
        "Tim dibentuk.",
    ]
    assert sentences[2].is_header and sentences[3].table_header == "No | Nama | Jabatan"
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_clause_stops_at_namun():
    """GIVEN "SK sudah ada, namun belum memiliki SOP" WHEN the clause of "SK" is asked THEN it ends
    before namun."""
    [sentence] = sentences_of("Inovasi sudah memiliki SK, namun belum memiliki SOP.")
    start, end = clause_around(sentence, sentence.text.index("SK"))
    assert sentence.text[start:end] == "Inovasi sudah memiliki SK"


def test_matching_line_by_line_finds_what_the_whole_page_matcher_finds():
    """GIVEN a page with numbers, units, links, a currency prefix glued to a word, non-ASCII lines and a
    reference broken over two lines WHEN the grouped matchers read only candidate lines THEN they find
    exactly the matches of the one matcher reading the whole page."""
    text = (
        "Peraturan Bupati Majene Nomor 12 Tahun 2023 tentang SI-CANTIK.\n"
        "Dibiayai Rp 1.250.000,00 dan IDRDinas Kesehatan; ke-dua orang peserta, 45 peserta, 3 (tiga) hari.\n"
        "\n"
        "Ditetapkan dengan Peraturan\nBupati Nomor 5, Perbup/Perwal, 26/01/2023, 2023-01-26, 1x24 jam.\n"
        "İNSTANSI Dinas Pendidikan – 95 % puas, lihat https://youtu.be/abc dan dinkes.majenekab.go.id\n"
        "Tidak ada angka atau nama di sini\n"
        "SMP Negeri 1 Majene, Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah, Satpol PP"
    )
    pipe = pipeline()
    doc = pipe.nlp.make_doc(text)
    lines = lines_of(text)
    by_line = sorted(m for trigger, matcher in pipe.groups for m in match_lines(matcher, doc, lines, trigger))
    assert by_line == sorted(pipe.matcher(doc))
    assert by_line  # the page does hold entities
