import random

from models import Discount, DiscountType, db

NAMES = ['WOOF', 'FETCH', 'GOODBOY', 'BARK', 'TREAT', 'ZOOMIES', 'SNOOT']


def create_app_data():
    """Seed discount rows the first time the service boots."""
    if Discount.query.first():
        return
    pct = DiscountType(name='Percent off', price_modifier=0.1, discount_query='price * {}')
    db.session.add(pct)
    for name in NAMES:
        db.session.add(
            Discount(name=f'{name.title()} deal', code=f'{name}{random.randint(10, 99)}',
                     value=random.choice([5, 10, 15, 20]), discount_type=pct)
        )
    db.session.commit()
