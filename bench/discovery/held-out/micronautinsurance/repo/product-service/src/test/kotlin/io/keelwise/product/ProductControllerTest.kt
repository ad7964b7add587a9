package io.keelwise.product

import io.micronaut.context.annotation.Property
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.junit5.annotation.MicronautTest
import io.mockk.every
import io.mockk.mockk
import jakarta.inject.Inject
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.util.Optional

@MicronautTest(environments = ["test"])
@Property(name = "keelwise.products.seed-demo-data", value = "false")
@Property(name = "consul.client.registration.enabled", value = "false")
class ProductControllerTest {

    @Inject
    @field:Client("/")
    lateinit var client: HttpClient

    @MockBean(ProductRepository::class)
    fun repository(): ProductRepository {
        val repo = mockk<ProductRepository>()
        every { repo.findById("YACHT") } returns Optional.of(
            Product("YACHT", "Yacht", "", "", emptyList(), emptyList(), 1, "sailboat")
        )
        every { repo.count() } returns 1
        return repo
    }

    @Test
    fun `returns single product`() {
        val product = client.toBlocking().retrieve("/products/YACHT", Product::class.java)
        assertEquals("Yacht", product.name)
    }
}
