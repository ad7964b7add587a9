package io.launchpad.conductor.bakery

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

/** Client for oven (the bakery). */
interface BakeryService {
  @POST("api/v1/{region}/bake")
  fun createBake(
    @Path("region") region: String,
    @Body bake: BakeRequest,
    @Query("rebake") rebake: String?
  ): Call<BakeStatus>

  @GET("api/v1/{region}/status/{statusId}")
  fun lookupStatus(@Path("region") region: String, @Path("statusId") statusId: String): Call<BakeStatus>

  @GET("api/v1/{region}/bake/{bakeId}")
  fun lookupBake(@Path("region") region: String, @Path("bakeId") bakeId: String): Call<Map<String, Any>>

  data class BakeRequest(
    val user: String?,
    val packageName: String,
    val baseOs: String,
    val cloudProviderType: String = "aws",
    val storeType: String = "ebs",
    val vmType: String = "hvm",
    val extendedAttributes: Map<String, String> = emptyMap()
  )

  data class BakeStatus(val id: String, val state: String, val result: String?, val resourceId: String?)
}
