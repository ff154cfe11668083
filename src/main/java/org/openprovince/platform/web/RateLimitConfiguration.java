package org.openprovince.platform.web;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** The rate limiter: counters in PostgreSQL, the filter in front of Spring Security, the clean-up job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
@EnableScheduling
class RateLimitConfiguration {

	/** Before Spring Security's filter chain, so that login attempts are counted before authentication. */
	static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

	@Bean
	RateLimiter rateLimiter(JdbcClient jdbc, Clock clock, RateLimitSettings settings) {
		return new RateLimiter(jdbc, clock, settings.longestWindow().multipliedBy(2));
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings, RateLimiter limiter,
			MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		var registration = new FilterRegistrationBean<>(
				new RateLimitFilter(settings, limiter, messages, localeResolver, json));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}
}
