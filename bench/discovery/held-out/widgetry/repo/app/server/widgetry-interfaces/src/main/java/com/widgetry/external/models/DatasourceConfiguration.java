package com.widgetry.external.models;

import lombok.Data;
import lombok.NoArgsConstructor;

import java.util.List;
import java.util.Map;

@Data
@NoArgsConstructor
public class DatasourceConfiguration {

    @Data
    @NoArgsConstructor
    public static class Endpoint {
        private String host;
        private Long port;
    }

    @Data
    @NoArgsConstructor
    public static class Authentication {
        private String authenticationType;
        private String username;
        private String password;
        private String databaseName;
    }

    private String url;
    private List<Endpoint> endpoints;
    private Authentication authentication;
    private Map<String, Object> properties;
    private List<Map<String, String>> headers;
}
