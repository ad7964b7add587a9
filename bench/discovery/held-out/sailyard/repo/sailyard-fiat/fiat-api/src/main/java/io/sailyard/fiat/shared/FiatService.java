package io.sailyard.fiat.shared;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Client for sailyard-fiat. */
public interface FiatService {

  @GET("authorize/{userId}")
  Call<Map<String, Object>> getUserPermission(@Path("userId") String userId);

  @GET("authorize/{userId}/{resourceType}/{resourceName}/{authorization}")
  Call<Void> hasAuthorization(
      @Path("userId") String userId,
      @Path("resourceType") String resourceType,
      @Path("resourceName") String resourceName,
      @Path("authorization") String authorization);

  @POST("roles/{userId}")
  Call<Void> loginUser(@Path("userId") String userId);

  @PUT("roles/{userId}")
  Call<Void> loginWithRoles(@Path("userId") String userId, @Body List<String> roles);

  @DELETE("roles/{userId}")
  Call<Void> logoutUser(@Path("userId") String userId);

  @POST("roles/sync")
  Call<Long> sync(@Body List<String> roles);
}
