package io.launchpad.butler.herald;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** Build and artifact events are posted to herald, which matches them against CI triggers. */
public interface HeraldService {
  @POST("/")
  Call<Void> postEvent(@Body Map<String, Object> event);

  static Map<String, Object> buildEvent(String master, String job, Map<String, Object> build) {
    return Map.of(
        "details", Map.of("type", "build", "source", "butler"),
        "content", Map.of("master", master, "project", Map.of("name", job, "lastBuild", build)));
  }
}
