"""Indicator evidence and profile fields against the TRAINING corpus labels (never the test set).

    .venv/bin/python -m bench.evidence_bench [samples/corpus/train] [--group a|n|h] [--errors CODE]
                                             [--detail] [--no-speed]

Prints, per writer group (the file name's first letter: `a` administrative generator, `n` narrative
generator, `h` hand-written) and over all: per-indicator precision/recall of `found`, level accuracy where
the gold label has a level, the innovation-name match rate; then documents per second on one core, on the
corpus as it is and on 5-page documents (about 1,750 words) assembled from it. Tune on one writer while
watching the others: a pattern that helps one writer and hurts another is a phrase, not a kind of evidence.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from classifier.catalogue import load_catalogue
from classifier.corpus import CorpusError, Example, load_corpus
from classifier.evidence import find_indicators
from classifier.profile import extract_profile
from intake.model import Extraction

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus" / "train"
GROUPS = {"a": "administrative", "n": "narrative", "h": "hand-written"}
FIVE_PAGE_WORDS = 1750  # what the speed target means by a 5-page document


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def writer(example: Example) -> str:
    """The writer group of a training document, read off its file name."""
    first = example.file[:1].lower()
    return first if first in GROUPS else "other"


def _new_tally(codes: list[str]) -> dict[str, dict[str, int]]:
    return {c: {"tp": 0, "fp": 0, "fn": 0, "lv_ok": 0, "lv_n": 0} for c in codes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--errors", metavar="CODE", help="list the documents an indicator gets wrong")
    parser.add_argument("--group", choices=sorted(GROUPS), help="errors of this writer group only")
    parser.add_argument("--detail", action="store_true", help="per-indicator table for every group")
    parser.add_argument("--no-speed", action="store_true", help="skip the 5-page speed measurement")
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="precision/recall per indicator and writer at score thresholds 1-4",
    )
    args = parser.parse_args(argv)
    if "test" in Path(args.corpus).parts or "test_authoring" in Path(args.corpus).parts:
        print("refusing to tune on the test set", file=sys.stderr)
        return 2
    try:
        examples = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"no corpus: {exc}", file=sys.stderr)
        return 1
    catalogue = load_catalogue()
    codes = catalogue.codes("indicators")
    if args.sweep:
        sweep(examples, catalogue, codes)
        return 0
    tallies: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: _new_tally(codes))
    names: dict[str, dict[str, int]] = defaultdict(
        lambda: {"exact": 0, "partial": 0, "wrong": 0, "gold": 0, "none_ok": 0, "none_gold": 0}
    )
    errors: list[str] = []
    extractions = [Extraction.from_text(e.text) for e in examples]
    find_indicators(extractions[0], catalogue)  # build the pipeline outside the timing
    extract_profile(extractions[0])
    elapsed = 0.0
    for example, extraction in zip(examples, extractions, strict=True):
        group = writer(example)
        show = args.errors and (args.group is None or args.group == group)
        started = time.process_time()
        results = {r.code: r for r in find_indicators(extraction, catalogue)}
        profile = extract_profile(extraction)
        elapsed += time.process_time() - started
        for code in codes:
            gold_found = code in example.indicators
            result = results[code]
            for t in (tallies[group][code], tallies["all"][code]):
                if result.found and gold_found:
                    t["tp"] += 1
                    gold_level = example.indicators[code]
                    if gold_level is not None:
                        t["lv_n"] += 1
                        t["lv_ok"] += int(result.level == gold_level)
                elif result.found:
                    t["fp"] += 1
                elif gold_found:
                    t["fn"] += 1
            if not show or code != args.errors:
                continue
            gold_level = example.indicators.get(code)
            if result.found and gold_found and gold_level is not None and result.level != gold_level:
                quote = result.evidence[0].quote[:150] if result.evidence else ""
                errors.append(f"LEVEL {example.file}: gold {gold_level} got {result.level} | {quote}")
            elif result.found and not gold_found:
                errors.append(f"FP {example.file}: {result.evidence[0].quote[:200]}")
            elif gold_found and not result.found:
                errors.append(f"FN {example.file}: note={result.note}")
        gold_name = example.nama_inovasi
        for n in (names[group], names["all"]):
            if gold_name:
                n["gold"] += 1
                got = profile.nama_inovasi or ""
                if _key(got) == _key(gold_name):
                    n["exact"] += 1
                elif got and (_key(got) in _key(gold_name) or _key(gold_name) in _key(got)):
                    n["partial"] += 1
                else:
                    n["wrong"] += 1
            else:
                n["none_gold"] += 1
                n["none_ok"] += int(profile.nama_inovasi is None)
        if (
            show
            and args.errors == "nama_inovasi"
            and gold_name
            and _key(profile.nama_inovasi or "") != _key(gold_name)
        ):
            errors.append(
                f"NAME {example.file}: gold {gold_name!r} got {profile.nama_inovasi!r} "
                f"{profile.innovation_names}"
            )
    groups = [g for g in (*GROUPS, "other") if g in tallies]
    if args.detail:
        for group in groups:
            print(f"\n== writer {group} ({GROUPS.get(group, 'other')}) ==")
            _print_table(tallies[group], codes)
    print("\n== all writers, with per-writer precision / recall ==")
    _print_table(tallies["all"], codes, {g: tallies[g] for g in groups})
    print()
    for group in [*groups, "all"]:
        n = names[group]
        rate = n["exact"] / n["gold"] if n["gold"] else float("nan")
        print(
            f"nama_inovasi [{group:>3}]: {n['exact']}/{n['gold']} exact ({rate:.0%}), "
            f"{n['partial']} partial, "
            f"{n['wrong']} wrong; no-name documents left empty {n['none_ok']}/{n['none_gold']}"
        )
    words = sum(len(e.text.split()) for e in examples) / len(examples)
    print(
        f"\n{len(examples)} corpus documents (mean {words:.0f} words) in {elapsed:.2f} s CPU: "
        f"{len(examples) / elapsed:.1f} documents/s (evidence + profile, one core)"
    )
    if not args.no_speed:
        rate, mean_words = five_page_rate(examples, catalogue)
        print(
            f"5-page documents (~{mean_words:.0f} words): {rate:.1f} documents/s "
            "(evidence + profile, one core)"
        )
    for line in errors:
        print(line)
    return 0


def sweep(examples: list[Example], catalogue, codes: list[str], thresholds=(1, 2, 3, 4)) -> None:
    """Precision / recall of every indicator, per writer group, with every indicator's threshold set to t."""
    extractions = [Extraction.from_text(e.text) for e in examples]
    rows: dict[str, list[str]] = {c: [] for c in codes}
    for t in thresholds:
        tallies: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: _new_tally(codes))
        for example, extraction in zip(examples, extractions, strict=True):
            results = find_indicators(extraction, catalogue, thresholds=dict.fromkeys(codes, t))
            for result in results:
                gold = result.code in example.indicators
                for tally in (tallies[writer(example)], tallies["all"]):
                    key = "tp" if result.found and gold else "fp" if result.found else "fn" if gold else None
                    if key:
                        tally[result.code][key] += 1
        for code in codes:
            cells = " ".join(f"{g}:{_pr(tallies[g][code])}" for g in (*GROUPS, "all") if g in tallies)
            rows[code].append(f"t={t} {cells}")
    current = {i.code: i.patterns.threshold or catalogue.scoring.threshold for i in catalogue.indicators}
    for code in codes:
        print(f"{code} (now {current[code]:g})")
        for line in rows[code]:
            print(f"    {line}")


