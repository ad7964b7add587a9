package frauddetection

import dev.openfeature.sdk.OpenFeatureAPI
import stardust.Demo.OrderResult

/**
 * Naive heuristic: many items shipped to a brand new address look suspicious.
 * The "kafkaQueueProblems" flag adds an artificial delay to simulate consumer lag.
 */
class OrderScorer {
    private val flags = OpenFeatureAPI.getInstance().client

    fun score(order: OrderResult): Double {
        val delayMs = flags.getIntegerValue("kafkaQueueProblems", 0)
        if (delayMs > 0) Thread.sleep(delayMs.toLong())

        val itemCount = order.itemsList.sumOf { it.item.quantity }
        val base = if (itemCount > 10) 0.6 else 0.1
        return if (order.shippingAddress.country.isBlank()) base + 0.3 else base
    }
}
