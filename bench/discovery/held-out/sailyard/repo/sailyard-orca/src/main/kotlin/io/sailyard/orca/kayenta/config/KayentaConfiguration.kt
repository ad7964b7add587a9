package io.sailyard.orca.kayenta.config

import io.sailyard.kork.client.ServiceClientFactory
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration
import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path
import retrofit2.http.Query

/** kayentaCanary stage: starts a canary judgement in kayenta and polls it until it finishes. */
@Configuration
@ConditionalOnExpression("\${services.kayenta.enabled:false}")
class KayentaConfiguration {

  @Bean
  fun kayentaService(clients: ServiceClientFactory): KayentaService =
    clients.create(KayentaService::class.java, "kayenta")
}

interface KayentaService {
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
    @Query("storageAccountName") storageAccountName: String?,
    @Path("canaryExecutionId") canaryExecutionId: String
  ): Call<Map<String, Any?>>

  @GET("credentials")
  fun getCredentials(): Call<List<Map<String, Any?>>>
}
