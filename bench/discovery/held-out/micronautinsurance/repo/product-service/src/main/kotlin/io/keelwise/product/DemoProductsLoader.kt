package io.keelwise.product

import io.micronaut.context.annotation.Requires
import io.micronaut.context.event.StartupEvent
import io.micronaut.runtime.event.annotation.EventListener
import jakarta.inject.Singleton
import org.slf4j.LoggerFactory

@Singleton
@Requires(property = "keelwise.products.seed-demo-data", value = "true")
class DemoProductsLoader(private val repository: ProductRepository) {

    private val log = LoggerFactory.getLogger(DemoProductsLoader::class.java)

    @EventListener
    fun onStartup(event: StartupEvent) {
        if (repository.count() > 0) return
        log.info("Seeding demo marine products")
        repository.saveAll(
            listOf(
                Product(
                    code = "YACHT", name = "Keelwise Yacht Cover", image = "/static/yacht.jpg",
                    description = "Hull, machinery and third party liability for sailing yachts",
                    covers = listOf(
                        Cover("HULL", "Hull & machinery", "Damage to the vessel", false, 250_000),
                        Cover("TPL", "Third party liability", "Damage caused to others", false, 1_000_000),
                        Cover("CREW", "Crew accident", "Personal accident for crew", true, 50_000)
                    ),
                    questions = listOf(
                        Question("LENGTH", 1, "Length overall (m)", "numeric"),
                        Question("NAV_AREA", 2, "Navigation area", "choice", listOf("COASTAL", "OFFSHORE", "INLAND"))
                    ),
                    maxNumberOfInsured = 1, icon = "sailboat"
                ),
                Product(
                    code = "DINGHY", name = "Keelwise Dinghy & Kayak", image = "/static/dinghy.jpg",
                    description = "Simple cover for small craft",
                    covers = listOf(Cover("ALLRISK", "All risks", "Loss or damage", false, 15_000)),
                    questions = listOf(Question("STORAGE", 1, "Stored on a trailer?", "choice", listOf("YES", "NO"))),
                    maxNumberOfInsured = 1, icon = "kayak"
                )
            )
        )
    }
}
