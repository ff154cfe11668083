package org.openprovince;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure (no cycles, only allowed dependencies) and writes the module docs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OpenProvinceApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		// Written to target/spring-modulith-docs: a C4 component diagram and one canvas per module.
		new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
	}
}
