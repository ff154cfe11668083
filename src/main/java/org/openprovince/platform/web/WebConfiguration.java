package org.openprovince.platform.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.openprovince.platform.CorrelationId;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request ({@code ?lang=en}, remembered in a cookie), and error
 * attributes that carry the correlation id (and, after a rate-limit refusal, the minutes to wait) to
 * the error pages.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("OP_LANG");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	@Bean
	DefaultErrorAttributes errorAttributes() {
		return new DefaultErrorAttributes() {
			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				Map<String, Object> attributes = super.getErrorAttributes(request, options);
				Object id = request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
				attributes.put("correlationId", id != null ? id : CorrelationId.current().orElse("-"));
				Object retryAfter = request.getAttribute(RateLimitFilter.RETRY_AFTER_MINUTES, RequestAttributes.SCOPE_REQUEST);
				if (retryAfter != null) {
					attributes.put("retryAfterMinutes", retryAfter);
				}
				return attributes;
			}
		};
	}
}
