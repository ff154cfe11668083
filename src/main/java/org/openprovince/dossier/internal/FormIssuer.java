package org.openprovince.dossier.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.forms.ApologyForm;
import org.openprovince.dossier.forms.ControlSlipForm;
import org.openprovince.dossier.forms.DossierForms;
import org.openprovince.dossier.forms.FormComponent;
import org.openprovince.dossier.forms.FormHeader;
import org.openprovince.dossier.forms.FormParty;
import org.openprovince.dossier.forms.FormType;
import org.openprovince.dossier.forms.ReceiptForm;
import org.openprovince.dossier.forms.RefusalForm;
import org.openprovince.dossier.forms.StepOutcome;
import org.openprovince.dossier.forms.StopNoticeForm;
import org.openprovince.dossier.forms.SupplementRequestForm;
import org.openprovince.dossier.forms.TrackingBookForm;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the forms of Circular 03/2025/TT-VPCP Annex I (spec §5.2) from a dossier and stores the issued
 * PDF with it: the receipt on reception (01), the supplement request (02), the refusal at reception
 * (03), the apology with a new date (04) and the stop notice (05). The control slip (06) and the
 * tracking book (07) follow the dossiers as they move, so they are rendered when asked for.
 */
@Component
class FormIssuer {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DossierForms forms;

	private final DossierDocuments documents;

	private final DossierStore store;

	private final Organization organization;

	private final String publicUrl;

	private final String place;

	private final MessageSource messages;

	/**
	 * @param place the place name of the date line on every form ("Sông Hồng, ngày … tháng … năm …",
	 * Decree 30/2020 Annex I), the province's
	 */
	FormIssuer(DossierForms forms, DossierDocuments documents, DossierStore store, Organization organization,
			MessageSource messages, @Value("${openprovince.public-url:http://localhost:8080}") String publicUrl,
			@Value("${openprovince.place:Sông Hồng}") String place) {
		this.forms = forms;
		this.messages = messages;
		this.place = place;
		this.documents = documents;
		this.store = store;
		this.organization = organization;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Issues and stores the form that {@code action} calls for, if any. */
	void issueFor(DossierAction action, Dossier d, Actor actor, Instant now) {
		FormType type = switch (action) {
			case RECEIVE, ACCEPT -> FormType.RECEIPT;
			case REQUEST_RECEPTION_SUPPLEMENT, ISSUE_SUPPLEMENT_REQUEST -> FormType.SUPPLEMENT_REQUEST;
			case REFUSE_RECEPTION -> FormType.REFUSAL;
			case APOLOGISE -> FormType.APOLOGY;
			case STOP -> FormType.STOP_NOTICE;
			default -> null;
		};
		if (type == null) {
			return;
		}
		documents.storeForm(d.id, type, render(type, d, actor, now), now, actor.name());
	}

	private byte[] render(FormType type, Dossier d, Actor actor, Instant now) {
		FormHeader desk = header(d.receivingAgencyId, d.receivingAgencyName, now);
		String code = d.code == null ? null : d.code.value();
		String tracking = trackingUrl(d);
		String contact = d.receivingAgencyName;
		String lastNote = d.newHistory.isEmpty() ? null : d.newHistory.getLast().note();
		return switch (type) {
			case RECEIPT -> forms.receipt(new ReceiptForm(desk, Objects.requireNonNull(code), tracking, party(d.applicant),
					d.owner == null ? null : party(d.owner), d.procedureName, components(d.id), d.sets, timeLimit(d),
					local(Objects.requireNonNull(d.receivedAt)), local(Objects.requireNonNull(d.dueAt)),
					d.receivingAgencyName, fees(d), actor.name()));
			case SUPPLEMENT_REQUEST -> forms.supplementRequest(new SupplementRequestForm(desk,
					number(d, "HDHS"), code, tracking, party(d.applicant), d.procedureName,
					d.pendingItems.stream().map(i -> new FormComponent(i, 1, 0, null)).toList(),
					Objects.requireNonNullElse(d.pendingReason, ""), contact, actor.name()));
			case REFUSAL -> forms.refusal(new RefusalForm(desk, code, tracking, party(d.applicant), d.procedureName,
					Objects.requireNonNullElse(lastNote, ""), contact, actor.name()));
			case APOLOGY -> forms.apology(new ApologyForm(header(d.competentAgencyId, d.competentAgencyName, now),
					number(d, "XL"), Objects.requireNonNull(code), tracking, party(d.applicant), d.procedureName,
					local(Objects.requireNonNull(d.receivedAt)), local(Objects.requireNonNull(d.originalDueAt)),
					local(Objects.requireNonNull(d.dueAt)), d.competentAgencyName,
					Objects.requireNonNullElse(lastNote, ""), d.receivingAgencyName, actor.name()));
			case STOP_NOTICE -> forms.stopNotice(new StopNoticeForm(header(d.competentAgencyId, d.competentAgencyName, now),
					number(d, "TB"), Objects.requireNonNull(code), tracking, party(d.applicant), d.procedureName,
					local(Objects.requireNonNull(d.receivedAt)), Objects.requireNonNullElse(lastNote, ""), actor.name()));
			case CONTROL_SLIP, TRACKING_BOOK -> throw new IllegalArgumentException(type + " is rendered on demand");
		};
	}

	/** Form 06 as the dossier stands now: one row per hand-over, with the step's result (early, on time, late). */
	byte[] controlSlip(Dossier d, Instant now) {
		List<HistoryEntry> history = store.history(d.id);
		List<ControlSlipForm.Handover> rows = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			HistoryEntry h = history.get(i);
			if (h.action() != DossierAction.FORWARD && h.action() != DossierAction.RECORD_RESULT
					&& h.action() != DossierAction.PROPOSE_REFUSAL && h.action() != DossierAction.SEND_BACK
					&& h.action() != DossierAction.RETURN_RESULT) {
				continue;
			}
			Step step = d.steps.get(Math.min(h.stepIndex(), d.steps.size() - 1));
			Instant started = stepStart(history, i);
			Instant due = h.stepDueAt();
			StepOutcome outcome = due == null ? null : outcome(h.at(), due);
			String receiver = h.receiver() != null ? h.receiver() : "";
			rows.add(new ControlSlipForm.Handover(h.agencyName(), step.name(), h.actorName(), receiver, local(started),
					due == null ? null : local(due), local(h.at()), outcome, h.note()));
		}
		return forms.controlSlip(new ControlSlipForm(header(d.receivingAgencyId, d.receivingAgencyName, now),
				Objects.requireNonNull(d.code).value(), trackingUrl(d), party(d.applicant), d.procedureName,
				local(Objects.requireNonNull(d.receivedAt)), local(Objects.requireNonNull(d.dueAt)), rows));
	}

