"""The catalogue as data: editions load, broken files are refused, every code is documented and used."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from classifier.catalogue import (
    CATALOGUE_DIR,
    LABEL_FIELDS,
    CatalogueError,
    load_catalogue,
    load_catalogue_file,
)
from intake.model import Extraction

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "samples" / "corpus" / "train"
README = CATALOGUE_DIR / "README.md"


def _catalogue_codes() -> set[str]:
    catalogue = load_catalogue()
    codes = {code for f in LABEL_FIELDS for code in catalogue.codes(f)}
    return codes | set(catalogue.codes("indicators"))


def _readme_codes() -> set[str]:
    return set(re.findall(r"^\|(?: \d+ \|)? `([a-z][a-z0-9_]*)`", README.read_text(encoding="utf-8"), re.M))


def _training_labels() -> list[dict]:
    return [
        json.loads(line)
        for path in sorted(TRAIN.glob("labels*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _write_broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load((CATALOGUE_DIR / "2026.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_current_edition_holds_the_assessment():
    """GIVEN the current catalogue WHEN loaded THEN it has the six label sets, 20 indicators worth 111."""
    catalogue = load_catalogue()
    assert catalogue.edition == "2026" and catalogue.current
    assert len(catalogue.indicators) == 20
    assert catalogue.max_score == 111
    assert len(catalogue.codes("urusan")) == 38
    assert len(catalogue.codes("document_type")) == 14  # the 13 evidence types plus lainnya
    assert [i.number for i in catalogue.indicators] == list(range(1, 21))
    assert {i.code for i in catalogue.indicators if i.mandatory} == {
        "regulasi",
        "sdm",
        "kecepatan_penciptaan",
        "kemanfaatan",
        "video",
    }
    assert catalogue.indicator("sdm").levels[2] == "lebih dari 30 orang"


def test_2024_edition_keeps_codes_and_the_old_names():
    """GIVEN the 2024 edition WHEN loaded THEN same codes and weights, old names, not current."""
    old, new = load_catalogue("2024"), load_catalogue("2026")
    assert not old.current
    assert old.codes("indicators") == new.codes("indicators")
    assert [i.weight for i in old.indicators] == [i.weight for i in new.indicators]
    assert old.indicator("alat_kerja").name == "Penggunaan IT"
    assert old.indicator("layanan_terintegrasi").name == "Online sistem"
    assert old.indicator("video").name == "Kualitas inovasi daerah"
    assert old.indicator("regulasi").name == new.indicator("regulasi").name


def test_every_code_is_documented_in_the_readme():
    """GIVEN the YAML and the README WHEN their codes are compared THEN no code is undocumented."""
    undocumented = _catalogue_codes() - _readme_codes()
    assert not undocumented, f"codes in the catalogue but not in {README.name}: {sorted(undocumented)}"


def test_readme_documents_no_code_the_catalogue_lacks():
    """GIVEN the README WHEN its codes are compared with the YAML THEN none is stale."""
    stale = _readme_codes() - _catalogue_codes()
    assert not stale, f"codes in {README.name} but not in the catalogue: {sorted(stale)}"


@pytest.mark.skipif(not list(TRAIN.glob("labels*.jsonl")), reason="no training labels yet")
def test_every_label_code_is_used_by_the_training_corpus():
    """GIVEN the training labels WHEN codes are collected THEN every catalogue label code appears."""
    catalogue = load_catalogue()
    labels = _training_labels()
    unused = {}
    for field_name in LABEL_FIELDS:
        used = {r.get(field_name) for r in labels}
        if field_name == "urusan":
            used |= {c for r in labels for c in r.get("urusan_also") or ()}
        missing = [c for c in catalogue.codes(field_name) if c not in used]
        if missing:
            unused[field_name] = missing
    assert not unused, f"label codes no training document uses: {unused}"


@pytest.mark.skipif(not list(TRAIN.glob("labels*.jsonl")), reason="no training labels yet")
def test_every_indicator_pattern_matches_the_training_corpus():
    """GIVEN the training texts WHEN the evidence patterns run THEN each indicator matches some sentence."""
    from classifier.evidence import mentioned_indicators

    catalogue = load_catalogue()
    seen: set[str] = set()
    for record in _training_labels():
        text = (TRAIN / record["file"]).read_text(encoding="utf-8")
        seen |= mentioned_indicators(Extraction.from_text(text), catalogue)
    unused = [c for c in catalogue.codes("indicators") if c not in seen]
    assert not unused, f"indicators whose patterns match no training sentence: {unused}"


def test_duplicate_code_is_refused(tmp_path):
    """GIVEN a catalogue listing a bentuk code twice WHEN loaded THEN CatalogueError names the code."""

    def duplicate(data):
        data["labels"]["bentuk"].append(dict(data["labels"]["bentuk"][0]))

    with pytest.raises(CatalogueError, match="duplicate codes: tata_kelola"):
        load_catalogue_file(_write_broken(tmp_path, duplicate))


def test_duplicate_indicator_is_refused(tmp_path):
    """GIVEN an indicator code used twice WHEN loaded THEN CatalogueError."""

    def duplicate(data):
        data["indicators"][1]["code"] = "regulasi"

    with pytest.raises(CatalogueError, match="duplicate codes: regulasi"):
        load_catalogue_file(_write_broken(tmp_path, duplicate))


def test_weights_not_summing_to_37_are_refused(tmp_path):
    """GIVEN the video weight changed to 5 WHEN loaded THEN CatalogueError reports the sum."""

    def heavier(data):
        next(i for i in data["indicators"] if i["code"] == "video")["weight"] = 5

    with pytest.raises(CatalogueError, match="sum to 38"):
        load_catalogue_file(_write_broken(tmp_path, heavier))


def test_indicator_without_patterns_is_refused(tmp_path):
    """GIVEN an indicator whose patterns were removed WHEN loaded THEN CatalogueError names it."""

    def bare(data):
        next(i for i in data["indicators"] if i["code"] == "monev")["patterns"] = {}

    with pytest.raises(CatalogueError, match="indicator monev: has no patterns"):
        load_catalogue_file(_write_broken(tmp_path, bare))


def test_missing_label_field_and_wrong_mandatory_set_are_refused(tmp_path):
    """GIVEN no inisiator list, or video not mandatory WHEN loaded THEN CatalogueError for each."""
    with pytest.raises(CatalogueError, match="label fields missing or empty: inisiator"):
        load_catalogue_file(_write_broken(tmp_path, lambda d: d["labels"].pop("inisiator")))
    optional_video = _write_broken(
        tmp_path, lambda d: next(i for i in d["indicators"] if i["code"] == "video").update(mandatory=False)
    )
    with pytest.raises(CatalogueError, match="mandatory indicators"):
        load_catalogue_file(optional_video)


def test_two_level_indicator_is_refused(tmp_path):
    """GIVEN an indicator with two level descriptions WHEN loaded THEN CatalogueError."""
    path = _write_broken(tmp_path, lambda d: d["indicators"][0].update(levels=["SK", "Perda"]))
    with pytest.raises(CatalogueError, match="exactly three level descriptions"):
        load_catalogue_file(path)


def test_unknown_edition_is_a_clear_error():
    """GIVEN an edition with no file WHEN loaded THEN CatalogueError lists the editions there are."""
    with pytest.raises(CatalogueError, match="editions: 2024, 2026"):
        load_catalogue("1999")


def test_scoring_cues_and_document_types_are_checked(tmp_path):
    """GIVEN a scoring weight for an unknown cue, or an indicator naming an unknown document type
    WHEN loaded THEN CatalogueError names it."""

    def unknown_cue(data):
        data["scoring"]["weights"]["gut_feeling"] = 3

    with pytest.raises(CatalogueError, match="unknown cue weights: gut_feeling"):
        load_catalogue_file(_write_broken(tmp_path, unknown_cue))

    def unknown_type(data):
        next(i for i in data["indicators"] if i["code"] == "monev")["score"]["document_types"] = ["memo"]

    with pytest.raises(CatalogueError, match="unknown document types: memo"):
        load_catalogue_file(_write_broken(tmp_path, unknown_type))
