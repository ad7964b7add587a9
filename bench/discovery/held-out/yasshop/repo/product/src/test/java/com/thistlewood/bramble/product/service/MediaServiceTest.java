package com.thistlewood.bramble.product.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServerError;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.thistlewood.bramble.product.config.ServiceUrlConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class MediaServiceTest {

    private static final String MEDIA_URL = "http://localhost:8084/media";

    private MockRestServiceServer server;
    private MediaService mediaService;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        mediaService = new MediaService(builder, new ServiceUrlConfig(MEDIA_URL));
    }

    @Test
    void getMedia_returnsUrlFromMediaService() {
        server.expect(requestTo(MEDIA_URL + "/medias/7"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        {"id":7,"caption":"shoe","fileName":"shoe.png","mediaType":"image/png",
                         "url":"http://localhost:8084/media/medias/7/file/shoe.png"}
                        """, MediaType.APPLICATION_JSON));

        MediaService.MediaVm media = mediaService.getMedia(7L);

        assertThat(media.url()).endsWith("shoe.png");
        server.verify();
    }

    @Test
    void getMedia_whenMediaServiceFails_returnsEmpty() {
        server.expect(requestTo(MEDIA_URL + "/medias/8")).andRespond(withServerError());

        assertThat(mediaService.getMedia(8L).url()).isEmpty();
    }
}
