"""Tesseract-like damage for documents that reached the service as scans: character confusions (rn/m, l/1,
O/0, e/c), words broken by a space, merged words, stray symbols and hyphenated line ends.
"""

from __future__ import annotations

import random
import re

CONFUSIONS = [
    ("rn", "m"),
    ("m", "rn"),
    ("l", "1"),
    ("I", "l"),
    ("i", "l"),
    ("O", "0"),
    ("o", "0"),
    ("e", "c"),
    ("a", "o"),
    ("S", "5"),
    ("B", "8"),
    ("cl", "d"),
    ("h", "b"),
    ("u", "ii"),
    ("t", "f"),
    ("n", "ri"),
    ("g", "q"),
    (",", "."),
    (".", ","),
]
STRAY = ["|", "~", "'", "`", "^", "»", "«", "•", "_", ";", "¦", "‘"]


def _damage_word(word: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        options = [(a, b) for a, b in CONFUSIONS if a in word]
        if options:
            a, b = rng.choice(options)
            index = rng.choice([m.start() for m in re.finditer(re.escape(a), word)])
            return word[:index] + b + word[index + len(a) :]
    if roll < 0.75 and len(word) > 5:
        cut = rng.randint(2, len(word) - 2)
        return word[:cut] + " " + word[cut:]
    if roll < 0.9:
        return word + rng.choice(STRAY) if rng.random() < 0.5 else rng.choice(STRAY) + word
    return word[:-1] if len(word) > 3 else word


def ocr_noise(text: str, rng: random.Random, protect: set[str], rate: float = 0.06) -> str:
    """Damage about `rate` of the words; words in `protect` (the innovation's name) are left alone."""
    pages = []
    for page in text.split("\f"):
        lines = []
        for line in page.split("\n"):
            words = line.split(" ")
            out = []
            for word in words:
                if word and word.strip('.,:;()"') not in protect and rng.random() < rate:
                    word = _damage_word(word, rng)
                out.append(word)
            if len(out) > 3 and rng.random() < rate:  # two words run together
                i = rng.randrange(len(out) - 1)
                if out[i].strip('.,:;()"') not in protect and out[i + 1].strip('.,:;()"') not in protect:
                    out[i : i + 2] = [out[i] + out[i + 1]]
            line = " ".join(out)
            if rng.random() < rate / 2 and len(line) > 20:  # a hyphenated break the OCR kept
                cut = line.rfind(" ", 0, len(line) // 2)
                if cut > 0:
                    line = line[:cut] + "-\n" + line[cut + 1 :]
            lines.append(line)
        if rng.random() < 0.5:
            lines.append(rng.choice(["", "  .", "'", "| |", "~"]))
        pages.append("\n".join(lines))
    return "\f".join(pages)
