"""The queue's missing-indicator filter reads a bitmask (ReviewItem.missing_mask, migration 0003) instead of
matching text in the JSON list. These tests check it gives exactly the results the text match gave, that
the mask follows every write of the list (pipeline-style constructor, decision corrections), that the
migration back-fills existing rows, and that the queue's covering indexes exist. Correctness only: speed
is measured in bench/queue_speed.py, never asserted here."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from sqlalchemy import Text, cast, inspect, select

from classifier.catalogue import load_catalogue
from review.db import alembic_config
from review.models import INDICATOR_BITS, QUEUE_INDEX_COLUMNS, ReviewItem, missing_mask_of
from review.queue import QueueFilters, claim, decide, list_queue, queue_conditions
from tests.review.review_rows import T0, add_document, assessment_dict, item_of

MIGRATION = (
    Path(__file__).resolve().parents[2] / "review/migrations/versions/0003_missing_mask_and_order_index.py"
)
CODES = list(INDICATOR_BITS)


def _migration_module():
    spec = importlib.util.spec_from_file_location("migration_0003", MIGRATION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fill(session, world, n: int = 40, seed: int = 7) -> None:
    """n items over two pemda with random found indicators, confidences, urusan and states."""
    rng = random.Random(seed)
    urusan = ["kesehatan", "pendidikan", "desa"]
    for k in range(n):
        found = {code: rng.randint(1, 3) for code in CODES if rng.random() < 0.5}
        unit = [world.unit_a, world.unit_a2, world.unit_b][k % 3]
        document = add_document(
            session,
            world,
            unit=unit,
            assessment=assessment_dict(
                confidence=round(rng.uniform(0.3, 0.95), 2), found=found, urusan=rng.choice(urusan)
            ),
            age_minutes=rng.randint(0, 500),
        )
        if k % 7 == 0:  # some decided, so state filters see more than one state
            item = item_of(session, document)
            claim(session, item.id, world.admin, now=T0)
            decide(session, item.id, world.admin, action="accept", now=T0)
    session.commit()


def _text_match_ids(session, user, filters: QueueFilters) -> list[int]:
    """The filter as it was before 0003: the quoted code in the JSON text, the same order as the queue."""
    code = filters.missing_indicator
    others = QueueFilters(**{**filters.__dict__, "missing_indicator": None})
    where = queue_conditions(user, others, T0)
    where.append(cast(ReviewItem.missing_indicators, Text).like(f'%"{code}"%'))
    return list(
        session.scalars(
            select(ReviewItem.id)
            .where(*where)
            .order_by(ReviewItem.priority.desc(), ReviewItem.created_at, ReviewItem.id)
        )
    )


def test_indicator_bits_cover_the_catalogue_and_match_the_migration():
    """GIVEN the catalogue's indicator codes and the order migration 0003 back-filled with
    THEN every code has a bit, and the model's order is the migration's (a reorder would change meaning)."""
    assert set(load_catalogue().codes("indicators")) <= set(INDICATOR_BITS)
    assert len(set(INDICATOR_BITS)) == len(INDICATOR_BITS) <= 31  # fits a signed 32-bit integer
    assert _migration_module().INDICATOR_BITS == INDICATOR_BITS
    assert missing_mask_of(["regulasi", "video", "regulasi", "not-a-code"]) == 1 | (1 << 19)


def test_missing_indicator_filter_matches_the_old_text_match(session, world):
    """GIVEN 40 items with random missing indicators, states and pemda
    WHEN the queue is filtered by each indicator, for an admin and a reviewer, alone and with other filters
    THEN the items, their order and the total are those the JSON text match selected."""
    _fill(session, world)
    combos = [
        {},
        {"state": "all"},
        {"state": "decided"},
        {"urusan": "kesehatan"},
        {"max_confidence": 0.7, "state": "all"},
    ]
    checked = 0
    for user in (world.admin, world.reviewer_a):
        for code in CODES:
            for extra in combos:
                filters = QueueFilters(missing_indicator=code, **extra)
                items, total = list_queue(session, user, filters, limit=500)
                expected = _text_match_ids(session, user, filters)
                assert [i["id"] for i in items] == expected, (user.username, code, extra)
                assert total == len(expected)
                assert all(code in i["missing_indicators"] for i in items)
                checked += len(expected)
    assert checked > 0


def test_mask_follows_constructor_and_corrections(session, world):
    """GIVEN an item written the way the pipeline writes it
    WHEN a reviewer corrects its indicators
    THEN the mask follows the corrected list and the filter finds the item under its new missing codes."""
    document = add_document(session, world, assessment=assessment_dict(found={"regulasi": 2}))
    item = item_of(session, document)
    assert "regulasi" not in item.missing_indicators
    assert item.missing_mask == missing_mask_of(item.missing_indicators)
    claim(session, item.id, world.reviewer_a, now=T0)
    decide(
        session,
        item.id,
        world.reviewer_a,
        action="correct",
        indicators={"regulasi": 0, "video": 2},
        now=T0,
    )
    session.commit()
    session.expire_all()
    stored = item_of(session, document)
    assert stored.missing_mask == missing_mask_of(stored.missing_indicators)
    assert "regulasi" in stored.missing_indicators and "video" not in stored.missing_indicators

    def found(code: str) -> bool:
        items, _ = list_queue(session, world.admin, QueueFilters(missing_indicator=code, state="all"))
        return document.id in [i["document_id"] for i in items]

    assert found("regulasi") and not found("video")


def test_migration_0003_back_fills_existing_rows(ctx, session, world):
    """GIVEN items written before 0003 (the database taken back to 0002, which drops the mask)
    WHEN the migrations run again
    THEN every item's mask is the bitmask of its missing_indicators list."""
    from alembic import command

    _fill(session, world, n=12, seed=3)
    session.close()
    config = alembic_config(ctx.engine.url.render_as_string(hide_password=False))
    with ctx.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert "missing_mask" not in {c["name"] for c in inspect(ctx.engine).get_columns("review_items")}
    with ctx.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with ctx.sessions() as fresh:
        rows = fresh.execute(select(ReviewItem.missing_indicators, ReviewItem.missing_mask)).all()
    assert len(rows) == 12
    assert all(mask == missing_mask_of(codes) for codes, mask in rows)
    assert any(mask for _codes, mask in rows)


