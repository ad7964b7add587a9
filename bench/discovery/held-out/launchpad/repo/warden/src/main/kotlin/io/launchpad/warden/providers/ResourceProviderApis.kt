package io.launchpad.warden.providers

import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.Query

/** Applications and service accounts (and their permission blocks) from ledger. */
interface LedgerApi {
  @GET("permissions/applications")
  fun getAllApplicationPermissions(): Call<List<Map<String, Any>>>

  @GET("v2/applications")
  fun getAllApplications(@Query("restricted") restricted: Boolean = false): Call<List<Map<String, Any>>>

  @GET("serviceAccounts")
  fun getAllServiceAccounts(): Call<List<ServiceAccount>>

  data class ServiceAccount(val name: String, val memberOf: List<String> = emptyList())
}

/** Cloud accounts with their READ/WRITE role lists, plus applications discovered from clusters. */
interface FleetdriverApi {
  @GET("credentials")
  fun getAccounts(@Query("expand") expand: Boolean = true): Call<List<Account>>

  @GET("applications")
  fun getApplications(@Query("expand") expand: Boolean = false): Call<List<Map<String, Any>>>

  data class Account(
    val name: String,
    val cloudProvider: String,
    val permissions: Map<String, List<String>> = emptyMap()
  )
}
