from django.urls import path

from corporate.views.billing_page import billing_page, upgrade_page

urlpatterns = [
    path("billing/", billing_page),
    path("upgrade/", upgrade_page),
]
