package io.launchpad.common.warden;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Client for warden, the authorization service. Shared by every service that enforces authz. */
public interface WardenService {
  @GET("authorize/{userId}")
  Call<UserPermission> getUserPermission(@Path("userId") String userId);

  @GET("authorize/{userId}/{resourceType}/{resourceName}/{authorization}")
  Call<Void> hasAuthorization(
      @Path("userId") String userId,
      @Path("resourceType") String resourceType,
      @Path("resourceName") String resourceName,
      @Path("authorization") String authorization);

  @POST("roles/{userId}")
  Call<Void> loginUser(@Path("userId") String userId, @Body String ignored);

  @PUT("roles/{userId}")
  Call<Void> loginWithRoles(@Path("userId") String userId, @Body List<String> roles);

  @POST("roles/sync")
  Call<Long> sync(@Body List<String> roles);

  record UserPermission(String id, boolean admin, List<Map<String, Object>> accounts,
                        List<Map<String, Object>> applications, List<String> roles) {}
}
