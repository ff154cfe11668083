package org.openprovince.sandboxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprovince.identity.AccountId;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A production deployment switches the sandbox off: its endpoint and pages are then not there at all,
 * and the home page shows no tile. (The collaborators are never reached, hence {@code null}.)
 */
class PortalApiControllerTests {

	static final SandboxPortalSettings OFF = new SandboxPortalSettings(false, "u", "p", "000.00.00.H99",
			Duration.ofHours(1), Duration.ofSeconds(5), 10_000);

	@Test
	void theEndpointAnswers404WhenSwitchedOff() {
		var controller = new PortalApiController(null, OFF);

		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> controller.call("{\"service\":\"LayToken\"}".getBytes(StandardCharsets.UTF_8)))
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
	}

	@Test
	void thePagesAnswer404AndTheTileIsGoneWhenSwitchedOff() {
		assertThatExceptionOfType(ResponseStatusException.class)
			.isThrownBy(() -> new SandboxAdminController(null, null, OFF, null, null).requireEnabled())
			.satisfies(ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		var admin = new CurrentUser(new AccountId(UUID.randomUUID()), AccountKind.STAFF, "admin", "Admin", null,
				Set.of(RoleGrant.provinceWide(Role.ADMINISTRATOR)));
		assertThat(new SandboxHomeTiles(null, OFF).tiles(admin)).isEmpty();
	}

	@Test
	void refusesAUnitCodeThatIsNotOne() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> new SandboxPortalSettings(true, "u", "p", "H99", Duration.ofHours(1), Duration.ofSeconds(5),
					10_000))
			.withMessageContaining("openprovince.sandbox-portal.unit-code");
	}
}
