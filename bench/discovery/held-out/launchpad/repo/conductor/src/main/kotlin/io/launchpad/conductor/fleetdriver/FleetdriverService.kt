package io.launchpad.conductor.fleetdriver

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

/** Read side of fleetdriver: the cloud inventory cache. */
interface FleetdriverService {
  @GET("applications/{app}/clusters/{account}/{cluster}/{cloudProvider}")
  fun getCluster(
    @Path("app") app: String,
    @Path("account") account: String,
    @Path("cluster") cluster: String,
    @Path("cloudProvider") cloudProvider: String
  ): Call<Map<String, Any>>

  @GET("serverGroups/{account}/{region}/{serverGroup}")
  fun getServerGroup(
    @Path("account") account: String,
    @Path("region") region: String,
    @Path("serverGroup") serverGroup: String
  ): Call<Map<String, Any>>

  @GET("{provider}/images/find")
  fun findImage(
    @Path("provider") provider: String,
    @Query("q") query: String,
    @Query("region") region: String?
  ): Call<List<Map<String, Any>>>

  @POST("cache/{cloudProvider}/{type}")
  fun forceCacheUpdate(
    @Path("cloudProvider") cloudProvider: String,
    @Path("type") type: String,
    @Body data: Map<String, Any?>
  ): Call<Map<String, Any>>
}

/** Write side: operations are submitted as atomic tasks and polled until complete. */
interface FleetdriverTaskService {
  @POST("{cloudProvider}/ops")
  fun requestOperations(
    @Path("cloudProvider") cloudProvider: String,
    @Body operations: List<Map<String, Any?>>
  ): Call<TaskId>

  @GET("task/{id}")
  fun lookupTask(@Path("id") id: String): Call<Map<String, Any>>

  @POST("task/{id}:resume")
  fun resumeTask(@Path("id") id: String): Call<TaskId>

  data class TaskId(val id: String)
}
