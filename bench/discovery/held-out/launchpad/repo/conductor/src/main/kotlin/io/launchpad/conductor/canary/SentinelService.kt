package io.launchpad.conductor.canary

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.PUT
import retrofit2.http.Path
import retrofit2.http.Query

/** Canary analysis stages delegate scoring to sentinel. */
interface SentinelService {
  @POST("canary/{canaryConfigId}")
  fun create(
    @Path("canaryConfigId") canaryConfigId: String,
    @Query("application") application: String,
    @Query("parentPipelineExecutionId") parentPipelineExecutionId: String,
    @Query("metricsAccountName") metricsAccountName: String?,
    @Query("storageAccountName") storageAccountName: String?,
    @Body canaryExecutionRequest: Map<String, Any?>
  ): Call<Map<String, String>>

  @GET("canary/{canaryExecutionId}")
  fun getCanaryResults(
    @Path("canaryExecutionId") canaryExecutionId: String,
    @Query("storageAccountName") storageAccountName: String?
  ): Call<Map<String, Any>>

  @PUT("pipelines/{executionId}/cancel")
  fun cancelPipelineExecution(@Path("executionId") executionId: String): Call<Map<String, Any>>
}
