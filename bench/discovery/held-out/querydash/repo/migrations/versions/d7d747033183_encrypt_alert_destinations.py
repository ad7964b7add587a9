"""encrypt alert destinations

Revision ID: d7d747033183
Revises: e5c7a4e2df4d
Create Date: 2020-12-14 21:42:48.661684

"""
from alembic import op
import sqlalchemy as sa

revision = "d7d747033183"
down_revision = "e5c7a4e2df4d"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("notification_destinations", sa.Column("encrypted_options", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("notification_destinations", "encrypted_options")
