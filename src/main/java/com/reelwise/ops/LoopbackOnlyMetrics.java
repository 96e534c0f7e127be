package com.reelwise.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics endpoint (heap for the load harness) answers only on this machine: from a loopback
 * address and not through a proxy. Every request through the Space's proxy carries
 * X-Forwarded-For, so strangers get 404 as if it did not exist; health and info stay public.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoopbackOnlyMetrics extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/actuator/metrics");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean proxied = request.getHeader("X-Forwarded-For") != null || request.getHeader("Forwarded") != null;
        if (proxied || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
