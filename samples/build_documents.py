"""Build the sample documents in samples/documents/ from texts written here.

Run from the repository root: ``python -m samples.build_documents``.

Every file describes one fictional innovation, SI-PANDAI of the Dinas Pemberdayaan Masyarakat dan Desa of the
fictional Kabupaten Sukamaju, so that a proposal, its decree, its report, its minutes and its attendance list
can be read together as one innovation's dossier. Each file exercises a different intake path: born-digital
PDF, scanned PDF without a text layer, DOCX, legacy .doc, a sideways phone photo, an encrypted PDF, a
truncated PDF and a cp1252 text file. Seeds and dates are fixed so that most outputs are byte-identical from
run to run (see samples/documents/README.md for the exceptions).
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import random
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

OUT_DIR = Path(__file__).resolve().parent / "documents"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# The innovation, shared by every document so the dossier is consistent.
KABUPATEN = "Sukamaju"
OPD = "Dinas Pemberdayaan Masyarakat dan Desa"
OPD_UPPER = OPD.upper()
INOVASI = "SI-PANDAI"
INOVASI_PANJANG = "Sistem Informasi Pelayanan Administrasi Desa Terintegrasi"
PERBUP = f"Peraturan Bupati {KABUPATEN} Nomor 12 Tahun 2023 tentang Penyelenggaraan {INOVASI_PANJANG}"
SK_NOMOR = "188.45/214/KPTS/2023"
SK_TANGGAL = "20 Maret 2023"
BUPATI = "H. AHMAD FAUZI RAHMAN"
KADIS = "Ir. SRI WAHYUNI, M.T."
KADIS_NIP = "NIP. 19740312 199903 2 004"
YOUTUBE = "https://www.youtube.com/watch?v=Sp4nd41Desa"
FIXED_TIME = dt.datetime(2023, 10, 2, 9, 0, 0)
SEED = 20231002

TIM_PELAKSANA = [
    ("Drs. Bambang Sutrisno, M.M.", "Sekretaris Daerah (Pengarah)"),
    ("Ir. Sri Wahyuni, M.T.", "Kepala Dinas PMD (Penanggung Jawab)"),
    ("Dedi Kurniawan, S.STP., M.Si.", "Kepala Bidang Pemerintahan Desa (Ketua)"),
    ("Rina Marlina, S.Kom.", "Pranata Komputer Ahli Muda (Sekretaris)"),
    ("Agus Setiawan, S.T.", "Kabid Aplikasi Informatika, Diskominfo (Anggota)"),
    ("Hj. Neneng Rohaeti, S.Sos.", "Kabid Pendaftaran Penduduk, Disdukcapil (Anggota)"),
    ("Yusuf Maulana, S.E., M.Ak.", "Kasubbid Pemerintahan, Bappeda (Anggota)"),
    ("Asep Saepudin, S.IP.", "Camat Sukamulya (Anggota)"),
    ("Dewi Lestari, A.Md.", "Analis Sistem Informasi, DPMD (Anggota)"),
    ("Rudi Hartono", "Kepala Desa Cibeureum (Anggota)"),
    ("Siti Rahmawati, S.Pd.", "Sekretaris Desa Margaluyu (Anggota)"),
    ("Muhammad Iqbal, S.Kom.", "Operator SI-PANDAI Kabupaten (Anggota)"),
]

PESERTA_BIMTEK = [
    ("Ujang Supriatna", "Operator Desa", "Desa Sukamulya"),
    ("Lina Herlina", "Sekretaris Desa", "Desa Cibeureum"),
    ("Hendra Gunawan", "Kaur Umum", "Desa Margaluyu"),
    ("Euis Komalasari", "Operator Desa", "Desa Tanjungsari"),
    ("Fajar Nugraha", "Kasi Pelayanan", "Desa Mekarjaya"),
    ("Wawan Hermawan", "Operator Desa", "Desa Sindangrasa"),
    ("Ayu Pratiwi", "Kaur Keuangan", "Desa Karangmulya"),
    ("Ridwan Saputra", "Operator Desa", "Desa Pasirjaya"),
    ("Tati Suryati", "Sekretaris Desa", "Desa Cikoneng"),
    ("Irfan Maulana", "Operator Kecamatan", "Kec. Sukamulya"),
]

TAHAPAN = [
    (
        "Identifikasi masalah dan penjaringan gagasan",
        "10 Januari – 25 Februari 2022",
        "Survei di 12 kecamatan dan FGD bersama 40 kepala desa",
    ),
    (
        "Perancangan sistem, basis data dan SOP",
        "1 Maret – 20 Mei 2022",
        "Bersama Diskominfo, Disdukcapil dan Universitas Sukamaju",
    ),
    (
        "Uji coba di 5 desa percontohan",
        "1 Juni – 30 Desember 2022",
        "Desa Sukamulya, Cibeureum, Margaluyu, Tanjungsari, Mekarjaya",
    ),
    ("Evaluasi dan penyempurnaan", "9 Januari – 28 Februari 2023", "Survei kepuasan dan perbaikan modul"),
    ("Penetapan regulasi", "15 Maret 2023", "Peraturan Bupati Nomor 12 Tahun 2023"),
    ("Penerapan di seluruh desa", "mulai 3 April 2023", "86 desa di 12 kecamatan"),
]


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    builders: list[tuple[str, Callable[[Path], None]]] = [
        ("proposal-si-pandai.pdf", build_proposal_pdf),
        ("sk-tim-inovasi-scan.pdf", build_scanned_decree),
        ("laporan-si-pandai.docx", build_report_docx),
        ("notulen-rapat.doc", build_minutes_doc),
        ("daftar-hadir-foto.jpg", build_attendance_photo),
        ("sk-terenkripsi.pdf", build_encrypted_pdf),
        ("proposal-terpotong.pdf", build_truncated_pdf),
        ("ringkasan.txt", build_cp1252_summary),
    ]
    for name, build in builders:
        target = OUT_DIR / name
        build(target)
        print(f"{name:28} {target.stat().st_size:>9,} bytes")


# ---------------------------------------------------------------------------------------------------------
# 1. Born-digital proposal (reportlab, embedded DejaVuSans so the text layer is real Unicode)
# ---------------------------------------------------------------------------------------------------------

PROPOSAL_PAGES = 5
FRAME_PADDING = 6  # points; SimpleDocTemplate's frame pads each side


def _register_reportlab_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")


def _proposal_styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle(
        "body", fontName="DejaVuSans", fontSize=10.5, leading=15.5, alignment=TA_JUSTIFY, spaceAfter=6
    )
    return {
        "body": body,
        "item": ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=4, spaceAfter=3),
        "h1": ParagraphStyle(
            "h1", fontName="DejaVuSans-Bold", fontSize=12.5, leading=17, spaceBefore=8, spaceAfter=6
        ),
        "cell": ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11.5),
        "cell_head": ParagraphStyle("cell_head", fontName="DejaVuSans-Bold", fontSize=9, leading=11.5),
        "cover_small": ParagraphStyle(
            "cover_small", fontName="DejaVuSans", fontSize=12, leading=18, alignment=TA_CENTER
        ),
        "cover_big": ParagraphStyle(
            "cover_big",
            fontName="DejaVuSans-Bold",
            fontSize=26,
            leading=34,
            alignment=TA_CENTER,
            spaceAfter=10,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            fontName="DejaVuSans-Bold",
            fontSize=15,
            leading=21,
            alignment=TA_CENTER,
            spaceAfter=6,
        ),
        "sign": ParagraphStyle("sign", fontName="DejaVuSans", fontSize=10.5, leading=15, leftIndent=260),
    }


def _hyphenate_once(text: str, word: str, head: str, font: str, size: float, width: float) -> str:
    """Break `word` as `head-` at a line end, as a typesetter would, so extraction has to rejoin it.

    Works on plain text with single spaces: greedy wrapping is what Paragraph does too, so the lines before
    the break come out the same. Raises when no occurrence of `word` starts a line with room for `head-`.
    """
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = simpleSplit(text, font, size, width)
    for i in range(len(lines) - 1):
        following = lines[i + 1]
        if following.startswith(word) and stringWidth(f"{lines[i]} {head}-", font, size) <= width:
            rest = " ".join(lines[i + 1 :])[len(head) :]
            return " ".join(lines[: i + 1]) + f" {head}-<br/>" + rest
    raise ValueError(f"no line starts with {word!r} with room for {head}-; reword the paragraph")


def _proposal_cover(st: dict) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    profile = [
        ("Nama Inovasi", f"{INOVASI} ({INOVASI_PANJANG})"),
        ("Perangkat Daerah", f"{OPD} Kabupaten {KABUPATEN}"),
        ("Tahapan Inovasi", "Penerapan"),
        ("Inisiator", "Kepala Perangkat Daerah"),
        ("Jenis Inovasi", "Digital"),
        ("Bentuk Inovasi", "Inovasi pelayanan publik"),
        ("Urusan Pemerintahan", "Pemberdayaan masyarakat dan desa; administrasi kependudukan"),
        ("Waktu Uji Coba", "1 Juni 2022"),
        ("Waktu Penerapan", "3 April 2023"),
    ]
    rows = [[Paragraph(k, st["cell_head"]), ":", Paragraph(v, st["cell"])] for k, v in profile]
    # No grid lines on purpose: a borderless layout table, unlike the ruled table on page 3.
    table = Table(rows, colWidths=[4.2 * cm, 0.6 * cm, 10.2 * cm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("FONT", (1, 0), (1, -1), "DejaVuSans", 9),
                ("LEFTPADDING", (1, 0), (1, -1), 2),
            ]
        )
    )
    return [
        Spacer(1, 2.2 * cm),
        Paragraph("PROPOSAL INOVASI DAERAH", st["cover_title"]),
        Paragraph("Tahun 2023", st["cover_small"]),
        Spacer(1, 1.4 * cm),
        Paragraph(INOVASI, st["cover_big"]),
        Paragraph(f"({INOVASI_PANJANG})", st["cover_title"]),
        Spacer(1, 1.6 * cm),
        table,
        Spacer(1, 2.4 * cm),
        Paragraph(f"PEMERINTAH KABUPATEN {KABUPATEN.upper()}", st["cover_title"]),
        Paragraph(OPD_UPPER, st["cover_title"]),
        Paragraph(f"Jalan Raya {KABUPATEN} Nomor 45, {KABUPATEN} 45211", st["cover_small"]),
    ]


def _proposal_part_one(st: dict) -> list:
    from reportlab.platypus import Paragraph

    dasar = [
        "Undang-Undang Nomor 6 Tahun 2014 tentang Desa;",
        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Pasal 386 sampai dengan Pasal 390;",
        "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
        "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;",
        "Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan "
        "dan/atau Insentif Inovasi Daerah;",
        f"{PERBUP}.",
    ]
    return [
        Paragraph("RANCANG BANGUN INOVASI", st["cover_title"]),
        Paragraph("1. Dasar Hukum", st["h1"]),
        *[Paragraph(text, st["item"], bulletText=f"{chr(97 + i)}.") for i, text in enumerate(dasar)],
        Paragraph("2. Permasalahan", st["h1"]),
        Paragraph(
            f"Kabupaten {KABUPATEN} terdiri atas 86 desa di 12 kecamatan dengan jumlah penduduk sekitar "
            "612.000 jiwa. Sebelum inovasi ini, warga yang membutuhkan surat keterangan domisili, surat "
            "keterangan tidak mampu, surat pengantar nikah atau surat keterangan usaha harus datang ke "
            "kantor desa, menunggu tanda tangan kepala desa, lalu membawa berkas yang sama ke kecamatan dan "
            "ke Dinas Kependudukan dan Pencatatan Sipil. Rata-rata satu surat selesai dalam 3 hari kerja, "
            "arsip disimpan di buku register yang mudah rusak, dan data penduduk di desa berbeda dengan data "
            "kependudukan kabupaten. Hasil survei awal pada Februari 2022 menunjukkan 64% responden pernah "
            "datang lebih dari dua kali untuk satu jenis surat.",
            st["body"],
        ),
        Paragraph("3. Isu Strategis", st["h1"]),
        Paragraph(
            "Isu strategis yang dijawab adalah percepatan transformasi digital pelayanan pemerintahan "
            "(tematik digitalisasi layanan pemerintahan), penguatan tata kelola pemerintahan desa sesuai "
            "amanat Undang-Undang Desa, dan integrasi data kependudukan sebagai dasar penyaluran bantuan "
            "sosial yang tepat sasaran. Rencana Pembangunan Jangka Menengah Daerah Kabupaten "
            f"{KABUPATEN} 2021–2026 menetapkan reformasi birokrasi dan pelayanan publik berbasis elektronik "
            "sebagai prioritas, dengan target indeks SPBE kabupaten minimal 3,0 pada tahun 2024.",
            st["body"],
        ),
    ]


def _proposal_part_two(st: dict, frame_width: float) -> list:
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    method = (
        f"{INOVASI} mengubah cara desa melayani warga: permohonan surat diajukan melalui aplikasi web dan "
        "WhatsApp, data pemohon diambil secara langsung dari basis data kependudukan, kepala desa "
        "menandatangani secara elektronik, dan surat yang terbit dapat diverifikasi dengan kode QR. "
        "Perangkat desa tidak lagi mengetik ulang data, dan kecamatan memantau kecepatan pelayanan seluruh "
        "desa dari satu dasbor. Dengan cara ini pelayanan administrasi desa menjadi satu alur yang sama di "
        "semua desa, dari permohonan sampai arsip, sehingga pelayanan yang semula bergantung pada "
        "kehadiran pejabat menjadi pelayanan yang dapat diakses kapan saja dan dari mana saja oleh warga."
    )
    body = st["body"]
    method = _hyphenate_once(method, "pelayanan", "pe", body.fontName, body.fontSize, frame_width)
    head = ["No", "Tahap", "Waktu", "Keterangan"]
    rows = [[Paragraph(h, st["cell_head"]) for h in head]]
    rows += [
        [Paragraph(str(i), st["cell"]), *(Paragraph(c, st["cell"]) for c in row)]
        for i, row in enumerate(TAHAPAN, start=1)
    ]
    table = Table(rows, colWidths=[1.0 * cm, 5.0 * cm, 4.2 * cm, 5.8 * cm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [
        Paragraph("4. Metode Pembaharuan", st["h1"]),
        Paragraph(method, body),
        Paragraph("5. Keunggulan dan Kebaharuan", st["h1"]),
        Paragraph(
            "Keunggulan inovasi ini adalah integrasi tiga tingkat pemerintahan (desa, kecamatan, kabupaten) "
            "dalam satu sistem, tanda tangan elektronik yang tersertifikasi, serta layanan tanpa biaya. "
            "Kebaharuannya terletak pada sinkronisasi harian dengan data kependudukan sehingga surat "
            "keterangan selalu memakai data terbaru, dan pada fitur pelacakan status permohonan yang "
            "sebelumnya tidak tersedia di desa mana pun di Kabupaten " + KABUPATEN + ".",
            body,
        ),
        Paragraph("6. Tahapan Inovasi", st["h1"]),
        Paragraph(
            "Inovasi dikembangkan dalam enam tahap. Uji coba dimulai pada 1 Juni 2022 dan penerapan di "
            "seluruh desa dimulai pada 3 April 2023, sehingga waktu penciptaan dari gagasan sampai "
            "penerapan adalah sekitar 15 bulan.",
            body,
        ),
        Spacer(1, 4),
        table,
    ]


def _proposal_part_three(st: dict) -> list:
    from reportlab.platypus import Paragraph

    manfaat = [
        "warga memperoleh surat dalam waktu kurang dari 1 hari kerja tanpa biaya dan tanpa datang berulang;",
        "perangkat desa bekerja dengan data yang sama dengan data kependudukan kabupaten;",
        "kecamatan dan dinas dapat memantau kinerja pelayanan setiap desa secara langsung;",
        "arsip surat tersimpan secara elektronik dan dapat ditelusuri kembali.",
    ]
    return [
        Paragraph("TUJUAN, MANFAAT DAN HASIL INOVASI", st["cover_title"]),
        Paragraph("Tujuan", st["h1"]),
        Paragraph(
            "Tujuan inovasi adalah mempercepat dan menyederhanakan pelayanan administrasi desa, menyatukan "
            "data penduduk desa dengan data kependudukan kabupaten, dan menyediakan informasi pelayanan "
            "yang terbuka bagi masyarakat.",
            st["body"],
        ),
        Paragraph("Manfaat", st["h1"]),
        *[Paragraph(text, st["item"], bulletText="•") for text in manfaat],
        Paragraph("Hasil", st["h1"]),
        Paragraph(
            "Selama uji coba di 5 desa percontohan (Juni–Desember 2022) tercatat 1.245 orang penerima "
            "manfaat dan 2.310 surat diterbitkan melalui sistem. Waktu penyelesaian surat turun dari "
            "rata-rata 3 hari menjadi 1 hari kerja, dan untuk surat keterangan domisili menjadi kurang dari "
            "30 menit. Sejak penerapan di seluruh desa pada 3 April 2023 sampai 30 September 2023, sistem "
            "telah menerbitkan 11.420 surat untuk 9.876 warga. Survei kepuasan masyarakat pada Agustus 2023 "
            "menghasilkan nilai IKM 86,4 (kategori baik).",
            st["body"],
        ),
        Paragraph(
            "Anggaran inovasi bersumber dari APBD Kabupaten " + KABUPATEN + " Tahun Anggaran 2022 sebesar "
            "Rp185.000.000,00 dan Tahun Anggaran 2023 sebesar Rp240.500.000,00 pada Dinas Pemberdayaan "
            "Masyarakat dan Desa.",
            st["body"],
        ),
    ]


def _proposal_part_four(st: dict) -> list:
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer

    return [
        Paragraph("VIDEO INOVASI", st["cover_title"]),
        Paragraph(
            "Video inovasi berdurasi 4 menit 50 detik memuat latar belakang, penjaringan ide, penyaringan "
            "ide, manfaat dan dampak inovasi, dan dapat disaksikan pada tautan berikut: "
            f'<a href="{YOUTUBE}" color="blue">{YOUTUBE}</a>',
            st["body"],
        ),
        Paragraph("PENUTUP", st["h1"]),
        Paragraph(
            f"Demikian proposal inovasi {INOVASI} ini disusun sebagai bahan penilaian Indeks Inovasi Daerah. "
            "Kami berharap inovasi ini dapat direplikasi oleh kabupaten lain yang menghadapi permasalahan "
            "serupa dalam pelayanan administrasi desa.",
            st["body"],
        ),
        Spacer(1, 1.2 * cm),
        Paragraph(f"{KABUPATEN}, 2 Oktober 2023", st["sign"]),
        Paragraph(f"Kepala {OPD}", st["sign"]),
        Paragraph(f"Kabupaten {KABUPATEN},", st["sign"]),
        Spacer(1, 1.8 * cm),
        Paragraph(f"<b>{KADIS}</b>", st["sign"]),
        Paragraph(KADIS_NIP, st["sign"]),
    ]


def _draw_running_header_footer(canvas, doc) -> None:
    from reportlab.lib.pagesizes import A4

    width, height = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8.5)
    canvas.drawString(
        doc.leftMargin, height - 1.3 * 28.35, f"Proposal Inovasi Daerah – Kabupaten {KABUPATEN}"
    )
    canvas.drawRightString(width - doc.rightMargin, height - 1.3 * 28.35, INOVASI)
    canvas.setLineWidth(0.5)
    canvas.line(doc.leftMargin, height - 1.45 * 28.35, width - doc.rightMargin, height - 1.45 * 28.35)
    canvas.drawCentredString(width / 2, 1.2 * 28.35, f"Halaman {doc.page}")
    canvas.restoreState()


def proposal_pdf_bytes() -> bytes:
    """The proposal as bytes; invariant=1 keeps dates and IDs fixed, so the output is byte-identical."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    _register_reportlab_fonts()
    st = _proposal_styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.3 * cm,
        bottomMargin=2.2 * cm,
        invariant=1,
        title=f"Proposal Inovasi {INOVASI}",
        author=OPD,
        subject="Proposal Inovasi Daerah",
        creator="Jaring samples",
        lang="id-ID",
    )
    story = [
        *_proposal_cover(st),
        PageBreak(),
        *_proposal_part_one(st),
        PageBreak(),
        *_proposal_part_two(st, doc.width - 2 * FRAME_PADDING),
        PageBreak(),
        *_proposal_part_three(st),
        PageBreak(),
        *_proposal_part_four(st),
    ]
    doc.build(story, onFirstPage=_draw_running_header_footer, onLaterPages=_draw_running_header_footer)
    data = buffer.getvalue()
    _check_page_count(data, PROPOSAL_PAGES)
    return data


