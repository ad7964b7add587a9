package io.keelwise.product

import io.micronaut.data.annotation.Id
import io.micronaut.data.annotation.MappedEntity
import io.micronaut.data.mongodb.annotation.MongoRepository
import io.micronaut.data.repository.CrudRepository
import io.micronaut.serde.annotation.Serdeable

@Serdeable
data class Cover(
    val code: String,
    val name: String,
    val description: String,
    val optional: Boolean,
    val sumInsured: Long
)

@Serdeable
data class Question(
    val code: String,
    val index: Int,
    val text: String,
    val type: String,
    val choices: List<String> = emptyList()
)

@Serdeable
@MappedEntity("products")
data class Product(
    @field:Id val code: String,
    val name: String,
    val image: String,
    val description: String,
    val covers: List<Cover>,
    val questions: List<Question>,
    val maxNumberOfInsured: Int,
    val icon: String
)

@MongoRepository
interface ProductRepository : CrudRepository<Product, String>
