"""Training corpus, administrative half: decrees, assignment letters, invitations and attendance lists,
certificates, budget extracts, plans and cooperation agreements about the innovations of `adm_bank`.

    python -m samples.corpus.authoring.administrative --out samples/corpus/train

writes one `a0001-<doctype>-<slug>.txt` per document (pages separated by form feeds) and
`labels-administrative.jsonl` beside them. The same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from samples.corpus.authoring import adm_kerjasama as ks
from samples.corpus.authoring import adm_keuangan as keu
from samples.corpus.authoring import adm_regulasi as reg
from samples.corpus.authoring import adm_surat as srt
from samples.corpus.authoring.adm_bank import INNOVATIONS, Innovation
from samples.corpus.authoring.adm_common import Draft, ocr_noise, word_count

LABEL_FILE = "labels-administrative.jsonl"

# The sector a reader infers from the unit's name alone; units not listed name no sector by themselves.
_UNIT_SECTOR = [
    ("Puskesmas", "kesehatan"),
    ("RSUD", "kesehatan"),
    ("Dinas Kesehatan", "kesehatan"),
    ("Dinas Pendidikan", "pendidikan"),
    ("SMP Negeri", "pendidikan"),
    ("SMA Negeri", "pendidikan"),
    ("SMK Negeri", "pendidikan"),
    ("SD Negeri", "pendidikan"),
    ("Masyarakat dan Desa", "desa"),
    ("Pemerintah Desa", "desa"),
    ("Pekerjaan Umum", "pupr"),
    ("Perumahan", "perumahan"),
    ("Penanggulangan Bencana", "trantibum"),
    ("Pemadam Kebakaran", "trantibum"),
    ("Polisi Pamong", "trantibum"),
    ("Dinas Sosial", "sosial"),
    ("Tenaga Kerja", "tenaga_kerja"),
    ("Perempuan dan Perlindungan Anak", "pppa"),
    ("Ketahanan Pangan", "pangan"),
    ("Lingkungan Hidup", "lingkungan_hidup"),
    ("Kependudukan dan Pencatatan Sipil", "adminduk"),
    ("Keluarga Berencana", "kb"),
    ("Dinas Perhubungan", "perhubungan"),
    ("Koperasi", "ukm"),
    ("Penanaman Modal", "penanaman_modal"),
    ("Pemuda dan Olahraga", "pemuda_olahraga"),
    ("Kebudayaan", "kebudayaan"),
    ("Perpustakaan", "perpustakaan"),
    ("Kelautan dan Perikanan", "kelautan_perikanan"),
    ("Dinas Pariwisata", "pariwisata"),
    ("Dinas Pertanian", "pertanian"),
    ("Dinas Kehutanan", "kehutanan"),
    ("Energi dan Sumber Daya", "esdm"),
    ("Dinas Perdagangan", "perdagangan"),
    ("Dinas Perindustrian", "perindustrian"),
    ("Transmigrasi", "transmigrasi"),
    ("Perencanaan Pembangunan", "perencanaan"),
    ("Pendapatan", "keuangan"),
    ("Pengelolaan Keuangan", "keuangan"),
    ("Kepegawaian", "kepegawaian"),
    ("Pengembangan Sumber Daya Manusia", "diklat"),
    ("Riset dan Inovasi", "litbang"),
    ("Inspektorat", "fungsi_lain"),
    ("Bagian Hukum", "fungsi_lain"),
    ("Komunikasi dan Informatika", "kominfo"),
    ("Komunikasi, Informatika", "kominfo"),
    ("Statistik", "statistik"),
    ("Persandian", "persandian"),
    ("Kearsipan", "kearsipan"),
    ("Pertanahan", "pertanahan"),
]


def unit_sectors(opd: str) -> set[str]:
    return {sector for key, sector in _UNIT_SECTOR if key in opd}


@dataclass
class Slot:
    """One line of the plan: a layout, how many documents, which innovations fit, extra options."""

    make: Callable[..., Draft]
    count: int
    fits: Callable[[Innovation], bool] = lambda inv: True
    options: dict = field(default_factory=dict)
    ocr: int = 0  # how many of these documents get the scanned look
    needs_others: bool = False


def _running(inv: Innovation) -> bool:
    return inv.tahapan != "inisiatif"


def _applied(inv: Innovation) -> bool:
    return inv.tahapan == "penerapan"


def _urusan(*codes: str) -> Callable[[Innovation], bool]:
    return lambda inv: inv.urusan in codes


_NOT_IN_SCHOOL_BUDGETS = {"BEASISWA ANAK NAGARI", "SIPINTAR", "RUMAH PINTAR PAUD", "GURU PENGGERAK DIGITAL"}


def _school_based(inv: Innovation) -> bool:
    return inv.urusan == "pendidikan" and inv.name not in _NOT_IN_SCHOOL_BUDGETS


def _health(inv: Innovation) -> bool:
    return inv.urusan == "kesehatan" and inv.opd.startswith(("Puskesmas", "Dinas Kesehatan"))


def _institutional(inv: Innovation) -> bool:
    return inv.opd.startswith(("Dinas", "Badan"))


def plan() -> list[Slot]:
    return [
        # regulasi
        Slot(reg.keputusan_team, 10, options={"by_head": False}, ocr=2),
        Slot(reg.keputusan_team, 3, options={"by_head": False, "negation": True}),
        Slot(reg.keputusan_team, 10, options={"by_head": True}, ocr=2),
        Slot(reg.keputusan_team, 3, options={"by_head": True, "negation": True}, ocr=1),
        Slot(reg.keputusan_team, 3, _urusan("desa"), {"by_head": False}),
        Slot(reg.keputusan_unit_short, 5, ocr=2),
        Slot(reg.perkada, 6, _running),
        Slot(reg.perkada, 2, _running, {"negation": True}),
        Slot(reg.perda, 5, _applied),
        Slot(reg.keputusan_list, 8, _running, needs_others=True),
        # surat_tugas
        Slot(srt.surat_perintah_tim, 9, _running, {"by_head": False}, ocr=2),
        Slot(srt.surat_perintah_tim, 2, _running, {"by_head": False, "english": True}),
        Slot(srt.surat_perintah_tim, 6, _running, {"by_head": True}, ocr=1),
        Slot(
            srt.surat_perintah_tim,
            2,
            lambda inv: _running(inv) and "desa" in unit_sectors(inv.opd),
            {"by_head": False},
        ),
        Slot(srt.surat_tugas_short, 6, _running),
        Slot(srt.surat_tugas_bimtek, 6, _running, ocr=2),
        Slot(srt.surat_tugas_studi_tiru, 4),
        # undangan_daftar_hadir
        Slot(srt.undangan_bimtek, 6, _running, {"with_list": False}),
        Slot(srt.undangan_bimtek, 5, _running, {"with_list": True}, ocr=1),
        Slot(srt.undangan_bimtek, 2, _applied, {"with_list": False, "follow_up": 1}),
        Slot(srt.undangan_bimtek, 3, _applied, {"with_list": True, "follow_up": 2}),
        Slot(srt.daftar_hadir, 4, _running, {"kind": "bimtek"}, ocr=1),
        Slot(srt.daftar_hadir, 3, _running, {"kind": "sosialisasi"}),
        Slot(srt.daftar_hadir, 2, options={"kind": "rapat"}),
        Slot(srt.undangan_fgd, 4),
        Slot(srt.undangan_fgd, 2, options={"english": True}),
        Slot(srt.notulen, 6, options={"negation": True}),
        Slot(srt.notulen, 2, options={"negation": True, "english": True}),
        Slot(srt.notulen, 3, _running, {"negation": False, "monev": True}),
        Slot(srt.notulen, 1, _running, {"negation": True, "monev": True}),
        # sertifikat
        Slot(srt.sertifikat_pelatihan, 5, _running, ocr=1),
        Slot(srt.sertifikat_pelatihan, 2, _running, {"english": True}),
        Slot(srt.sertifikat_pelatihan, 2, _running, {"materials": True}),
        Slot(srt.sertifikat_pelatihan, 3, _running, {"role": "NARASUMBER"}),
        Slot(srt.sertifikat_pelatihan, 2, _running, {"role": "PANITIA"}),
        Slot(srt.piagam_penghargaan, 6, _running, ocr=1),
        Slot(srt.piagam_penghargaan, 2, _running, {"english": True}),
        Slot(srt.sertifikat_kader, 5, lambda inv: _running(inv) and not inv.digital),
        # anggaran
        Slot(keu.dpa, 6, options={"years": 1}),
        Slot(keu.dpa, 4, _running, {"years": 2}),
        Slot(keu.dpa, 2, _applied, {"years": 3}),
        Slot(keu.dpa, 3, options={"years": 1, "kind": "RKA"}),
        Slot(keu.dpa, 2, _running, {"years": 1, "kind": "DPPA"}),
        Slot(keu.dpa_not_budgeted, 4),
        Slot(keu.rekap_anggaran, 2, _running, {"years": 2}),
        Slot(keu.rekap_anggaran, 3, _applied, {"years": 3}),
        Slot(keu.rkas, 4, lambda inv: _school_based(inv) and _running(inv), {"as_plan": False}),
        Slot(keu.bok, 4, lambda inv: _health(inv) and _running(inv)),
        Slot(keu.apbdes, 5, lambda inv: inv.urusan == "desa" and _running(inv)),
        # perencanaan
        Slot(keu.rkpd, 8, options={"years": 1}),
        Slot(keu.rkpd, 4, _running, {"years": 2}),
        Slot(keu.rkpd, 3, _applied, {"years": 3}),
        Slot(keu.rkpd, 4, options={"renja": True}),
        Slot(keu.rkpd_not_included, 4),
        Slot(keu.ruk, 4, _health),
        Slot(keu.rkp_desa, 5, _urusan("desa")),
        Slot(keu.rkas, 3, _school_based, {"as_plan": True}),
        Slot(keu.rencana_aksi, 2, lambda inv: inv.tahapan != "penerapan", {"negation": False}),
        Slot(keu.rencana_aksi, 2, lambda inv: inv.tahapan != "penerapan", {"negation": True}),
        # kerja_sama
        Slot(ks.pks_replikasi, 6, _applied, {"unit_level": False}),
        Slot(ks.pks_replikasi, 3, lambda inv: _applied(inv) and _institutional(inv), {"unit_level": True}),
        Slot(ks.pks_replikasi, 1, _applied, {"unit_level": False, "english": True}),
        Slot(ks.replikasi_multi, 3, _applied, {"count": 2}),
        Slot(ks.replikasi_multi, 3, _applied, {"count": 4}),
        Slot(ks.pernyataan_replikasi, 5, _applied),
        Slot(ks.penjajakan_replikasi, 4, _running),
        Slot(ks.mou_pentahelix, 4),
        Slot(ks.mou_pentahelix, 2, options={"english": True}),
        Slot(ks.pks_antar_opd, 5, _running),
    ]


class Picker:
    """Hands out the least-used innovation that fits, so every innovation and sector gets documents."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: Counter[str] = Counter()
        self.sectors: Counter[str] = Counter()

    def pick(self, fits: Callable[[Innovation], bool]) -> Innovation:
        candidates = [inv for inv in INNOVATIONS if fits(inv)]
        # Least-used innovation first, then the least-covered sector among those.
        low = min((self.used[inv.name], self.sectors[inv.urusan]) for inv in candidates)
        choice = self.rng.choice(
            [i for i in candidates if (self.used[i.name], self.sectors[i.urusan]) == low]
        )
        self.used[choice.name] += 1
        self.sectors[choice.urusan] += 1
        return choice


