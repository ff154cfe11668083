package org.openprovince.sandboxportal;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A production deployment switches the sandbox off: its endpoint is then not there at all. */
class PortalApiControllerTests {

	@Test
	@SuppressWarnings("NullAway")
	void answers404WhenSwitchedOff() {
		var off = new SandboxPortalSettings(false, "u", "p", "000.00.00.H99", Duration.ofHours(1), Duration.ofSeconds(5),
				10_000);
		var controller = new PortalApiController(null, off);

		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> controller.call("{\"service\":\"LayToken\"}".getBytes(StandardCharsets.UTF_8)))
			.satisfies(ex -> org.assertj.core.api.Assertions.assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}
}
