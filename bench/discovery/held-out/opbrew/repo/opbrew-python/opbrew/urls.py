from django.urls import path

from . import views

urlpatterns = [
    path("api/products", views.products),
    path("api/products/<int:pk>", views.product),
    path("api/customers", views.customers),
    path("api/orders", views.orders),
    path("api/stats", views.stats),
]
