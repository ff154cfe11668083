package org.openprovince.dossier.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierState;
import org.openprovince.dossier.forms.TrackingBookForm;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.DossierSearch.BookRow;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The tracking book (sổ theo dõi hồ sơ, form 07) of one of the officer's desks for a period: a preview
 * table, and the book as PDF or xlsx. A book covers at most {@link #MAX_DAYS} days and
 * {@link TrackingBookForm#MAX_ROWS} dossiers; beyond, the page asks for a shorter period.
 */
@Controller
@RequestMapping(TrackingBookController.PATH)
class TrackingBookController {

	static final String PATH = Pages.PATH + "/book";

	static final String VIEW_BOOK = "dossier/book";

	/** Longest period of one book: a year, leap day included. */
	static final int MAX_DAYS = 366;

	/** Rows shown on the page; the files hold them all. */
	static final int PREVIEW_ROWS = 200;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final DossierSearch search;

	private final DossierWorkflow workflow;

	private final Organization organization;

	private final MessageSource messages;

	TrackingBookController(DossierSearch search, DossierWorkflow workflow, Organization organization,
			MessageSource messages) {
		this.search = search;
		this.workflow = workflow;
		this.organization = organization;
		this.messages = messages;
	}

	/** The desk and period asked for, with the defaults filled in and what is wrong with them. */
	record Period(AgencySummary agency, LocalDate from, LocalDate to, @Nullable String error) {

		String link(@Nullable String format) {
			return WebForms.link(PATH, "agency", agency.id().value(), "from", from, "to", to, "format", format);
		}
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			CurrentUser user, Model model) {
		Pages.requireDesk(user);
		List<AgencySummary> desks = desks(user);
		Period period = period(desks, agency, from, to);
		List<BookRow> rows = List.of();
		String error = period.error();
		if (error == null) {
			rows = rows(period);
			if (rows.size() > TrackingBookForm.MAX_ROWS) {
				error = "dossier.book.error.rows";
				rows = List.of();
			}
		}
		model.addAttribute("desks", desks);
		model.addAttribute("period", period);
		model.addAttribute("error", error);
		model.addAttribute("rows", rows.size() > PREVIEW_ROWS ? rows.subList(0, PREVIEW_ROWS) : rows);
		model.addAttribute("total", rows.size());
		model.addAttribute("pdf", period.link("pdf"));
		model.addAttribute("xlsx", period.link("xlsx"));
		model.addAttribute("maxDays", MAX_DAYS);
		model.addAttribute("maxRows", TrackingBookForm.MAX_ROWS);
		return VIEW_BOOK;
	}

	/** The book as a file; a period the page would refuse goes back to the page, which says why. */
	@GetMapping(params = "format")
	ResponseEntity<byte[]> download(@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam String format, CurrentUser user) {
		Pages.requireDesk(user);
		Period period = period(desks(user), agency, from, to);
		boolean xlsx = "xlsx".equals(format);
		List<BookRow> rows = period.error() == null ? rows(period) : List.of();
		if (period.error() != null || rows.size() > TrackingBookForm.MAX_ROWS || !(xlsx || "pdf".equals(format))) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, period.link(null)).build();
		}
		byte[] body = workflow.trackingBook(period.agency().id(), period.agency().name(), period.from(), period.to(),
				bookRows(rows), xlsx);
		String name = "so-theo-doi-" + period.agency().code().value() + "-" + period.from() + "-" + period.to()
				+ (xlsx ? ".xlsx" : ".pdf");
		return Pages.file(body, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "application/pdf", name, false);
	}

	private List<AgencySummary> desks(CurrentUser user) {
		return user.agenciesFor(Role.RECEPTION_OFFICER)
			.stream()
			.map(id -> organization.findAgency(new AgencyId(id)))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(AgencySummary::name))
			.toList();
	}

	private static Period period(List<AgencySummary> desks, @Nullable String agency, @Nullable String from,
			@Nullable String to) {
		if (desks.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		UUID wanted = WebForms.parseUuid(agency);
		AgencySummary desk = desks.stream().filter(d -> d.id().value().equals(wanted)).findFirst().orElse(desks.getFirst());
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		LocalDate start = Objects.requireNonNullElse(date(from), today.withDayOfMonth(1));
		LocalDate end = Objects.requireNonNullElse(date(to), today.withDayOfMonth(today.lengthOfMonth()));
		String error = null;
		if (end.isBefore(start)) {
			error = "dossier.book.error.order";
		}
		else if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
			error = "dossier.book.error.period";
		}
		return new Period(desk, start, end, error);
	}

	private List<BookRow> rows(Period period) {
		return search.book(period.agency().id().value(), period.from(), period.to(), TrackingBookForm.MAX_ROWS + 1);
	}

	/** The rows as the form prints them, in Vietnamese whatever the reader's language. */
	private List<TrackingBookForm.Row> bookRows(List<BookRow> rows) {
		List<TrackingBookForm.Row> book = new ArrayList<>();
		for (BookRow r : rows) {
			String note = r.state() == DossierState.REFUSED || r.state() == DossierState.WITHDRAWN
					|| r.state() == DossierState.STOPPED ? messages.getMessage(r.state().messageKey(), null, VIETNAMESE)
							: null;
			book.add(new TrackingBookForm.Row(book.size() + 1, r.code(), r.procedureName(), r.sets(), r.ownerName(),
					r.address(), r.phone(), local(r.receivedAt()),
					local(Objects.requireNonNullElse(r.dueAt(), r.receivedAt())),
					r.finishedAt() == null ? null : local(r.finishedAt()),
					r.returnedAt() == null ? null : local(r.returnedAt()), Objects.requireNonNullElse(r.receivedBy(), ""),
					note));
		}
		return book;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
