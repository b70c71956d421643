"""queue order indexes for unit and batch pages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 18:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The queue filtered by unit or batch sorts by (priority, created_at): with these columns in the index
    # the sort and the count read the index only (measured at 100,000 items on SQLite: ~100 ms -> see the
    # queue helper's report).
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_items_unit_order", ["unit_id", "state", "priority", "created_at", "confidence"], unique=False
        )
        batch_op.create_index(
            "ix_items_batch_order",
            ["batch_id", "state", "priority", "created_at", "confidence"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_batch_order")
        batch_op.drop_index("ix_items_unit_order")
