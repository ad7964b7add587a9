package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

interface IgorService {

  @GET('masters')
  Call<List<String>> getBuildMasters()

  @GET('jobs/{buildMaster}')
  Call<List<String>> getJobsForBuildMaster(@Path('buildMaster') String buildMaster)

  @GET('builds/all/{buildMaster}/{job}')
  Call<List<Map>> getBuilds(@Path('buildMaster') String buildMaster, @Path(value = 'job', encoded = true) String job)

  @GET('artifacts/{provider}/{packageName}')
  Call<List<String>> getArtifactVersions(@Path('provider') String provider,
                                         @Path('packageName') String packageName,
                                         @Query('releaseStatus') String releaseStatus)
}
