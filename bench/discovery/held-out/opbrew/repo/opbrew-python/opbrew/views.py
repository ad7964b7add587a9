from django.db.models import Count
from django.http import HttpResponse, JsonResponse

from . import dt, tasks
from .models import Customer, Order, Product


def _dt_or(request, fn):
    forwarded = dt.maybe_ping(request)
    if forwarded is not None:
        body, status, ctype = forwarded
        return HttpResponse(body, status=status, content_type=ctype)
    return fn()


def products(request):
    return _dt_or(request, lambda: JsonResponse(
        list(Product.objects.values("id", "sku", "name", "stock", "selling_price")), safe=False))


def product(request, pk):
    return _dt_or(request, lambda: JsonResponse(
        Product.objects.filter(pk=pk).values().first() or {}, safe=False))


def customers(request):
    return JsonResponse(list(Customer.objects.values("id", "full_name", "city")), safe=False)


def orders(request):
    return JsonResponse(list(Order.objects.values("id", "customer_id", "created_at")), safe=False)


def stats(request):
    tasks.update_stats.delay()
    data = {
        "products": Product.objects.count(),
        "customers": Customer.objects.count(),
        "orders": Order.objects.aggregate(n=Count("id"))["n"],
    }
    return _dt_or(request, lambda: JsonResponse(data))
