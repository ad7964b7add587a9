package io.launchpad.conductor.butler

import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.PATCH
import retrofit2.http.PUT
import retrofit2.http.Path
import retrofit2.http.Query
import retrofit2.http.QueryMap

/** Jenkins/CI stages go through butler, which holds the CI credentials. */
interface ButlerService {
  @PUT("masters/{name}/jobs/{jobName}")
  fun build(
    @Path("name") master: String,
    @Path(value = "jobName", encoded = true) jobName: String,
    @QueryMap queryParams: Map<String, String>,
    @Query("startTime") startTime: String
  ): Call<String>

  @GET("builds/queue/{master}/{item}")
  fun queuedBuild(@Path("master") master: String, @Path("item") item: String): Call<Map<String, Any>>

  @GET("builds/status/{buildNumber}/{master}/{job}")
  fun getBuild(
    @Path("buildNumber") buildNumber: Int,
    @Path("master") master: String,
    @Path(value = "job", encoded = true) job: String
  ): Call<Map<String, Any>>

  @PUT("masters/{name}/jobs/{jobName}/stop/{queuedBuild}/{buildNumber}")
  fun stop(
    @Path("name") master: String,
    @Path(value = "jobName", encoded = true) jobName: String,
    @Path("queuedBuild") queuedBuild: String,
    @Path("buildNumber") buildNumber: Int
  ): Call<String>

  @PATCH("masters/{name}/jobs/{jobName}/update/{buildNumber}")
  fun updateBuild(
    @Path("name") master: String,
    @Path(value = "jobName", encoded = true) jobName: String,
    @Path("buildNumber") buildNumber: Int,
    @Query("description") description: String
  ): Call<Void>
}
