package org.openprovince.organization;

import org.junit.jupiter.api.Test;
import org.openprovince.OpenProvinceApplication;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation module keeps to its declared dependencies and exposes only its base package. */
class OrganizationModuleTests {

	@Test
	void dependsOnlyOnPlatformAndAudit() {
		var modules = ApplicationModules.of(OpenProvinceApplication.class);

		modules.verify();
		assertThat(modules.getModuleByName("organization")).get()
			.satisfies(module -> assertThat(module.getDisplayName()).isEqualTo("Organization"));
	}
}
