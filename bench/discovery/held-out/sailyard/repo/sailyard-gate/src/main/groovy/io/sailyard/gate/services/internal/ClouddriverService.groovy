package io.sailyard.gate.services.internal

import retrofit2.Call
import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

interface ClouddriverService {

  @GET('credentials')
  Call<List<Map>> getAccounts()

  @GET('applications/{name}')
  Call<Map> getApplication(@Path('name') String name)

  @GET('applications/{name}/clusters')
  Call<Map> getClusters(@Path('name') String name)

  @GET('applications/{application}/serverGroups')
  Call<List> getServerGroups(@Path('application') String application,
                             @Query('expand') String expand)

  @GET('manifests/{account}/{location}/{name}')
  Call<Map> getManifest(@Path('account') String account,
                        @Path('location') String location,
                        @Path('name') String name)

  @GET('search')
  Call<List<Map>> search(@Query('q') String query,
                         @Query('type') String type,
                         @Query('pageSize') Integer size)
}
