"""Audit results, stored as they come so an interrupted audit resumes (#7).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_results",
        sa.Column("archive_key", sa.String(64), primary_key=True),
        sa.Column("item_id", sa.String(300), primary_key=True),
        sa.Column("rule_version", sa.String(20), nullable=False),
        sa.Column("risk", sa.Float, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("audit_results")
