package com.thistlewood.bramble.product.service;

import com.thistlewood.bramble.product.config.ServiceUrlConfig;
import java.net.URI;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

@Slf4j
@Service
public class MediaService {

    public record MediaVm(Long id, String caption, String fileName, String mediaType, String url) {
        public static MediaVm empty(Long id) {
            return new MediaVm(id, "", "", "", "");
        }
    }

    private final RestClient restClient;
    private final ServiceUrlConfig serviceUrlConfig;

    public MediaService(RestClient.Builder restClientBuilder, ServiceUrlConfig serviceUrlConfig) {
        this.restClient = restClientBuilder.build();
        this.serviceUrlConfig = serviceUrlConfig;
    }

    public MediaVm getMedia(Long id) {
        if (id == null) {
            return MediaVm.empty(null);
        }
        URI url = UriComponentsBuilder.fromHttpUrl(serviceUrlConfig.media())
                .path("/medias/{id}")
                .buildAndExpand(id)
                .toUri();
        try {
            return restClient.get()
                    .uri(url)
                    .retrieve()
                    .body(MediaVm.class);
        } catch (RestClientException ex) {
            log.warn("Could not load media {}: {}", id, ex.getMessage());
            return MediaVm.empty(id);
        }
    }

    public void removeMedia(Long id, String bearerToken) {
        URI url = UriComponentsBuilder.fromHttpUrl(serviceUrlConfig.media())
                .path("/medias/{id}")
                .buildAndExpand(id)
                .toUri();
        restClient.delete()
                .uri(url)
                .headers(h -> h.setBearerAuth(bearerToken))
                .retrieve()
                .toBodilessEntity();
    }
}
