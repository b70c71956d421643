"""Scores a classifier on a labelled corpus folder, next to a plain keyword baseline, as data and as text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.metrics import precision_recall_fscore_support

from classifier.corpus import FIELDS, Example, load_corpus
from intake.model import Extraction

if TYPE_CHECKING:
    from classifier.assess import Assessment, Classifier

# The keyword baseline: a few telltale words per label, taken from CATALOGUE.md (document types' telltale
# signs, the urusan names and the examples it gives). A label scores the number of its words found; the
# best score wins; no word found → the fallback (document_type "lainnya", else no label).
BASELINE_KEYWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "document_type": {
        "proposal": ("dasar hukum", "permasalahan", "isu strategis", "metode pembaharuan", "keunggulan"),
        "laporan": ("laporan", "bab i", "pendahuluan"),
        "regulasi": ("menimbang", "mengingat", "memutuskan", "menetapkan", "ditetapkan di"),
        "surat_tugas": ("surat perintah", "surat tugas", "memerintahkan"),
        "undangan_daftar_hadir": ("undangan", "daftar hadir", "notulen", "hari/tanggal", "pukul"),
        "sertifikat": ("sertifikat", "piagam", "diberikan kepada"),
        "anggaran": ("dokumen pelaksanaan anggaran", "kode rekening", "sub kegiatan", "jumlah (rp)"),
        "perencanaan": ("rencana kerja pemerintah daerah", "renja", "rkas", "pagu", "indikator"),
        "sop": ("standar operasional prosedur", "nomor sop", "disahkan oleh"),
        "pedoman": ("buku panduan", "petunjuk teknis", "manual book"),
        "kerja_sama": ("nota kesepakatan", "perjanjian kerja sama", "pihak pertama", "pihak kedua"),
        "evaluasi": ("survei kepuasan", "ikm", "monitoring dan evaluasi", "kajian"),
        "publikasi": ("baca juga", "dilihat", "reporter", "editor"),
    },
    "bentuk": {
        "tata_kelola": ("tata kelola", "internal", "kepegawaian", "arsip", "perencanaan", "keuangan"),
        "pelayanan_publik": ("pelayanan publik", "layanan", "pelayanan"),
        "urusan_lainnya": ("pertanian", "perikanan", "petani", "nelayan", "ekonomi desa"),
    },
    "jenis": {
        "digital": ("aplikasi", "online", "daring", "website", "digital", "sistem informasi"),
        "non_digital": ("manual", "tatap muka", "kunjungan", "luring"),
    },
    "tahapan": {
        "inisiatif": ("gagasan", "usulan", "rencana", "akan dilaksanakan"),
        "uji_coba": ("uji coba", "pilot", "percontohan"),
        "penerapan": ("penerapan", "diterapkan", "telah berjalan", "implementasi"),
    },
    "inisiator": {
        "kepala_daerah": ("bupati", "wali kota", "walikota", "gubernur"),
        "anggota_dprd": ("dprd",),
        "opd": ("dinas", "badan", "perangkat daerah"),
        "asn": ("asn", "pegawai"),
        "masyarakat": ("masyarakat", "warga", "komunitas"),
    },
    "urusan": {
        "pendidikan": ("pendidikan", "sekolah", "paud", "guru", "literasi"),
        "kesehatan": ("kesehatan", "puskesmas", "posyandu", "rsud", "stunting", "imunisasi"),
        "pupr": ("pekerjaan umum", "penataan ruang", "jalan", "irigasi"),
        "perumahan": ("perumahan", "permukiman", "rumah tidak layak huni"),
        "trantibum": ("ketertiban umum", "satpol pp", "kebakaran", "bencana"),
        "sosial": ("sosial", "bansos", "disabilitas", "kemiskinan"),
        "tenaga_kerja": ("tenaga kerja", "pencari kerja", "pelatihan kerja"),
        "pppa": ("perempuan", "perlindungan anak", "kekerasan"),
        "pangan": ("pangan", "ketahanan pangan", "gizi"),
        "pertanahan": ("pertanahan", "sertifikat tanah", "tanah"),
        "lingkungan_hidup": ("lingkungan hidup", "sampah", "bank sampah"),
        "adminduk": ("kependudukan", "dukcapil", "akta", "ktp", "kartu keluarga"),
        "desa": ("desa", "bumdes", "pemberdayaan masyarakat"),
        "kb": ("keluarga berencana", "kontrasepsi", "bkkbn"),
        "perhubungan": ("perhubungan", "angkutan", "transportasi", "lalu lintas"),
        "kominfo": ("komunikasi", "informatika", "diskominfo", "jaringan internet"),
        "ukm": ("koperasi", "umkm", "usaha kecil"),
        "penanaman_modal": ("penanaman modal", "investasi", "perizinan"),
        "pemuda_olahraga": ("kepemudaan", "olahraga", "pemuda"),
        "statistik": ("statistik", "data sektoral"),
        "persandian": ("persandian", "sandi", "keamanan informasi"),
        "kebudayaan": ("kebudayaan", "budaya", "cagar budaya"),
        "perpustakaan": ("perpustakaan", "buku", "minat baca"),
        "kearsipan": ("kearsipan", "arsip"),
        "kelautan_perikanan": ("perikanan", "nelayan", "kelautan"),
        "pariwisata": ("pariwisata", "wisata", "wisatawan"),
        "pertanian": ("pertanian", "petani", "tanaman"),
        "kehutanan": ("kehutanan", "hutan"),
        "esdm": ("energi", "listrik", "tenaga surya"),
        "perdagangan": ("perdagangan", "pasar", "pedagang"),
        "perindustrian": ("perindustrian", "industri"),
        "transmigrasi": ("transmigrasi", "transmigran"),
        "perencanaan": ("perencanaan", "bappeda", "musrenbang"),
        "keuangan": ("keuangan", "pajak", "retribusi", "pendapatan"),
        "kepegawaian": ("kepegawaian", "asn", "bkpsdm"),
        "diklat": ("diklat", "pelatihan", "kompetensi"),
        "litbang": ("penelitian", "pengembangan", "litbang", "riset"),
        "fungsi_lain": ("sekretariat", "inspektorat"),
    },
}
BASELINE_FALLBACK: dict[str, str | None] = {"document_type": "lainnya"}


def keyword_baseline(text: str) -> dict[str, str | None]:
    """The baseline's label per field for one text."""
    lowered = text.lower()
    out: dict[str, str | None] = {}
    for field_name, table in BASELINE_KEYWORDS.items():
        scores = {
            label: sum(len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)) for word in words)
            for label, words in table.items()
        }
        best = max(scores, key=lambda label: scores[label])
        out[field_name] = best if scores[best] > 0 else BASELINE_FALLBACK.get(field_name)
    return out