def test_queue_indexes_hold_every_filter_column(ctx):
    """GIVEN a migrated database
    THEN the queue's indexes lead with their own columns, then the queue order, then the other filter
    columns, so counts and pages never need the table's rows."""
    indexes = {i["name"]: i for i in inspect(ctx.engine).get_indexes("review_items")}
    leading = {
        "ix_items_order": [],
        "ix_items_queue": ["pemda_id", "state"],
        "ix_items_unit_order": ["unit_id", "state"],
        "ix_items_urusan": ["urusan", "state"],
        "ix_items_state": ["state"],
        "ix_items_document_type": ["document_type", "state"],
    }
    for name, lead in leading.items():
        columns = indexes[name]["column_names"]
        assert columns[: len(lead)] == lead, name
        assert columns[len(lead) : len(lead) + 3] == ["priority", "created_at", "id"], name
        assert set(QUEUE_INDEX_COLUMNS) <= set(columns), name
    assert "ix_items_unit" not in indexes  # a prefix of ix_items_unit_order


def test_pending_filter_matches_the_old_or_form(session, world):
    """GIVEN pending items, a live claim, a lapsed claim and decided items
    WHEN the queue is filtered by state=pending (now written as an index range)
    THEN it selects what `pending OR (claimed AND lease lapsed)` selected: the lapsed claim included."""
    from datetime import timedelta

    from sqlalchemy import and_, or_

    from review.models import ItemState

    _fill(session, world, n=14, seed=5)
    live = item_of(session, add_document(session, world))
    lapsed = item_of(session, add_document(session, world))
    claim(session, live.id, world.reviewer_a, now=T0)
    claim(session, lapsed.id, world.reviewer_a2, now=T0 - timedelta(hours=1))
    session.commit()
    for user in (world.admin, world.reviewer_a):
        items, total = list_queue(session, user, QueueFilters(state="pending"), limit=500, now=T0)
        where = queue_conditions(user, QueueFilters(state="all"), T0)
        old = or_(
            ReviewItem.state == ItemState.pending,
            and_(ReviewItem.state == ItemState.claimed, ReviewItem.claim_expires_at < T0),
        )
        expected = list(
            session.scalars(
                select(ReviewItem.id)
                .where(*where, old)
                .order_by(ReviewItem.priority.desc(), ReviewItem.created_at, ReviewItem.id)
            )
        )
        assert [i["id"] for i in items] == expected and total == len(expected)
        assert lapsed.id in expected and live.id not in expected