def _finish(d: Draft, inv: Innovation, index: int, rng: random.Random, ocr: bool) -> dict:
    labels = dict(d.labels)
    # The sector is gold only where the text shows it: outright, or through a unit that names it.
    if labels["urusan"] and not d.sector_shown and labels["urusan"] not in unit_sectors(labels["opd"] or ""):
        labels["urusan"] = None
    text = d.text
    # Unit and region are gold only where the (clean) text names them; a region shows by name or place.
    clean = text.lower()
    if labels["opd"] and labels["opd"].lower() not in clean and inv.head.lower() not in clean:
        labels["opd"] = None
    if labels["pemda"] and inv.pemda.place.lower() not in clean:
        labels["pemda"] = None
    if ocr:
        protect = tuple(inv.name.split()) + tuple(inv.pemda.place.split())
        text = "\f".join(ocr_noise(page, rng, protect=protect) for page in d.pages)
        d.tag("ocr_noise")
    if d.negated:
        d.tag("negation")
    if word_count(text) < 80:
        d.tag("short")
    if labels["urusan_also"]:
        d.tag("two_sector")
    overlap = set(d.indicators) & set(d.negated)
    assert not overlap, f"{d.file_slug}: both evidence and negated: {overlap}"
    slug = d.file_slug[:60].rstrip("-")
    return {
        "file": f"a{index:04d}-{d.document_type}-{slug}.txt",
        "document_type": d.document_type,
        "bentuk": labels["bentuk"],
        "urusan": labels["urusan"],
        "urusan_also": labels["urusan_also"] if labels["urusan"] else [],
        "jenis": labels["jenis"],
        "tahapan": labels["tahapan"],
        "inisiator": labels["inisiator"],
        "nama_inovasi": labels["nama_inovasi"],
        "opd": labels["opd"],
        "pemda": labels["pemda"],
        "indicators": dict(sorted(d.indicators.items())),
        "negated": sorted(d.negated),
        "tags": sorted(d.tags),
        "text": text,
    }


