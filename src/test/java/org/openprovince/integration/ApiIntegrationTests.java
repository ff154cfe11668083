package org.openprovince.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.Indicator;
import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Period;
import org.openprovince.indicators.Scorecard;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureHit;
import org.openprovince.catalog.ProcedureQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The integration API end to end on the embedded PostgreSQL with the demo province: tokens from the
 * authorization server, each endpoint with the right scope, a wrong one, none and an expired token,
 * problem details, the per-client rate limit, the audit of every call, disabling and rotation taking
 * effect at once, the OpenAPI description and the administrator's page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiClients clients;

	@Autowired
	Catalog catalog;

	@Autowired
	Decision766 indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SigningKeys keys;

	@Autowired
	AuthorizationServerSettings serverSettings;

	@Autowired
	org.springframework.context.ApplicationContext context;

	// --- tokens

	@Test
	void theDemoProvincesSystemGetsATokenWithItsPublishedSecret() throws Exception {
		String token = obtain(DemoApiClient.CLIENT_ID, DemoApiClient.SECRET,
				"procedures.read dossiers.read statistics.read");
		call(token).andExpect(status().isOk());
		tokenRequest(DemoApiClient.CLIENT_ID, "wrong", "procedures.read").andExpect(status().isUnauthorized());
	}

	@Test
	void issuesAFifteenMinuteJwtForTheRightSecretAndRequestedScopes() throws Exception {
		var issued = register(null, ApiScope.PROCEDURES_READ, ApiScope.DOSSIERS_READ);

		tokenRequest(issued.client().clientId(), issued.secret(), "procedures.read dossiers.read").andExpect(status().isOk())
			.andExpect(jsonPath("$.token_type").value("Bearer"))
			.andExpect(jsonPath("$.expires_in", lessThanOrEqualTo(900)))
			.andExpect(jsonPath("$.expires_in", greaterThan(890)))
			.andExpect(jsonPath("$.scope").value(containsString("dossiers.read")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	@Test
	void refusesAWrongSecretADisabledClientAndScopesNotGranted() throws Exception {
		var issued = register(null, ApiScope.PROCEDURES_READ);
		String id = issued.client().clientId();

		tokenRequest(id, "not-the-secret", "procedures.read").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
		tokenRequest(id, issued.secret(), "statistics.read").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_scope"));
		tokenRequest(id, issued.secret(), "everything.write").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("invalid_scope"));

		clients.disable(issued.client().id(), issued.client().version());
		tokenRequest(id, issued.secret(), "procedures.read").andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("invalid_client"));
	}

	// --- statistics

	@Test
	void givesTheDecision766ScoresOfTheProvinceAndOfAnAgency() throws Exception {
		String token = token(null, ApiScope.STATISTICS_READ);
		Period year = Period.year(catalog.today().getYear());
		Scorecard province = indicators.province(year);
		IndicatorScore onTime = province.score(Indicator.ON_TIME).orElseThrow();

		String body = mvc.perform(get("/api/v1/statistics").param("period", year.key())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value(year.key()))
			.andExpect(jsonPath("$.scope.agencyCode").doesNotExist())
			.andExpect(jsonPath("$.scope.total").value(province.total().doubleValue()))
			.andExpect(jsonPath("$.scope.indicators[?(@.code == '2.1')].numerator").value(org.hamcrest.Matchers.contains((int) onTime.numerator())))
			.andExpect(jsonPath("$.scope.indicators[?(@.code == '2.1')].denominator").value(org.hamcrest.Matchers.contains((int) onTime.denominator())))
			.andReturn().getResponse().getContentAsString();
		List<String> ranked = JsonPath.read(body, "$.agencies[*].agencyCode");
		// Other tests of the suite count dossiers for agencies the directory does not know: those have no code.
		assertThat(ranked).hasSize(indicators.agencies(year).size()).contains("000.00.02.H99");

		mvc.perform(get("/api/v1/statistics").param("period", year.key()).param("agency", "000.00.02.H99")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.agencyCode").value("000.00.02.H99"))
			.andExpect(jsonPath("$.agencies", hasSize(0)));
		problem(mvc.perform(get("/api/v1/statistics").param("period", "2026-13").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				400, "bad-period");
		problem(mvc.perform(get("/api/v1/statistics").param("period", year.key()).param("agency", "000.00.77.H99")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)), 400, "unknown-agency");
		// Another scope does not open the statistics.
		String proceduresOnly = token(null, ApiScope.PROCEDURES_READ);
		problem(mvc.perform(get("/api/v1/statistics").param("period", year.key())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + proceduresOnly)), 403, "insufficient-scope");
	}

	// --- procedures

	@Test
	void listsAndShowsProceduresWithTheirScopeOnly() throws Exception {
		String token = token(null, ApiScope.PROCEDURES_READ);
		ProcedureHit first = catalog.search(ProcedureQuery.text(null, catalog.today())).hits().getFirst();

		mvc.perform(get("/api/v1/procedures").param("size", "5").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andExpect(jsonPath("$.items", hasSize(5)))
			.andExpect(jsonPath("$.items[0].code").value(first.code().value()))
			.andExpect(jsonPath("$.hasNext").value(true));
		// A page of 30 spans two catalog pages of 20, without gaps or repeats.
		String page0 = mvc.perform(get("/api/v1/procedures").param("size", "30").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn().getResponse().getContentAsString();
		String page1 = mvc.perform(get("/api/v1/procedures").param("size", "15").param("page", "1")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn().getResponse().getContentAsString();
		List<String> thirty = JsonPath.read(page0, "$.items[*].code");
		List<String> secondFifteen = JsonPath.read(page1, "$.items[*].code");
		assertThat(secondFifteen).containsExactlyElementsOf(thirty.subList(15, thirty.size()));

		mvc.perform(get("/api/v1/procedures/{code}", first.code().value()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(first.code().value()))
			.andExpect(jsonPath("$.name").value(first.name()))
			.andExpect(jsonPath("$.timeLimit.unit", notNullValue()))
			.andExpect(jsonPath("$.documents", notNullValue()))
			.andExpect(jsonPath("$.legalBases[0].code", notNullValue()))
			.andExpect(jsonPath("$.onlineLevel.code", notNullValue()));

		problem(mvc.perform(get("/api/v1/procedures/{code}", "9.999999").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				404, "procedure-not-found");
		problem(mvc.perform(get("/api/v1/procedures/{code}", "abc").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				400, "invalid-input");
		problem(mvc.perform(get("/api/v1/procedures").param("size", "500").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				400, "invalid-page");
		problem(mvc.perform(get("/api/v1/procedures").param("page", "x").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				400, "invalid-parameter");
	}

	@Test
	void refusesNoTokenAWrongScopeAndAnExpiredToken() throws Exception {
		problem(mvc.perform(get("/api/v1/procedures")), 401, "unauthorized")
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")));

		String dossiersOnly = token(null, ApiScope.DOSSIERS_READ);
		problem(mvc.perform(get("/api/v1/procedures").header(HttpHeaders.AUTHORIZATION, "Bearer " + dossiersOnly)), 403,
				"insufficient-scope")
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("insufficient_scope")));

		String proceduresOnly = token(null, ApiScope.PROCEDURES_READ);
		problem(mvc.perform(get("/api/v1/dossiers/{code}", "000.00.09.H99-261121-0007")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + proceduresOnly)), 403, "insufficient-scope");
		problem(mvc.perform(get("/api/v1/statistics").param("year", "2026")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + proceduresOnly)), 403, "insufficient-scope");

		var issued = register(null, ApiScope.PROCEDURES_READ);
		String expired = signed(issued.client().clientId(), "procedures.read", Instant.now().minus(Duration.ofHours(2)),
				Instant.now().minus(Duration.ofHours(1)));
		problem(mvc.perform(get("/api/v1/procedures").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired)), 401,
				"invalid-token")
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
		problem(mvc.perform(get("/api/v1/procedures").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.jwt")), 401,
				"invalid-token");
	}

	@Test
	void answersUnknownPathsAndMethodsWithProblemDetailsAndPublishesResourceMetadata() throws Exception {
		String token = token(null, ApiScope.PROCEDURES_READ);
		problem(mvc.perform(get("/api/v1/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)), 404,
				"not-found");
		problem(mvc.perform(post("/api/v1/procedures").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)), 405,
				"method-not-allowed");
		mvc.perform(get("/.well-known/oauth-protected-resource"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resource", notNullValue()));
	}

	@Test
	void disablingAClientOrRotatingItsSecretRefusesItsTokensAtOnce() throws Exception {
		var issued = register(null, ApiScope.PROCEDURES_READ);
		String before = obtain(issued.client().clientId(), issued.secret(), "procedures.read");
		call(before).andExpect(status().isOk());

		Thread.sleep(1_100); // token issue times have a precision of one second
		var rotated = clients.rotateSecret(issued.client().id(), issued.client().version());
		problem(call(before), 401, "invalid-token");
		tokenRequest(issued.client().clientId(), issued.secret(), "procedures.read").andExpect(status().isUnauthorized());
		String after = obtain(issued.client().clientId(), rotated.secret(), "procedures.read");
		call(after).andExpect(status().isOk());

		clients.disable(rotated.client().id(), rotated.client().version());
		problem(call(after), 401, "invalid-token");
	}

	// --- dossiers

	@Test
	void showsADossiersStatusAndHistoryByCode() throws Exception {
		// The demo province's dossiers went through the workflow; take one whose processing ended.
		String code = await().atMost(Duration.ofSeconds(60))
			.until(() -> jdbc.sql("select code from dossier where received_at is not null and finished_at is not null order by code limit 1")
				.query(String.class)
				.optional()
				.orElse(null), c -> c != null);
		String token = token(null, ApiScope.DOSSIERS_READ);

		mvc.perform(get("/api/v1/dossiers/{code}", code).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.status.code", notNullValue()))
			.andExpect(jsonPath("$.status.label", notNullValue()))
			.andExpect(jsonPath("$.procedure.code", notNullValue()))
			.andExpect(jsonPath("$.competentAgency.code", notNullValue()))
			.andExpect(jsonPath("$.receivedAt", notNullValue()))
			.andExpect(jsonPath("$.finishedAt", notNullValue()))
			.andExpect(jsonPath("$.onTime", notNullValue()));
		mvc.perform(get("/api/v1/dossiers/{code}/history", code).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].status.code", notNullValue()))
			.andExpect(jsonPath("$.events[0].action", notNullValue()));

		problem(mvc.perform(get("/api/v1/dossiers/{code}", "000.00.09.H99-991231-9999").header(HttpHeaders.AUTHORIZATION,
				"Bearer " + token)), 404, "dossier-not-found");
		problem(mvc.perform(get("/api/v1/dossiers/{code}", "nonsense").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)),
				400, "invalid-input");
	}

	// --- limits and audit

	@Test
	void refusesCallsBeyondTheClientsBudgetPerMinute() throws Exception {
		var issued = register(2, ApiScope.PROCEDURES_READ);
		String token = obtain(issued.client().clientId(), issued.secret(), "procedures.read");

		call(token).andExpect(status().isOk());
		call(token).andExpect(status().isOk());
		problem(call(token), 429, "rate-limited").andExpect(header().string(HttpHeaders.RETRY_AFTER, notNullValue()))
			.andExpect(jsonPath("$.retryAfter", greaterThan(0)));
	}

	@Test
	void auditsEveryCallWithClientMethodPathStatusAndDuration() throws Exception {
		var issued = register(null, ApiScope.DOSSIERS_READ);
		String token = obtain(issued.client().clientId(), issued.secret(), "dossiers.read");
		mvc.perform(get("/api/v1/procedures").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isForbidden());

		List<Map<String, Object>> rows = jdbc.sql("""
				select actor, details from audit_entry where action = 'integration.api.call' and actor = ? order by seq""")
			.param("api:" + issued.client().clientId())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		assertThat((String) rows.get(0).get("details")).contains("\"path\":\"/oauth2/token\"", "\"status\":200");
		assertThat((String) rows.get(1).get("details")).contains("\"method\":\"GET\"", "\"path\":\"/api/v1/procedures\"",
				"\"status\":403", "\"durationMs\"");
	}

	@Test
	void startsNothingKafkaRelatedWhenKafkaIsNotEnabled() {
		assertThat(context.getBeansOfType(DossierEventPublisher.class)).isEmpty();
		assertThat(context.getBeansOfType(org.apache.kafka.clients.admin.NewTopic.class)).isEmpty();
	}

	// --- documentation

	@Test
	void describesEveryEndpointAndTheClientCredentialsFlowInOpenApi() throws Exception {
		mvc.perform(get("/api/v1/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/procedures'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/procedures/{code}'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/dossiers/{code}'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/dossiers/{code}/history'].get", notNullValue()))
			.andExpect(jsonPath("$.paths['/api/v1/statistics'].get", notNullValue()))
			.andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.clientCredentials.tokenUrl").value("/oauth2/token"))
			.andExpect(jsonPath("$.components.securitySchemes.oauth2.flows.clientCredentials.scopes['dossiers.read']",
					notNullValue()));
	}

	@Test
	void servesTheSwaggerUiWithoutInlineScripts() throws Exception {
		String location = mvc.perform(get("/api/v1/docs")).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/api/v1/swagger-ui/index.html");
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<script>"))));
		mvc.perform(get("/api/v1/openapi.json/swagger-config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/api/v1/openapi.json"));
		mvc.perform(get("/api/v1/swagger-ui/swagger-initializer.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/openapi.json/swagger-config")));
	}

	// --- administrator's page

	@Test
	@WithMockUser(username = "api.admin", roles = "ADMINISTRATOR")
	void administratorRegistersAClientAndSeesItsSecretOnce() throws Exception {
		String page = mvc.perform(post("/office/admin/api-clients").with(csrf())
				.param("name", "Hệ thống thử nghiệm")
				.param("contact", "so.tttt@example.gov.vn")
				.param("scopes", "procedures.read", "dossiers.read"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var client = clients.list().stream().filter(c -> c.name().equals("Hệ thống thử nghiệm")).findFirst().orElseThrow();
		assertThat(page).contains(client.clientId(), "chỉ hiển thị một lần");
		assertThat(client.scopes()).containsExactlyInAnyOrder(ApiScope.PROCEDURES_READ, ApiScope.DOSSIERS_READ);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'integration.client.registered' and actor = 'api.admin'")
			.query(Integer.class)
			.single()).isPositive();

		mvc.perform(get("/office/admin/api-clients"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(client.clientId())));
		mvc.perform(post("/office/admin/api-clients").with(csrf()).param("name", "").param("contact", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập tên hệ thống.")));
	}

	@Test
	@WithMockUser(username = "reception", roles = "RECEPTION_OFFICER")
	void onlyAdministratorsManageClients() throws Exception {
		mvc.perform(get("/office/admin/api-clients")).andExpect(status().isForbidden());
	}

	// --- helpers

	private ApiClients.Issued register(Integer rateLimit, ApiScope... scopes) {
		return clients.register(new ApiClients.Registration("Thử " + System.nanoTime(), "test@example.gov.vn",
				EnumSet.copyOf(Set.of(scopes)), rateLimit));
	}

	private String token(Integer rateLimit, ApiScope scope) throws Exception {
		var issued = register(rateLimit, scope);
		return obtain(issued.client().clientId(), issued.secret(), scope.value());
	}

	private String obtain(String clientId, String secret, String scope) throws Exception {
		String body = tokenRequest(clientId, secret, scope).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.access_token");
	}

	private ResultActions tokenRequest(String clientId, String secret, String scope) throws Exception {
		return mvc.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("grant_type", "client_credentials")
			.param("scope", scope));
	}

	private ResultActions call(String token) throws Exception {
		return mvc.perform(get("/api/v1/procedures").param("size", "1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static ResultActions problem(ResultActions result, int status, String code) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.detail", notNullValue()))
			.andExpect(jsonPath("$.correlationId", notNullValue()));
	}

	private String signed(String clientId, String scope, Instant issuedAt, Instant expiresAt) {
		var claims = JwtClaimsSet.builder()
			.issuer(serverSettings.getIssuer())
			.subject(clientId)
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.claim("scope", List.of(scope))
			.build();
		return new NimbusJwtEncoder(keys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}
}
