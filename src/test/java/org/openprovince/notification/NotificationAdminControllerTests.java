package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprovince.audit.AuditTrail;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.notification.Postman.ResendOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(NotificationAdminController.class)
@WithMockUser(roles = "ADMINISTRATOR")
class NotificationAdminControllerTests {

	static final NotificationMessage FAILED_MAIL = new NotificationMessage(42, UUID.randomUUID(),
			"000.00.09.H99-261123-0007", DvcqgStatus.RECEIVED, Instant.parse("2026-11-23T02:15:30Z"),
			NotificationChannel.EMAIL, "binh@example.vn", "Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận",
			"Kính gửi Ông/Bà Nguyễn Thị Bình,", DeliveryState.FAILED, 2, "Mail server connection failed", null,
			Instant.parse("2026-11-23T02:15:31Z"), null);

	static final NotificationMessage SENT_SMS = new NotificationMessage(41, FAILED_MAIL.dossierId(), null,
			DvcqgStatus.SUBMITTED, Instant.parse("2026-11-22T17:30:00Z"), NotificationChannel.SMS, "+84912345678", null,
			"Đã nhận hồ sơ đăng ký trực tuyến của Ông/Bà.", DeliveryState.SENT, 1, null, null,
			Instant.parse("2026-11-22T17:30:01Z"), Instant.parse("2026-11-22T17:30:02Z"));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NotificationMessages messages;

	@MockitoBean
	Postman postman;

	@MockitoBean
	AuditTrail audit;

	@Test
	void rendersTheFullPageInVietnameseWithVietnamTimes() {
		given(messages.page(any(), anyInt())).willReturn(new MessagePage(List.of(FAILED_MAIL, SENT_SMS), null));

		assertThat(mvc.get().uri("/office/admin/notifications")).hasStatusOk()
			.hasViewName(NotificationAdminController.VIEW)
			.bodyText()
			.contains("<html", "<form class=\"filters\"", "Thông báo gửi người nộp hồ sơ", "<caption")
			.contains("23/11/2026 09:15:31", "23/11/2026 00:30:01", "Gửi lúc 23/11/2026 00:30:02")
			.contains("000.00.09.H99-261123-0007", "chưa có mã", "2 – Được tiếp nhận", "Thư điện tử", "Tin nhắn SMS")
			.contains("Gửi lỗi", "Đã gửi", "Số lần gửi: 2", "Mail server connection failed")
			.contains("action=\"/office/admin/notifications/42/resend\"")
			.doesNotContain("/office/admin/notifications/41/resend", "Trang sau");
		verify(messages).page(MessageQuery.ALL, NotificationAdminController.PAGE_SIZE);
	}

	@Test
	void answersHtmxWithTheResultsFragmentOnly() {
		given(messages.page(any(), anyInt())).willReturn(new MessagePage(List.of(FAILED_MAIL), null));

		assertThat(mvc.get().uri("/office/admin/notifications").header("HX-Request", "true")).hasStatusOk()
			.hasViewName(NotificationAdminController.RESULTS)
			.hasHeader("Vary", "HX-Request")
			.bodyText()
			.contains("id=\"notification-results\"", "binh@example.vn")
			.doesNotContain("<html", "<form class=\"filters\"", "<nav class=\"nav\"");
	}

	@Test
	void bindsTheFilterLenientlyAndLinksTheNextPageKeepingIt() {
		given(messages.page(any(), anyInt())).willReturn(new MessagePage(List.of(FAILED_MAIL), 42L));

		assertThat(mvc.get()
			.uri("/office/admin/notifications?state=FAILED&channel=FAX&q= 0912 345 678 &before=abc")).hasStatusOk()
			.bodyText()
			.contains("href=\"/office/admin/notifications?state=FAILED&amp;q=0912%20345%20678&amp;before=42\"")
			.contains("Trang sau");
		verify(messages).page(new MessageQuery(DeliveryState.FAILED, null, "0912 345 678", null),
				NotificationAdminController.PAGE_SIZE);
	}

	@Test
	void sendsAgainThenRedirectsToTheFilteredListWithTheOutcome() {
		given(postman.resend(42)).willReturn(ResendOutcome.SENT);
		given(messages.find(42)).willReturn(Optional.of(FAILED_MAIL));

		assertThat(mvc.post().uri("/office/admin/notifications/42/resend").param("state", "FAILED").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/office/admin/notifications?state=FAILED")
			.flash()
			.containsEntry("flashSuccess", "Đã gửi lại thông báo số 42.");
		org.mockito.BDDMockito.then(audit).should()
			.record("notification.resent", "NotificationMessage", "42", java.util.Map.of("outcome", "SENT"));
	}

	@Test
	void reportsAFailedResendWithTheServersAnswer() {
		given(postman.resend(42)).willReturn(ResendOutcome.FAILED);
		given(messages.find(42)).willReturn(Optional.of(FAILED_MAIL));

		assertThat(mvc.post().uri("/office/admin/notifications/42/resend").with(csrf())).hasStatus3xxRedirection()
			.hasRedirectedUrl("/office/admin/notifications")
			.flash()
			.containsEntry("flashError", "Gửi lại thông báo số 42 không thành công: Mail server connection failed");
	}

	@Test
	@WithMockUser(roles = "OFFICER")
	void refusesAnyoneButAdministrators() {
		assertThat(mvc.get().uri("/office/admin/notifications")).hasStatus(403);
		assertThat(mvc.post().uri("/office/admin/notifications/42/resend").with(csrf())).hasStatus(403);
		verifyNoInteractions(messages, postman);
	}

	@Test
	void refusesResendWithoutCsrfToken() {
		assertThat(mvc.post().uri("/office/admin/notifications/42/resend")).hasStatus(403);
		verifyNoInteractions(postman);
	}

	@Test
	void speaksEnglishOnRequest() {
		given(messages.page(any(), anyInt())).willReturn(new MessagePage(List.of(FAILED_MAIL), null));

		assertThat(mvc.get().uri("/office/admin/notifications?lang=en")).bodyText()
			.contains("Notices to applicants", "Delivery state", "Send again", "Failed");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class MethodSecurity {
		// The application enables method security in its security configuration; this slice needs it too.
	}
}
