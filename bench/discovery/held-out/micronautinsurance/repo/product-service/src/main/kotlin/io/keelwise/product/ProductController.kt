package io.keelwise.product

import io.micronaut.http.HttpResponse
import io.micronaut.http.annotation.Controller
import io.micronaut.http.annotation.Get
import io.micronaut.http.annotation.PathVariable

@Controller("/products")
class ProductController(private val repository: ProductRepository) {

    @Get
    fun all(): List<Product> = repository.findAll().toList()

    @Get("/{productCode}")
    fun byCode(@PathVariable productCode: String): HttpResponse<Product> =
        repository.findById(productCode)
            .map { HttpResponse.ok(it) }
            .orElse(HttpResponse.notFound())
}
