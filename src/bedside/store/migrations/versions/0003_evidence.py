"""The evidence log (G21) and the user's own patients as keyed hashes (G10) (#6).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("reply_id", sa.String(200), nullable=False, server_default=""),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("author_handle", sa.String(400), nullable=False, server_default=""),
        sa.Column("author_name", sa.String(400), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("posted_at", sa.String(40), nullable=False, server_default=""),
        sa.Column("url", sa.String(2000), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_table("own_patients", sa.Column("handle_hash", sa.String(64), primary_key=True))


def downgrade() -> None:
    op.drop_table("own_patients")
    op.drop_table("evidence")