def _check_page_count(data: bytes, expected: int) -> None:
    """Guard against a text edit that silently pushes content (and the ruled table) onto another page."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) != expected:
            raise RuntimeError(f"expected {expected} pages, built {len(pdf)}: shorten the texts")
    finally:
        pdf.close()


def build_proposal_pdf(target: Path) -> None:
    target.write_bytes(proposal_pdf_bytes())


# ---------------------------------------------------------------------------------------------------------
# 7. Truncated proposal: the xref table and trailer are cut off
# ---------------------------------------------------------------------------------------------------------

TRUNCATE_FRACTION = 0.4


def build_truncated_pdf(target: Path) -> None:
    data = proposal_pdf_bytes()
    target.write_bytes(data[: int(len(data) * TRUNCATE_FRACTION)])


# ---------------------------------------------------------------------------------------------------------
# 6. Encrypted decree (pypdf, AES-256, needs the user password to open)
# ---------------------------------------------------------------------------------------------------------

USER_PASSWORD = "sipandai2023"
OWNER_PASSWORD = "dpmd-sukamaju-pemilik"


def _small_decree_pdf_bytes() -> bytes:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _register_reportlab_fonts()
    centre = ParagraphStyle("c", fontName="DejaVuSans-Bold", fontSize=11, leading=15, alignment=TA_CENTER)
    body = ParagraphStyle(
        "b", fontName="DejaVuSans", fontSize=10.5, leading=15, alignment=TA_JUSTIFY, spaceAfter=5
    )
    heads = [
        f"KEPUTUSAN KEPALA {OPD_UPPER}",
        f"KABUPATEN {KABUPATEN.upper()}",
        "NOMOR 800/57/DPMD/2023",
        "TENTANG",
        f"OPERATOR {INOVASI} TINGKAT KECAMATAN",
    ]
    texts = [
        "Menimbang: bahwa untuk kelancaran penerapan Sistem Informasi Pelayanan Administrasi Desa "
        "Terintegrasi perlu menunjuk operator tingkat kecamatan.",
        f"Mengingat: {PERBUP}.",
        "MEMUTUSKAN",
        "KESATU: Menunjuk operator SI-PANDAI tingkat kecamatan di 12 kecamatan sebagaimana tercantum dalam "
        "Lampiran Keputusan ini.",
        "KEDUA: Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        f"Ditetapkan di {KABUPATEN} pada tanggal 10 April 2023. Kepala {OPD}, {KADIS}.",
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        invariant=1,
        title="Keputusan Kepala DPMD Nomor 800/57/DPMD/2023",
        author=OPD,
    )
    doc.build([*(Paragraph(h, centre) for h in heads), Spacer(1, 12), *(Paragraph(t, body) for t in texts)])
    return buffer.getvalue()


def build_encrypted_pdf(target: Path) -> None:
    """AES-256 draws a random salt and IV, so this file differs on every build."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_small_decree_pdf_bytes())))
    writer.encrypt(user_password=USER_PASSWORD, owner_password=OWNER_PASSWORD, algorithm="AES-256")
    with target.open("wb") as handle:
        writer.write(handle)


