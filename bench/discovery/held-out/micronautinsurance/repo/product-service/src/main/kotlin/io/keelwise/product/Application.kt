package io.keelwise.product

import io.micronaut.runtime.Micronaut.build

fun main(args: Array<String>) {
    build()
        .args(*args)
        .packages("io.keelwise.product")
        .start()
}
