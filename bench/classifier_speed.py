"""Classifier figures in one run: model load time (a fresh process), labels + evidence + profile on
5-page documents (documents/s on one core, CPU time), and the model against the plain keyword baseline on
the separate test set.

Run: python -m bench.classifier_speed [--documents 60]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from bench.common import write_result
from classifier.corpus import load_corpus
from intake.model import Extraction

CORPUS = "samples/corpus/train"
TEST = "samples/corpus/test"
WORDS_PER_PAGE = 350


def five_page_documents(count: int) -> list[str]:
    """Real corpus texts strung together until each document has five pages of ~350 words."""
    texts = [e.text.replace("\f", "\n") for e in load_corpus(CORPUS)]
    words = " ".join(texts).split()
    size = 5 * WORDS_PER_PAGE
    documents = []
    for i in range(count):
        start = (i * size) % max(1, len(words) - size)
        chunk = words[start : start + size]
        documents.append(
            "\f".join(" ".join(chunk[p * WORDS_PER_PAGE : (p + 1) * WORDS_PER_PAGE]) for p in range(5))
        )
    return documents


def load_seconds() -> tuple[float, float]:
    """(import + load, load alone) in a fresh interpreter, so nothing is cached."""
    code = (
        "import time; t0 = time.perf_counter(); from classifier.assess import Classifier; "
        "t1 = time.perf_counter(); Classifier.load(); t2 = time.perf_counter(); print(t2 - t0, t2 - t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    total, load = (float(x) for x in out.split())
    return total, load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()
    from classifier.assess import Classifier
    from classifier.evaluate import evaluate

    total_load, load = load_seconds()
    classifier = Classifier.load()
    documents = [Extraction.from_text(t) for t in five_page_documents(args.documents)]
    classifier.assess(documents[0])  # warm the pipelines
    cpu = time.process_time()
    for extraction in documents:
        classifier.assess(extraction)
    per_second = len(documents) / (time.process_time() - cpu)
    labels_cpu = time.process_time()
    classifier.predict_labels([d.text for d in documents])
    labels_per_second = len(documents) / (time.process_time() - labels_cpu)
    report = evaluate(classifier, TEST)
    rows = [
        (
            "Model load (fresh process, imports included)",
            f"{total_load:.2f} s (load alone {load:.2f} s)",
            "≤ 2 s",
        ),
        (
            "Labels + evidence + profile, 5-page documents, one core",
            f"{per_second:.1f} documents/CPU-s",
            "≥ 200",
        ),
        (
            "Labels alone, 5-page documents, one core (batched)",
            f"{labels_per_second:.1f} documents/CPU-s",
            "",
        ),
    ]
    for name, score in report.fields.items():
        base = report.baseline.get(name, {})
        rows.append(
            (
                f"Test set {name}: model vs keyword baseline",
                f"{score.accuracy:.3f} vs {base.get('accuracy', 0):.3f}",
                "",
            )
        )
    ind = report.indicators
    rows.append(
        (
            "Test set indicator evidence P / R",
            f"{ind['precision']:.3f} / {ind['recall']:.3f}",
            "≥ 0.90 / ≥ 0.80",
        )
    )
    print(f"### Classifier ({classifier.version}, {args.documents} five-page documents)\n")
    print("| measure | measured | target |\n|---|---|---|")
    for row in rows:
        print(f"| {' | '.join(row)} |")
    write_result(
        "classifier_speed",
        {"model": classifier.version, "load_s": load, "load_with_imports_s": total_load,
         "documents_per_cpu_s": per_second, "labels_per_cpu_s": labels_per_second},
    )  # fmt: skip


if __name__ == "__main__":
    main()
