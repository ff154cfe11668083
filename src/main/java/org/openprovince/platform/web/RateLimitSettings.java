package org.openprovince.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the rate limiter ({@code openprovince.rate-limit.*}).
 *
 * @param enabled {@code false} turns the limiter off entirely
 * @param rules what is limited; a request matching several rules counts in each
 * @param exemptAddresses client addresses or CIDR ranges never limited, e.g. the kiosks of a service
 * center behind one NAT address, or a monitoring probe
 * @param cleanupInterval how often each node deletes windows that no longer count
 */
@ConfigurationProperties("openprovince.rate-limit")
record RateLimitSettings(@DefaultValue("true") boolean enabled, @DefaultValue List<Rule> rules,
		@DefaultValue List<String> exemptAddresses, @DefaultValue("10m") Duration cleanupInterval) {

	/** The longest window of any rule: older windows never count again. */
	Duration longestWindow() {
		return rules.stream().map(Rule::window).max(Duration::compareTo).orElse(Duration.ofHours(1));
	}

	/**
	 * One limit.
	 *
	 * @param name the bucket prefix, shown in logs ({@code login}, {@code register}…)
	 * @param method the HTTP method counted ({@code POST}); blank: any
	 * @param paths Spring path patterns ({@code /account/submissions/**})
	 * @param limit requests allowed per window and key
	 * @param window the window length
	 * @param key {@code ip}, or {@code ip+param:<name>} to count per client address and request
	 * parameter (e.g. {@code ip+param:username}: one client cannot lock out every account, and one
	 * account is not shared by everybody behind a NAT)
	 * @param whenParameter count only requests having this parameter (e.g. {@code ma} for tracking
	 * searches, not the empty search page); blank: every request
	 */
	record Rule(String name, @Nullable String method, List<String> paths, int limit, Duration window,
			@DefaultValue("ip") String key, @Nullable String whenParameter) {

		private static final String PARAM_KEY = "ip+param:";

		Rule {
			if (!StringUtils.hasText(name) || paths.isEmpty()) {
				throw new IllegalArgumentException("A rate-limit rule needs a name and at least one path");
			}
			if (limit < 1 || window.compareTo(Duration.ofSeconds(1)) < 0) {
				throw new IllegalArgumentException("Rate-limit rule " + name + ": limit >= 1 and window >= 1s");
			}
			if (!key.equals("ip") && !(key.startsWith(PARAM_KEY) && key.length() > PARAM_KEY.length())) {
				throw new IllegalArgumentException(
						"Rate-limit rule " + name + ": key must be 'ip' or 'ip+param:<name>', not '" + key + "'");
			}
			method = StringUtils.hasText(method) ? method.strip().toUpperCase(Locale.ROOT) : null;
			whenParameter = StringUtils.hasText(whenParameter) ? whenParameter.strip() : null;
		}

		/** The request parameter that is part of the key, or {@code null} for {@code ip}. */
		@Nullable String keyParameter() {
			return key.startsWith(PARAM_KEY) ? key.substring(PARAM_KEY.length()) : null;
		}
	}
}
