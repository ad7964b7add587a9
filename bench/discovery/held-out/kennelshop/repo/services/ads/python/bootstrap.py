from models import Advertisement, db

ADS = [
    ('Chew toys for every size', '/t/categories/toys', '1.jpg'),
    ('Grain-free kibble sale', '/t/categories/food', '2.jpg'),
    ('Cozy beds for cozy pups', '/t/categories/beds', '3.jpg'),
]


def create_app_data():
    if Advertisement.query.first():
        return
    for name, url, path in ADS:
        db.session.add(Advertisement(name=name, url=url, path=path))
    db.session.commit()
