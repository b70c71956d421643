"""A document being written: which indicators it gives evidence for, and the sentences that do so.

Layouts ask the draft for sentences; the draft records every indicator (with its level) and every denial
the moment it writes the sentence, so a label can never claim evidence the text does not contain.
"""

from __future__ import annotations

import random

from .narrative_facts import (
    Facts,
    level_aktor,
    level_benefit,
    level_channels,
    level_count3,
    level_days,
    level_jejaring,
    level_pengaduan,
    level_sdm,
    level_speed,
    level_video,
    month_name,
)

CODES = [
    "regulasi",
    "sdm",
    "anggaran",
    "alat_kerja",
    "bimtek",
    "rkpd",
    "aktor",
    "pelaksana",
    "jejaring",
    "sosialisasi",
    "pedoman_teknis",
    "informasi_layanan",
    "kemudahan_proses",
    "pengaduan",
    "layanan_terintegrasi",
    "replikasi",
    "kecepatan_penciptaan",
    "kemanfaatan",
    "monev",
    "video",
]

# Where a layout usually places each indicator's sentence.
GROUPS = {
    "legal": ["regulasi", "pelaksana"],
    "people": ["sdm", "pelaksana", "jejaring", "aktor", "bimtek"],
    "money": ["anggaran", "rkpd"],
    "service": [
        "alat_kerja",
        "layanan_terintegrasi",
        "informasi_layanan",
        "kemudahan_proses",
        "pedoman_teknis",
        "pengaduan",
    ],
    "time": ["kecepatan_penciptaan"],
    "results": ["kemanfaatan", "replikasi", "monev", "sosialisasi", "video"],
}


