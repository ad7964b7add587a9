package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.Path

interface RoscoService {

  @GET('bakeOptions')
  Call<List> bakeOptions()

  @GET('bakeOptions/{cloudProvider}')
  Call<Map> bakeOptions(@Path('cloudProvider') String cloudProvider)

  @GET('api/v1/{region}/logs/{statusId}')
  Call<Map> lookupLogs(@Path('region') String region, @Path('statusId') String statusId)
}
