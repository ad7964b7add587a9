package com.widgetry.server.configurations;

import lombok.Getter;
import lombok.Setter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import java.util.Arrays;
import java.util.List;

@Getter
@Setter
@Configuration
public class CommonConfig {

    @Value("${widgetry.rts.port:8091}")
    private String rtsPort;

    @Value("${oauth2.allowed-domains:}")
    private String allowedDomainsString;

    @Value("${widgetry.telemetry.disabled:false}")
    private boolean telemetryDisabled;

    @Value("${widgetry.git.root:/widgetry-stacks/git-storage}")
    private String gitRoot;

    /**
     * RTS is started by supervisord in the same container, so it is always reached over loopback.
     */
    public String getRtsBaseUrl() {
        return "http://127.0.0.1:" + rtsPort;
    }

    public List<String> getOauthAllowedDomains() {
        if (!StringUtils.hasText(allowedDomainsString)) {
            return List.of();
        }
        return Arrays.stream(allowedDomainsString.trim().split("\\s*,[,\\s]*")).toList();
    }
}