# ---------------------------------------------------------------------------------------------------------
# Drawing helpers for the image documents (scan and photo)
# ---------------------------------------------------------------------------------------------------------


class Sheet:
    """A page drawn with PIL in pixels. Sizes are given in points and converted at the sheet's dpi."""

    def __init__(self, width_mm: float, height_mm: float, dpi: int, mode: str, paper, ink) -> None:
        self.dpi = dpi
        self.image = Image.new(mode, (self.mm(width_mm), self.mm(height_mm)), paper)
        self.draw = ImageDraw.Draw(self.image)
        self.ink = ink
        self._fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def mm(self, value: float) -> int:
        return round(value / 25.4 * self.dpi)

    def font(self, name: str, points: float) -> ImageFont.FreeTypeFont:
        key = (name, points)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(str(FONT_DIR / name), round(points * self.dpi / 72))
        return self._fonts[key]

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if current and font.getlength(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current] if current else lines

    def text(self, xy: tuple[float, float], text: str, font, fill=None, anchor: str = "la") -> None:
        self.draw.text(xy, text, font=font, fill=self.ink if fill is None else fill, anchor=anchor)

    def grid_table(
        self,
        x: int,
        y: int,
        widths: Sequence[int],
        rows: Sequence[Sequence[str]],
        fonts,
        row_height: int,
        pad: int,
    ) -> int:
        """Draw a ruled table, first row as header; returns the y below it."""
        right = x + sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_height
            font = fonts[0] if r == 0 else fonts[1]
            left = x
            for width, cell in zip(widths, row, strict=True):
                self.text((left + pad, top + row_height / 2), cell, font, anchor="lm")
                left += width
            self.draw.line([(x, top), (right, top)], fill=self.ink, width=3)
        bottom = y + len(rows) * row_height
        self.draw.line([(x, bottom), (right, bottom)], fill=self.ink, width=3)
        left = x
        for width in (0, *widths):
            left += width
            self.draw.line([(left, y), (left, bottom)], fill=self.ink, width=3)
        return bottom


