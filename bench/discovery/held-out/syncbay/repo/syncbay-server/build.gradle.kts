plugins { id("io.micronaut.application") }
dependencies {
    implementation(project(":syncbay-commons"))
    implementation(project(":syncbay-commons-temporal"))
    implementation(project(":syncbay-commons-storage"))
    implementation(project(":syncbay-config"))
    implementation("io.micronaut.data:micronaut-data-jdbc")
    implementation("io.micronaut.sql:micronaut-jdbc-hikari")
    implementation("io.micronaut.security:micronaut-security-jwt")
    runtimeOnly("org.postgresql:postgresql:42.7.3")
}
application { mainClass.set("io.syncbay.server.Application") }
