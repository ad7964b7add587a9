package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.DELETE
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path

interface Front50Service {

  @GET('v2/applications')
  Call<List<Map>> getAllApplicationsUnrestricted()

  @GET('v2/applications/{applicationName}')
  Call<Map> getApplication(@Path('applicationName') String applicationName)

  @GET('pipelines/{app}')
  Call<List<Map>> getPipelineConfigsForApplication(@Path('app') String app)

  @POST('pipelines')
  Call<Void> savePipelineConfig(@Body Map pipelineConfig)

  @DELETE('pipelines/{app}/{name}')
  Call<Void> deletePipelineConfig(@Path('app') String app, @Path('name') String name)

  @GET('serviceAccounts')
  Call<List<Map>> getServiceAccounts()

  @GET('notifications/application/{app}')
  Call<Map> getNotificationConfigs(@Path('app') String app)
}
