package io.taskloom.core.utils;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

public final class JacksonMapper {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());
    private static final ObjectMapper YAML_MAPPER = configure(new ObjectMapper(new YAMLFactory()));

    private JacksonMapper() {}

    public static ObjectMapper ofJson() {
        return MAPPER;
    }

    public static ObjectMapper ofYaml() {
        return YAML_MAPPER;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new JavaTimeModule());
    }
}
