package org.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openprovince.audit.ChainVerification.Broken;
import org.openprovince.audit.ChainVerification.Intact;
import org.openprovince.audit.ChainVerification.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AuditLogController.class)
@WithMockUser(roles = "ADMINISTRATOR")
class AuditLogControllerTests {

	static final AuditEntry VERIFIED = new AuditEntry(1001,
			new AuditEntryContent(Instant.parse("2026-11-21T01:02:03.123456Z"), "admin", "audit.chain.verified",
					"AuditChain", null, "{\"checked\":1000,\"result\":\"INTACT\"}", "10.0.0.7", "ABCD-EFGH"),
			"0".repeat(64), "1".repeat(64));

	static final AuditEntry LOGIN = new AuditEntry(1000,
			new AuditEntryContent(Instant.parse("2026-11-20T17:30:00Z"), "nguyenvana", "identity.login.succeeded",
					"Account", "17", "{}", "10.0.0.8", null),
			"0".repeat(64), "0".repeat(64));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuditEntries entries;

	@MockitoBean
	ChainVerifier verifier;

	@Test
	void rendersFullPageWithEntriesInVietnamTime() {
		given(entries.page(any(), anyInt())).willReturn(new AuditPage(List.of(VERIFIED, LOGIN), null));

		assertThat(mvc.get().uri("/office/admin/audit")).hasStatusOk()
			.hasViewName(AuditLogController.VIEW)
			.bodyText()
			.contains("<html", "<form class=\"filters\"", "Kiểm tra tính toàn vẹn", "<caption")
			.contains("21/11/2026 08:02:03", "21/11/2026 00:30:00")
			.contains("Kiểm tra tính toàn vẹn nhật ký", "identity.login.succeeded", "AuditChain")
			.contains("ABCD-EFGH", "10.0.0.8")
			.doesNotContain("Trang sau");
		verify(entries).page(AuditQuery.ALL, AuditLogController.PAGE_SIZE);
	}

	@Test
	void answersHtmxWithTheResultsFragmentOnly() {
		given(entries.page(any(), anyInt())).willReturn(new AuditPage(List.of(VERIFIED), null));

		assertThat(mvc.get().uri("/office/admin/audit").header("HX-Request", "true")).hasStatusOk()
			.hasViewName(AuditLogController.RESULTS)
			.hasHeader("Vary", "HX-Request")
			.bodyText()
			.contains("id=\"audit-results\"", "21/11/2026 08:02:03")
			.doesNotContain("<html", "<form", "<nav class=\"nav\"");
	}

