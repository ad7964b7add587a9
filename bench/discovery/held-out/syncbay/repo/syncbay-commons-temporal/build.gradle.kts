plugins { id("io.micronaut.library") }
dependencies {
    api("io.temporal:temporal-sdk:1.23.2")
    implementation(project(":syncbay-commons"))
}
