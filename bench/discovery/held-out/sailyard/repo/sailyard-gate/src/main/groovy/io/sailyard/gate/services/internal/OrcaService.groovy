package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.Headers
import retrofit2.http.POST
import retrofit2.http.PUT
import retrofit2.http.Path
import retrofit2.http.Query

interface OrcaService {

  @Headers('Content-type: application/context+json')
  @POST('ops')
  Call<Map> doOperation(@Body Map<String, ? extends Object> body)

  @GET('applications/{application}/pipelines')
  Call<List> getPipelines(@Path('application') String app,
                          @Query('limit') Integer limit,
                          @Query('statuses') String statuses)

  @GET('pipelines/{id}')
  Call<Map> getPipeline(@Path('id') String id)

  @PUT('pipelines/{id}/cancel')
  Call<Map> cancelPipeline(@Path('id') String id, @Query('reason') String reason)

  @POST('orchestrate')
  Call<Map> startPipeline(@Body Map pipelineConfig, @Query('user') String user)

  @GET('tasks/{id}')
  Call<Map> getTask(@Path('id') String id)
}
