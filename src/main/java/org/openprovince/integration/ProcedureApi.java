package org.openprovince.integration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureHit;
import org.openprovince.catalog.ProcedureQuery;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.SearchResult;
import org.openprovince.catalog.TimeLimit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The procedure catalog for other systems (version 1): the procedures in force today, searched like on
 * the portal, and one procedure's published content. Internal notes, internal processes and officers
 * are never shown.
 */
@RestController
@RequestMapping(path = ProcedureApi.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "procedures", description = "Danh mục thủ tục hành chính đang có hiệu lực / Administrative procedures in force")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "procedures.read")
class ProcedureApi {

	static final String PATH = "/api/v1/procedures";

	static final int MAX_SIZE = 100;

	/** The catalog search reaches its first 1,000 results; narrower words or filters find the rest. */
	static final int MAX_RESULTS = (ProcedureQuery.MAX_PAGE + 1) * ProcedureQuery.PAGE_SIZE;

	private final Catalog catalog;

	private final ApiAgencies agencies;

	private final MessageSource messages;

	ProcedureApi(Catalog catalog, ApiAgencies agencies, MessageSource messages) {
		this.catalog = catalog;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Tìm thủ tục / Search procedures",
			description = "Tìm theo từ khóa (không dấu cũng được) và cơ quan; phân trang. / Accent-insensitive words, "
					+ "an agency filter, pages of up to 100 within the first 1,000 results.")
	ProcedurePage list(
			@Parameter(description = "Từ khóa / words (code, name, field, agency)") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "Mã định danh cơ quan / agency identifier code, e.g. 000.00.09.H99") @RequestParam(required = false) @Nullable String agency,
			@Parameter(description = "Trang, từ 0 / page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Số kết quả mỗi trang (1–100) / page size") @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw ApiException.badRequest("invalid-page", "integration.api.page", MAX_SIZE);
		}
		if ((long) (page + 1) * size > MAX_RESULTS) {
			throw ApiException.badRequest("page-out-of-range", "integration.api.pageBeyond", MAX_RESULTS);
		}
		var query = new ProcedureQuery(q, null, null, agencies.find(agency), null, catalog.today(), 0);
		// The catalog pages by 20: read the catalog pages that cover this page, plus one hit to tell if more follow.
		int offset = page * size;
		int catalogPage = offset / ProcedureQuery.PAGE_SIZE;
		int skip = offset % ProcedureQuery.PAGE_SIZE;
		List<ProcedureHit> hits = new ArrayList<>();
		boolean more = true;
		while (more && hits.size() <= size && catalogPage <= ProcedureQuery.MAX_PAGE) {
			SearchResult result = catalog.search(query.atPage(catalogPage++));
			hits.addAll(result.hits().subList(Math.min(skip, result.hits().size()), result.hits().size()));
			skip = 0;
			more = result.hasNext();
		}
		boolean hasNext = hits.size() > size && offset + size < MAX_RESULTS;
		Locale locale = LocaleContextHolder.getLocale();
		List<ProcedureItem> items = hits.stream()
			.limit(size)
			.map(hit -> new ProcedureItem(hit.code().value(), hit.name(), new Named(hit.fieldCode(), hit.fieldName()),
					levels(hit.levels().stream().sorted().toList(), locale),
					new Coded(hit.onlineLevel().code(), hit.onlineLevel().name(), label(hit.onlineLevel().messageKey(), locale)),
					hit.agencyNames()))
			.toList();
		return new ProcedurePage(page, size, hasNext, items);
	}

	@GetMapping("/{code}")
	@Operation(summary = "Chi tiết thủ tục / A procedure",
			description = "Nội dung công bố của phiên bản đang có hiệu lực. / The published content of the version in force today.")
	ProcedureDetail detail(@Parameter(description = "Mã thủ tục / procedure code, e.g. 1.000948") @PathVariable String code) {
		ProcedureCode procedureCode = ProcedureCode.parse(code);
		ProcedureVersion version = catalog.findProcedureByCode(procedureCode)
			.flatMap(procedure -> catalog.versionInForce(procedure.id(), catalog.today()))
			.orElseThrow(() -> ApiException.notFound("procedure-not-found", "integration.api.procedureNotFound", code));
		ProcedureContent content = version.content();
		Locale locale = LocaleContextHolder.getLocale();
		return new ProcedureDetail(version.code().value(), content.name(), version.number(), version.effectiveFrom(),
				version.effectiveTo(), new Named(content.field().code(), content.field().name()),
				levels(content.levels().stream().sorted().toList(), locale),
				new Coded(content.onlineLevel().code(), content.onlineLevel().name(),
						label(content.onlineLevel().messageKey(), locale)),
				content.channels().stream().sorted().map(c -> channel(c, locale)).toList(), content.implementingAgency(),
				content.competentAgency(), content.targetSubjects(), limit(content.timeLimit(), locale),
				content.onlineTimeLimit() == null ? null : limit(content.onlineTimeLimit(), locale), content.timeLimitNote(),
				content.steps().stream().map(s -> new Step(s.caseName(), s.description())).toList(),
				content.documents()
					.stream()
					.map(d -> new Document(d.caseName(), d.name(), d.originals(), d.copies(), d.mandatory(), d.templateName(),
							d.templateUrl()))
					.toList(),
				content.fees().stream().map(f -> fee(f, locale)).toList(),
				content.results().stream().map(r -> r.name()).toList(),
				content.legalBases().stream().map(l -> new Named(l.number(), l.title())).toList(), content.requirements(),
				content.decision() == null ? null
						: new Decision(content.decision().number(), content.decision().date(), content.decision().issuer()),
				version.agencies().stream().map(ProcedureApi::agencies).toList());
	}

	private List<Coded> levels(List<ImplementingLevel> levels, Locale locale) {
		return levels.stream().map(l -> new Coded(null, l.name(), label(l.messageKey(), locale))).toList();
	}

	private Coded channel(Channel channel, Locale locale) {
		return new Coded(channel.code(), channel.name(), label(channel.messageKey(), locale));
	}

	private Limit limit(TimeLimit limit, Locale locale) {
		return new Limit(limit.amount(), limit.unit().name(), label(limit.unit().messageKey(), locale));
	}

	private FeeItem fee(Fee fee, Locale locale) {
		return new FeeItem(fee.kind().name(), label(fee.kind().messageKey(), locale),
				fee.channel() == null ? null : channel(fee.channel(), locale), fee.description(), fee.amount(),
				fee.exemption());
	}

	private static AgencyItem agencies(AgencySetup setup) {
		return new AgencyItem(setup.competent().code().value(), setup.competent().name(),
				setup.receivers()
					.stream()
					.map(r -> new Receiver(r.agency().code().value(), r.agency().name(), r.isDefault()))
					.toList());
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** One page of procedures. */
	record ProcedurePage(int page, int size, boolean hasNext, List<ProcedureItem> items) {
	}

	/** A procedure found: its national code, name, field, levels, online level and agencies as published. */
	record ProcedureItem(String code, String name, Named field, List<Coded> levels, Coded onlineLevel, String agencies) {
	}

	/**
	 * The published content of the version in force.
	 *
	 * @param effectiveTo last day in force, {@code null} while no later version is published
	 */
	record ProcedureDetail(String code, String name, int version, LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, Named field, List<Coded> levels, Coded onlineLevel, List<Coded> channels,
			String implementingAgency, @Nullable String competentAgency, String targetSubjects, Limit timeLimit,
			@Nullable Limit onlineTimeLimit, @Nullable String timeLimitNote, List<Step> steps, List<Document> documents,
			List<FeeItem> fees, List<String> results, List<Named> legalBases, @Nullable String requirements,
			@Nullable Decision decision, List<AgencyItem> agencies) {
	}

	/** A code with its name. */
	record Named(String code, String name) {
	}

	/** A value of a fixed list: its national number when there is one, a stable name, and a label in the reader's language. */
	record Coded(@Nullable Integer code, String name, String label) {
	}

	record Limit(BigDecimal amount, String unit, String label) {
	}

	record Step(@Nullable String caseName, String description) {
	}

	record Document(@Nullable String caseName, String name, int originals, int copies, boolean mandatory,
			@Nullable String templateName, @Nullable String templateUrl) {
	}

	/** @param amount in Vietnamese đồng, {@code null} when the description says how it is computed */
	record FeeItem(String kind, String kindLabel, @Nullable Coded channel, String description, @Nullable Long amount,
			@Nullable String exemption) {
	}

	record Decision(String number, LocalDate date, @Nullable String issuer) {
	}

	/** A competent agency and the agencies that receive its dossiers. */
	record AgencyItem(String code, String name, List<Receiver> receivers) {
	}

	record Receiver(String code, String name, boolean isDefault) {
	}
}
