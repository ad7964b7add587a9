package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.POST
import retrofit2.http.Path

interface EchoService {

  @POST('webhooks/{type}/{source}')
  Call<Map> webhooks(@Path('type') String type, @Path('source') String source, @Body Map event)

  @GET('validateCronExpression')
  Call<Map> validateCronExpression(@retrofit2.http.Query('cronExpression') String cronExpression)

  @GET('notifications/metadata')
  Call<List> getNotificationTypeMetadata()

  @POST('notifications/callbacks/{source}')
  Call<String> notificationCallback(@Path('source') String source, @Body Map body)
}
