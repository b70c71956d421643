"""Layout and cue signals as features: what a document looks like, and the phrases that tell a label.

The patterns are data, module-level tuples of (feature name, regex):
- `LAYOUT_PATTERNS`: a decree's MENIMBANG/MENGINGAT, a letter's Nomor/Perihal, an attendance table's
  Nama | Jabatan | Tanda Tangan, whatever words surround them;
- `CUE_PATTERNS`: the phrases that tell jenis, tahapan, bentuk and inisiator ("melalui aplikasi daring",
  "sedang diuji coba", "usulan anggota DPRD"), and per urusan its sector words (`URUSAN_CUES`). Word
  n-grams alone learn these poorly from a few hundred documents mostly made of boilerplate; as counted
  cues they generalise to innovations the model has never seen.
Each feature is the number of matches, squashed to 0..1. A scikit-learn transformer over raw texts (pages
joined by form feeds).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

_M = re.IGNORECASE | re.MULTILINE

# (feature name, pattern). Patterns are matched per line start unless they say otherwise.
LAYOUT_PATTERNS: tuple[tuple[str, str], ...] = (
    # Decrees and regulations
    ("decree_title", r"^\s*(PERATURAN|KEPUTUSAN)\s+(BUPATI|WALI\s*KOTA|WALIKOTA|GUBERNUR|DAERAH|KEPALA)\b"),
    ("decree_nomor_tahun", r"\bNOMOR\s*:?\s*[\w./-]+\s+TAHUN\s+\d{4}\b"),
    ("decree_tentang", r"^\s*TENTANG\s*$"),
    ("decree_menimbang", r"^\s*Menimbang\s*:?"),
    ("decree_mengingat", r"^\s*Mengingat\s*:?"),
    ("decree_memutuskan", r"^\s*MEMUTUSKAN\s*:?"),
    ("decree_menetapkan", r"^\s*Menetapkan\s*:?"),
    ("decree_diktum", r"^\s*(KESATU|KEDUA|KETIGA|KEEMPAT|KELIMA)\s*:?"),
    ("decree_pasal", r"^\s*Pasal\s+\d+\s*$"),
    ("signed_at", r"^\s*Ditetapkan\s+di\b"),
    # Letters and assignments
    ("letter_nomor", r"^\s*Nomor\s*:"),
    ("letter_lampiran", r"^\s*Lampiran\s*:"),
    ("letter_perihal", r"^\s*(Perihal|Hal)\s*:"),
    ("letter_kepada_yth", r"\bKepada\s+Yth\b|\bYth\.\s"),
    ("assignment_title", r"^\s*SURAT\s+(PERINTAH|TUGAS)\b"),
    ("assignment_memerintahkan", r"^\s*MEMERINTAHKAN\s*:?"),
    ("assignment_untuk", r"^\s*Untuk\s*:"),
    # Invitations, attendance, minutes
    ("invitation_hari_tanggal", r"^\s*Hari\s*/\s*Tanggal\b|^\s*Hari\s*,?\s*tanggal\s*:"),
    ("invitation_pukul", r"^\s*(Pukul|Waktu)\s*:"),
    ("invitation_tempat", r"^\s*Tempat\s*:"),
    ("invitation_acara", r"^\s*Acara\s*:"),
    ("attendance_title", r"^\s*DAFTAR\s+HADIR\b"),
    ("attendance_header", r"\bNama\b.{0,40}\bJabatan\b.{0,60}\b(Tanda\s*Tangan|TTD|Paraf)\b"),
    ("minutes_title", r"^\s*NOTULEN(SI)?\b"),
    # Certificates
    ("certificate_title", r"^\s*(SERTIFIKAT|PIAGAM(\s+PENGHARGAAN)?)\s*$"),
    ("certificate_given_to", r"\bdiberikan\s+kepada\b"),
    # Budgets and plans
    ("budget_title", r"DOKUMEN\s+PELAKSANAAN\s+ANGGARAN|RENCANA\s+KERJA\s+(DAN\s+)?ANGGARAN\b"),
    ("budget_kode_rekening", r"\bKode\s+Rekening\b"),
    ("budget_sub_kegiatan", r"\bSub\s*Kegiatan\b"),
    ("budget_rp_amount", r"\bRp\.?\s*\d{1,3}([.,]\d{3})+"),
    (
        "planning_title",
        r"RENCANA\s+KERJA\s+PEMERINTAH|\bRENJA\b|\bRKPD\b|\bRKAS\b|RENCANA\s+USULAN\s+KEGIATAN",
    ),
    ("planning_matrix", r"\b(Program|Kegiatan)\b.{0,60}\bIndikator\b.{0,80}\b(Target|Pagu)\b"),
    # SOPs, manuals, proposals, reports
    (
        "sop_title",
        r"STANDAR(D)?\s+OPERASIONAL\s+PROSEDUR|STANDAR\s+PELAYANAN|\bSOP\b|ALUR\s+(LAYANAN|PELAYANAN|PROSEDUR)"
        r"|PROSEDUR\s+TETAP|\bPROTAP\b",
    ),
    ("sop_step_time", r"^\s*\d+[.)]?\s.{0,160}\b\d+\s*(menit|jam|hari(\s+kerja)?)\b"),
    ("sop_total_time", r"\b(Total\s+waktu|Jangka\s+Waktu\s+Penyelesaian|Waktu\s+Penyelesaian|Mutu\s+Baku)\b"),
    ("sop_fields", r"^\s*(Nomor\s+SOP|Tanggal\s+Pembuatan|Tanggal\s+Efektif|Disahkan\s+oleh)\b"),
    ("sop_waktu_column", r"\bMutu\s+Baku\b|\bWaktu\b.{0,30}\b(menit|jam|hari)\b"),
    ("manual_title", r"\b(BUKU\s+PANDUAN|PETUNJUK\s+TEKNIS|MANUAL\s+BOOK|PEDOMAN\s+PENGGUNAAN|JUKNIS)\b"),
    ("manual_steps", r"^\s*(Langkah|Klik|Pilih\s+menu|Masukkan)\b"),
    (
        "proposal_heading",
        r"^\s*([A-H0-9]+[.)]\s*)?(Dasar\s+Hukum|Permasalahan|Isu\s+Strategis|Metode\s+Pembaharuan"
        r"|Keunggulan(\s+dan\s+Kebaharuan)?|Tahapan\s+Inovasi|Tujuan(\s+Inovasi)?|Manfaat(\s+Inovasi)?"
        r"|Hasil(\s+Inovasi)?|Rancang\s+Bangun)\s*:?\s*$",
    ),
    ("report_title", r"^\s*LAPORAN\b"),
    ("report_chapter", r"^\s*BAB\s+[IVX]+\b"),
    (
        "report_parts",
        r"^\s*(KATA\s+PENGANTAR|DAFTAR\s+ISI|PENUTUP|KESIMPULAN(\s+DAN\s+SARAN)?|HASIL\s+DAN\s+PEMBAHASAN)\s*$",
    ),
    ("agreement_parties", r"\bPIHAK\s+(PERTAMA|KEDUA)\b"),
    ("agreement_title", r"NOTA\s+KESEPAKATAN|PERJANJIAN\s+KERJA\s*SAMA|MEMORANDUM\s+OF\s+UNDERSTANDING"),
    ("survey_terms", r"\b(IKM|Indeks\s+Kepuasan|Survei\s+Kepuasan|Responden|Monitoring\s+dan\s+Evaluasi)\b"),
    # News
    ("news_dateline", r"^\s*[A-Z][A-Za-z .]{2,30},\s*[A-Za-z.]*\s*[-–—]{1,2}\s"),
    ("news_read_more", r"\b(Baca\s+juga|Dilihat|Editor\s*:|Reporter\s*:|Penulis\s*:)"),
    (
        "news_speech",
        r"\b(ujarnya|katanya|ungkapnya|jelasnya|tuturnya|tambahnya|imbuhnya|terangnya|dihubungi|wartawan)\b",
    ),
    ("news_day_date", r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\(\d{1,2}/\d{1,2}(/\d{2,4})?\)"),
)

# "usulan anggota DPRD", "digagas oleh Kepala Dinas": an initiating word, then the actor within 6 words.
_ACTOR_LEAD = (
    r"\b(gagasan|usul(an)?|inisiatif|prakarsa|digagas|diprakarsai|dicetuskan|ide|berawal\s+dari)"
    r"\W+(\w+\W+){0,6}?"
)
CUE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "jenis_digital",
        r"\b(aplikasi|daring|online|website|web|android|digital|elektronik|e-\w+|portal"
        r"|sistem\s+informasi|dashboard|dasbor|QR|barcode|whatsapp|SMS|internet|platform|berbasis\s+\w+)\b",
    ),
    (
        "jenis_non_digital",
        r"\b(manual|tatap\s+muka|luring|kunjungan|door\s+to\s+door|jemput\s+bola|keliling"
        r"|buku\s+(catatan|register|saku)|papan|formulir\s+kertas|non[-\s]?digital|secara\s+langsung)\b",
    ),
    (
        "tahapan_inisiatif",
        r"\b(usulan\s+inisiatif|tahap\s+inisiatif|gagasan|sedang\s+dirancang|rancangan"
        r"|belum\s+(diuji|diterapkan|dilaksanakan)|akan\s+(diuji|diterapkan|dilaksanakan|dikembangkan)"
        r"|direncanakan)\b",
    ),
    ("tahapan_uji_coba", r"\b(uji\s*coba|diuji\s*cobakan|pilot(ing)?|percontohan|terbatas|masa\s+uji)\b"),
    (
        "tahapan_penerapan",
        r"\b(penerapan|diterapkan|diimplementasikan|telah\s+(berjalan|dilaksanakan|diterapkan)"
        r"|sejak\s+tahun|seluruh\s+(wilayah|kecamatan|desa|puskesmas|sekolah))\b",
    ),
    (
        "bentuk_tata_kelola",
        r"\b(tata\s+kelola|internal|kepegawaian|kearsipan|pengelolaan\s+(keuangan|aset|data"
        r"|arsip|anggaran)|pelaporan|perencanaan|administrasi\s+pemerintahan|aparatur)\b",
    ),
    (
        "bentuk_pelayanan_publik",
        r"\b(inovasi\s+pelayanan\s+publik|layanan\s+(kepada\s+)?masyarakat|pemohon"
        r"|pengguna\s+layanan|antrean|antrian|loket|penerima\s+layanan)\b",
    ),
    (
        "bentuk_urusan_lainnya",
        r"\b(inovasi\s+daerah\s+lainnya|sesuai\s+urusan|petani|nelayan|kelompok\s+tani"
        r"|produksi|pemberdayaan\s+ekonomi|budidaya|pelaku\s+usaha)\b",
    ),
    ("inisiator_kepala_daerah", _ACTOR_LEAD + r"(bupati|wali\s*kota|gubernur|kepala\s+daerah)\b"),
    (
        "inisiator_anggota_dprd",
        _ACTOR_LEAD + r"(anggota\s+)?(DPRD|dewan|legislatif)\b|\b(reses|dengar\s+pendapat)\b",
    ),
    ("inisiator_opd", _ACTOR_LEAD + r"(kepala\s+dinas|kepala\s+badan|dinas|badan|perangkat\s+daerah|OPD)\b"),
    (
        "inisiator_asn",
        _ACTOR_LEAD + r"(seorang|salah\s+(satu|seorang))?\s*(ASN|pegawai|staf|guru|bidan|perawat"
        r"|penyuluh|aparatur|pejabat\s+fungsional)\b",
    ),
    (
        "inisiator_masyarakat",
        _ACTOR_LEAD + r"(masyarakat|warga|komunitas|LSM|tokoh|karang\s+taruna|kelompok)\b",
    ),
)

# Sector words per urusan (from CATALOGUE.md's names and examples); also the keyword baseline's table.
URUSAN_CUES: dict[str, tuple[str, ...]] = {
    "pendidikan": ("pendidikan", "sekolah", "paud", "guru", "murid", "siswa", "literasi"),
    "kesehatan": ("kesehatan", "puskesmas", "posyandu", "rsud", "stunting", "imunisasi", "pasien"),
    "pupr": ("pekerjaan umum", "penataan ruang", "jalan", "jembatan", "irigasi", "drainase"),
    "perumahan": ("perumahan", "permukiman", "rumah tidak layak huni", "rtlh", "sanitasi"),
    "trantibum": ("ketertiban umum", "satpol pp", "kebakaran", "bencana", "damkar", "linmas"),
    "sosial": ("sosial", "bansos", "disabilitas", "kemiskinan", "lansia", "fakir miskin"),
    "tenaga_kerja": ("tenaga kerja", "pencari kerja", "pelatihan kerja", "lowongan", "pekerja migran"),
    "pppa": ("perempuan", "perlindungan anak", "kekerasan", "ramah anak"),
    "pangan": ("pangan", "ketahanan pangan", "cadangan pangan", "gizi"),
    "pertanahan": ("pertanahan", "sertifikat tanah", "tanah", "agraria"),
    "lingkungan_hidup": ("lingkungan hidup", "sampah", "bank sampah", "limbah", "pencemaran"),
    "adminduk": ("kependudukan", "dukcapil", "akta", "ktp", "kartu keluarga", "pencatatan sipil"),
    "desa": ("desa", "bumdes", "dana desa", "pemberdayaan masyarakat"),
    "kb": ("keluarga berencana", "kontrasepsi", "bkkbn", "akseptor", "pengendalian penduduk"),
    "perhubungan": ("perhubungan", "angkutan", "transportasi", "lalu lintas", "terminal", "parkir"),
    "kominfo": ("komunikasi", "informatika", "diskominfo", "jaringan internet", "wifi"),
    "ukm": ("koperasi", "umkm", "usaha kecil", "usaha mikro"),
    "penanaman_modal": ("penanaman modal", "investasi", "investor", "perizinan", "ptsp"),
    "pemuda_olahraga": ("kepemudaan", "olahraga", "pemuda", "atlet"),
    "statistik": ("statistik", "data sektoral", "satu data"),
    "persandian": ("persandian", "sandi", "keamanan informasi", "siber", "enkripsi"),
    "kebudayaan": ("kebudayaan", "budaya", "cagar budaya", "kesenian", "adat"),
    "perpustakaan": ("perpustakaan", "pustaka", "minat baca", "buku bacaan"),
    "kearsipan": ("kearsipan", "arsip", "arsiparis"),
    "kelautan_perikanan": ("perikanan", "nelayan", "kelautan", "ikan", "budidaya ikan"),
    "pariwisata": ("pariwisata", "wisata", "wisatawan", "destinasi"),
    "pertanian": ("pertanian", "petani", "tanaman", "pupuk", "kelompok tani", "peternakan"),
    "kehutanan": ("kehutanan", "hutan", "perhutanan"),
    "esdm": ("energi", "listrik", "tenaga surya", "sumber daya mineral", "pertambangan"),
    "perdagangan": ("perdagangan", "pasar", "pedagang", "harga"),
    "perindustrian": ("perindustrian", "industri", "ikm"),
    "transmigrasi": ("transmigrasi", "transmigran"),
    "perencanaan": ("perencanaan", "bappeda", "musrenbang", "rkpd"),
    "keuangan": ("keuangan", "pajak", "retribusi", "pendapatan", "bpkad", "bapenda"),
    "kepegawaian": ("kepegawaian", "bkpsdm", "bkd", "asn", "pegawai"),
    "diklat": ("diklat", "pelatihan", "kompetensi", "bangkom"),
    "litbang": ("penelitian", "pengembangan", "litbang", "riset", "brida", "kajian"),
    "fungsi_lain": ("sekretariat", "inspektorat", "hukum", "protokol"),
}

CUE_PATTERNS += tuple(
    (f"urusan_{code}", r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")
    for code, words in URUSAN_CUES.items()
)

_COMPILED = tuple((name, re.compile(pattern, _M)) for name, pattern in LAYOUT_PATTERNS + CUE_PATTERNS)

# Shape features computed from line statistics, after the pattern counts.
SHAPE_FEATURES: tuple[str, ...] = (
    "pages",
    "table_line_share",
    "upper_case_line_share",
    "numbered_line_share",
    "length_short",
    "length_medium",
    "length_long",
)

_TABLE_LINE = re.compile(r"\||\t|\S {3,}\S")
_NUMBERED_LINE = re.compile(r"^\s*(\d+[.)]|[a-z][.)]|-|•)\s")


def _squash(count: float, scale: float) -> float:
    """count → 0..1, saturating, so one long document does not dominate the linear model."""
    return float(count / (count + scale))


def layout_features(text: str) -> list[float]:
    """One row: pattern counts squashed to 0..1, then the shape features."""
    row = [_squash(len(pattern.findall(text)), 2.0) for _, pattern in _COMPILED]
    lines = [line for line in text.splitlines() if line.strip()]
    n_lines = max(len(lines), 1)
    letters = [line for line in lines if sum(c.isalpha() for c in line) >= 4]
    upper = sum(1 for line in letters if line.upper() == line)
    table = sum(1 for line in lines if _TABLE_LINE.search(line))
    numbered = sum(1 for line in lines if _NUMBERED_LINE.match(line))
    words = len(text.split())
    row += [
        _squash(text.count("\f") + 1, 3.0),
        table / n_lines,
        upper / max(len(letters), 1),
        numbered / n_lines,
        float(words < 150),
        float(150 <= words < 800),
        float(words >= 800),
    ]
    return row


class StructureFeatures(TransformerMixin, BaseEstimator):
    """Layout features of raw texts: a stateless transformer (fit learns nothing but the input count)."""

    def fit(self, X: Any, y: Any = None) -> StructureFeatures:
        self.n_features_out_ = len(LAYOUT_PATTERNS) + len(CUE_PATTERNS) + len(SHAPE_FEATURES)
        return self

    def transform(self, X: Any) -> np.ndarray:
        return np.array([layout_features(text) for text in X], dtype=np.float64).reshape(len(X), -1)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        names = [f"layout_{name}" for name, _ in LAYOUT_PATTERNS]
        names += [f"cue_{name}" for name, _ in CUE_PATTERNS] + list(SHAPE_FEATURES)
        return np.asarray(names, dtype=object)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags
