package org.openprovince.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rate limiter with the real filter, the real configuration and real PostgreSQL: the 429 with
 * Retry-After, login attempts counted before Spring Security, the tracking rule's parameter
 * condition, the problem detail for API clients, recovery once the client waited as told (on a
 * movable clock), and exact counts with concurrent requests on two nodes. Each test is a client of
 * its own (documentation address ranges), so tests and the rest of the suite never share a counter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RateLimitIntegrationTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	LocaleResolver localeResolver;

	@Autowired
	JsonMapper json;

	@Test
	void loginAttemptsAreCountedBeforeSpringSecurityPerAddressAndUserName() throws Exception {
		var client = newClient();
		String user = "0790" + CLIENTS.get() + "12345";
		for (int i = 1; i <= 10; i++) {
			// Spring Security refuses these (no CSRF token): the limiter counted them first.
			mvc.perform(post("/login").param("username", user).param("password", "sai-mat-khau").with(client))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/login").param("username", " " + user.toUpperCase() + " ").param("password", "x").with(client)
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			// Spring Security never saw the request: the refusal carries the protective headers itself.
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
		// The back-office door shares the bucket; another account from the same address does not.
		mvc.perform(post("/office/login").param("username", user).param("password", "x").with(client))
			.andExpect(status().isTooManyRequests());
		mvc.perform(post("/login").param("username", "someone-else").param("password", "x").with(client))
			.andExpect(status().isForbidden());
	}

	@Test
	void trackingIsCountedOnlyWhenACodeIsLookedUp() throws Exception {
		var client = newClient();
		for (int i = 0; i < 40; i++) {
			mvc.perform(get("/tra-cuu").with(client)).andExpect(status().is(org.hamcrest.Matchers.not(429)));
		}
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/tra-cuu").param("ma", "000.00.00.H00-261124-000" + i).with(client))
				.andExpect(status().is(org.hamcrest.Matchers.not(429)));
		}
		mvc.perform(get("/tra-cuu").param("ma", "000.00.00.H00-261124-0031").with(client))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void apiClientsGetAProblemDetailInVietnameseOrEnglish() throws Exception {
		var client = newClient();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/register").with(client)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/register").with(client).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.title").value("Quá nhiều yêu cầu"))
			.andExpect(jsonPath("$.detail", startsWith("Vui lòng thử lại sau khoảng ")))
			.andExpect(jsonPath("$.instance").value("/register"))
			.andExpect(jsonPath("$.correlationId").isString());
		mvc.perform(post("/register").with(client)
			.accept(MediaType.APPLICATION_PROBLEM_JSON)
			.cookie(new Cookie("OP_LANG", "en")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.title").value("Too many requests"));
	}

	@Test
	void exemptAddressesAreNeverLimited() throws Exception {
		// The test configuration exempts this machine, so the rest of the suite can log in at will.
		for (int i = 0; i < 12; i++) {
			mvc.perform(post("/login").param("username", "exempt-user").param("password", "x"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void browsersGetAFriendlyVietnamesePageSayingHowLongToWait() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
			.requestAttr(RateLimitFilter.RETRY_AFTER_MINUTES, 7L)
			.header("X-Correlation-Id", "RATE-2345"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(allOf(containsString("Quá nhiều yêu cầu"),
					containsString("Vui lòng thử lại sau khoảng 7 phút."), containsString("RATE-2345"))));
	}

	@Test
	void aClientThatWaitsAsToldIsServedAgain() throws Exception {
		long tenMinutes = Duration.ofMinutes(10).toMillis();
		// One minute into a ten-minute window.
		var clock = new MovableClock(Instant.ofEpochMilli(Math.floorDiv(System.currentTimeMillis(), tenMinutes) * tenMinutes)
			.plus(Duration.ofMinutes(1)));
		String rule = "probe-" + UUID.randomUUID();
		var settings = new RateLimitSettings(true,
				List.of(new RateLimitSettings.Rule(rule, "GET", List.of("/probe/**"), 3, Duration.ofMinutes(10), "ip", null)),
				List.of(), Duration.ofMinutes(10));
		var filter = new RateLimitFilter(settings, new RateLimiter(jdbc, clock, Duration.ofMinutes(20)), messages,
				localeResolver, json);
		MockMvc probe = MockMvcBuilders.webAppContextSetup(context).addFilters(filter).build();
		var client = newClient();

		for (int i = 0; i < 3; i++) {
			probe.perform(get("/probe/" + i).with(client)).andExpect(status().isNotFound());
		}
		// Four hits: in the next window they weigh 4 x (1 - g); one more fits at g = 1/2.
		// 9 minutes to the end of this window + 5 minutes = 840 s.
		probe.perform(get("/probe/3").with(client))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "840"));

		clock.advance(Duration.ofSeconds(840));
		probe.perform(get("/probe/4").with(client)).andExpect(status().isNotFound());

		// Two quiet windows later the client has its whole allowance again.
		clock.advance(Duration.ofMinutes(20));
		for (int i = 0; i < 3; i++) {
			probe.perform(get("/probe/" + i).with(client)).andExpect(status().isNotFound());
		}
		probe.perform(get("/probe/3").with(client)).andExpect(status().isTooManyRequests());
	}

	@Test
	void countsExactlyWithConcurrentRequestsOnTwoNodes() throws Exception {
		Clock clock = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneOffset.UTC);
		var nodes = List.of(new RateLimiter(jdbc, clock, Duration.ofHours(1)),
				new RateLimiter(jdbc, clock, Duration.ofHours(1)));
		String bucket = "two-nodes:" + UUID.randomUUID();
		var allowed = new AtomicInteger();
		try (var pool = Executors.newFixedThreadPool(8)) {
			var tasks = new java.util.ArrayList<Callable<Void>>();
			for (int t = 0; t < 8; t++) {
				var node = nodes.get(t % 2);
				tasks.add(() -> {
					for (int i = 0; i < 10; i++) {
						if (node.hit(bucket, 25, Duration.ofMinutes(10)).allowed()) {
							allowed.incrementAndGet();
						}
					}
					return null;
				});
			}
			for (var future : pool.invokeAll(tasks)) {
				future.get();
			}
		}
		assertThat(allowed).hasValue(25);
		assertThat(jdbc.sql("select hits from platform_rate_limit where bucket = ?").param(bucket).query(Integer.class).single())
			.isEqualTo(80);
	}

	@Test
	void theCleanUpJobDeletesOnlyWindowsThatNoLongerCount() {
		String old = "cleanup-old:" + UUID.randomUUID();
		String recent = "cleanup-recent:" + UUID.randomUUID();
		// In the past, so that the job deletes no counter another test may be using.
		Instant now = Instant.parse("2020-01-01T08:00:00Z");
		new RateLimiter(jdbc, Clock.fixed(now.minus(Duration.ofHours(3)), ZoneOffset.UTC), Duration.ofHours(2))
			.hit(old, 5, Duration.ofMinutes(10));
		var limiter = new RateLimiter(jdbc, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(2));
		limiter.hit(recent, 5, Duration.ofMinutes(10));

		assertThat(limiter.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.sql("select bucket from platform_rate_limit where bucket in (?, ?)")
			.params(old, recent)
			.query(String.class)
			.list()).containsExactly(recent);
	}

	/** A client address of its own (TEST-NET-3, RFC 5737) for each test. */
	private static RequestPostProcessor newClient() {
		String address = "203.0.113." + CLIENTS.incrementAndGet();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A clock the test moves forward. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}
	}
}