def _signature(size: tuple[int, int], rng: random.Random, ink, mode: str, stroke: int = 5) -> Image.Image:
    """A scribbled signature: a few smooth random loops, white background."""
    width, height = size
    image = Image.new(mode, size, 255 if mode == "L" else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    points = []
    x = width * 0.08
    while x < width * 0.9:
        y = height / 2 + rng.uniform(-0.38, 0.38) * height
        points.append((x, y))
        x += rng.uniform(0.04, 0.12) * width
    smooth = _chaikin(points, 3)
    draw.line(smooth, fill=ink, width=stroke, joint="curve")
    draw.line(
        [(width * 0.15, height * 0.8), (width * 0.85, height * 0.7)], fill=ink, width=max(2, stroke - 2)
    )
    return image


def _chaikin(points: list[tuple[float, float]], rounds: int) -> list[tuple[float, float]]:
    """Corner-cutting smoothing, so the scribble looks handwritten instead of jagged."""
    for _ in range(rounds):
        smoothed = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            smoothed += [
                (0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1),
                (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1),
            ]
        points = [*smoothed, points[-1]]
    return points


def _stamp(diameter: int, ring_text: str, centre_text: str, ink: int) -> Image.Image:
    """A round rubber stamp (grey ink on white) with text around the ring, for darken-compositing."""
    stamp = Image.new("L", (diameter, diameter), 255)
    draw = ImageDraw.Draw(stamp)
    c = diameter / 2
    for radius, width in ((c - 4, 9), (c - 70, 5)):
        draw.ellipse([c - radius, c - radius, c + radius, c + radius], outline=ink, width=width)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 34)
    step = 2 * math.pi * 0.82 / len(ring_text)
    start = -step * (len(ring_text) - 1) / 2
    for i, char in enumerate(ring_text):
        angle = start + i * step
        glyph = Image.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), char, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-math.degrees(angle), resample=Image.Resampling.BICUBIC)
        gx = c + (c - 38) * math.sin(angle) - 30
        gy = c - (c - 38) * math.cos(angle) - 30
        stamp.paste(ink, (round(gx), round(gy), round(gx) + 60, round(gy) + 60), glyph)
    centre_font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 44)
    draw.text((c, c), centre_text, font=centre_font, fill=ink, anchor="mm")
    draw.text((c, c + 56), "★", font=centre_font, fill=ink, anchor="mm")
    return stamp.rotate(-14, resample=Image.Resampling.BICUBIC, fillcolor=255)


def _darken_onto(page: Image.Image, overlay: Image.Image, xy: tuple[int, int]) -> None:
    """Ink on ink: the darker pixel wins, so text under a stamp or signature stays visible."""
    box = (xy[0], xy[1], xy[0] + overlay.width, xy[1] + overlay.height)
    region = page.crop(box)
    page.paste(ImageChops.darker(region, overlay.convert(page.mode)), box)


