package io.launchpad.warden.roles

import okhttp3.OkHttpClient
import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty
import org.springframework.stereotype.Component
import retrofit2.Call
import retrofit2.Retrofit
import retrofit2.converter.jackson.JacksonConverterFactory
import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

/** Roles = the GitHub teams (in auth.groupMembership.github.organization) the user belongs to. */
@Component
@ConditionalOnProperty(value = ["auth.groupMembership.service"], havingValue = "github")
class GitHubTeamsUserRolesProvider(
  @Value("\${auth.groupMembership.github.baseUrl:https://api.github.com}") baseUrl: String,
  @Value("\${auth.groupMembership.github.accessToken}") accessToken: String,
  @Value("\${auth.groupMembership.github.organization}") private val organization: String,
  @Value("\${auth.groupMembership.github.paginationValue:100}") private val pageSize: Int
) {
  private val log = LoggerFactory.getLogger(javaClass)

  private val github: GitHubApi = Retrofit.Builder()
    .baseUrl(if (baseUrl.endsWith("/")) baseUrl else "$baseUrl/")
    .client(
      OkHttpClient.Builder()
        .addInterceptor { chain ->
          chain.proceed(
            chain.request().newBuilder()
              .header("Authorization", "token $accessToken")
              .header("Accept", "application/vnd.github+json")
              .build()
          )
        }
        .build()
    )
    .addConverterFactory(JacksonConverterFactory.create())
    .build()
    .create(GitHubApi::class.java)

  fun loadRoles(username: String): List<String> {
    val teams = mutableListOf<Team>()
    var page = 1
    while (true) {
      val batch = github.getOrgTeams(organization, page++, pageSize).execute().body().orEmpty()
      teams += batch
      if (batch.size < pageSize) break
    }
    return teams.filter { team ->
      val response = github.getTeamMembership(organization, team.slug, username).execute()
      response.isSuccessful && response.body()?.state == "active"
    }.map { it.slug.lowercase() }
      .also { log.debug("Resolved {} teams for {}", it.size, username) }
  }

  interface GitHubApi {
    @GET("orgs/{org}/teams")
    fun getOrgTeams(@Path("org") org: String, @Query("page") page: Int, @Query("per_page") perPage: Int): Call<List<Team>>

    @GET("orgs/{org}/teams/{slug}/memberships/{username}")
    fun getTeamMembership(@Path("org") org: String, @Path("slug") slug: String, @Path("username") username: String): Call<Membership>
  }

  data class Team(val id: Long = 0, val name: String = "", val slug: String = "")
  data class Membership(val state: String = "", val role: String = "")
}
