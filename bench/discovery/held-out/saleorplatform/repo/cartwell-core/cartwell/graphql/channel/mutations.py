import graphene

from ...core.currency.tasks import update_conversion_rates


class ChannelRefreshConversionRates(graphene.Mutation):
    """Staff-triggered refresh of exchange rates (otherwise scheduled via beat)."""

    queued = graphene.Boolean()

    @classmethod
    def mutate(cls, root, info):
        update_conversion_rates.delay()
        return ChannelRefreshConversionRates(queued=True)
