package org.openprovince.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the notices to applicants ({@code openprovince.notification.*}). The SMTP server itself
 * is Spring's {@code spring.mail.*}, from {@code OPENPROVINCE_SMTP_*}.
 *
 * @param mailFrom sender of the e-mails, e.g. {@code Cổng Dịch vụ công <no-reply@dichvucong.example.gov.vn>}
 * @param sms the built-in HTTP SMS gateway
 * @param retry how failed sends are retried
 */
@ConfigurationProperties("openprovince.notification")
record NotificationSettings(@DefaultValue("OpenProvince <no-reply@localhost>") String mailFrom, @DefaultValue Sms sms,
		@DefaultValue Retry retry) {

	/**
	 * @param url where to POST {@code {"to": "+84…", "text": "…"}}; blank: no built-in gateway
	 * @param token bearer token sent with every request; blank: none
	 * @param timeout longest wait for the gateway, to connect and to answer
	 */
	record Sms(@Nullable String url, @Nullable String token, @DefaultValue("10s") Duration timeout) {

		boolean configured() {
			return StringUtils.hasText(url);
		}
	}

	/**
	 * @param maxAttempts sends tried in all before a notice stays failed (an administrator may still
	 * send it again)
	 * @param firstDelay wait after the first failure; each further wait is four times longer
	 * @param interval how often each node looks for notices due
	 */
	record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstDelay,
			@DefaultValue("30s") Duration interval) {

		/** When to try again after {@code attempts} failed sends, or {@code null} to give up. */
		@Nullable Duration delayAfter(int attempts) {
			if (attempts >= maxAttempts) {
				return null;
			}
			return firstDelay.multipliedBy(1L << (2 * Math.min(attempts - 1, 15)));
		}
	}
}
