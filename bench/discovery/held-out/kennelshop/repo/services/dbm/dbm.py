"""Generates steady, occasionally expensive, query load for Database Monitoring labs."""
import logging
import os
import random
import time

import psycopg2

logging.basicConfig(level=logging.INFO, format='%(asctime)s %(levelname)s %(message)s')
log = logging.getLogger('dbm')

QUERIES = [
    "SELECT id, name, slug FROM spree_products WHERE deleted_at IS NULL ORDER BY random() LIMIT 10",
    "SELECT p.name, count(li.id) FROM spree_line_items li "
    "JOIN spree_variants v ON v.id = li.variant_id "
    "JOIN spree_products p ON p.id = v.product_id GROUP BY p.name ORDER BY 2 DESC",
    "SELECT * FROM spree_orders WHERE state = 'complete' AND item_total > %s",
]


def connect():
    return psycopg2.connect(
        host=os.environ.get('POSTGRES_HOST', 'postgres'),
        dbname=os.environ.get('POSTGRES_DB', 'kennelshop_db'),
        user=os.environ['POSTGRES_USER'],
        password=os.environ['POSTGRES_PASSWORD'],
        port=5432,
    )


def main():
    conn = connect()
    conn.autocommit = True
    while True:
        query = random.choice(QUERIES)
        with conn.cursor() as cur:
            if '%s' in query:
                cur.execute(query, (random.randint(10, 200),))
            else:
                cur.execute(query)
            rows = cur.fetchall()
        log.info('ran query, %d rows', len(rows))
        time.sleep(random.uniform(0.5, 3))


if __name__ == '__main__':
    main()
