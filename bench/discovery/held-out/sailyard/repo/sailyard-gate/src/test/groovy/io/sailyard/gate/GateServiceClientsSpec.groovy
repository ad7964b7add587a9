package io.sailyard.gate

import com.github.tomakehurst.wiremock.WireMockServer
import io.sailyard.gate.services.internal.Front50Service
import io.sailyard.gate.services.internal.OrcaService
import io.sailyard.kork.client.ServiceClientFactory
import org.springframework.mock.env.MockEnvironment
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.*
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options

class GateServiceClientsSpec extends Specification {

  @Shared @AutoCleanup('stop')
  WireMockServer wireMock = new WireMockServer(options().dynamicPort())

  ServiceClientFactory clients

  def setupSpec() {
    wireMock.start()
  }

  def setup() {
    def env = new MockEnvironment()
      .withProperty('services.orca.baseUrl', "http://localhost:${wireMock.port()}")
      .withProperty('services.front50.baseUrl', "http://localhost:${wireMock.port()}/front50")
    clients = new ServiceClientFactory(env, 1000, 1000)
  }

  def 'orca client starts a pipeline via /orchestrate'() {
    given:
    wireMock.stubFor(post(urlPathEqualTo('/orchestrate'))
      .willReturn(okJson('{"ref":"/pipelines/01HXYZ"}')))
    def orca = clients.create(OrcaService, 'orca')

    when:
    def response = orca.startPipeline([application: 'shop', name: 'deploy'], 'anonymous').execute()

    then:
    response.body().ref == '/pipelines/01HXYZ'
  }

  def 'front50 client lists pipelines'() {
    given:
    wireMock.stubFor(get(urlPathEqualTo('/front50/pipelines/shop'))
      .willReturn(okJson('[{"name":"deploy"}]')))

    expect:
    clients.create(Front50Service, 'front50').getPipelineConfigsForApplication('shop').execute().body()*.name == ['deploy']
  }

  def 'missing baseUrl fails fast'() {
    when:
    clients.endpoint('rosco')

    then:
    thrown(IllegalStateException)
  }
}