def five_page_documents(examples: list[Example], count: int = 100) -> list[Extraction]:
    """Documents of five pages and about 1,750 words, pages cut from the corpus texts in turn."""
    texts = [e.text.replace("\f", "\n") for e in examples]
    words = " ".join(texts).split("\n")
    documents: list[Extraction] = []
    cursor = 0
    per_page = FIVE_PAGE_WORDS // 5
    while len(documents) < count:
        pages = []
        for _ in range(5):
            lines: list[str] = []
            n = 0
            while n < per_page:
                line = words[cursor % len(words)]
                cursor += 1
                lines.append(line)
                n += len(line.split())
            pages.append("\n".join(lines))
        documents.append(Extraction.from_text("\f".join(pages)))
    return documents


def five_page_rate(examples: list[Example], catalogue) -> tuple[float, float]:
    documents = five_page_documents(examples)
    mean_words = sum(len(d.text.split()) for d in documents) / len(documents)
    started = time.process_time()
    for extraction in documents:
        find_indicators(extraction, catalogue)
        extract_profile(extraction)
    return len(documents) / (time.process_time() - started), mean_words


def _print_table(
    tally: dict[str, dict[str, int]],
    codes: list[str],
    per_group: dict[str, dict[str, dict[str, int]]] | None = None,
) -> None:
    extra = "".join(f" {g + ' p/r':>11}" for g in per_group or {})
    print(
        f"{'indicator':22} {'gold':>5} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} "
        f"{'level':>9}{extra}"
    )
    totals = {"tp": 0, "fp": 0, "fn": 0, "lv_ok": 0, "lv_n": 0}
    group_totals = {g: {"tp": 0, "fp": 0, "fn": 0, "lv_ok": 0, "lv_n": 0} for g in per_group or {}}
    for code in codes:
        t = tally[code]
        for k in totals:
            totals[k] += t[k]
            for g in group_totals:
                group_totals[g][k] += per_group[g][code][k]
        print(_row(code, t) + "".join(f" {_pr(per_group[g][code]):>11}" for g in per_group or {}))
    print(_row("ALL (micro)", totals) + "".join(f" {_pr(group_totals[g]):>11}" for g in group_totals))


def _pr(t: dict[str, int]) -> str:
    precision = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else float("nan")
    recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else float("nan")
    return f"{precision:.2f}/{recall:.2f}"


def _row(name: str, t: dict[str, int]) -> str:
    precision = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else float("nan")
    recall = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else float("nan")
    level = f"{t['lv_ok']}/{t['lv_n']}" if t["lv_n"] else "-"
    gold = t["tp"] + t["fn"]
    counts = f"{gold:>5} {t['tp']:>4} {t['fp']:>4} {t['fn']:>4}"
    return f"{name:22} {counts} {precision:>6.2f} {recall:>6.2f} {level:>9}"


if __name__ == "__main__":
    sys.exit(main())
