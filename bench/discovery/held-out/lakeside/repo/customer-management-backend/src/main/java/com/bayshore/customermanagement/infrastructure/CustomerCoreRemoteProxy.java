package com.bayshore.customermanagement.infrastructure;

import com.bayshore.customermanagement.interfaces.dtos.CustomerDto;
import com.bayshore.customermanagement.interfaces.dtos.CustomersDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Duration;
import java.util.Optional;

/**
 * Remote proxy for the customer-core REST API. customer-management-backend owns no customer data itself.
 */
@Component
public class CustomerCoreRemoteProxy {

    private static final Logger log = LoggerFactory.getLogger(CustomerCoreRemoteProxy.class);

    private final RestTemplate restTemplate;
    private final String customerCoreBaseURL;
    private final String apiKeyHeader;
    private final String apiKeyValue;

    public CustomerCoreRemoteProxy(RestTemplateBuilder builder,
                                   @Value("${customercore.baseURL}") String customerCoreBaseURL,
                                   @Value("${customercore.apikey.header}") String apiKeyHeader,
                                   @Value("${customercore.apikey.value}") String apiKeyValue,
                                   @Value("${customercore.connect-timeout}") Duration connectTimeout,
                                   @Value("${customercore.read-timeout}") Duration readTimeout) {
        this.restTemplate = builder.setConnectTimeout(connectTimeout).setReadTimeout(readTimeout).build();
        this.customerCoreBaseURL = customerCoreBaseURL;
        this.apiKeyHeader = apiKeyHeader;
        this.apiKeyValue = apiKeyValue;
    }

    public CustomersDto getCustomers(String filter, int limit, int offset) {
        String url = UriComponentsBuilder.fromHttpUrl(customerCoreBaseURL + "/customers")
                .queryParam("filter", filter)
                .queryParam("limit", limit)
                .queryParam("offset", offset)
                .toUriString();
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers()), CustomersDto.class).getBody();
    }

    public Optional<CustomerDto> getCustomer(String customerId) {
        try {
            CustomersDto result = restTemplate.exchange(customerCoreBaseURL + "/customers/" + customerId,
                    HttpMethod.GET, new HttpEntity<>(headers()), CustomersDto.class).getBody();
            return result == null ? Optional.empty() : result.customers().stream().findFirst();
        } catch (HttpClientErrorException.NotFound e) {
            return Optional.empty();
        } catch (RestClientException e) {
            log.warn("customer-core unavailable while loading {}: {}", customerId, e.getMessage());
            throw new CustomerCoreNotAvailableException(e);
        }
    }

    public CustomerDto updateCustomer(String customerId, CustomerDto.CustomerProfileDto profile) {
        return restTemplate.exchange(customerCoreBaseURL + "/customers/" + customerId, HttpMethod.PUT,
                new HttpEntity<>(profile, headers()), CustomerDto.class).getBody();
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(apiKeyHeader, "Bearer " + apiKeyValue);
        return headers;
    }

    public static class CustomerCoreNotAvailableException extends RuntimeException {
        public CustomerCoreNotAvailableException(Throwable cause) {
            super("customer-core is not available", cause);
        }
    }
}
