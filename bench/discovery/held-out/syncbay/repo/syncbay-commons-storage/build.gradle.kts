plugins { id("io.micronaut.library") }
dependencies {
    implementation("software.amazon.awssdk:s3:2.25.16")
    implementation("com.google.cloud:google-cloud-storage:2.36.1")
}
