package org.openprovince.integration;

import java.util.List;

import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On the administrators' back-office home: the API clients that may call the integration API. */
@Component
class ApiHomeTiles implements OfficeHomeTiles {

	private final JdbcClient jdbc;

	ApiHomeTiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!user.hasRole(Role.ADMINISTRATOR)) {
			return List.of();
		}
		int enabled = jdbc.sql("select count(*) from integration_api_client where enabled").query(Integer.class).single();
		return List.of(new HomeTile("integration.tile.clients", enabled, ApiClientAdminController.PATH, false));
	}
}
