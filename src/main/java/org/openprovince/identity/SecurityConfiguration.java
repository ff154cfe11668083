package org.openprovince.identity;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the back office ({@code /office/**}, staff accounts) and the public portal (everything
 * else, citizen accounts). CSRF protection stays on, sessions live in PostgreSQL (Spring Session
 * JDBC), and every response carries the security headers below.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	/** Argon2id for new hashes; bcrypt hashes imported from older systems still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain officeChain(HttpSecurity http, Accounts accounts, PasswordEncoder encoder,
			AuthenticationEventPublisher events, StaffAgencyNames agencyNames, Clock clock) throws Exception {
		String[] staffRoles = AccountPrincipal.staffRoles().stream().map(Role::name).toArray(String[]::new);
		http.securityMatcher("/office/**")
			.authenticationManager(manager(new AccountDetailsService(accounts, AccountKind.STAFF, agencyNames, clock),
					encoder, events))
			.authorizeHttpRequests(auth -> auth.requestMatchers("/office/login")
				.permitAll()
				.requestMatchers("/office/admin/**")
				.hasRole(Role.ADMINISTRATOR.name())
				.anyRequest()
				.hasAnyRole(staffRoles))
			.formLogin(form -> form.loginPage("/office/login")
				.defaultSuccessUrl("/office", false)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/office/login?error")))
			.logout(logout -> logout.logoutUrl("/office/logout").logoutSuccessUrl("/office/login?logout"));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain portalChain(HttpSecurity http, Accounts accounts, PasswordEncoder encoder,
			AuthenticationEventPublisher events, Clock clock) throws Exception {
		http.authenticationManager(
				manager(new AccountDetailsService(accounts, AccountKind.CITIZEN, account -> null, clock), encoder, events))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/account/**")
				.hasRole(Role.CITIZEN.name())
				.requestMatchers("/actuator/prometheus")
				.access((authentication, context) -> new org.springframework.security.authorization.AuthorizationDecision(
						isLoopback(context.getRequest().getRemoteAddr())))
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/account", false)
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"));
		headers(http);
		return http.build();
	}

	private static AuthenticationManager manager(AccountDetailsService details, PasswordEncoder encoder,
			AuthenticationEventPublisher events) {
		var provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(encoder);
		var manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
	}

	/** Prometheus scrapes from the same host or through a sidecar; the metrics are not public. */
	private static boolean isLoopback(String address) {
		return "127.0.0.1".equals(address) || "0:0:0:0:0:0:0:1".equals(address) || "::1".equals(address);
	}
}
