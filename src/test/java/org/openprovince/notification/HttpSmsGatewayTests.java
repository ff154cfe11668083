package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The built-in gateway against a real local HTTP server. */
class HttpSmsGatewayTests {

	static final SmsGatewayStub gateway = SmsGatewayStub.start();

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@Test
	void postsUtf8JsonWithTheBearerToken() {
		new HttpSmsGateway(URI.create(gateway.url()), " secret-token ", Duration.ofSeconds(2)).send("+84911000001",
				"Hồ sơ đã được tiếp nhận \"ngay\"");

		assertThat(gateway.to("+84911000001")).singleElement().satisfies(request -> {
			assertThat(request.authorization()).isEqualTo("Bearer secret-token");
			assertThat(request.contentType()).isEqualTo("application/json; charset=utf-8");
			assertThat(request.text()).isEqualTo("Hồ sơ đã được tiếp nhận \"ngay\"");
		});
	}

	@Test
	void sendsNoAuthorizationWithoutToken() {
		new HttpSmsGateway(URI.create(gateway.url()), "", Duration.ofSeconds(2)).send("+84911000002", "Xin chào");

		assertThat(gateway.to("+84911000002")).singleElement()
			.satisfies(request -> assertThat(request.authorization()).isNull());
	}

	@Test
	void failsWithTheGatewaysAnswerWhenRefused() {
		var sms = new HttpSmsGateway(URI.create(gateway.url()), "t", Duration.ofSeconds(2));
		gateway.answer(429);
		try {
			assertThatThrownBy(() -> sms.send("+84911000003", "Xin chào")).isInstanceOf(IllegalStateException.class)
				.hasMessage("SMS gateway answered HTTP 429: {\"error\":\"quota exceeded\"}");
		}
		finally {
			gateway.answer(200);
		}
		assertThat(gateway.to("+84911000003")).isEmpty();
	}

	@Test
	void failsWhenTheGatewayIsUnreachable() {
		var sms = new HttpSmsGateway(URI.create("http://127.0.0.1:9/sms"), "t", Duration.ofSeconds(1));

		assertThatThrownBy(() -> sms.send("+84911000004", "Xin chào")).hasMessageContaining("unreachable");
	}
}