	/** Form 07 for one receiving agency and period. */
	byte[] trackingBook(AgencyId agency, String agencyName, LocalDate from, LocalDate to, List<TrackingBookForm.Row> rows,
			boolean xlsx, Instant now) {
		TrackingBookForm form = new TrackingBookForm(header(agency, agencyName, now), from, to, rows);
		return xlsx ? forms.trackingBookXlsx(form) : forms.trackingBook(form);
	}

	private static Instant stepStart(List<HistoryEntry> history, int index) {
		int step = history.get(index).stepIndex();
		Instant start = history.get(index).at();
		for (int j = index - 1; j >= 0; j--) {
			HistoryEntry earlier = history.get(j);
			if (earlier.stepIndex() != step) {
				return earlier.at();
			}
			start = earlier.at();
		}
		return start;
	}

	/** Early when done a working half-day or more ahead is not knowable here; by the clock: before, at or after the due time. */
	private static StepOutcome outcome(Instant done, Instant due) {
		if (done.isAfter(due)) {
			return StepOutcome.LATE;
		}
		return LocalDate.ofInstant(done, VietnamTime.ZONE).isBefore(LocalDate.ofInstant(due, VietnamTime.ZONE))
				? StepOutcome.EARLY : StepOutcome.ON_TIME;
	}

	private FormHeader header(AgencyId agency, String agencyName, Instant now) {
		String parent = organization.findAgency(agency)
			.map(AgencySummary::parentId)
			.flatMap(organization::findAgency)
			.map(a -> a.name().toUpperCase(Locale.forLanguageTag("vi")))
			.orElse(null);
		return new FormHeader(agencyName, parent, place, LocalDate.ofInstant(now, VietnamTime.ZONE));
	}

	String trackingUrl(Dossier d) {
		String key = d.code != null ? d.code.value() : d.id.toString();
		return publicUrl + "/tra-cuu?ma=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
	}

	private List<FormComponent> components(DossierId id) {
		return documents.components(id).stream().map(c -> new FormComponent(c.name(), c.originals(), c.copies(),
				c.fileId() == null ? null : text("forms.issuer.digitised"))).toList();
	}

	private static FormParty party(Applicant a) {
		return new FormParty(a.fullName(), a.idNumber(), a.address(), a.phone(), a.email());
	}

	private static String number(Dossier d, String suffix) {
		String code = d.code == null ? d.id.toString().substring(0, 8) : d.code.value();
		return code.substring(code.length() - 4) + "/" + suffix;
	}

	/** As the catalog writes it, e.g. "5 ngày làm việc", with a decimal comma. */
	private static String timeLimit(Dossier d) {
		return new TimeLimit(d.timeLimit, d.timeLimitUnit).toString().replace('.', ',');
	}

	private @Nullable String fees(Dossier d) {
		if (d.feeTotal == null) {
			return d.feeNote;
		}
		String amount = text("forms.issuer.amount", NumberFormat.getIntegerInstance(VIETNAMESE).format(d.feeTotal));
		return d.feeNote == null ? amount : amount + " (" + d.feeNote + ")";
	}

	/** Forms are official documents, always in Vietnamese. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

}