	@Test
	void answersHtmxHistoryRestoreWithTheFullPage() {
		given(entries.page(any(), anyInt())).willReturn(AuditPage.EMPTY);

		assertThat(mvc.get()
			.uri("/office/admin/audit")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")).hasStatusOk().hasViewName(AuditLogController.VIEW);
	}

	@Test
	void bindsEveryFilterIntoTheQuery() {
		given(entries.page(any(), anyInt())).willReturn(AuditPage.EMPTY);

		assertThat(mvc.get()
			.uri("/office/admin/audit?actor= nguyen* &action=identity.&targetType=Account&targetId=17"
					+ "&correlationId=ABCD-EFGH&from=2026-11-01&to=21/11/2026&before=500")).hasStatusOk();

		var query = ArgumentCaptor.forClass(AuditQuery.class);
		verify(entries).page(query.capture(), any(Integer.class));
		assertThat(query.getValue()).isEqualTo(new AuditQuery("nguyen", true, "identity.", "Account", "17",
				"ABCD-EFGH", Instant.parse("2026-10-31T17:00:00Z"), Instant.parse("2026-11-21T17:00:00Z"), 500L));
	}

	@Test
	void matchesActorExactlyWithoutStar() {
		given(entries.page(any(), anyInt())).willReturn(AuditPage.EMPTY);

		assertThat(mvc.get().uri("/office/admin/audit?actor=nguyenvana&action=")).hasStatusOk();

		verify(entries).page(new AuditQuery("nguyenvana", false, null, null, null, null, null, null, null),
				AuditLogController.PAGE_SIZE);
	}

	@Test
	void dropsControlCharactersFromFilters() {
		given(entries.page(any(), anyInt())).willReturn(AuditPage.EMPTY);

		assertThat(mvc.get()
			.uri("/office/admin/audit")
			.param("targetId", "17\u0000")
			.param("correlationId", "\n")).hasStatusOk();

		verify(entries).page(new AuditQuery(null, false, null, null, "17", null, null, null, null),
				AuditLogController.PAGE_SIZE);
	}

	@Test
	void linksTheNextPageByKeysetKeepingTheFilter() {
		given(entries.page(any(), anyInt())).willReturn(new AuditPage(List.of(VERIFIED, LOGIN), 1000L));

		assertThat(mvc.get().uri("/office/admin/audit?action=identity.&from=2026-11-01")).hasStatusOk()
			.bodyText()
			.contains("href=\"/office/admin/audit?action=identity.&amp;from=2026-11-01&amp;before=1000\"")
			.contains("Trang sau")
			.doesNotContain("Về bản ghi mới nhất");
	}

	@Test
	void explainsMalformedDateNextToTheFieldInVietnamese() {
		assertThat(mvc.get().uri("/office/admin/audit?from=2026-13-45&actor=admin")).hasStatusOk()
			.hasViewName(AuditLogController.VIEW)
			.bodyText()
			.contains("id=\"from-error\" class=\"field-error\">Ngày bắt đầu không hợp lệ")
			.contains("aria-invalid=\"true\"", "value=\"2026-13-45\"")
			.doesNotContain("Exception");
		verifyNoInteractions(entries);
	}

	@Test
	void sendsFieldErrorsOutOfBandToHtmx() {
		assertThat(mvc.get().uri("/office/admin/audit?from=2026-11-02&to=2026-11-01").header("HX-Request", "true"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"to-error\" class=\"field-error\" hx-swap-oob=\"true\">Ngày kết thúc phải trùng hoặc sau")
			.contains("id=\"from-error\" class=\"field-error\" hx-swap-oob=\"true\"></span>")
			.contains("role=\"alert\"");
		verifyNoInteractions(entries);
	}

	@Test
	void refusesOverlongFilterValues() {
		assertThat(mvc.get().uri("/office/admin/audit?targetId=" + "x".repeat(201))).hasStatusOk()
			.bodyText()
			.contains("Tối đa 200 ký tự.");
		verifyNoInteractions(entries);
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void refusesAnyoneButAdministrators() {
		assertThat(mvc.get().uri("/office/admin/audit")).hasStatus(403);
		assertThat(mvc.post().uri("/office/admin/audit/verify").with(csrf())).hasStatus(403);
		verifyNoInteractions(entries, verifier);
	}

	@Test
	void verifiesThenRedirectsWithTheCount() {
		given(verifier.verifyAndRecord()).willReturn(new Intact(1234));

		assertThat(mvc.post().uri("/office/admin/audit/verify").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/office/admin/audit")
			.flash()
			.containsEntry("auditIntactCount", 1234L);
	}

	@Test
	void verifiesThenRedirectsWithTheFirstBrokenEntry() {
		given(verifier.verifyAndRecord()).willReturn(new Broken(17, Reason.LINK_BROKEN));

		assertThat(mvc.post().uri("/office/admin/audit/verify").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("auditBrokenSeq", 17L)
			.containsEntry("auditBrokenReason", "LINK_BROKEN");
	}

	@Test
	void refusesVerificationWithoutCsrfToken() {
		assertThat(mvc.post().uri("/office/admin/audit/verify")).hasStatus(403);
		verifyNoInteractions(verifier);
	}

	@Test
	void showsTheVerificationOutcome() {
		given(entries.page(any(), anyInt())).willReturn(AuditPage.EMPTY);

		assertThat(mvc.get().uri("/office/admin/audit").flashAttr("auditIntactCount", 1234L)).bodyText()
			.contains("Chuỗi nhật ký toàn vẹn (1.234 bản ghi đã kiểm tra)");
		assertThat(mvc.get()
			.uri("/office/admin/audit")
			.flashAttr("auditBrokenSeq", 1017L)
			.flashAttr("auditBrokenReason", "HASH_MISMATCH")).bodyText()
			.contains("Phát hiện sai lệch tại bản ghi số 1017: nội dung bản ghi đã bị sửa.")
			.contains("href=\"/office/admin/audit?before=1018\"");
	}

	@Test
	void speaksEnglishOnRequest() {
		given(entries.page(any(), anyInt())).willReturn(new AuditPage(List.of(VERIFIED), null));

		assertThat(mvc.get().uri("/office/admin/audit?lang=en")).bodyText()
			.contains("Audit log", "Audit integrity check", "Check integrity");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class MethodSecurity {
		// The application enables method security in its security configuration; this slice needs it too.
	}
}
