"""English headings and sentences that Indonesian officials mix into documents (for award entries,
slides and abstracts). Using any of them tags the draft `english_mixed`.
"""

from __future__ import annotations

from .narrative_evidence import Draft

HEADINGS = {
    "Latar Belakang": "Background",
    "Tujuan": "Objectives",
    "Manfaat": "Benefits",
    "Hasil": "Results",
    "Permasalahan": "Problem Statement",
    "Metode Pembaharuan": "Method of Renewal",
    "Keunggulan dan Kebaharuan": "Advantages and Novelty",
    "Tahapan Inovasi": "Innovation Stages",
    "Isu Strategis": "Strategic Issues",
    "Dasar Hukum": "Legal Basis",
    "Penutup": "Closing",
    "Kesimpulan": "Conclusion",
    "Saran": "Recommendations",
    "Pendahuluan": "Introduction",
    "Ringkasan": "Executive Summary",
    "Hasil yang Dicapai": "Key Results",
    "Kendala": "Challenges",
    "Metodologi": "Methodology",
    "Pelaksanaan Kegiatan": "Implementation",
}


def heading_text(d: Draft, text: str) -> str:
    """The heading in Indonesian, or bilingual / English when the draft mixes English."""
    if not d.english or text not in HEADINGS or d.rng.random() < 0.35:
        return text
    d.tags.add("english_mixed")
    return d.rng.choice([f"{text} ({HEADINGS[text]})", HEADINGS[text], f"{HEADINGS[text]} / {text}"])


def sentence(d: Draft) -> str:
    """One English sentence about the innovation, or '' when the draft is all Indonesian."""
    if not d.english:
        return ""
    d.tags.add("english_mixed")
    inv = d.inv
    return d.rng.choice(
        [
            f"In short, {inv.name} is our answer to a long-standing problem faced by {inv.target}.",
            f"This innovation was developed by {inv.opd} of {d.f.region.pemda} to make services simpler, "
            f"faster "
            f"and more accountable.",
            f"Key takeaway: {inv.name} shows that small changes in procedure can bring real impact to "
            f"citizens.",
            "The main idea is simple: bring the service closer to the people who need it most.",
            f"Lessons learned: commitment from leadership and the community is what keeps {inv.name} "
            f"running.",
            "We believe this approach can be easily replicated by other local governments.",
        ]
    )
