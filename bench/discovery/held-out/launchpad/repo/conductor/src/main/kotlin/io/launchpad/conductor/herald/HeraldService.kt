package io.launchpad.conductor.herald

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.POST

/**
 * Conductor publishes execution lifecycle events (pipeline/stage/task starting, complete, failed)
 * to herald, which fans them out to notifications and downstream triggers.
 */
interface HeraldService {
  @POST("")
  fun recordEvent(@Body event: Map<String, Any?>): Call<Void>

  @POST("notifications")
  fun create(@Body notification: Notification): Call<Void>

  data class Notification(
    val notificationType: String,
    val to: List<String>,
    val templateGroup: String,
    val severity: String = "NORMAL",
    val source: Map<String, Any?> = emptyMap(),
    val additionalContext: Map<String, Any?> = emptyMap()
  )
}
