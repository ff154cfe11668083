package org.openprovince.integration;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo province's integration system (hệ thống tích hợp), so the API can be tried at once: client
 * {@value #CLIENT_ID}, secret {@value #SECRET}, every scope. Registered like any other client (hashed
 * secret, audited), only into a database without API clients and only when demo data is enabled.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class DemoApiClient implements ApplicationRunner {

	static final String CLIENT_ID = "demo-lgsp";

	static final String SECRET = "Demo@2025";

	private static final Logger log = LoggerFactory.getLogger(DemoApiClient.class);

	private static final long LOCK = 0x4F50_4150_4943_4C54L; // "OPAPICLT"

	private final ApiClients clients;

	private final JdbcClient jdbc;

	DemoApiClient(ApiClients clients, JdbcClient jdbc) {
		this.clients = clients;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		if (jdbc.sql("select exists (select 1 from integration_api_client)").query(Boolean.class).single()) {
			return;
		}
		clients.register(new ApiClients.Registration("Trục liên thông tỉnh (demo)", "lgsp@songhong.gov.vn",
				EnumSet.allOf(ApiScope.class), null), CLIENT_ID, SECRET);
		log.info("Demo API client {} registered", CLIENT_ID);
	}
}
