package org.openprovince.sandboxportal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox portal's settings, and the security of its API: a machine endpoint called server to
 * server, so no CSRF token and no session; the protocol's own token (LayToken) guards it. This chain
 * matches only {@link PortalApiController#PATH} and comes before the application's chains, so the
 * identity module's configuration stays as it is.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxPortalSettings.class)
class SandboxPortalConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain sandboxPortalApiChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PortalApiController.PATH)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}
}
