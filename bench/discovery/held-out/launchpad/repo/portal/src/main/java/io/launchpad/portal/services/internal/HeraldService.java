package io.launchpad.portal.services.internal;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface HeraldService {
  /** Inbound webhooks (GitHub, generic) are relayed to herald, which turns them into triggers. */
  @POST("webhooks/{type}/{source}")
  Call<Map<String, Object>> webhooks(@Path("type") String type, @Path("source") String source,
                                     @Body Map<String, Object> event);

  @POST("notifications/callback")
  Call<String> notificationCallback(@Body Map<String, Object> callback);

  @GET("validateCronExpression")
  Call<Map<String, Object>> validateCronExpression(@Query("cronExpression") String expression);
}
