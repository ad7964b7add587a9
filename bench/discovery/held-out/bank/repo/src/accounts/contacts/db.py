"""Data access for the contacts table (accounts-db)."""

import logging

import sqlalchemy
from sqlalchemy import Boolean, Column, MetaData, String, Table


class ContactsDb:
    def __init__(self, uri, logger=logging):
        self.engine = sqlalchemy.create_engine(uri)
        self.logger = logger
        self.contacts_table = Table(
            "contacts",
            MetaData(),
            Column("username", String, nullable=False),
            Column("label", String, nullable=False),
            Column("account_num", String, nullable=False),
            Column("routing_num", String, nullable=False),
            Column("is_external", Boolean, nullable=False),
        )

    def add_contact(self, contact):
        with self.engine.begin() as conn:
            conn.execute(self.contacts_table.insert().values(contact))

    def get_contacts(self, username):
        query = sqlalchemy.select(
            self.contacts_table.c.label,
            self.contacts_table.c.account_num,
            self.contacts_table.c.routing_num,
            self.contacts_table.c.is_external,
        ).where(self.contacts_table.c.username == username)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]