_PROVINCIAL = {"kehutanan", "esdm"}


def _neighbours(rng: random.Random, inv: Innovation) -> list[Innovation]:
    """Other innovations in the same decree: distinct units; provincial affairs only in provinces."""
    pool = [x for x in INNOVATIONS if x.name != inv.name]
    rng.shuffle(pool)
    provincial = inv.pemda.kind == "Provinsi"
    units = {inv.opd.split(" ")[0] + inv.urusan}
    chosen = []
    for x in pool:
        key = x.opd.split(" ")[0] + x.urusan
        if (
            key in units
            or (x.urusan in _PROVINCIAL and not provincial)
            or x.opd.startswith(("Pemerintah Desa", "SD"))
        ):
            continue
        units.add(key)
        chosen.append(x)
    return chosen[: rng.randint(3, 14)]


def generate(seed: int = 11) -> list[dict]:
    """All administrative documents with their labels; deterministic for a seed."""
    rng = random.Random(seed)
    picker = Picker(rng)
    docs: list[dict] = []
    for slot in plan():
        for i in range(slot.count):
            inv = picker.pick(slot.fits)
            options = dict(slot.options)
            if slot.needs_others:
                options["others"] = _neighbours(rng, inv)
            draft = slot.make(rng, inv, **options)
            docs.append(_finish(draft, inv, len(docs) + 1, rng, ocr=i < slot.ocr))
    return docs


def write(docs: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / LABEL_FILE).open("w", encoding="utf-8") as labels:
        for doc in docs:
            (out / doc["file"]).write_text(doc["text"], encoding="utf-8")
            record = {k: v for k, v in doc.items() if k != "text"}
            labels.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("samples/corpus/train"))
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    docs = generate(args.seed)
    write(docs, args.out)
    print(f"wrote {len(docs)} documents and {LABEL_FILE} to {args.out}")


if __name__ == "__main__":
    main()