@dataclass
class FieldScore:
    support: int  # documents whose gold is not null
    accuracy: float
    macro_f1: float
    ece: float  # expected calibration error of the confidence, over documents whose gold is not null
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    worst_confusions: list[tuple[str, str, int]] = field(default_factory=list)  # (gold, predicted, count)


@dataclass
class Report:
    corpus: str
    documents: int
    fields: dict[str, FieldScore]
    baseline: dict[str, dict[str, float]]
    indicators: dict[str, float]
    routing: dict[str, Any]
    also: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def expected_calibration_error(confidence: list[float], correct: list[bool], bins: int = 10) -> float:
    """Σ over equal-width confidence bins of (share of documents) × |accuracy − mean confidence|."""
    if not confidence:
        return 0.0
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        in_bin = index == b
        if in_bin.any():
            total += in_bin.mean() * abs(ok[in_bin].mean() - conf[in_bin].mean())
    return float(total)


def score_field(
    gold: list[str | None], predicted: list[str | None], confidence: list[float] | None = None
) -> FieldScore:
    """Accuracy, macro-F1 and calibration error over the documents with a gold label."""
    pairs = [
        (g, p if p is not None else "(none)") for g, p in zip(gold, predicted, strict=True) if g is not None
    ]
    ece = 0.0
    if confidence is not None:
        known = [(c, g == p) for c, g, p in zip(confidence, gold, predicted, strict=True) if g is not None]
        ece = expected_calibration_error([c for c, _ in known], [ok for _, ok in known])
    if not pairs:
        return FieldScore(0, 0.0, 0.0, ece)
    y_true = [g for g, _ in pairs]
    y_pred = [p for _, p in pairs]
    labels = sorted(set(y_true))
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0
    )
    per_label = {
        label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
        for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
    }
    confusions = Counter((g, p) for g, p in pairs if g != p)
    return FieldScore(
        support=len(pairs),
        accuracy=float(np.mean([g == p for g, p in pairs])),
        macro_f1=float(np.mean(f1)),
        ece=ece,
        per_label=per_label,
        worst_confusions=[(g, p, n) for (g, p), n in confusions.most_common(5)],
    )


def labels_right(example: Example, predicted: dict[str, str | None]) -> bool:
    """Every field whose gold is not null is predicted exactly."""
    return all(g is None or predicted.get(f) == g for f, g in example.labels.items())


def score_indicators(examples: list[Example], assessments: list[Assessment]) -> dict[str, float]:
    """Found vs gold evidence; an indicator the document only negates must not be found."""
    tp = fp = fn = negated_found = negated_total = level_right = level_checked = 0
    for example, assessment in zip(examples, assessments, strict=True):
        found = {r.code: r for r in assessment.indicators if r.found}
        gold = set(example.indicators)
        tp += len(set(found) & gold)
        fp += len(set(found) - gold)
        fn += len(gold - set(found))
        negated_total += len(example.negated)
        negated_found += len(set(example.negated) & set(found))
        for code in set(found) & gold:
            if example.indicators[code] is not None and found[code].level is not None:
                level_checked += 1
                level_right += int(found[code].level == example.indicators[code])
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "true_positives": tp,
        "false_positives": fp,
        "false_negatives": fn,
        "negated_total": negated_total,
        "negated_found": negated_found,
        "level_accuracy": level_right / level_checked if level_checked else 0.0,
        "levels_checked": level_checked,
    }


