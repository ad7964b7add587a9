import graphene

from .channel.mutations import ChannelRefreshConversionRates
from .checkout.mutations import CheckoutComplete, CheckoutCreate
from .product.mutations import ProductExport, ProductMediaCreate


class Query(graphene.ObjectType):
    shop_name = graphene.String(name="shopName")

    def resolve_shop_name(self, info):
        return "Cartwell"


class Mutation(graphene.ObjectType):
    checkout_create = CheckoutCreate.Field()
    checkout_complete = CheckoutComplete.Field()
    product_media_create = ProductMediaCreate.Field()
    export_products = ProductExport.Field()
    channel_refresh_conversion_rates = ChannelRefreshConversionRates.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)
