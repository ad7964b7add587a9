package io.gatewise.rest.api.config;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

import java.util.Map;
import java.util.Properties;

public class GatewiseYamlPropertySourceFactory implements PropertySourceFactory {

    private static final String PREFIX = "gatewise_";

    @Override
    public PropertySource<?> createPropertySource(String name, EncodedResource resource) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(resource.getResource());
        Properties props = yaml.getObject();
        for (Map.Entry<String, String> env : System.getenv().entrySet()) {
            if (env.getKey().startsWith(PREFIX)) {
                String key = env.getKey().substring(PREFIX.length()).replace('_', '.');
                // endpoints_0 -> endpoints[0]
                key = key.replaceAll("\\.(\\d+)$", "[$1]");
                props.setProperty(key, env.getValue());
            }
        }
        return new PropertiesPropertySource("gatewise", props);
    }
}
