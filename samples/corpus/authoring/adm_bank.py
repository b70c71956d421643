"""The bank of regional innovations the administrative documents are about (data in adm_bank.psv).

One line an innovation: name | expansion | urusan | overlapping urusan | bentuk | jenis | tahapan |
inisiator | owning unit | pemda | what it is (a noun phrase) | what it is for (a verb phrase).
Bentuk PP/TK/UL, jenis D/N, tahapan I/U/P, inisiator KD/DPRD/OPD/ASN/M.
The "what" phrase of a digital innovation names its online system; a non-digital one describes the
face-to-face or physical work, so a reader of a document quoting it can tell the jenis.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from samples.corpus.authoring.adm_places import PEMDA, Pemda

_BENTUK = {"PP": "pelayanan_publik", "TK": "tata_kelola", "UL": "urusan_lainnya"}
_JENIS = {"D": "digital", "N": "non_digital"}
_TAHAPAN = {"I": "inisiatif", "U": "uji_coba", "P": "penerapan"}
_INISIATOR = {"KD": "kepala_daerah", "DPRD": "anggota_dprd", "OPD": "opd", "ASN": "asn", "M": "masyarakat"}


@dataclass(frozen=True)
class Innovation:
    name: str
    expansion: str
    urusan: str
    also: tuple[str, ...]
    bentuk: str
    jenis: str
    tahapan: str
    inisiator: str
    opd: str
    pemda: Pemda
    what: str
    goal: str

    @property
    def full(self) -> str:
        """'SI-CANTIK (Sistem Informasi …)' or just the name when there is no expansion."""
        return f"{self.name} ({self.expansion})" if self.expansion else self.name

    @property
    def slug(self) -> str:
        cleaned = "".join(c.lower() if c.isalnum() else "-" for c in self.name)
        return "-".join(part for part in cleaned.split("-") if part)[:40]

    @property
    def digital(self) -> bool:
        return self.jenis == "digital"

    @property
    def head(self) -> str:
        """Title of the unit's head: 'Kepala Dinas Kesehatan', 'Camat Airmadidi', 'Kepala Desa Kemiren'."""
        if self.opd.startswith("Kecamatan "):
            return "Camat " + self.opd.removeprefix("Kecamatan ")
        if self.opd.startswith("Pemerintah Desa "):
            return "Kepala Desa " + self.opd.removeprefix("Pemerintah Desa ")
        return f"Kepala {self.opd}"

    @property
    def opd_full(self) -> str:
        return f"{self.opd} {self.pemda.name}"


_BANK = (Path(__file__).parent / "adm_bank.psv").read_text(encoding="utf-8")


def _parse(line: str) -> Innovation:
    cells = line.split("|")
    name, expansion, urusan, also, bentuk, jenis, tahapan, inisiator, opd, pemda, what, goal = cells
    return Innovation(
        name=name,
        expansion=expansion,
        urusan=urusan,
        also=tuple(a for a in also.split(",") if a),
        bentuk=_BENTUK[bentuk],
        jenis=_JENIS[jenis],
        tahapan=_TAHAPAN[tahapan],
        inisiator=_INISIATOR[inisiator],
        opd=opd,
        pemda=PEMDA[pemda],
        what=what,
        goal=goal,
    )


INNOVATIONS: list[Innovation] = [_parse(line) for line in _BANK.strip().splitlines()]
