"""ecommerce integration. CourseHall does not run the ecommerce service; kept for upstream parity."""
# import requests
# from django.conf import settings
#
# def get_basket(user, sku):
#     resp = requests.get(f"{settings.ECOMMERCE_API_URL}/baskets/calculate/", params={"sku": sku},
#                         headers={"Authorization": f"JWT {user.jwt}"}, timeout=5)
#     return resp.json()


def is_commerce_enabled():
    return False