# ---------------------------------------------------------------------------------------------------------
# 2. Scanned decree: two 300 dpi greyscale images in a PDF, no text layer
# ---------------------------------------------------------------------------------------------------------

SCAN_DPI = 300
SCAN_JPEG_QUALITY = 60
SCAN_ROTATION_DEGREES = 0.7

DECREE_MENIMBANG = [
    "bahwa dalam rangka meningkatkan kualitas pelayanan administrasi kepada masyarakat desa telah "
    f"dikembangkan inovasi daerah {INOVASI_PANJANG} ({INOVASI});",
    "bahwa untuk kelancaran penerapan inovasi sebagaimana dimaksud dalam huruf a perlu dibentuk Tim "
    "Pelaksana Inovasi;",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan "
    f"Keputusan Bupati tentang Tim Pelaksana Inovasi {INOVASI};",
]
DECREE_MENGINGAT = [
    "Undang-Undang Nomor 6 Tahun 2014 tentang Desa;",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
    "Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan "
    "dan/atau Insentif Inovasi Daerah;",
    f"{PERBUP};",
]
DECREE_DIKTUM = [
    (
        "KESATU",
        f"Membentuk Tim Pelaksana Inovasi {INOVASI} Kabupaten {KABUPATEN} Tahun 2023 dengan susunan "
        "keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari "
        "Keputusan ini.",
    ),
    (
        "KEDUA",
        "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas menyiapkan sistem dan prosedur, "
        "melaksanakan bimbingan teknis bagi operator desa, melakukan monitoring dan evaluasi, serta "
        "melaporkan hasilnya kepada Bupati melalui Sekretaris Daerah.",
    ),
    (
        "KETIGA",
        f"Biaya pelaksanaan Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah "
        f"Kabupaten {KABUPATEN} Tahun Anggaran 2023.",
    ),
    ("KEEMPAT", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
]


class DecreeLayout:
    """Column positions of a decree: label, colon, marker, text (in pixels at 300 dpi)."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.left = sheet.mm(28)
        self.right = sheet.image.width - sheet.mm(20)
        self.colon = self.left + sheet.mm(28)
        self.marker = self.colon + sheet.mm(4)
        self.text_x = self.marker + sheet.mm(7)
        self.body = sheet.font("DejaVuSerifCondensed.ttf", 11)
        self.bold = sheet.font("DejaVuSerifCondensed-Bold.ttf", 11)
        self.line_height = round(self.body.size * 1.22)
        self.y = sheet.mm(18)

    def centred(self, lines: Sequence[str], font=None, gap_after: float = 0.4) -> None:
        for line in lines:
            self.sheet.text(
                (self.sheet.image.width / 2 + self.sheet.mm(4), self.y), line, font or self.bold, anchor="ma"
            )
            self.y += self.line_height
        self.y += round(self.line_height * gap_after)

    def labelled(self, label: str, items: Sequence[str], markers: bool) -> None:
        """`Menimbang : a. …` style block; every item wraps inside the text column."""
        self.sheet.text((self.left, self.y), label, self.body)
        self.sheet.text((self.colon, self.y), ":", self.body)
        for i, item in enumerate(items):
            x = self.text_x if markers else self.marker
            if markers:
                marker = f"{chr(97 + i)}." if label == "Menimbang" else f"{i + 1}."
                self.sheet.text((self.marker, self.y), marker, self.body)
            self.paragraph(item, x)
        self.y += round(self.line_height * 0.4)

    def paragraph(self, text: str, x: int, font=None) -> None:
        font = font or self.body
        for line in self.sheet.wrap(text, font, self.right - x):
            self.sheet.text((x, self.y), line, font)
            self.y += self.line_height


def _decree_signature_block(sheet: Sheet, x: int, y: int, rng: random.Random, place_and_date: bool) -> None:
    body = sheet.font("DejaVuSerifCondensed.ttf", 11)
    bold = sheet.font("DejaVuSerifCondensed-Bold.ttf", 11)
    step = round(body.size * 1.22)
    lines = [f"Ditetapkan di {KABUPATEN}", f"pada tanggal {SK_TANGGAL}"] if place_and_date else []
    for line in [*lines, f"BUPATI {KABUPATEN.upper()},"]:
        sheet.text((x, y), line, body)
        y += step
    _darken_onto(sheet.image, _signature((520, 190), rng, 25, "L"), (x + 60, y + 5))
    _darken_onto(
        sheet.image,
        _stamp(440, f"PEMERINTAH KABUPATEN {KABUPATEN.upper()}", "BUPATI", 120),
        (x - 200, y - 70),
    )
    sheet.text((x, y + 230), BUPATI, bold)


def _decree_page_one(rng: random.Random) -> Image.Image:
    sheet = Sheet(210, 297, SCAN_DPI, "L", 255, 20)
    layout = DecreeLayout(sheet)
    layout.centred([f"BUPATI {KABUPATEN.upper()}"], sheet.font("DejaVuSerifCondensed-Bold.ttf", 13), 0.8)
    layout.centred([f"KEPUTUSAN BUPATI {KABUPATEN.upper()}", f"NOMOR {SK_NOMOR}"], gap_after=0.3)
    layout.centred(["TENTANG"], gap_after=0.3)
    layout.centred(["TIM PELAKSANA INOVASI", INOVASI_PANJANG.upper(), f"({INOVASI}) TAHUN 2023"])
    layout.centred([f"BUPATI {KABUPATEN.upper()},"], gap_after=0.6)
    layout.labelled("Menimbang", DECREE_MENIMBANG, markers=True)
    layout.labelled("Mengingat", DECREE_MENGINGAT, markers=True)
    layout.centred(["MEMUTUSKAN:"], gap_after=0.3)
    layout.labelled(
        "Menetapkan", [f"KEPUTUSAN BUPATI TENTANG TIM PELAKSANA INOVASI {INOVASI} TAHUN 2023."], markers=False
    )
    for label, text in DECREE_DIKTUM:
        layout.labelled(label, [text], markers=False)
    _decree_signature_block(
        sheet, sheet.mm(118), layout.y + layout.line_height // 2, rng, place_and_date=True
    )
    return sheet.image


def _decree_page_two(rng: random.Random) -> Image.Image:
    sheet = Sheet(210, 297, SCAN_DPI, "L", 255, 20)
    layout = DecreeLayout(sheet)
    x = sheet.mm(108)
    annex = [
        ("LAMPIRAN", ""),
        (f"KEPUTUSAN BUPATI {KABUPATEN.upper()}", ""),
        ("NOMOR", SK_NOMOR),
        ("TANGGAL", SK_TANGGAL.upper()),
        ("TENTANG", "TIM PELAKSANA INOVASI"),
        ("", INOVASI),
    ]
    for label, value in annex:
        sheet.text((x, layout.y), label, layout.body)
        if value:
            sheet.text((x + sheet.mm(20), layout.y), f":  {value}" if label else f"    {value}", layout.body)
        layout.y += layout.line_height
    layout.y += layout.line_height * 2
    layout.centred(
        [
            "SUSUNAN KEANGGOTAAN TIM PELAKSANA INOVASI",
            f"{INOVASI} KABUPATEN {KABUPATEN.upper()}",
            "TAHUN 2023",
        ],
        gap_after=1.0,
    )
    rows = [("No", "Nama", "Jabatan"), *((str(i), n, j) for i, (n, j) in enumerate(TIM_PELAKSANA, start=1))]
    widths = [sheet.mm(11), sheet.mm(58), sheet.mm(93)]
    cell_fonts = (sheet.font("DejaVuSerifCondensed-Bold.ttf", 10), sheet.font("DejaVuSerifCondensed.ttf", 10))
    bottom = sheet.grid_table(
        layout.left,
        layout.y,
        widths,
        rows,
        cell_fonts,
        row_height=round(layout.line_height * 1.7),
        pad=sheet.mm(2),
    )
    _decree_signature_block(sheet, sheet.mm(118), bottom + layout.line_height * 2, rng, place_and_date=False)
    return sheet.image


def _scan_effects(page: Image.Image, rng: np.random.Generator) -> Image.Image:
    """What a flatbed scanner does: soft focus, uneven grey paper, dust, a slightly crooked sheet."""
    page = page.filter(ImageFilter.GaussianBlur(0.8))
    pixels = np.asarray(page, dtype=np.float32)
    # Low-frequency paper tone: a coarse random field blown up smoothly.
    coarse = Image.fromarray((rng.normal(0, 1, (8, 6)) * 40 + 128).clip(0, 255).astype(np.uint8))
    tone = np.asarray(coarse.resize(page.size, Image.Resampling.BICUBIC), dtype=np.float32)
    paper = 236 + (tone - 128) / 40 * 4
    pixels = pixels / 255 * paper + rng.normal(0, 1.6, pixels.shape)
    dusty = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(dusty)
    for _ in range(120):
        x, y = rng.integers(0, page.width), rng.integers(0, page.height)
        r = rng.uniform(0.8, 2.2)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=int(rng.integers(140, 200)))
    return dusty.rotate(SCAN_ROTATION_DEGREES, resample=Image.Resampling.BICUBIC, fillcolor=228)


def build_scanned_decree(target: Path) -> None:
    """Pillow writes DCT (JPEG) images only, no fonts and no text: every page must go through OCR."""
    rng = random.Random(SEED)
    noise = np.random.default_rng(SEED)
    pages = [_scan_effects(_decree_page_one(rng), noise), _scan_effects(_decree_page_two(rng), noise)]
    fixed = FIXED_TIME.timetuple()
    pages[0].save(
        target,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=SCAN_DPI,
        quality=SCAN_JPEG_QUALITY,
        title=f"Scan SK Bupati {SK_NOMOR}",
        producer="Scanner",
        creationDate=fixed,
        modDate=fixed,
    )


# ---------------------------------------------------------------------------------------------------------
# 5. Phone photo of a printed attendance list, filled in by hand, taken sideways
# ---------------------------------------------------------------------------------------------------------

PHOTO_DPI = 180
PHOTO_JPEG_QUALITY = 80
PAPER_RGB = (248, 246, 238)
PRINT_RGB = (25, 25, 25)
PEN_RGB = (28, 38, 120)


def _attendance_sheet(rng: random.Random) -> Image.Image:
    sheet = Sheet(210, 297, PHOTO_DPI, "RGB", PAPER_RGB, PRINT_RGB)
    bold = sheet.font("DejaVuSans-Bold.ttf", 13)
    body = sheet.font("DejaVuSans.ttf", 10.5)
    pen = sheet.font("DejaVuSerif-Italic.ttf", 10)
    left, right = sheet.mm(18), sheet.image.width - sheet.mm(15)
    y = sheet.mm(20)
    for line in (
        "DAFTAR HADIR",
        f"BIMBINGAN TEKNIS OPERATOR {INOVASI}",
        f"{OPD_UPPER} KABUPATEN {KABUPATEN.upper()}",
    ):
        sheet.text((sheet.image.width / 2, y), line, bold, anchor="ma")
        y += round(bold.size * 1.35)
    y += sheet.mm(6)
    for label, value in (
        ("Hari/Tanggal", "Selasa, 16 Mei 2023"),
        ("Pukul", "08.30 WIB s.d. selesai"),
        ("Tempat", f"Aula Kantor DPMD Kabupaten {KABUPATEN}"),
    ):
        sheet.text((left, y), label, body)
        sheet.text((left + sheet.mm(32), y), f":  {value}", body)
        y += round(body.size * 1.6)
    y += sheet.mm(4)
    widths = [sheet.mm(9), sheet.mm(43), sheet.mm(40), sheet.mm(42)]
    widths.append(right - left - sum(widths))
    row_height = sheet.mm(17)
    rows = [("No", "Nama", "Jabatan", "Instansi", "Tanda Tangan")] + [
        (str(i), "", "", "", "") for i in range(1, 11)
    ]
    bottom = sheet.grid_table(left, y, widths, rows, (bold, body), row_height, pad=sheet.mm(2))
    _fill_in_by_hand(sheet, left, y + row_height, widths, row_height, pen, rng)
    sheet.text((right - sheet.mm(70), bottom + sheet.mm(12)), f"{KABUPATEN}, 16 Mei 2023", body)
    sheet.text((right - sheet.mm(70), bottom + sheet.mm(19)), "Ketua Panitia,", body)
    _darken_onto(
        sheet.image,
        _signature((260, 100), rng, PEN_RGB, "RGB", 3),
        (right - sheet.mm(66), bottom + sheet.mm(24)),
    )
    sheet.text((right - sheet.mm(70), bottom + sheet.mm(40)), "Dedi Kurniawan, S.STP., M.Si.", body)
    return sheet.image


def _fill_in_by_hand(
    sheet: Sheet, left: int, top: int, widths: Sequence[int], row_height: int, pen, rng: random.Random
) -> None:
    """Names in a pen-like italic, each row a little off the baseline; signatures zig-zag as on real lists."""
    columns = [left + sum(widths[:i]) for i in range(len(widths))]
    for i, person in enumerate(PESERTA_BIMTEK):
        middle = top + i * row_height + row_height / 2
        for column, value in zip(columns[1:4], person, strict=True):
            jitter = rng.uniform(-5, 5)
            sheet.text(
                (column + sheet.mm(1.5) + rng.uniform(0, 4), middle + jitter),
                value,
                pen,
                fill=PEN_RGB,
                anchor="lm",
            )
        sign_x = columns[4] + (sheet.mm(3) if i % 2 == 0 else widths[4] // 2)
        sheet.text((sign_x, middle), f"{i + 1}.", sheet.font("DejaVuSans.ttf", 9), anchor="lm")
        scribble = _signature((widths[4] // 2 - sheet.mm(8), row_height - 14), rng, PEN_RGB, "RGB", 3)
        _darken_onto(sheet.image, scribble, (sign_x + sheet.mm(5), round(middle - scribble.height / 2)))


def _perspective_coefficients(output_quad, input_quad) -> list[float]:
    """The 8 coefficients PIL's PERSPECTIVE transform wants: output (x, y) → input pixel."""
    matrix, vector = [], []
    for (x, y), (u, v) in zip(output_quad, input_quad, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector += [u, v]
    return np.linalg.solve(np.array(matrix, dtype=float), np.array(vector, dtype=float)).tolist()


def _photograph(sheet: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Lay the sheet on a desk, seen slightly from one side, under uneven light."""
    canvas_size = (1720, 2300)
    w, h = sheet.size
    # Where the sheet's corners land: a tilted, slightly trapezoid page (~1.5° skew plus perspective).
    corners = [(150, 120), (1600, 160), (1660, 2190), (95, 2150)]
    coefficients = _perspective_coefficients(corners, [(0, 0), (w, 0), (w, h), (0, h)])
    warped = sheet.transform(canvas_size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform(
        canvas_size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    desk = Image.new("RGB", canvas_size, (118, 92, 66))
    desk.paste(warped, (0, 0), mask)
    pixels = np.asarray(desk, dtype=np.float32)
    yy, xx = np.mgrid[0 : canvas_size[1], 0 : canvas_size[0]].astype(np.float32)
    # A lamp up and to the left: brighter there, falling off towards the far corner.
    distance = np.hypot(xx - 450, yy - 500) / np.hypot(*canvas_size)
    light = 1.06 - 0.32 * distance
    pixels = pixels * light[..., None] + rng.normal(0, 2.5, pixels.shape)
    photo = Image.fromarray(pixels.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    return photo.transpose(Image.Transpose.ROTATE_90)


def build_attendance_photo(target: Path) -> None:
    """Landscape pixels of a portrait page and no EXIF orientation tag, as phones and chat apps deliver."""
    photo = _photograph(_attendance_sheet(random.Random(SEED + 5)), np.random.default_rng(SEED + 5))
    photo.save(target, "JPEG", quality=PHOTO_JPEG_QUALITY)


# ---------------------------------------------------------------------------------------------------------
# 3. DOCX report (python-docx), and 4. legacy .doc minutes (python-docx, then LibreOffice)
# ---------------------------------------------------------------------------------------------------------

REALISASI = [
    ("Bimbingan teknis operator desa", "86 desa", "86 desa", "100"),
    ("Pengadaan server dan perangkat jaringan", "1 paket", "1 paket", "100"),
    (f"Penerbitan surat melalui {INOVASI}", "10.000 surat", "11.420 surat", "114,2"),
    ("Integrasi data kependudukan", "86 desa", "79 desa", "91,9"),
    ("Sosialisasi kepada masyarakat", "12 kecamatan", "12 kecamatan", "100"),
    ("Survei kepuasan masyarakat", "1 kali", "1 kali", "100"),
]


def _docx_table(
    document, header: Sequence[str], rows: Sequence[Sequence[str]], widths_cm: Sequence[float]
) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    # Word reads cell widths, LibreOffice the grid: set both.
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)


def _tabbed(document, lines: Sequence[str], tab_cm: float = 3.5) -> None:
    """`Label<TAB>: value` lines aligned on one tab stop, as letters are typed in Word."""
    from docx.shared import Cm

    for line in lines:
        paragraph = document.add_paragraph(line)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm))
        paragraph.paragraph_format.space_after = 0


def _add_page_number_field(paragraph) -> None:
    """A PAGE field, as Word's own footers have, so a reader meets field codes in the footer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _set_core_properties(document, title: str, subject: str) -> None:
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = "Rina Marlina"
    props.last_modified_by = "Rina Marlina"
    props.keywords = f"{INOVASI}; inovasi daerah; Kabupaten {KABUPATEN}"
    props.comments = ""  # the template says "generated by python-docx"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.revision = 3


def _report_front(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    for text, size in (
        ("LAPORAN PELAKSANAAN INOVASI DAERAH", 16),
        (INOVASI, 26),
        (INOVASI_PANJANG, 14),
        ("TAHUN 2023", 14),
        (f"{OPD_UPPER}\nKABUPATEN {KABUPATEN.upper()}", 13),
    ):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = 28
        run = paragraph.add_run(text)
        run.bold = True
        run.font.size = _pt(size)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _pt(size: float):
    from docx.shared import Pt

    return Pt(size)


def _report_body(document) -> None:
    from docx.enum.text import WD_BREAK

    document.add_heading("BAB I PENDAHULUAN", level=1)
    document.add_heading("1.1 Latar Belakang", level=2)
    document.add_paragraph(
        f"Pelayanan administrasi desa di Kabupaten {KABUPATEN} sebelumnya dilakukan secara manual: warga "
        "datang ke kantor desa, menunggu tanda tangan kepala desa, dan membawa berkas yang sama ke "
        f"kecamatan. Untuk menjawab masalah tersebut {OPD} mengembangkan {INOVASI}, yang diuji coba "
        "sejak 1 Juni 2022 dan diterapkan di seluruh desa sejak 3 April 2023."
    )
    document.add_heading("1.2 Maksud dan Tujuan", level=2)
    document.add_paragraph(
        "Laporan ini disusun untuk menyampaikan pelaksanaan, capaian dan kendala penerapan inovasi selama "
        "Tahun Anggaran 2023 kepada Bupati melalui Sekretaris Daerah, serta sebagai data dukung penilaian "
        "Indeks Inovasi Daerah."
    )
    document.add_heading("1.3 Dasar Hukum", level=2)
    for text in (
        "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
        f"{PERBUP};",
        f"Keputusan Bupati {KABUPATEN} Nomor {SK_NOMOR} tentang Tim Pelaksana Inovasi {INOVASI}.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_heading("BAB II PELAKSANAAN KEGIATAN", level=1)
    document.add_heading("2.1 Realisasi Kegiatan", level=2)
    document.add_paragraph("Realisasi kegiatan sampai dengan 30 September 2023 disajikan pada tabel berikut.")
    _docx_table(
        document,
        ["No", "Kegiatan", "Target", "Realisasi", "Capaian (%)"],
        [(str(i), *row) for i, row in enumerate(REALISASI, start=1)],
        (1.0, 6.0, 2.8, 2.8, 2.4),
    )
    document.add_heading("2.2 Bimbingan Teknis", level=2)
    document.add_paragraph(
        f"Bimbingan teknis operator {INOVASI} dilaksanakan pada hari Selasa, 16 Mei 2023 di Aula Kantor DPMD "
        f"Kabupaten {KABUPATEN}, diikuti oleh operator desa dan kecamatan sebagaimana daftar hadir berikut."
    )
    _docx_table(
        document,
        ["No", "Nama", "Jabatan", "Instansi"],
        [(str(i), *row) for i, row in enumerate(PESERTA_BIMTEK, start=1)],
        (1.0, 5.2, 4.4, 4.4),
    )
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_heading("BAB III HASIL DAN EVALUASI", level=1)
    document.add_heading("3.1 Hasil", level=2)
    document.add_paragraph(
        "Sejak penerapan sampai 30 September 2023 sistem menerbitkan 11.420 surat untuk 9.876 warga. Waktu "
        "penyelesaian surat turun dari rata-rata 3 hari menjadi 1 hari kerja. Selama uji coba tercatat "
        "1.245 orang penerima manfaat di 5 desa percontohan."
    )
    document.add_heading("3.2 Survei Kepuasan Masyarakat", level=2)
    document.add_paragraph(
        "Survei kepuasan masyarakat pada Agustus 2023 dengan 400 responden menghasilkan nilai IKM 86,4 "
        "(kategori baik). Unsur terendah adalah kecepatan respons pengaduan melalui WhatsApp."
    )
    document.add_heading("3.3 Kendala dan Tindak Lanjut", level=2)
    document.add_paragraph(
        "Tujuh desa belum terhubung dengan data kependudukan karena jaringan internet yang tidak stabil. "
        "Pada Tahun Anggaran 2024 direncanakan penambahan akses internet desa bersama Diskominfo."
    )
    document.add_heading("BAB IV PENUTUP", level=1)
    document.add_paragraph(
        f"Demikian laporan ini disusun. Inovasi {INOVASI} akan terus dikembangkan dan diusulkan untuk "
        "direplikasi oleh daerah lain."
    )


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member timestamps: python-docx stamps each member with now()."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return output.getvalue()


def _save_docx(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


def report_docx_bytes() -> bytes:
    from docx import Document

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Laporan Pelaksanaan Inovasi {INOVASI} Tahun 2023"
    footer = section.footer.paragraphs[0]
    footer.text = f"{OPD} Kabupaten {KABUPATEN} — Halaman "
    _add_page_number_field(footer)
    _report_front(document)
    _report_body(document)
    _set_core_properties(
        document, f"Laporan Pelaksanaan Inovasi {INOVASI} Tahun 2023", "Laporan inovasi daerah"
    )
    return _save_docx(document)


def build_report_docx(target: Path) -> None:
    target.write_bytes(report_docx_bytes())


def _minutes_docx_bytes() -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    document = Document()
    for text in (f"PEMERINTAH KABUPATEN {KABUPATEN.upper()}", OPD_UPPER):
        heading = document.add_paragraph()
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(text).bold = True
    address = document.add_paragraph(
        f"Jalan Raya {KABUPATEN} Nomor 45, {KABUPATEN} 45211, Telepon (0265) 731245"
    )
    address.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(f"{KABUPATEN}, 3 April 2023")
    _tabbed(
        document,
        (
            "Nomor\t: 005/312/DPMD/2023",
            "Sifat\t: Penting",
            "Lampiran\t: -",
            f"Perihal\t: Undangan Rapat Koordinasi Penerapan {INOVASI}",
        ),
    )
    document.add_paragraph(
        "Kepada Yth.\nPara Camat dan Kepala Desa se-Kabupaten " + KABUPATEN + "\ndi tempat"
    )
    document.add_paragraph(
        f"Dalam rangka penerapan {INOVASI} di seluruh desa sesuai {PERBUP}, dengan hormat kami mengundang "
        "Saudara untuk hadir pada:"
    )
    _tabbed(
        document,
        (
            "Hari/Tanggal\t: Kamis, 6 April 2023",
            "Pukul\t: 09.00 WIB s.d. selesai",
            "Tempat\t: Ruang Rapat DPMD Kabupaten " + KABUPATEN,
            f"Acara\t: Rapat Koordinasi Penerapan {INOVASI}",
        ),
    )
    document.add_paragraph(
        "Mengingat pentingnya acara tersebut, kehadiran Saudara sangat kami harapkan. Atas "
        "perhatiannya kami ucapkan terima kasih."
    )
    document.add_paragraph(f"Kepala {OPD},\n\n\n{KADIS}\n{KADIS_NIP}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _minutes_notes(document)
    _set_core_properties(document, f"Undangan dan Notulen Rapat Koordinasi {INOVASI}", "Notulen rapat")
    return _save_docx(document)


def _minutes_notes(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(f"NOTULEN RAPAT KOORDINASI PENERAPAN {INOVASI}").bold = True
    _tabbed(
        document,
        (
            "Hari/Tanggal\t: Kamis, 6 April 2023",
            "Pukul\t: 09.00 – 12.15 WIB",
            "Tempat\t: Ruang Rapat DPMD Kabupaten " + KABUPATEN,
            f"Pimpinan Rapat\t: {KADIS}",
            "Notulis\t: Rina Marlina, S.Kom.",
            "Peserta\t: 12 camat, 74 kepala desa, Diskominfo, Disdukcapil",
        ),
    )
    document.add_paragraph("Pembahasan:").runs[0].bold = True
    for text in (
        f"Kepala Dinas menyampaikan bahwa {INOVASI} diterapkan di seluruh 86 desa mulai 3 April 2023.",
        "Diskominfo menyiapkan akun desa dan pelatihan operator; jadwal bimbingan teknis 16 Mei 2023.",
        "Disdukcapil membuka akses data kependudukan untuk sinkronisasi harian.",
        "Camat Sukamulya mengusulkan agar desa tanpa jaringan internet stabil dibantu perangkat modem.",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Kesimpulan dan tindak lanjut:").runs[0].bold = True
    for text in (
        "Setiap desa menunjuk satu operator paling lambat 20 April 2023.",
        "Monitoring penerapan dilakukan setiap bulan oleh kecamatan dan dilaporkan ke DPMD.",
    ):
        document.add_paragraph(text, style="List Bullet")
    document.add_paragraph(f"{KABUPATEN}, 6 April 2023\nNotulis,\n\n\nRina Marlina, S.Kom.")


SOFFICE_TIMEOUT_SECONDS = 180


def build_minutes_doc(target: Path) -> None:
    """LibreOffice writes the .doc; its own profile in the temp dir keeps parallel runs from colliding."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice (soffice) is needed to build notulen-rapat.doc")
    with tempfile.TemporaryDirectory(prefix="jaring-samples-") as tmp:
        workdir = Path(tmp)
        source = workdir / "notulen-rapat.docx"
        source.write_bytes(_minutes_docx_bytes())
        command = [
            soffice,
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "doc:MS Word 97",
            "--outdir",
            str(workdir),
            str(source),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_SECONDS)
        converted = workdir / "notulen-rapat.doc"
        if not converted.exists():
            raise RuntimeError("LibreOffice did not write notulen-rapat.doc")
        shutil.copyfile(converted, target)


# ---------------------------------------------------------------------------------------------------------
# 8. Plain-text summary in Windows-1252, as an old Windows editor saves it
# ---------------------------------------------------------------------------------------------------------

RINGKASAN = f"""RINGKASAN INOVASI DAERAH – KABUPATEN {KABUPATEN.upper()}

Nama inovasi     : {INOVASI} ({INOVASI_PANJANG})
Perangkat daerah : {OPD}
Tahapan          : Penerapan (uji coba 1 Juni 2022, penerapan 3 April 2023)
Jenis            : Digital – pelayanan publik

{INOVASI} memindahkan pelayanan surat keterangan desa ke satu sistem: warga mengajukan
permohonan lewat web atau WhatsApp, data diambil dari basis data kependudukan, dan kepala
desa menandatangani secara elektronik. Waktu layanan turun dari ± 3 hari menjadi 1 hari.

• Penerima manfaat uji coba : 1.245 orang (5 desa)
• Surat terbit s.d. 30 September 2023 : 11.420
• Nilai IKM Agustus 2023 : 86,4

“Warga cukup datang sekali, bahkan tidak perlu datang,” kata André Setiadi, Kepala Desa
Sukamulya, saat sosialisasi di Café Balai Desa pada Mei 2023.

Regulasi: {PERBUP}.
"""


def build_cp1252_summary(target: Path) -> None:
    """cp1252 bytes (–, “ ”, •, é, ±) and CRLF line ends: valid cp1252, invalid UTF-8."""
    target.write_bytes(RINGKASAN.replace("\n", "\r\n").encode("cp1252"))


if __name__ == "__main__":
    main()
