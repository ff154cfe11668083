package org.openprovince.platform.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the application when {@code OPENPROVINCE_DB_URL} is not set, so
 * that one command runs OpenProvince on a fresh machine. Production sets the URL and this backs off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) {
		return EmbeddedPostgresServer.obtain(settings);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.SUPERUSER);
		dataSource.setPoolName("openprovince-embedded");
		return dataSource;
	}
}
