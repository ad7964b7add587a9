import com.google.protobuf.gradle.id

plugins {
    kotlin("jvm") version "2.1.0"
    id("com.google.protobuf") version "0.9.4"
    id("com.github.johnrengelman.shadow") version "8.1.1"
    application
}

group = "com.stardust"
version = "1.0"

val grpcVersion = "1.69.0"
val protobufVersion = "4.29.2"

repositories {
    mavenCentral()
    gradlePluginPortal()
}

dependencies {
    implementation("com.google.protobuf:protobuf-java:${protobufVersion}")
    implementation("org.apache.kafka:kafka-clients:3.9.0")
    implementation("org.apache.logging.log4j:log4j-core:2.24.3")
    implementation("org.slf4j:slf4j-api:2.0.16")
    implementation("io.opentelemetry:opentelemetry-api:1.45.0")
    implementation("io.opentelemetry.instrumentation:opentelemetry-instrumentation-annotations:2.11.0")
    implementation("dev.openfeature:sdk:1.13.0")
    implementation("dev.openfeature.contrib.providers:flagd:0.10.5")
    testImplementation(kotlin("test"))
}

sourceSets {
    main {
        proto {
            srcDir("src/main/proto")
        }
    }
}

protobuf {
    protoc {
        artifact = "com.google.protobuf:protoc:${protobufVersion}"
    }
    plugins {
        id("grpc") {
            artifact = "io.grpc:protoc-gen-grpc-java:${grpcVersion}"
        }
    }
}

application {
    mainClass.set("frauddetection.MainKt")
}

tasks.jar {
    manifest.attributes["Main-Class"] = "frauddetection.MainKt"
}
