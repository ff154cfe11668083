package org.openprovince.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.catalog.AgencyRef;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.Receiver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The public portal's procedure pages (tra cứu thủ tục hành chính): a search anyone can use without
 * accents, and a procedure page in plain words — what to bring, how much it costs, how long it takes,
 * where to submit, which forms to download.
 */
@Controller
@RequestMapping("/thu-tuc")
class PortalProcedureController {

	static final String PATH = "/thu-tuc";

	static final String VIEW_SEARCH = "catalog/portal-search";

	static final String VIEW_RESULTS = Forms.FRAGMENTS + "portalResults";

	static final String VIEW_PROCEDURE = "catalog/portal-procedure";

	/** Demo form templates shipped with the application (catalog/templates/*.html). */
	private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9-]{1,80}\\.html");

	private final Catalog catalog;

	PortalProcedureController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String online, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		var search = SearchForm.of(q, field, level, null, online, page);
		LocalDate today = catalog.today();
		model.addAttribute("search", search);
		model.addAttribute("path", PATH);
		model.addAttribute("result", catalog.search(search.toQuery(today)));
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("fields", catalog.fields(today));
		model.addAttribute("levels", List.of(ImplementingLevel.PROVINCE, ImplementingLevel.COMMUNE));
		model.addAttribute("onlineLevels", OnlineLevel.values());
		return VIEW_SEARCH;
	}

	/** The version in force today of the procedure with this national code, e.g. {@code /thu-tuc/1.001193}. */
	@GetMapping("/{code:[0-9]\\.[0-9]{6}}")
	String procedure(@PathVariable String code, Model model) {
		ProcedureVersion version;
		try {
			var procedure = catalog.findProcedureByCode(ProcedureCode.of(code))
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
			version = catalog.versionInForce(procedure.id(), catalog.today())
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		}
		catch (CatalogException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("version", version);
		model.addAttribute("published", version.content());
		model.addAttribute("places", places(version));
		model.addAttribute("submitOnline", version.content().onlineLevel() != OnlineLevel.INFORMATION
				&& version.content().channels().contains(Channel.ONLINE) && !version.agencies().isEmpty());
		return VIEW_PROCEDURE;
	}

	/** A demo form template, as a download. */
	@GetMapping("/mau/{file}")
	ResponseEntity<byte[]> template(@PathVariable String file) throws IOException {
		if (!TEMPLATE.matcher(file).matches()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		var resource = new ClassPathResource("catalog/templates/" + file);
		if (!resource.exists()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		try (InputStream in = resource.getInputStream()) {
			return CatalogAdminController.download(in.readAllBytes(),
					new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8), file);
		}
	}

	/** Where to submit: the default receiving agencies first, then the others, each once. */
	static List<AgencyRef> places(ProcedureVersion version) {
		Map<String, AgencyRef> places = new LinkedHashMap<>();
		for (AgencySetup setup : version.agencies()) {
			Receiver receiver = setup.defaultReceiver();
			places.putIfAbsent(receiver.agency().code().value(), receiver.agency());
		}
		for (AgencySetup setup : version.agencies()) {
			setup.receivers().forEach(r -> places.putIfAbsent(r.agency().code().value(), r.agency()));
		}
		return List.copyOf(places.values());
	}
}