def join_id(items: list[str]) -> str:
    """Indonesian enumeration: 'a, b dan c'."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def rupiah(amount: int) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".")


def number_id(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


class Draft:
    """One document's evidence plan and its record of what was actually written."""

    def __init__(self, facts: Facts, rng: random.Random, doc_type: str):
        self.f = facts
        self.inv = facts.inv
        self.rng = rng
        self.doc_type = doc_type
        self.indicators: dict[str, int | None] = {}
        self.negated: list[str] = []
        self.tags: set[str] = set()
        self.want: set[str] = set()
        self.deny: set[str] = set()
        self.shown: set[str] = set()
        self.english = False
        self.second = None  # a second innovation the document may also describe

    # ---- planning -------------------------------------------------------------------------------------

    def feasible(self, code: str) -> bool:
        f, inv = self.f, self.inv
        live = inv.tahapan != "inisiatif"
        return {
            "regulasi": f.reg_kind is not None,
            "anggaran": bool(f.budget_years),
            "replikasi": bool(f.replicas),
            "pengaduan": inv.tahapan == "penerapan",
            # procedures with a duration belong to services and internal processes, rarely to programmes
            "kemudahan_proses": live and (inv.bentuk != "urusan_lainnya" or inv.key % 3 == 0),
            "layanan_terintegrasi": live and (inv.digital or inv.bentuk == "pelayanan_publik"),
            "sdm": True,
            "jejaring": True,
            "alat_kerja": live or inv.digital,
        }.get(code, live)

    def deniable(self, code: str) -> bool:
        f, inv = self.f, self.inv
        return {
            "regulasi": f.reg_kind is None,
            "anggaran": not f.budget_years,
            "replikasi": inv.tahapan == "penerapan" and not f.replicas,
            "sdm": inv.tahapan == "inisiatif",
            "pelaksana": inv.tahapan == "inisiatif",
            "bimtek": inv.tahapan != "penerapan",
            "rkpd": inv.tahapan == "inisiatif",
            "sosialisasi": inv.tahapan != "penerapan",
            "pedoman_teknis": inv.tahapan != "penerapan",
            "kemudahan_proses": inv.tahapan != "penerapan" and inv.bentuk != "urusan_lainnya",
            "monev": inv.tahapan != "penerapan",
            "video": inv.tahapan != "penerapan",
            "layanan_terintegrasi": False,
        }.get(code, False)

    def plan(self, chances: dict[str, float], deny_chance: float = 0.5) -> None:
        """Choose evidence by per-indicator probability; absent facts may be mentioned as absent."""
        for code, chance in chances.items():
            if self.feasible(code) and self.rng.random() < chance:
                self.want.add(code)
            elif self.deniable(code) and self.rng.random() < deny_chance * (chance + 0.3):
                self.deny.add(code)

    # ---- profile ----------------------------------------------------------------------------------------

    def problem(self) -> str:
        self.shown.add("urusan")
        return self.inv.problem

    def method(self) -> str:
        self.shown.update({"urusan", "bentuk", "jenis", "also"})
        return self.inv.method

    def gist(self) -> str:
        """The method's first sentence: enough to tell the sector, not the form or the overlap."""
        self.shown.add("urusan")
        return self.inv.method.split(". ")[0].rstrip(".") + "."

    def benefit(self) -> str:
        return self.inv.benefit

    def stage(self) -> str:
        """A sentence that makes the stage plain, without dates precise enough to be speed evidence."""
        self.shown.add("tahapan")
        inv, f, r = self.inv, self.f, self.rng
        if inv.tahapan == "inisiatif":
            return r.choice(
                [
                    f"{inv.name} masih berupa gagasan dan direncanakan mulai diujicobakan pada tahun "
                    f"{f.t0 + 1}.",
                    f"Saat ini {inv.name} berada pada tahap inisiatif; rancangannya telah dipaparkan "
                    f"kepada pimpinan "
                    f"dan menunggu persetujuan untuk diujicobakan.",
                    f"Inovasi ini belum diujicobakan. Usulan ini diajukan sebagai ide inovasi tahun {f.t0}.",
                ]
            )
        if inv.tahapan == "uji_coba":
            sites = r.choice(
                [
                    "dua desa",
                    "tiga kelurahan",
                    "satu kecamatan",
                    "dua puskesmas",
                    "lima sekolah",
                    "wilayah percontohan",
                ]
            )
            return r.choice(
                [
                    f"Sejak {month_name(f.trial)} {inv.name} diujicobakan di {sites} sebelum diterapkan di "
                    f"seluruh "
                    f"{f.region.pemda}.",
                    f"Saat ini inovasi masih dalam tahap uji coba di {sites}.",
                    f"{inv.name} sedang diujicobakan secara terbatas; hasil uji coba akan menjadi dasar "
                    f"penerapan penuh.",
                ]
            )
        return r.choice(
            [
                f"{inv.name} telah diterapkan sejak {f.applied[0]} dan kini menjadi bagian dari layanan "
                f"rutin.",
                f"Sejak {month_name(f.applied)} inovasi ini diterapkan secara penuh di {inv.place}.",
                f"Inovasi sudah berjalan dan diterapkan secara berkelanjutan di {f.region.pemda}.",
                f"Setelah masa uji coba, {inv.name} diterapkan di seluruh wilayah sejak {f.applied[0]}.",
            ]
        )

    def initiator(self) -> str:
        self.shown.add("inisiator")
        inv, f, r = self.inv, self.f, self.rng
        who = {
            "kepala_daerah": r.choice(
                [
                    f"Gagasan {inv.name} datang langsung dari {f.region.head} dan menjadi salah satu program "
                    f"prioritas daerah.",
                    f"Inovasi ini merupakan arahan {f.region.head} dalam rapat pimpinan.",
                    f"Ide awal dicetuskan oleh {f.region.head} saat kunjungan kerja ke lapangan.",
                ]
            ),
            "anggota_dprd": r.choice(
                [
                    f"Ide {inv.name} berasal dari usulan anggota DPRD {f.region.short} dalam rapat dengar "
                    f"pendapat "
                    f"bersama {inv.opd}.",
                    f"Inovasi ini diinisiasi oleh {f.initiator_person}, anggota DPRD {f.region.pemda}, "
                    f"berdasarkan "
                    f"aspirasi warga saat reses.",
                    f"Gagasan ini pertama kali disampaikan anggota dewan dari Komisi "
                    f"{r.choice(['I', 'II', 'III', 'IV'])} DPRD {f.region.short} melalui pokok-pokok "
                    f"pikiran DPRD.",
                ]
            ),
            "opd": r.choice(
                [
                    f"Inovasi ini diinisiasi oleh {inv.opd} {f.region.pemda}.",
                    f"{inv.opd} menggagas {inv.name} sebagai jawaban atas permasalahan tersebut.",
                    f"Inisiator inovasi adalah perangkat daerah, yaitu {inv.opd}.",
                ]
            ),
            "asn": r.choice(
                [
                    f"Ide {inv.name} digagas oleh {f.initiator_person}, ASN di {inv.place}.",
                    f"Inovator: {f.initiator_person} (aparatur sipil negara pada {inv.place}).",
                    f"Gagasan ini lahir dari {f.initiator_person}, pegawai {inv.place} yang melihat langsung "
                    f"persoalan di lapangan.",
                ]
            ),
            "masyarakat": r.choice(
                [
                    f"Inovasi ini berawal dari inisiatif masyarakat, dipelopori oleh {f.initiator_person} "
                    f"bersama "
                    f"warga setempat, kemudian difasilitasi {inv.opd}.",
                    f"Gagasan {inv.name} datang dari kelompok masyarakat dan kemudian diadopsi oleh "
                    f"{inv.opd}.",
                    f"Inisiator: masyarakat ({f.initiator_person}, tokoh masyarakat setempat).",
                ]
            ),
        }
        return who[inv.inisiator]

    # ---- evidence ---------------------------------------------------------------------------------------

    def say(self, code: str) -> str:
        """The evidence sentence for `code` if planned and not yet written; records the label."""
        if code not in self.want or code in self.indicators:
            return ""
        text, level = getattr(self, "_" + code)()
        self.indicators[code] = level
        return text

    def unsay(self, code: str) -> str:
        """The sentence mentioning `code` as absent, planned or in progress."""
        if code not in self.deny or code in self.negated or code in self.indicators:
            return ""
        self.negated.append(code)
        return getattr(self, "_no_" + code)()

    def group(self, name: str) -> list[str]:
        out = [self.say(c) for c in GROUPS[name]] + [self.unsay(c) for c in GROUPS[name]]
        return [s for s in out if s]

    def rest(self) -> list[str]:
        out = [self.say(c) for c in CODES] + [self.unsay(c) for c in CODES]
        return [s for s in out if s]

    def pending(self, name: str | None = None) -> bool:
        codes = GROUPS[name] if name else CODES
        return any(
            (c in self.want and c not in self.indicators) or (c in self.deny and c not in self.negated)
            for c in codes
        )

    # individual indicators: each returns (sentence, level or None) -------------------------------------

    def _regulasi(self):
        f, inv, r = self.f, self.inv, self.rng
        title = r.choice(
            [
                f"Penerapan Inovasi {inv.full}",
                f"Penetapan {inv.name} sebagai Inovasi Daerah",
                f"Penyelenggaraan {inv.expansion or inv.name}",
            ]
        )
        if r.random() < 0.12:
            return (
                f"{inv.name} telah memiliki payung hukum berupa surat keputusan penetapan inovasi "
                f"yang ditandatangani pimpinan.",
                None,
            )
        if f.reg_kind == "sk_opd":
            return (
                r.choice(
                    [
                        f"Inovasi ini ditetapkan melalui Keputusan {f.head_of_opd} Nomor {f.reg_number} "
                        f"tentang {title}.",
                        f"Dasar pelaksanaan di tingkat perangkat daerah adalah SK {f.head_of_opd} Nomor "
                        f"{f.reg_number}.",
                    ]
                ),
                1,
            )
        if f.reg_kind == "sk_kd":
            return (
                r.choice(
                    [
                        f"{inv.name} ditetapkan sebagai inovasi daerah melalui Keputusan {f.region.head} "
                        f"Nomor "
                        f"{f.reg_number} tentang Penetapan Inovasi Daerah {f.region.pemda} Tahun "
                        f"{f.reg_year}, yang "
                        f"lampirannya memuat {inv.name}.",
                        f"Keputusan {f.region.head} Nomor {f.reg_number} tentang {title}.",
                    ]
                ),
                2,
            )
        if f.reg_kind == "perkada":
            return (
                r.choice(
                    [
                        f"{f.region.perkada} Nomor {f.reg_number} tentang {title}.",
                        f"Penerapan {inv.name} diatur dalam {f.region.perkada} Nomor {f.reg_number}.",
                    ]
                ),
                2,
            )
        return (f"Peraturan Daerah {f.region.pemda} Nomor {f.reg_number} tentang {title}.", 3)

    def _no_regulasi(self):
        f, inv, r = self.f, self.inv, self.rng
        return r.choice(
            [
                f"SK penetapan {inv.name} sedang disusun dan ditargetkan terbit pada tahun {f.t0 + 1}.",
                f"Sampai saat ini inovasi belum memiliki dasar hukum tersendiri; rancangan "
                f"{f.region.perkada} "
                f"masih dalam proses harmonisasi di Bagian Hukum.",
                f"Penetapan {inv.name} melalui Keputusan {f.region.head} masih dalam tahap pengusulan.",
                "Regulasi khusus yang menetapkan inovasi ini belum ada.",
            ]
        )

    def _sdm(self):
        f, r = self.f, self.rng
        roles = r.choice(
            [
                "koordinator, operator, dan petugas lapangan",
                "penanggung jawab, admin sistem, verifikator, dan petugas layanan",
                "ketua, sekretaris, dan anggota pelaksana",
                "tenaga teknis dan tenaga pendukung",
            ]
        )
        if self.english and r.random() < 0.5:
            return (f"The implementing team consists of {f.team} people ({roles}).", level_sdm(f.team))
        if r.random() < 0.12:
            return (f"Pelaksanaan didukung oleh tim yang terdiri atas {roles}.", None)
        return (
            r.choice(
                [
                    f"Tim pelaksana {self.inv.name} berjumlah {f.team} orang yang terdiri atas {roles}.",
                    f"Inovasi ini dijalankan oleh {f.team} orang SDM, meliputi {roles}.",
                    f"Jumlah SDM yang terlibat sebanyak {f.team} orang.",
                    f"Sebanyak {f.team} orang petugas ditugaskan menangani {self.inv.name}.",
                ]
            ),
            level_sdm(f.team),
        )

    def _no_sdm(self):
        return self.rng.choice(
            [
                "Tim pelaksana belum dibentuk secara resmi; untuk sementara kegiatan ditangani staf yang "
                "ada.",
                "Struktur tim inovasi akan ditetapkan setelah usulan disetujui.",
            ]
        )

    def _budget_source(self) -> str:
        inv, r = self.inv, self.rng
        if inv.urusan == "kesehatan" and r.random() < 0.5:
            return r.choice(["dana Bantuan Operasional Kesehatan (BOK)", "dana kapitasi JKN"])
        if inv.urusan == "pendidikan" and r.random() < 0.5:
            return "dana BOSP yang dituangkan dalam RKAS"
        if inv.urusan == "desa" and r.random() < 0.5:
            return "APBDes (Dana Desa)"
        return r.choice(["APBD", f"APBD {self.f.region.pemda}", f"DPA {inv.opd}"])

    def _anggaran(self):
        f, r = self.f, self.rng
        source = self._budget_source()
        years = f.budget_years
        if r.random() < 0.12:
            return (f"Pembiayaan kegiatan bersumber dari {source}.", None)
        if self.english and r.random() < 0.5:
            return (
                f"Funding comes from the regional budget ({source}) for fiscal year(s) {join_id(years)}.",
                level_count3(len(years)),
            )
        detail = join_id([f"{y} sebesar {rupiah(a)}" for y, a in zip(years, f.budget_amounts, strict=True)])
        return (
            r.choice(
                [
                    f"Kegiatan ini dianggarkan dalam {source} tahun {join_id(years)}.",
                    f"Dukungan anggaran berasal dari {source}, yaitu tahun {detail}.",
                    f"Anggaran {self.inv.name} tersedia pada {source} Tahun Anggaran {join_id(years)}.",
                ]
            ),
            level_count3(len(years)),
        )

    def _no_anggaran(self):
        f, r = self.f, self.rng
        return r.choice(
            [
                f"Kebutuhan biaya akan dianggarkan pada tahun {f.t0 + 1}.",
                "Inovasi ini belum mendapat dukungan anggaran khusus; kegiatan berjalan dengan biaya "
                "operasional "
                "rutin dan swadaya.",
                f"Usulan anggaran telah diajukan untuk APBD Perubahan {f.t0}, namun belum ditetapkan.",
            ]
        )

    def _alat_kerja(self):
        f, r, inv = self.f, self.rng, self.inv
        if f.tools == 3:
            return (
                r.choice(
                    [
                        f"Alat kerja utama berupa sistem informasi daring {inv.name} yang diakses melalui "
                        f"peramban dan "
                        f"aplikasi Android, didukung server di pusat data daerah.",
                        "Sarana kerja: aplikasi berbasis web dan Android, server, serta jaringan internet "
                        "di setiap "
                        "titik layanan.",
                    ]
                ),
                3,
            )
        if f.tools == 2:
            return (
                r.choice(
                    [
                        "Peralatan yang digunakan meliputi komputer, printer, tablet, dan pemindai.",
                        "Alat kerja yang dipakai petugas adalah laptop, telepon genggam, dan printer "
                        "portabel.",
                    ]
                ),
                2,
            )
        return (
            r.choice(
                [
                    "Alat kerja masih manual: buku register, formulir cetak, papan informasi, dan kartu "
                    "kendali.",
                    "Sarana yang digunakan berupa formulir kertas, buku catatan kader, dan map arsip.",
                ]
            ),
            1,
        )

    def _bimtek(self):
        f, r = self.f, self.rng
        n = len(f.bimtek_years)
        years = join_id(sorted(set(f.bimtek_years)))
        if r.random() < 0.12:
            return ("Petugas pelaksana telah mengikuti bimbingan teknis penggunaan inovasi.", None)
        return (
            r.choice(
                [
                    f"Bimbingan teknis bagi pelaksana telah dilaksanakan sebanyak {n} kali, yaitu pada "
                    f"tahun {years}.",
                    f"Peningkatan kapasitas dilakukan melalui {n} kali bimtek ({years}) dengan peserta "
                    f"operator dan "
                    f"petugas lapangan.",
                    f"Selama tiga tahun terakhir telah digelar {n} kali pelatihan bagi petugas.",
                ]
            ),
            level_count3(n),
        )

    def _no_bimtek(self):
        return self.rng.choice(
            [
                "Bimtek bagi petugas pelaksana direncanakan pada triwulan berikutnya.",
                "Pelatihan operator belum dilaksanakan dan akan diusulkan dalam anggaran tahun depan.",
            ]
        )

    def _rkpd(self):
        f, r, inv = self.f, self.rng, self.inv
        doc = "RKPD"
        if inv.urusan == "desa" and r.random() < 0.5:
            doc = "RKP Desa"
        elif inv.urusan == "pendidikan" and r.random() < 0.4:
            doc = "RKAS"
        elif inv.urusan == "kesehatan" and r.random() < 0.4:
            doc = "RUK Puskesmas"
        if r.random() < 0.12:
            return (f"Program dan kegiatan inovasi ini telah terintegrasi dalam {doc}.", None)
        years = join_id(f.rkpd_years)
        return (
            r.choice(
                [
                    f"Kegiatan {inv.name} tercantum dalam {doc} Tahun {years}.",
                    f"Program ini telah diintegrasikan ke dalam {doc} "
                    f"{f.region.pemda if doc == 'RKPD' else ''} "
                    f"tahun {years}.".replace("  ", " "),
                    f"Inovasi masuk dalam dokumen perencanaan ({doc}) tahun {years}.",
                ]
            ),
            level_count3(len(f.rkpd_years)),
        )

    def _no_rkpd(self):
        return f"Kegiatan inovasi akan diusulkan masuk RKPD tahun {self.f.t0 + 1}."

    def _aktor(self):
        f, r = self.f, self.rng
        parts = [f"{kind} ({who})" for kind, who in f.actors]
        if r.random() < 0.5:
            text = f"Aktor yang terlibat berasal dari unsur {join_id(parts)}."
        else:
            text = (
                f"Pelaksanaan melibatkan {join_id([who for _, who in f.actors])}, sehingga unsur "
                f"{join_id([k for k, _ in f.actors])} ikut berperan."
            )
        return text, level_aktor(len(f.actors))

    def _pelaksana(self):
        f, r = self.f, self.rng
        if f.pelaksana == 1:
            return (
                f"Pelaksana inovasi adalah pegawai {self.inv.place} sesuai tugas masing-masing, tanpa surat "
                f"penugasan khusus.",
                1,
            )
        if f.pelaksana == 2:
            return (
                r.choice(
                    [
                        f"Petugas pelaksana ditunjuk melalui Surat Tugas {f.head_of_opd} Nomor "
                        f"094/{r.randint(20, 900)}/{f.opd_acronym}/{f.t0}.",
                        f"Penugasan pelaksana ditetapkan dengan surat perintah {f.head_of_opd}.",
                    ]
                ),
                2,
            )
        return (
            r.choice(
                [
                    f"Tim pelaksana {self.inv.name} bekerja atas dasar surat perintah tugas dari "
                    f"{f.region.head}.",
                    f"Pelaksana inovasi ditugaskan berdasarkan Surat Perintah {f.region.head} Nomor "
                    f"800/{r.randint(20, 900)}/{f.t0}.",
                ]
            ),
            3,
        )

    def _no_pelaksana(self):
        return "Surat penugasan tim pelaksana belum diterbitkan."

    def _jejaring(self):
        f, r = self.f, self.rng
        units = f.network
        if r.random() < 0.1:
            return ("Inovasi ini dijalankan secara lintas perangkat daerah.", None)
        return (
            r.choice(
                [
                    f"{self.inv.name} melibatkan {len(units)} perangkat daerah, yaitu {join_id(units)}.",
                    f"Jejaring pelaksanaan meliputi {join_id(units)}.",
                    f"Perangkat daerah yang terlibat: {join_id(units)}.",
                ]
            ),
            level_jejaring(len(units)),
        )

    def _sosialisasi(self):
        f, r = self.f, self.rng
        parts = []
        if 1 in f.socials:
            parts.append(
                r.choice(
                    [
                        "pemasangan spanduk dan baliho di titik layanan",
                        "banner dan leaflet yang dibagikan saat pertemuan warga",
                    ]
                )
            )
        if 2 in f.socials:
            parts.append(
                r.choice(
                    [
                        f"akun Instagram resmi pemerintah daerah ({f.region.handle})",
                        f"kanal YouTube dan Facebook {f.region.pemda}",
                    ]
                )
            )
        if 3 in f.socials:
            parts.append(
                f"pemberitaan di media {r.choice(['Antara', 'Tribun', 'RRI', 'Kompas.com'])} dan "
                f"{r.choice(['Radar', 'Detik.com', 'TVRI daerah', 'Republika'])}"
            )
        return (f"Sosialisasi {self.inv.name} dilakukan melalui {join_id(parts)}.", max(f.socials))

    def _no_sosialisasi(self):
        return self.rng.choice(
            [
                "Sosialisasi kepada masyarakat akan dilaksanakan setelah uji coba selesai.",
                "Inovasi ini belum disosialisasikan secara luas.",
            ]
        )

    def _pedoman_teknis(self):
        f, r = self.f, self.rng
        if f.guide == 3:
            return (
                f"Petunjuk teknis penggunaan tersedia daring di laman "
                f"{self.inv.name.lower().replace(' ', '')}.{f.region.short.lower().replace(' ', '')}"
                f".go.id/panduan.",
                3,
            )
        if f.guide == 2:
            return ("Buku panduan dalam bentuk berkas PDF dibagikan kepada petugas melalui grup WhatsApp.", 2)
        return (
            r.choice(
                [
                    "Buku panduan pelaksanaan dicetak dan dibagikan kepada setiap petugas.",
                    "Petugas berpegang pada buku saku petunjuk teknis yang dicetak dinas.",
                ]
            ),
            1,
        )

    def _no_pedoman_teknis(self):
        return self.rng.choice(
            [
                "Buku panduan inovasi sedang disusun.",
                "Petunjuk teknis belum tersedia dan akan disusun setelah uji coba.",
            ]
        )

    def _informasi_layanan(self):
        f, r = self.f, self.rng
        channels = [
            c
            if c != "layanan WhatsApp"
            else f"layanan WhatsApp 08{r.randint(11, 59)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            for c in f.channels
        ]
        return (
            r.choice(
                [
                    f"Informasi layanan dapat diperoleh melalui {join_id(channels)}.",
                    f"Masyarakat dapat mengakses informasi {self.inv.name} lewat {join_id(channels)}.",
                ]
            ),
            level_channels(len(channels)),
        )

    def _kemudahan_proses(self):
        f, r = self.f, self.rng
        return (
            r.choice(
                [
                    f"Sesuai SOP, layanan selesai dalam {f.process_phrase}.",
                    f"Waktu penyelesaian layanan paling lama {f.process_phrase} sejak berkas lengkap.",
                    f"Prosedur dipangkas sehingga proses kini hanya memerlukan {f.process_phrase}.",
                ]
            ),
            level_days(f.process_days),
        )

    def _no_kemudahan_proses(self):
        return self.rng.choice(
            ["Inovasi ini belum memiliki SOP baku.", "SOP layanan masih dalam tahap penyusunan."]
        )

    def _pengaduan(self):
        f, r = self.f, self.rng
        total, done = f.complaints
        pct = 100 * done / total
        if r.random() < 0.15:
            return ("Pengaduan masyarakat diterima melalui SP4N-LAPOR! dan direkap setiap bulan.", None)
        return (
            r.choice(
                [
                    f"Selama tahun {f.t0 - 1} masuk {total} pengaduan, {done} di antaranya telah "
                    f"diselesaikan "
                    f"({number_id(pct, 1)}%).",
                    f"Rasio penyelesaian pengaduan mencapai {number_id(pct, 1)} persen ({done} dari "
                    f"{total} aduan).",
                ]
            ),
            level_pengaduan(pct),
        )

    def _layanan_terintegrasi(self):
        f, inv, r = self.f, self.inv, self.rng
        if f.integration == 1:
            return (f"Aplikasi {inv.name} masih berdiri sendiri (standalone).", 1)
        if f.integration == 2:
            return (f"Sistem ini terintegrasi dengan aplikasi lain di lingkungan {inv.opd}.", 2)
        if inv.digital:
            return (
                r.choice(
                    [
                        f"{inv.name} terhubung dengan {f.integration_with} milik instansi lain sehingga "
                        f"data tidak "
                        f"perlu diinput ulang.",
                        f"Layanan telah terintegrasi lintas instansi, antara lain dengan "
                        f"{f.integration_with}.",
                    ]
                ),
                3,
            )
        return (
            f"Layanan ini juga dibuka di Mal Pelayanan Publik {f.region.short} bersama gerai "
            f"perangkat daerah lain.",
            3,
        )

    def _replikasi(self):
        f, r = self.f, self.rng
        places = f.replicas
        return (
            r.choice(
                [
                    f"{self.inv.name} telah direplikasi oleh {join_id(places)} melalui perjanjian kerja "
                    f"sama.",
                    f"Inovasi ini sudah diadopsi daerah lain, yaitu {join_id(places)}, dengan PKS replikasi.",
                ]
            ),
            level_count3(len(places)),
        )

    def _no_replikasi(self):
        other = self.rng.choice(
            [
                p
                for p in ("Kabupaten Bone", "Kota Kendari", "Kabupaten Sleman", "Kabupaten Gowa")
                if p != self.inv.pemda
            ]
        )
        return self.rng.choice(
            [
                "Sampai saat ini belum ada daerah lain yang mereplikasi inovasi ini.",
                f"{other} telah melakukan studi tiru, namun PKS replikasi masih dalam pembahasan.",
            ]
        )

    def _kecepatan_penciptaan(self):
        f, r, inv = self.f, self.rng, self.inv
        months = f.creation_months
        self.shown.add("tahapan")
        end = f.applied or f.trial
        verb = "diterapkan" if f.applied else "diujicobakan"
        return (
            r.choice(
                [
                    f"Ide {inv.name} muncul pada {month_name(f.idea)} dan mulai {verb} pada "
                    f"{month_name(end)}, sehingga "
                    f"proses penciptaan inovasi memerlukan waktu {months} bulan.",
                    f"Waktu yang dibutuhkan dari penjaringan ide ({month_name(f.idea)}) hingga inovasi "
                    f"{verb} "
                    f"({month_name(end)}) adalah {months} bulan.",
                ]
            ),
            level_speed(months),
        )

    def _kemanfaatan(self):
        f, r, inv = self.f, self.rng, self.inv
        n = number_id(f.beneficiaries)
        if r.random() < 0.12:
            before = r.randint(40, 70)
            return (
                f"Capaian layanan meningkat dari {before}% sebelum inovasi menjadi "
                f"{before + r.randint(8, 25)}% "
                f"pada tahun {f.t0 - 1}.",
                None,
            )
        if self.english and r.random() < 0.5:
            return (
                f"So far {n} beneficiaries ({inv.target}) have been served.",
                level_benefit(f.beneficiaries),
            )
        return (
            r.choice(
                [
                    f"Sampai akhir tahun {f.t0 - 1} tercatat {n} penerima manfaat dari kalangan "
                    f"{inv.target}.",
                    f"Jumlah penerima manfaat mencapai {n} orang.",
                    f"Inovasi ini telah menjangkau {n} {inv.target}.",
                ]
            ),
            level_benefit(f.beneficiaries),
        )

    def _monev(self):
        f, r, inv = self.f, self.rng, self.inv
        if f.monev == 1:
            return (
                r.choice(
                    [
                        f"Monitoring dan evaluasi internal dilakukan setiap triwulan oleh {inv.opd}.",
                        "Evaluasi dilakukan secara internal melalui rapat bulanan tim pelaksana.",
                    ]
                ),
                1,
            )
        if f.monev == 2:
            return (
                f"Survei Kepuasan Masyarakat terhadap layanan ini menghasilkan nilai IKM "
                f"{number_id(f.ikm, 2)} (kategori {'Sangat Baik' if f.ikm >= 88.31 else 'Baik'}).",
                2,
            )
        return (
            f"Evaluasi dampak dilakukan oleh tim peneliti {f.region.university} dengan metode survei dan "
            f"wawancara mendalam.",
            3,
        )

    def _no_monev(self):
        return self.rng.choice(
            [
                "Survei kepuasan masyarakat belum dilaksanakan; rencananya pada semester kedua.",
                "Monitoring dan evaluasi akan dilakukan setelah inovasi berjalan enam bulan.",
            ]
        )

    def _video(self):
        f, r = self.f, self.rng
        url = r.choice(
            [
                f"https://youtu.be/{f.video_id}",
                f"https://www.youtube.com/watch?v={f.video_id}",
                f"https://drive.google.com/file/d/1{f.video_id}{f.video_id[:6]}/view",
            ]
        )
        if r.random() < 0.4:
            return (f"Video inovasi dapat disaksikan di {url}.", None)
        elements = ["latar belakang", "penjaringan ide", "pemilihan ide", "manfaat", "dampak"][
            : f.video_elements
        ]
        return (
            f"Video inovasi berdurasi {r.randint(2, 4)} menit {r.randint(5, 55)} detik ({url}) memuat "
            f"{join_id(elements)} inovasi.",
            level_video(len(elements)),
        )

    def _no_video(self):
        return "Video profil inovasi sedang dalam proses produksi."
