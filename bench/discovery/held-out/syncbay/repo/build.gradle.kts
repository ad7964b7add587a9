plugins {
    id("io.micronaut.application") version "4.4.2" apply false
    id("io.micronaut.library") version "4.4.2" apply false
}
allprojects {
    group = "io.syncbay"
    version = System.getenv("VERSION") ?: "dev"
    repositories { mavenCentral() }
}
subprojects {
    apply(plugin = "java")
    extensions.configure<JavaPluginExtension> { toolchain.languageVersion.set(JavaLanguageVersion.of(21)) }
    dependencies {
        "testImplementation"("org.junit.jupiter:junit-jupiter:5.10.2")
        "testImplementation"("org.testcontainers:postgresql:1.19.8")
        "testImplementation"("org.testcontainers:minio:1.19.8")
    }
}
