package org.openprovince.platform.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Demo data is on by default only with the embedded database: a province pointing
 * {@code OPENPROVINCE_DB_URL} at its own PostgreSQL never gets the fictional province by accident.
 * An explicit {@code openprovince.demo.enabled} (or {@code OPENPROVINCE_DEMO}) always wins.
 */
class DemoDefaultEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "openprovince.demo.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty(PROPERTY) != null) {
			return;
		}
		String fromVariable = environment.getProperty("OPENPROVINCE_DEMO");
		String value = StringUtils.hasText(fromVariable) ? fromVariable
				: String.valueOf(!StringUtils.hasText(environment.getProperty("spring.datasource.url")));
		environment.getPropertySources()
			.addLast(new MapPropertySource("openprovince-demo-default", Map.of(PROPERTY, value)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read
	}
}