def score_also(examples: list[Example], predicted_also: list[list[str]]) -> dict[str, float]:
    """Micro precision/recall of the overlapping urusan over documents whose primary urusan is known."""
    tp = fp = fn = 0
    for example, also in zip(examples, predicted_also, strict=True):
        if example.labels.get("urusan") is None:
            continue
        gold, pred = set(example.urusan_also), set(also)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "gold": tp + fn,
        "predicted": tp + fp,
    }


def score_routing(examples: list[Example], assessments: list[Assessment]) -> dict[str, Any]:
    passed = [(e, a) for e, a in zip(examples, assessments, strict=True) if not a.needs_review]
    right = sum(labels_right(e, {f: p.label for f, p in a.labels.items()}) for e, a in passed)
    reasons = Counter(r.split(":")[0] for a in assessments for r in a.review_reasons)
    detailed = Counter(r for a in assessments for r in a.review_reasons)
    return {
        "no_review_share": len(passed) / len(examples) if examples else 0.0,
        "no_review_documents": len(passed),
        "no_review_right": right,
        "no_review_accuracy": right / len(passed) if passed else 0.0,
        "reasons": dict(reasons.most_common()),
        "reasons_detailed": dict(detailed.most_common()),
    }


def evaluate_examples(classifier: Classifier, examples: list[Example], corpus: str = "") -> Report:
    assessments = [classifier.assess(Extraction.from_text(e.text, sha256=e.file)) for e in examples]
    fields = {}
    for name in FIELDS:
        if name not in classifier.fields:
            continue
        fields[name] = score_field(
            [e.labels[name] for e in examples],
            [a.labels[name].label for a in assessments],
            [a.labels[name].confidence for a in assessments],
        )
    baseline_predictions = [keyword_baseline(e.text) for e in examples]
    baseline = {}
    for name in FIELDS:
        score = score_field([e.labels[name] for e in examples], [b[name] for b in baseline_predictions])
        baseline[name] = {"accuracy": score.accuracy, "macro_f1": score.macro_f1}
    return Report(
        corpus=corpus,
        documents=len(examples),
        fields=fields,
        baseline=baseline,
        indicators=score_indicators(examples, assessments),
        routing=score_routing(examples, assessments),
        also=score_also(examples, [a.labels["urusan"].also for a in assessments]),
    )


def evaluate(classifier: Classifier, corpus_dir: str | Path) -> Report:
    """Scores `classifier` on every labelled document of `corpus_dir`."""
    return evaluate_examples(classifier, load_corpus(corpus_dir), corpus=str(corpus_dir))


def render(report: Report) -> str:
    """The report as text for a terminal."""
    lines = [f"Evaluation on {report.corpus} ({report.documents} documents)", ""]
    lines.append(f"{'field':<15}{'support':>8}{'accuracy':>10}{'macro-F1':>10}{'ECE':>7}   baseline acc / F1")
    for name, score in report.fields.items():
        base = report.baseline.get(name, {})
        lines.append(
            f"{name:<15}{score.support:>8}{score.accuracy:>10.3f}{score.macro_f1:>10.3f}{score.ece:>7.3f}"
            f"   {base.get('accuracy', 0):.3f} / {base.get('macro_f1', 0):.3f}"
        )
    lines += ["", "Worst classes (F1) and their confusions:"]
    for name, score in report.fields.items():
        worst = sorted(score.per_label.items(), key=lambda kv: kv[1]["f1"])[:3]
        shown = ", ".join(f"{label} {m['f1']:.2f} (n={m['support']})" for label, m in worst)
        lines.append(f"  {name}: {shown}")
        for gold, predicted, n in score.worst_confusions[:3]:
            lines.append(f"      {gold} → {predicted}: {n}")
    ind = report.indicators
    lines += [
        "",
        f"Indicators: precision {ind['precision']:.3f}, recall {ind['recall']:.3f}, F1 {ind['f1']:.3f} "
        f"(TP {ind['true_positives']}, FP {ind['false_positives']}, FN {ind['false_negatives']}); "
        f"negated found {ind['negated_found']}/{ind['negated_total']}; "
        f"level accuracy {ind['level_accuracy']:.3f} over {ind['levels_checked']}",
        f"Overlapping urusan (also): precision {report.also['precision']:.3f}, "
        f"recall {report.also['recall']:.3f} "
        f"({report.also['gold']} gold, {report.also['predicted']} predicted)",
    ]
    routing = report.routing
    lines += [
        "",
        f"No review needed: {routing['no_review_share']:.1%} of documents "
        f"({routing['no_review_documents']}); "
        f"right among them: {routing['no_review_accuracy']:.1%} ({routing['no_review_right']})",
        "Review reasons: " + ", ".join(f"{k} {v}" for k, v in routing["reasons"].items()),
    ]
    return "\n".join(lines) + "\n"
