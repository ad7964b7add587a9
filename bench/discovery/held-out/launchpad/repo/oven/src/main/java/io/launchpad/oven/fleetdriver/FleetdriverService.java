package io.launchpad.oven.fleetdriver;

import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.PUT;

public interface FleetdriverService {
  /** Downloads the content of an artifact (e.g. a packer var file or a helm chart). */
  @PUT("artifacts/fetch/")
  Call<ResponseBody> fetchArtifact(@Body Map<String, Object> artifact);
}
