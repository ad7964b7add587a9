package io.gatewise.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gatewise.yml and lets environment variables override keys:
 * "management.mongodb.uri" -> "gatewise_management_mongodb_uri", list items -> "_0", "_1"...
 */
public class GatewayConfiguration {

    private static final String ENV_PREFIX = "gatewise_";
    private final JsonNode root;

    private GatewayConfiguration(JsonNode root) {
        this.root = root;
    }

    public static GatewayConfiguration load(String path) {
        try {
            return new GatewayConfiguration(new ObjectMapper(new YAMLFactory()).readTree(new File(path)));
        } catch (IOException e) {
            throw new IllegalStateException("Unable to read gateway configuration " + path, e);
        }
    }

    public String getString(String key, String defaultValue) {
        String env = System.getenv(ENV_PREFIX + key.replace('.', '_'));
        if (env != null) {
            return env;
        }
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        String value = node.asText();
        if (value.startsWith("${") && value.endsWith("}")) {
            return getString(value.substring(2, value.length() - 1), defaultValue);
        }
        return value;
    }

    public List<String> getList(String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; ; i++) {
            String v = getString(key + "." + i, null);
            if (v == null) {
                JsonNode node = root;
                for (String part : key.split("\\.")) {
                    node = node == null ? null : node.get(part);
                }
                if (values.isEmpty() && node != null && node.isArray()) {
                    node.forEach(n -> values.add(n.asText()));
                }
                return values;
            }
            values.add(v);
        }
    }

    public int getInt(String key, int defaultValue) {
        return Integer.parseInt(getString(key, String.valueOf(defaultValue)));
    }

    public long getLong(String key, long defaultValue) {
        return Long.parseLong(getString(key, String.valueOf(defaultValue)));
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return Boolean.parseBoolean(getString(key, String.valueOf(defaultValue)));
    }
}
