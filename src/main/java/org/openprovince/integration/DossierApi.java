package org.openprovince.integration;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierQueries;
import org.openprovince.dossier.DossierRecord;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.DossierTracking;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dossier's progress by its code, for government systems (scope {@code dossiers.read}), never for
 * the public: the public tracks a dossier on the portal with the code and a second factor. Only what the
 * portal's tracking shows plus the procedure code, the agencies and the on-time flag; never the
 * applicant's personal data.
 */
@RestController
@RequestMapping(path = DossierApi.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "dossiers", description = "Tiến độ hồ sơ — chỉ cho hệ thống cơ quan nhà nước / Dossier progress — government systems only")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "dossiers.read")
class DossierApi {

	static final String PATH = "/api/v1/dossiers";

	private final DossierQueries dossiers;

	private final ApiAgencies agencies;

	private final MessageSource messages;

	DossierApi(DossierQueries dossiers, ApiAgencies agencies, MessageSource messages) {
		this.dossiers = dossiers;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Trạng thái hồ sơ / Dossier status",
			description = "Trạng thái (mã DVCQG 1–10), thủ tục, cơ quan, ngày tiếp nhận, hẹn trả, xong, trả kết quả; "
					+ "đúng hạn hay không khi đã xong. / National status, procedure, agencies, dates and, once "
					+ "finished, whether on time.")
	DossierStatus status(@Parameter(description = "Mã hồ sơ / dossier code, e.g. 000.00.09.H99-261121-0007") @PathVariable String code) {
		DossierTracking tracking = track(code);
		DossierRecord record = dossiers.record(tracking.id()).orElseThrow(() -> notFound(tracking.code()));
		DossierSnapshot d = record.snapshot();
		// Processing ended (DossierFinished) only for a received dossier; a refusal at reception has no outcome.
		boolean ended = d.receivedAt() != null && d.finishedAt() != null;
		return new DossierStatus(tracking.code().value(), status(d.status(), LocaleContextHolder.getLocale()),
				new Procedure(d.procedureCode(), d.procedureName()),
				new Agency(record.receivingAgencyCode(), record.receivingAgencyName()),
				new Agency(agencies.code(d.competentAgency()), record.competentAgencyName()), d.channel().name(),
				d.receivedAt(), d.dueAt(), d.finishedAt(), d.returnedAt(), ended ? d.refused() : null,
				ended ? onTime(d) : null);
	}

	/** As the dossier module judges it when processing ends (DossierFinished): by the appointment date in force. */
	private static boolean onTime(DossierSnapshot d) {
		return d.dueAt() == null || !Objects.requireNonNull(d.finishedAt()).isAfter(d.dueAt());
	}

	@GetMapping("/{code}/history")
	@Operation(summary = "Lịch sử trạng thái / Status history",
			description = "Các bước công khai của quá trình giải quyết, theo thời gian. / The public steps, oldest first.")
	DossierHistory history(@Parameter(description = "Mã hồ sơ / dossier code") @PathVariable String code) {
		DossierTracking tracking = track(code);
		Locale locale = LocaleContextHolder.getLocale();
		return new DossierHistory(tracking.code().value(), tracking.events()
			.stream()
			.map(e -> new HistoryEvent(e.at(), status(e.status(), locale), e.action().name(), e.agencyName()))
			.toList());
	}

	private DossierTracking track(String code) {
		DossierCode dossierCode = new DossierCode(code);
		return dossiers.track(dossierCode).orElseThrow(() -> notFound(dossierCode));
	}

	private static ApiException notFound(DossierCode code) {
		return ApiException.notFound("dossier-not-found", "integration.api.dossierNotFound", code);
	}

	private Status status(DvcqgStatus status, Locale locale) {
		return new Status(status.code(), status.name(), messages.getMessage(status.messageKey(), null, status.name(), locale));
	}

	/**
	 * A dossier's progress.
	 *
	 * @param channel {@code DIRECT}, {@code ONLINE} or {@code POSTAL}
	 * @param refused once processing of the received dossier ended, whether the result is a refusal; {@code null} before
	 * @param onTime once processing of the received dossier ended, whether on time as the national portal judges it;
	 *     {@code null} before
	 */
	record DossierStatus(String code, Status status, Procedure procedure, Agency receivingAgency,
			Agency competentAgency, String channel, @Nullable Instant receivedAt,
			@Nullable Instant dueAt, @Nullable Instant finishedAt, @Nullable Instant returnedAt,
			@Nullable Boolean refused, @Nullable Boolean onTime) {
	}

	/** A national status: its number 1–10, a stable name and a label in the reader's language. */
	record Status(int code, String name, String label) {
	}

	/** @param code the national procedure code */
	record Procedure(String code, String name) {
	}

	/** @param code the agency's identifier code, {@code null} when not known */
	record Agency(@Nullable String code, String name) {
	}

	record DossierHistory(String code, List<HistoryEvent> events) {
	}

	/** One public step: when, the status after it, the action, at which agency. */
	record HistoryEvent(Instant at, Status status, String action, String agency) {
	}
}
