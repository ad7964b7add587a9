package com.bayshore.customercore.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Every caller of /customers must send "Authorization: Bearer <key>". Actuator stays open for health checks. */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    private final String header;
    private final String expected;

    public ApiKeyFilter(@Value("${customercore.apikey.header}") String header,
                        @Value("${customercore.apikey.value}") String value) {
        this.header = header;
        this.expected = "Bearer " + value;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/actuator") || path.startsWith("/h2-console") || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!expected.equals(request.getHeader(header))) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "missing or invalid API key");
            return;
        }
        chain.doFilter(request, response);
    }
}
