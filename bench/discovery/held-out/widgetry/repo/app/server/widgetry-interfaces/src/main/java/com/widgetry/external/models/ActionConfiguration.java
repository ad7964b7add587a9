package com.widgetry.external.models;

import lombok.Data;
import lombok.NoArgsConstructor;

import java.util.List;
import java.util.Map;

@Data
@NoArgsConstructor
public class ActionConfiguration {
    private String body;
    private String path;
    private String httpMethod;
    private Integer timeoutInMillisecond = 10000;
    private List<Map<String, String>> headers;
    private List<Map<String, String>> queryParameters;
}
