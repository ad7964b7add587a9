/*
 * Stardust Supply — fraud detection. Reads every placed order from Kafka and scores it.
 */
package frauddetection

import dev.openfeature.contrib.providers.flagd.FlagdOptions
import dev.openfeature.contrib.providers.flagd.FlagdProvider
import dev.openfeature.sdk.OpenFeatureAPI
import org.apache.kafka.clients.consumer.ConsumerConfig.*
import org.apache.kafka.clients.consumer.KafkaConsumer
import org.apache.kafka.common.serialization.ByteArrayDeserializer
import org.apache.kafka.common.serialization.StringDeserializer
import org.apache.logging.log4j.LogManager
import org.apache.logging.log4j.Logger
import stardust.Demo.OrderResult
import java.time.Duration.ofMillis
import java.util.*
import kotlin.system.exitProcess

const val TOPIC = "orders"

private val logger: Logger = LogManager.getLogger("frauddetection")

fun main() {
    // FlagdOptions defaults read FLAGD_HOST / FLAGD_PORT from the environment.
    val options = FlagdOptions.builder().withGlobalTelemetry(true).build()
    OpenFeatureAPI.getInstance().setProviderAndWait(FlagdProvider(options))

    val props = Properties()
    props[KEY_DESERIALIZER_CLASS_CONFIG] = StringDeserializer::class.java.name
    props[VALUE_DESERIALIZER_CLASS_CONFIG] = ByteArrayDeserializer::class.java.name
    props[GROUP_ID_CONFIG] = System.getenv("FRAUD_CONSUMER_GROUP") ?: "fraud-detection"
    val bootstrapServers = System.getenv("KAFKA_ADDR")
    if (bootstrapServers == null) {
        println("KAFKA_ADDR is not supplied")
        exitProcess(1)
    }
    props[BOOTSTRAP_SERVERS_CONFIG] = bootstrapServers
    val consumer = KafkaConsumer<String, ByteArray>(props).apply {
        subscribe(listOf(TOPIC))
    }

    val scorer = OrderScorer()
    var totalCount = 0L

    consumer.use {
        while (true) {
            totalCount = consumer
                .poll(ofMillis(100))
                .fold(totalCount) { accumulator, record ->
                    val newCount = accumulator + 1
                    val orders = OrderResult.parseFrom(record.value())
                    val score = scorer.score(orders)
                    logger.info("Consumed record with orderId: ${orders.orderId}, score: $score, and updated total count to: $newCount")
                    newCount
                }
        }
    }
}
