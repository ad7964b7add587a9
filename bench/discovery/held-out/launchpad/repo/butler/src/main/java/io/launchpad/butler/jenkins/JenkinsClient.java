package io.launchpad.butler.jenkins;

import java.util.Map;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/** One client per jenkins.masters entry; butler polls each master for job/build changes. */
public interface JenkinsClient {
  @GET("api/json?tree=jobs[name,lastBuild[number,result,building,timestamp]]")
  Call<Map<String, Object>> getProjects();

  @GET("job/{jobName}/api/json?tree=builds[number,url,result,building,timestamp,duration]")
  Call<Map<String, Object>> getBuilds(@Path(value = "jobName", encoded = true) String jobName);

  @GET("job/{jobName}/{buildNumber}/api/json")
  Call<Map<String, Object>> getBuild(@Path(value = "jobName", encoded = true) String jobName,
                                     @Path("buildNumber") int buildNumber);

  @POST("job/{jobName}/buildWithParameters")
  Call<Void> buildWithParameters(@Path(value = "jobName", encoded = true) String jobName,
                                 @QueryMap Map<String, String> parameters);

  @GET("crumbIssuer/api/json")
  Call<Map<String, String>> getCrumb();

  static JenkinsClient create(OkHttpClient base, String address, String username, String password) {
    OkHttpClient client = base.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", Credentials.basic(username, password))
            .build()))
        .build();
    return new Retrofit.Builder()
        .baseUrl(address.endsWith("/") ? address : address + "/")
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(JenkinsClient.class);
  }
}
