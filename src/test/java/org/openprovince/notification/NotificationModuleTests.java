package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.ApplicantContact;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.notification.Postman.ResendOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The notices end to end, from a {@link DossierStatusChanged} published in a committed transaction to a
 * real SMTP server (GreenMail) and a real local HTTP SMS gateway, on the embedded PostgreSQL. The retry
 * job runs every 200 ms here, two attempts at most, the second one second after the first.
 */
@ApplicationModuleTest(extraIncludes = "audit")
class NotificationModuleTests {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	static final SmsGatewayStub sms = SmsGatewayStub.start();

	static final Duration PATIENCE = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
		registry.add("openprovince.notification.mail-from", () -> "Cổng Dịch vụ công <no-reply@songhong.example.vn>");
		registry.add("openprovince.notification.sms.url", sms::url);
		registry.add("openprovince.notification.sms.token", () -> "test-token");
		registry.add("openprovince.notification.retry.interval", () -> "200ms");
		registry.add("openprovince.notification.retry.first-delay", () -> "1s");
		registry.add("openprovince.notification.retry.max-attempts", () -> "2");
		registry.add("openprovince.public-url", () -> "https://dichvucong.songhong.gov.vn");
	}

	@AfterAll
	static void stopGateway() {
		sms.close();
	}

	@Autowired
	NotificationMessages messages;

	@Autowired
	Postman postman;

	@Autowired
	NoticeComposer composer;

	@Autowired
	NotificationSettings settings;

	@Autowired
	MessageSource bundles;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void tellsTheApplicantByEmailAndSmsInVietnamese(Scenario scenario) throws Exception {
		var applicant = applicant();
		var event = received(applicant);

		scenario.publish(event)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> states(event), states -> states.equals(List.of(DeliveryState.SENT, DeliveryState.SENT)))
			.andVerify(states -> assertThat(messages.ofDossier(event.dossierId())).extracting(NotificationMessage::attempts)
				.containsExactly(1, 1));

		MimeMessage mail = await().atMost(PATIENCE).until(() -> mailsTo(applicant.email()), list -> !list.isEmpty()).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận");
		assertThat(mail.getFrom()).extracting(Address::toString)
			.singleElement()
			.asString()
			.contains("no-reply@songhong.example.vn");
		assertThat((String) mail.getContent()).contains("Kính gửi Ông/Bà Trần Văn Cường,",
				"Mã hồ sơ: 000.00.09.H99-261123-0007", "Trạng thái: 2 – Được tiếp nhận",
				"Ngày hẹn trả kết quả: 25/11/2026 16:30",
				"https://dichvucong.songhong.gov.vn/tra-cuu?ma=000.00.09.H99-261123-0007");

		assertThat(sms.to(normalized(applicant))).singleElement().satisfies(request -> {
			assertThat(request.authorization()).isEqualTo("Bearer test-token");
			assertThat(request.text()).isEqualTo("Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận, hẹn trả "
					+ "25/11/2026 16:30. Tra cứu: https://dichvucong.songhong.gov.vn/tra-cuu?ma=000.00.09.H99-261123-0007");
		});
	}

	@Test
	void storesAndSendsEachNoticeOnceWhenTheEventIsDeliveredTwice(Scenario scenario) {
		var applicant = applicant();
		var event = received(applicant);

		scenario.stimulate((tx, events) -> {
			tx.executeWithoutResult(status -> events.publishEvent(event));
			tx.executeWithoutResult(status -> events.publishEvent(event));
		})
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> states(event), states -> states.equals(List.of(DeliveryState.SENT, DeliveryState.SENT)))
			.andVerify(states -> assertThat(messages.ofDossier(event.dossierId())).hasSize(2));

		// Both deliveries complete their publication (the second one finds the notices stored, rather than
		// failing on the unique key and being retried forever), and send nothing more.
		await().atMost(PATIENCE).until(() -> incompletePublications(event) == 0);
		await().during(Duration.ofMillis(300)).atMost(PATIENCE).until(() -> mailsTo(applicant.email()).size() == 1
				&& sms.to(normalized(applicant)).size() == 1);
		assertThat(messages.ofDossier(event.dossierId())).hasSize(2);
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + event.dossierId() + "%")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void keepsFailedNoticesAndTheRetryJobSendsThemWhenTheServersAreBack(Scenario scenario) throws Exception {
		var applicant = applicant();
		var event = received(applicant);
		smtp.stop();
		sms.answer(503);
		try {
			scenario.publish(event)
				.andWaitAtMost(PATIENCE)
				.andWaitForStateChange(() -> states(event),
						states -> states.equals(List.of(DeliveryState.FAILED, DeliveryState.FAILED)))
				.andVerify(states -> assertThat(messages.ofDossier(event.dossierId())).allSatisfy(message -> {
					assertThat(message.attempts()).isEqualTo(1);
					assertThat(message.nextAttemptAt()).isNotNull();
					assertThat(message.lastError()).isNotBlank();
				}));
			assertThat(messages.ofDossier(event.dossierId())).extracting(NotificationMessage::lastError)
				.satisfiesExactly(mail -> assertThat(mail).startsWith("Mail server connection failed"),
						text -> assertThat(text).isEqualTo("SMS gateway answered HTTP 503: {\"error\":\"quota exceeded\"}"));
		}
		finally {
			smtp.start();
			sms.answer(200);
		}

		await().atMost(PATIENCE)
			.until(() -> states(event), states -> states.equals(List.of(DeliveryState.SENT, DeliveryState.SENT)));
		assertThat(messages.ofDossier(event.dossierId())).allSatisfy(message -> {
			assertThat(message.attempts()).isEqualTo(2);
			assertThat(message.lastError()).isNull();
			assertThat(message.sentAt()).isNotNull();
		});
		assertThat(mailsTo(applicant.email())).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận"));
		assertThat(sms.to(normalized(applicant))).hasSize(1);
	}

	@Test
	void anAdministratorSendsAgainWhatTheRetryJobGaveUpOn(Scenario scenario) throws Exception {
		var applicant = new ApplicantContact("Lê Thị Dung", uniqueEmail(), null);
		var event = received(applicant);
		smtp.stop();
		try {
			scenario.publish(event)
				.andWaitAtMost(PATIENCE)
				.andWaitForStateChange(() -> messages.ofDossier(event.dossierId()),
						list -> list.size() == 1 && list.getFirst().attempts() == 2)
				.andVerify(list -> {
					assertThat(list.getFirst().state()).isEqualTo(DeliveryState.FAILED);
					assertThat(list.getFirst().nextAttemptAt()).as("given up").isNull();
				});
		}
		finally {
			smtp.start();
		}
		long id = messages.ofDossier(event.dossierId()).getFirst().id();

		assertThat(postman.resend(id)).isEqualTo(ResendOutcome.SENT);
		assertThat(postman.resend(id)).isEqualTo(ResendOutcome.NOT_RESENDABLE);
		assertThat(messages.find(id)).hasValueSatisfying(message -> {
			assertThat(message.state()).isEqualTo(DeliveryState.SENT);
			assertThat(message.attempts()).isEqualTo(3);
		});
		assertThat(mailsTo(applicant.email())).hasSize(1);
	}

	@Test
	void skipsUnusableAddressesWithTheReason(Scenario scenario) {
		var event = received(new ApplicantContact("Phạm Văn Em", "không phải thư", "12345"));

		scenario.publish(event)
			.andWaitAtMost(PATIENCE)
			.andWaitForStateChange(() -> messages.ofDossier(event.dossierId()), list -> list.size() == 2)
			.andVerify(list -> assertThat(list).extracting(NotificationMessage::channel, NotificationMessage::state,
					NotificationMessage::recipient, NotificationMessage::lastError)
				.containsExactly(
						tuple(NotificationChannel.EMAIL, DeliveryState.SKIPPED,
								"không phải thư", "Địa chỉ thư điện tử không hợp lệ"),
						tuple(NotificationChannel.SMS, DeliveryState.SKIPPED, "12345",
								"Không phải số điện thoại di động Việt Nam hợp lệ")));

		long smsId = messages.ofDossier(event.dossierId()).getLast().id();
		assertThat(postman.resend(smsId)).isEqualTo(ResendOutcome.SKIPPED);
		assertThat(sms.to("12345")).isEmpty();
	}

	@Test
	void recordsNoticesAsSkippedWithTheReasonWhenNoChannelIsConfigured() {
		// This node as it starts without OPENPROVINCE_SMTP_HOST (Spring Boot still makes a sender, with an
		// empty host) and without OPENPROVINCE_SMS_URL (no SmsSender).
		var noHost = new JavaMailSenderImpl();
		noHost.setHost("");
		var beans = new DefaultListableBeanFactory();
		beans.registerSingleton("mailSender", noHost);
		var bare = new Postman(messages, List.of(new MailTransport(beans.getBeanProvider(JavaMailSender.class), settings),
				new SmsTransport(beans.getBeanProvider(SmsSender.class))), settings, bundles, clock);
		var event = received(new ApplicantContact("Võ Thị Giang", uniqueEmail(), "0987 654 321"));

		new StatusChangeNotifier(composer, bare).on(event);

		assertThat(messages.ofDossier(event.dossierId()))
			.extracting(NotificationMessage::channel, NotificationMessage::state, NotificationMessage::lastError,
					NotificationMessage::attempts, NotificationMessage::nextAttemptAt)
			.containsExactly(tuple(NotificationChannel.EMAIL, DeliveryState.SKIPPED, "SMTP chưa được cấu hình", 0, null),
					tuple(NotificationChannel.SMS, DeliveryState.SKIPPED, "Cổng SMS chưa được cấu hình", 0, null));
		long email = messages.ofDossier(event.dossierId()).getFirst().id();
		assertThat(bare.resend(email)).isEqualTo(ResendOutcome.SKIPPED);
		assertThat(bare.deliverNextDue()).as("nothing this node could send").isFalse();
		assertThat(messages.find(email)).hasValueSatisfying(message -> {
			assertThat(message.state()).isEqualTo(DeliveryState.SKIPPED);
			assertThat(message.body()).contains("Mã hồ sơ: 000.00.09.H99-261123-0007");
		});
		assertThat(mailsTo(event.applicant().email())).isEmpty();
	}

	@Test
	void listsNewestFirstByKeysetAndFindsByCodeOrRecipient() {
		var dossier = DossierId.random();
		var code = new DossierCode("000.00.10.H99-261123-" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000)));
		String phone = "+8497" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		Instant at = Instant.parse("2026-11-23T03:00:00Z");
		for (DvcqgStatus status : List.of(DvcqgStatus.RECEIVED, DvcqgStatus.PROCESSING, DvcqgStatus.DONE)) {
			messages.insertIfAbsent(new NotificationMessages.Draft(dossier, code, status, at, NotificationChannel.SMS, phone,
					null, "Tin " + status, "Cổng SMS chưa được cấu hình"), at, at);
		}

		MessagePage first = messages.page(new MessageQuery(null, null, code.value().toLowerCase(), null), 2);
		MessagePage second = messages.page(new MessageQuery(null, null, code.value(), first.nextBefore()), 2);

		assertThat(first.messages()).extracting(NotificationMessage::status)
			.containsExactly(DvcqgStatus.DONE, DvcqgStatus.PROCESSING);
		assertThat(second.messages()).extracting(NotificationMessage::status).containsExactly(DvcqgStatus.RECEIVED);
		assertThat(second.nextBefore()).isNull();
		String national = "0" + phone.substring(3, 5) + " " + phone.substring(5);
		assertThat(messages.page(new MessageQuery(DeliveryState.SKIPPED, NotificationChannel.SMS, national, null), 10)
			.messages()).hasSize(3);
		assertThat(messages.page(new MessageQuery(DeliveryState.SENT, null, phone, null), 10).messages()).isEmpty();
		assertThat(messages.page(new MessageQuery(null, NotificationChannel.EMAIL, phone, null), 10).messages()).isEmpty();
	}

	private long incompletePublications(DossierStatusChanged event) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
			.param("%" + event.dossierId() + "%")
			.query(Long.class)
			.single();
	}

	private List<DeliveryState> states(DossierStatusChanged event) {
		return messages.ofDossier(event.dossierId()).stream().map(NotificationMessage::state).toList();
	}

	private List<MimeMessage> mailsTo(@Nullable String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				Address[] to = mail.getRecipients(RecipientType.TO);
				return to != null && Arrays.stream(to).anyMatch(address -> address.toString().equals(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static DossierStatusChanged received(ApplicantContact applicant) {
		return new DossierStatusChanged(DossierId.random(), new DossierCode("000.00.09.H99-261123-0007"),
				DvcqgStatus.SUBMITTED, DvcqgStatus.RECEIVED, Instant.parse("2026-11-23T02:15:30.123456Z"),
				"Cấp giấy phép xây dựng nhà ở riêng lẻ", applicant, Instant.parse("2026-11-25T09:30:00Z"), null);
	}

	static ApplicantContact applicant() {
		String phone = "091 " + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
		return new ApplicantContact("Trần Văn Cường", uniqueEmail(), phone);
	}

	static String uniqueEmail() {
		return "cuong." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@example.vn";
	}

	static String normalized(ApplicantContact applicant) {
		String phone = PhoneNumbers.normalize(applicant.phone());
		assertThat(phone).isNotNull();
		return phone;
	}

	static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
