"""missing-indicator bitmask and a queue index ordered like the queue

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 19:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# review.models.INDICATOR_BITS as of this migration (bit n = code n); frozen here so the back-fill never
# changes meaning.
INDICATOR_BITS = (
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
)
BACKFILL_CHUNK = 2000

# The queue's covering indexes (as review.models declares them): leading columns, the queue's order, then
# every other column the queue filters on, so a count or a page reads index entries only.
QUEUE_INDEX_COLUMNS = (
    "state",
    "pemda_id",
    "unit_id",
    "batch_id",
    "confidence",
    "missing_mask",
    "document_type",
    "bentuk",
    "jenis",
    "urusan",
    "claim_expires_at",
)
QUEUE_INDEXES = {
    "ix_items_order": (),
    "ix_items_queue": ("pemda_id", "state"),
    "ix_items_unit_order": ("unit_id", "state"),
    "ix_items_urusan": ("urusan", "state"),
    "ix_items_state": ("state",),
    "ix_items_document_type": ("document_type", "state"),
}
# What they replace (0001, 0002); ix_items_unit is a prefix of the new ix_items_unit_order.
OLD_INDEXES = {
    "ix_items_queue": ["state", "pemda_id", "priority", "created_at"],
    "ix_items_unit": ["unit_id", "state"],
    "ix_items_urusan": ["urusan", "state"],
    "ix_items_unit_order": ["unit_id", "state", "priority", "created_at", "confidence"],
}


def _queue_index_columns(leading: tuple[str, ...]) -> list:
    order = [sa.text("priority DESC"), "created_at", "id"]
    return [*leading, *order, *(c for c in QUEUE_INDEX_COLUMNS if c not in leading)]


def _mask(value: object) -> int:
    codes = json.loads(value) if isinstance(value, str) else value
    return sum(1 << INDICATOR_BITS.index(c) for c in set(codes or ()) if c in INDICATOR_BITS)


def upgrade() -> None:
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("missing_mask", sa.Integer(), nullable=False, server_default="0"))

    bind = op.get_bind()
    items = sa.table("review_items", sa.column("id", sa.Integer), sa.column("missing_mask", sa.Integer))
    rows = bind.execute(sa.text("SELECT id, missing_indicators FROM review_items ORDER BY id")).all()
    updates = [{"item_id": item_id, "mask": _mask(codes)} for item_id, codes in rows]
    updates = [u for u in updates if u["mask"]]
    statement = (
        sa.update(items)
        .where(items.c.id == sa.bindparam("item_id"))
        .values(missing_mask=sa.bindparam("mask"))
    )
    for start in range(0, len(updates), BACKFILL_CHUNK):
        bind.execute(statement, updates[start : start + BACKFILL_CHUNK])

    for name in OLD_INDEXES:
        op.drop_index(name, table_name="review_items")
    for name, leading in QUEUE_INDEXES.items():
        op.create_index(name, "review_items", _queue_index_columns(leading))


def downgrade() -> None:
    for name in QUEUE_INDEXES:
        op.drop_index(name, table_name="review_items")
    for name, columns in OLD_INDEXES.items():
        op.create_index(name, "review_items", columns)
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy the table, and dropping the old copy fails
    # on SQLite's foreign-key check once decisions point at the items.
    op.execute("ALTER TABLE review_items DROP COLUMN missing_mask")
