"""Normalisation, sections, language and quality grades, and the rules file behind them."""

from __future__ import annotations

import pytest
import yaml

from intake.model import Page
from intake.normalise import normalise_text, strip_running_lines
from intake.rules import RULES_PATH, SECTION_KEYS, RulesError, load_rules, parse_rules
from intake.sections import find_sections
from intake.textstats import detect_language, grade_document, grade_page, measure, usable_text_layer


def test_normalisation_joins_hyphenated_words_but_keeps_reduplication():
    text = "pe-\nlayanan publik ﬁnal\u00ad isi anak-\nanak dan sehari-\nhari   dengan\u00a0spasi"
    assert normalise_text(text) == "pelayanan publik final isi anak-anak dan sehari-hari dengan spasi"


def test_pdfium_hyphen_markers_are_joined():
    assert normalise_text("sehingga pe\x02layanan dan anak\ufffeanak") == "sehingga pelayanan dan anak-anak"


def test_normalisation_folds_blank_lines_and_line_ends():
    assert normalise_text("a\r\n\r\n\r\n\r\nb  \n") == "a\n\nb"


def test_running_lines_need_enough_pages():
    pages = ["Kop Surat\nisi satu", "Kop Surat\nisi dua"]
    cleaned, removed = strip_running_lines(pages, min_pages=3)
    assert cleaned == pages and removed == {}


def test_running_footer_above_a_page_number_is_removed():
    pages = [
        f"Isi {word}\nDinas Kesehatan Kabupaten Bantul\n{n}" for n, word in enumerate(["a", "b", "c", "d"], 1)
    ]
    cleaned, removed = strip_running_lines(pages)
    assert cleaned == ["Isi a", "Isi b", "Isi c", "Isi d"]
    assert removed["running_footers"] == ["Dinas Kesehatan Kabupaten Bantul"]
    assert removed["page_numbers"] == ["1", "2", "3", "4"]


def test_sections_are_found_and_profile_parts_keyed():
    text = (
        "PROPOSAL INOVASI\nBAB I PENDAHULUAN\nA. Latar Belakang\nWarga menunggu lama.\n"
        "B. Maksud dan Tujuan\nMempercepat layanan.\n1. Pendaftaran dilakukan di loket.\n"
        "2. Dasar Hukum\nPerbup 12/2023.\nISU STRATEGIS\nStunting.\nMetode Pembaharuan\nAplikasi."
    )
    sections = find_sections([Page(number=1, text=text)], load_rules(), {"Metode Pembaharuan"})
    keyed = {s.key: s.text for s in sections if s.key}
    assert keyed == {
        "latar_belakang": "Warga menunggu lama.",
        "tujuan": "Mempercepat layanan.\n1. Pendaftaran dilakukan di loket.",
        "dasar_hukum": "Perbup 12/2023.",
        "isu_strategis": "Stunting.",
        "metode_pembaharuan": "Aplikasi.",
    }
    assert sections[1].heading == "BAB I PENDAHULUAN" and sections[1].key is None


def test_language_is_cheap_and_honest():
    rules = load_rules()
    assert (
        detect_language("Inovasi ini dilaksanakan oleh dinas untuk masyarakat dan dapat diakses " * 3, rules)
        == "id"
    )
    assert (
        detect_language("The innovation is used by the district and it has been evaluated for " * 3, rules)
        == "en"
    )
    assert detect_language("SK 12/2023", rules) is None


def test_quality_grades_follow_confidence_and_garbage():
    rules = load_rules()
    clean = measure("Pelayanan administrasi kependudukan keliling membawa petugas ke desa terpencil.")
    assert grade_page(clean, None, rules) == "good"
    assert grade_page(clean, 95.0, rules) == "good"
    assert grade_page(clean, 70.0, rules) == "fair"
    assert grade_page(clean, 40.0, rules) == "poor"
    garbage = measure("\x01\x02\ue000\ue001 \ufffd\ufffd xq zzk \x03\x04\x05")
    assert grade_page(garbage, None, rules) == "poor"
    assert not usable_text_layer(garbage, rules)
    assert usable_text_layer(clean, rules)
    assert grade_document([("good", 300), ("poor", 0)]) == "good"
    assert grade_document([("poor", 300), ("good", 10)]) == "poor"


def test_shipped_rules_cover_every_section_key_and_are_documented():
    """Every section key has patterns, and each is documented in the README's output description."""
    rules = load_rules()
    assert set(rules.section_patterns) == set(SECTION_KEYS)
    readme = (RULES_PATH.parent.parent.parent / "README.md").read_text(encoding="utf-8")
    undocumented = [key for key in SECTION_KEYS if f"`{key}`" not in readme]
    assert undocumented == []


@pytest.mark.parametrize(
    "breakage",
    [
        lambda d: d["section_keys"].pop("hasil"),
        lambda d: d["section_keys"].__setitem__("hasil", []),
        lambda d: d["language"]["stopwords"].pop("en"),
        lambda d: d["quality"].__setitem__("ocr_confidence_fair", 99),
        lambda d: d.pop("text_layer"),
    ],
)
def test_broken_rules_are_refused_at_load(breakage):
    data = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    breakage(data)
    with pytest.raises(RulesError):
        parse_rules(data)
