package org.openprovince.sandboxportal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sandbox portal's one endpoint, called server to server by the sync client exactly like the real
 * portal's (POST of JSON; exempt from CSRF by {@link SandboxPortalConfiguration}). 404 when the sandbox
 * is switched off.
 */
@RestController
class PortalApiController {

	static final String PATH = "/sandbox/dvcqg/api";

	private static final Logger log = LoggerFactory.getLogger(PortalApiController.class);

	private final PortalApi api;

	private final SandboxPortalSettings settings;

	PortalApiController(PortalApi api, SandboxPortalSettings settings) {
		this.api = api;
		this.settings = settings;
	}

	@PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> call(@RequestBody(required = false) byte @Nullable [] body) {
		if (!settings.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			var answer = api.call(body);
			return ResponseEntity.status(answer.httpStatus()).body(answer.body());
		}
		catch (RuntimeException ex) {
			// A failure of our own (the database): an infrastructure error for the caller, who retries.
			log.atError().addKeyValue("event", "sandboxportal.api.error").setCause(ex).log("Sandbox portal call failed");
			return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.body(PortalApi.body("99", "Lỗi hệ thống của cổng thử nghiệm"));
		}
	}
}
