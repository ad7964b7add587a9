package io.launchpad.fleetdriver.ledger;

import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

public interface LedgerService {
  @GET("v2/applications?restricted=false")
  Call<List<Map<String, Object>>> searchByName();

  @GET("v2/applications/{name}")
  Call<Map<String, Object>> getApplication(@Path("name") String name);

  @GET("v2/projects/{project}")
  Call<Map<String, Object>> getProject(@Path("project") String project);
}
