"""The store's tables (SQLAlchemy Core), as the latest migration leaves them."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, Integer, MetaData, String, Table, Text, func

metadata = MetaData()

settings = Table(
    "settings",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("value", Text, nullable=False),  # JSON
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("platform", String(20), nullable=False),
    Column("reply", Boolean, nullable=False),
    Column("text", Text, nullable=False),
    Column("result", Text, nullable=False),  # JSON, schema bedside.check/1
)

profiles = Table(
    "profiles",
    metadata,
    Column("platform", String(20), primary_key=True),
    Column("handle", String(400), nullable=False, server_default=""),
    Column("display_name", String(400), nullable=False, server_default=""),
    Column("bio", Text, nullable=False, server_default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("logged_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("platform", String(20), nullable=False),
    Column("reply_id", String(200), nullable=False, server_default=""),
    Column("label", String(20), nullable=False),
    Column("author_handle", String(400), nullable=False, server_default=""),
    Column("author_name", String(400), nullable=False, server_default=""),
    Column("text", Text, nullable=False),
    Column("posted_at", String(40), nullable=False, server_default=""),
    Column("url", String(2000), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
)

own_patients = Table("own_patients", metadata, Column("handle_hash", String(64), primary_key=True))

audit_results = Table(
    "audit_results",
    metadata,
    Column("archive_key", String(64), primary_key=True),
    Column("item_id", String(300), primary_key=True),
    Column("rule_version", String(20), nullable=False),
    Column("risk", Float, nullable=False),
    Column("record", Text, nullable=False),
)
