"""Settings and saved drafts (the tables of bedside 0.1's first store).

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "_migrations" in existing:  # the hand-written migrations of the first store: its 001 is this one
        op.drop_table("_migrations")
        # it wrote times as 2026-11-27T10:00:00Z; SQLAlchemy reads SQLite times as 2026-11-27 10:00:00
        op.execute("UPDATE drafts SET created_at = replace(replace(created_at, 'T', ' '), 'Z', '')")
    if "settings" not in existing:  # a store made before the SQLAlchemy store has these already
        op.create_table(
            "settings",
            sa.Column("key", sa.String(200), primary_key=True),
            sa.Column("value", sa.Text, nullable=False),
        )
    if "drafts" not in existing:
        op.create_table(
            "drafts",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
            sa.Column("platform", sa.String(20), nullable=False),
            sa.Column("reply", sa.Boolean, nullable=False),
            sa.Column("text", sa.Text, nullable=False),
            sa.Column("result", sa.Text, nullable=False),
        )


def downgrade() -> None:
    op.drop_table("drafts")
    op.drop_table("settings")
