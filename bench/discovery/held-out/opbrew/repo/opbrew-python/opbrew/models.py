from django.db import models


class ProductType(models.Model):
    name = models.CharField(max_length=1000, unique=True)

    class Meta:
        db_table = "product_types"


class Product(models.Model):
    sku = models.CharField(max_length=1000, unique=True)
    name = models.CharField(max_length=1000)
    description = models.TextField()
    product_type = models.ForeignKey(ProductType, on_delete=models.PROTECT)
    stock = models.IntegerField()
    cost = models.IntegerField()
    selling_price = models.IntegerField()

    class Meta:
        db_table = "products"


class Customer(models.Model):
    full_name = models.CharField(max_length=1000)
    email = models.CharField(max_length=1000)
    city = models.CharField(max_length=1000, null=True)
    country = models.CharField(max_length=1000, null=True)

    class Meta:
        db_table = "customers"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "orders"
