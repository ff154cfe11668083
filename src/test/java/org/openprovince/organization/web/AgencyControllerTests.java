package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(AgencyController.class)
@Import(AgencyControllerTests.MethodSecurity.class)
class AgencyControllerTests {

	/** The application enables method security in its security configuration; this slice does it here. */
	@TestConfiguration
	@EnableMethodSecurity
	static class MethodSecurity {
	}

	static final UUID TU_PHAP = UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Organization organization;

	@MockitoBean
	Directory directory;

	@BeforeEach
	void directoryWithOneAgency() {
		var row = new Directory.AgencyRow(TU_PHAP, "000.00.02.H99", "Sở Tư pháp tỉnh Sông Hồng", "Sở Tư pháp",
				AgencyKind.DEPARTMENT, "Tỉnh Sông Hồng", false);
		given(directory.agencies(any())).willReturn(new Page<>(List.of(row), "000.00.02.H99", null));
		given(directory.currentUnits()).willReturn(List.of(new Directory.Option(UUID.randomUUID(), "Tỉnh Sông Hồng (99)")));
		given(directory.today()).willReturn(LocalDate.of(2025, 7, 1));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void showsTheWholePageWithoutHtmx() throws Exception {
		mvc.perform(get("/office/organization/agencies").param("q", "tu phap"))
			.andExpect(status().isOk())
			.andExpect(view().name(AgencyController.VIEW_LIST))
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("<h1>Danh bạ cơ quan</h1>")))
			.andExpect(content().string(containsString("value=\"tu phap\"")))
			.andExpect(content().string(containsString("id=\"agency-results\"")))
			.andExpect(content().string(containsString("Sở Tư pháp tỉnh Sông Hồng")))
			.andExpect(content().string(containsString("href=\"/office/organization/agencies?q=tu%20phap&amp;after=000.00.02.H99\"")))
			.andExpect(content().string(not(containsString("Thêm cơ quan"))));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void answersAnHtmxSearchWithTheResultsFragmentOnly() throws Exception {
		mvc.perform(get("/office/organization/agencies").param("q", "tu phap").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(AgencyController.VIEW_RESULTS))
			.andExpect(content().string(containsString("id=\"agency-results\"")))
			.andExpect(content().string(containsString("Sở Tư pháp tỉnh Sông Hồng")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<h1>"))));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void restoresHistoryWithTheWholePage() throws Exception {
		mvc.perform(get("/office/organization/agencies").header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(AgencyController.VIEW_LIST));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void refusesCreatingAnAgencyToStaffWhoAreNotAdministrators() throws Exception {
		mvc.perform(get("/office/organization/agencies/new")).andExpect(status().isForbidden());
		mvc.perform(post("/office/organization/agencies").with(csrf())
			.param("code", "000.00.10.H99")
			.param("name", "Sở Nội vụ tỉnh Sông Hồng")
			.param("kind", "DEPARTMENT")
			.param("validFrom", "2025-07-01"))
			.andExpect(status().isForbidden());

		verifyNoInteractions(organization);
	}

	@Test
	@WithMockUser(roles = { "STAFF", "ADMINISTRATOR" })
	void letsAnAdministratorCreateAnAgency() throws Exception {
		var id = new AgencyId(UUID.randomUUID());
		given(organization.createAgency(any())).willReturn(id);

		mvc.perform(post("/office/organization/agencies").with(csrf())
			.param("id", UUID.randomUUID().toString())
			.param("code", "000.00.10.h99")
			.param("name", "Sở Nội vụ tỉnh Sông Hồng")
			.param("kind", "DEPARTMENT")
			.param("validFrom", "2025-07-01"))
			.andExpect(redirectedUrl("/office/organization/agencies/" + id));

		then(organization).should()
			.createAgency(new AgencyDetails(org.openprovince.organization.AgencyCode.of("000.00.10.H99"),
					"Sở Nội vụ tỉnh Sông Hồng", null, AgencyKind.DEPARTMENT, null, null, LocalDate.of(2025, 7, 1),
					null));
	}
}
