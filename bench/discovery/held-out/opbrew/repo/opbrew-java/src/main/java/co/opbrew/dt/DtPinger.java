package co.opbrew.dt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Forwards a share of API calls to other opbrew backends listed in OPBEANS_SERVICES. */
@Component
public class DtPinger {
    private static final Logger log = LoggerFactory.getLogger(DtPinger.class);
    private static final Map<String, Integer> PORTS =
            Map.of("opbrew-python", 8000, "opbrew-go", 8000, "opbrew-dotnet", 80);

    private final RestTemplate restTemplate;
    private final List<String> services;
    private final double probability;

    public DtPinger(RestTemplate restTemplate,
                    @Value("${opbeans.services}") String services,
                    @Value("${opbeans.dt-probability}") double probability) {
        this.restTemplate = restTemplate;
        this.services = Arrays.stream(services.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.probability = probability;
    }

    public Optional<ResponseEntity<String>> maybeForward(String pathAndQuery) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        if (services.isEmpty() || rnd.nextDouble() >= probability) {
            return Optional.empty();
        }
        String service = services.get(rnd.nextInt(services.size()));
        String url = service.startsWith("http")
                ? service + pathAndQuery
                : "http://" + service + ":" + PORTS.getOrDefault(service, 3000) + pathAndQuery;
        try {
            return Optional.of(restTemplate.getForEntity(url, String.class));
        } catch (RestClientException e) {
            log.warn("dt ping to {} failed: {}", url, e.getMessage());
            return Optional.empty();
        }
    }
}
