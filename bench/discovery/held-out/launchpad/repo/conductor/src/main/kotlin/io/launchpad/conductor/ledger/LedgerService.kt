package io.launchpad.conductor.ledger

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.PATCH
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

interface LedgerService {
  @GET("v2/applications/{name}")
  fun get(@Path("name") name: String): Call<Map<String, Any>>

  @PATCH("v2/applications/{name}")
  fun update(@Path("name") name: String, @Body application: Map<String, Any?>): Call<Void>

  @GET("pipelines/{app}")
  fun getPipelines(
    @Path("app") app: String,
    @Query("refresh") refresh: Boolean = true
  ): Call<List<Map<String, Any>>>

  @GET("pipelines/{id}/get")
  fun getPipeline(@Path("id") id: String): Call<Map<String, Any>>

  @POST("pipelines")
  fun savePipeline(@Body pipeline: Map<String, Any?>, @Query("staleCheck") staleCheck: Boolean): Call<Void>

  @GET("pipelineTemplates/{id}")
  fun getPipelineTemplate(@Path("id") id: String): Call<Map<String, Any>>

  @GET("deliveries/{id}")
  fun getDelivery(@Path("id") id: String): Call<Map<String, Any>>
}
