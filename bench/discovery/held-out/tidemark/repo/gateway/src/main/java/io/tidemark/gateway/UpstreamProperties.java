package io.tidemark.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "tidemark.gateway")
public class UpstreamProperties {

    private Map<String, Upstream> upstreams = new LinkedHashMap<>();

    public Map<String, Upstream> getUpstreams() {
        return upstreams;
    }

    public void setUpstreams(Map<String, Upstream> upstreams) {
        this.upstreams = upstreams;
    }

    public static class Upstream {
        private String uri;
        private String prefix;
        private String rewriteTo;

        public String getUri() { return uri; }
        public void setUri(String uri) { this.uri = uri; }
        public String getPrefix() { return prefix; }
        public void setPrefix(String prefix) { this.prefix = prefix; }
        public String getRewriteTo() { return rewriteTo; }
        public void setRewriteTo(String rewriteTo) { this.rewriteTo = rewriteTo; }
    }
}
