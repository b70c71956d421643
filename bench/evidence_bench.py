"""Indicator evidence and profile fields against the TRAINING corpus labels (never the test set).

    .venv/bin/python -m bench.evidence_bench [samples/corpus/train] [--errors CODE]

Prints per-indicator precision/recall of `found`, level accuracy where the gold label has a level, the
innovation-name match rate, and documents per second on one core.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from classifier.catalogue import load_catalogue
from classifier.corpus import CorpusError, load_corpus
from classifier.evidence import find_indicators
from classifier.profile import extract_profile
from intake.model import Extraction

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus" / "train"


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--errors", metavar="CODE", help="list the documents an indicator gets wrong")
    args = parser.parse_args(argv)
    if "test" in Path(args.corpus).parts:
        print("refusing to tune on the test set", file=sys.stderr)
        return 2
    try:
        examples = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"no corpus: {exc}", file=sys.stderr)
        return 1
    catalogue = load_catalogue()
    codes = catalogue.codes("indicators")
    tally = {c: {"tp": 0, "fp": 0, "fn": 0, "lv_ok": 0, "lv_n": 0} for c in codes}
    errors: list[str] = []
    names = {"exact": 0, "partial": 0, "wrong": 0, "gold": 0, "none_ok": 0, "none_gold": 0}
    extractions = [Extraction.from_text(e.text) for e in examples]
    find_indicators(extractions[0], catalogue)  # build the pipeline outside the timing
    started = time.process_time()
    for example, extraction in zip(examples, extractions, strict=True):
        results = {r.code: r for r in find_indicators(extraction, catalogue)}
        profile = extract_profile(extraction)
        for code in codes:
            gold_found = code in example.indicators
            result = results[code]
            t = tally[code]
            if result.found and gold_found:
                t["tp"] += 1
                gold_level = example.indicators[code]
                if gold_level is not None:
                    t["lv_n"] += 1
                    t["lv_ok"] += int(result.level == gold_level)
                    if code == args.errors and result.level != gold_level:
                        quote = result.evidence[0].quote[:150] if result.evidence else ""
                        errors.append(f"LEVEL {example.file}: gold {gold_level} got {result.level} | {quote}")
            elif result.found:
                t["fp"] += 1
                if code == args.errors:
                    errors.append(f"FP {example.file}: {result.evidence[0].quote[:200]}")
            elif gold_found:
                t["fn"] += 1
                if code == args.errors:
                    errors.append(f"FN {example.file}: note={result.note}")
        gold_name = example.nama_inovasi
        if gold_name:
            names["gold"] += 1
            got = profile.nama_inovasi or ""
            if _key(got) == _key(gold_name):
                names["exact"] += 1
            elif got and (_key(got) in _key(gold_name) or _key(gold_name) in _key(got)):
                names["partial"] += 1
            else:
                names["wrong"] += 1
                if args.errors == "nama_inovasi":
                    seen = profile.innovation_names
                    errors.append(f"NAME {example.file}: gold {gold_name!r} got {got!r} {seen}")
        else:
            names["none_gold"] += 1
            names["none_ok"] += int(profile.nama_inovasi is None)
    elapsed = time.process_time() - started
    _print_table(tally, codes)
    print(
        f"\nnama_inovasi: {names['exact']}/{names['gold']} exact, {names['partial']} partial, "
        f"{names['wrong']} wrong; no-name documents left empty {names['none_ok']}/{names['none_gold']}"
    )
    rate = len(examples) / elapsed
    print(f"{len(examples)} documents in {elapsed:.2f} s CPU: {rate:.1f} documents/s (one core)")
    for line in errors:
        print(line)
    return 0


def _print_table(tally: dict[str, dict[str, int]], codes: list[str]) -> None:
    print(f"{'indicator':22} {'gold':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'level':>9}")
    totals = {"tp": 0, "fp": 0, "fn": 0, "lv_ok": 0, "lv_n": 0}
    for code in codes:
        t = tally[code]
        for k in totals:
            totals[k] += t[k]
        print(_row(code, t))
    print(_row("ALL (micro)", totals))


def _row(name: str, t: dict[str, int]) -> str:
    precision = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else float("nan")
    recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else float("nan")
    level = f"{t['lv_ok']}/{t['lv_n']}" if t["lv_n"] else "-"
    gold = t["tp"] + t["fn"]
    counts = f"{gold:>5} {t['tp']:>4} {t['fp']:>4} {t['fn']:>4}"
    return f"{name:22} {counts} {precision:>6.2f} {recall:>6.2f} {level:>9}"


if __name__ == "__main__":
    sys.exit(main())
