package org.openprovince.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.transfer.CatalogImport;
import org.openprovince.catalog.transfer.ImportReport;
import org.openprovince.catalog.transfer.NationalJsonReader;
import org.openprovince.catalog.transfer.NationalJsonWriter;
import org.openprovince.catalog.transfer.ParsedFile;
import org.openprovince.catalog.transfer.XlsxReader;
import org.openprovince.catalog.transfer.XlsxWriter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import and export of the catalog for administrators (under {@code /office/admin}, which only they
 * reach): national-database JSON and the xlsx sheet, with the problem report on the same page. A file
 * with any problem changes nothing.
 */
@Controller
@RequestMapping("/office/admin/catalog")
@PreAuthorize(Forms.ADMIN)
class CatalogAdminController {

	static final String VIEW_IMPORT = "catalog/import";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Catalog catalog;

	private final CatalogImport importer;

	private final MessageSource messages;

	CatalogAdminController(Catalog catalog, CatalogImport importer, MessageSource messages) {
		this.catalog = catalog;
		this.importer = importer;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("today", catalog.today());
		return VIEW_IMPORT;
	}

	/**
	 * Imports a file: {@code format} is {@code json} (national database) or {@code xlsx}; changes start on
	 * {@code effectiveFrom} unless a record says otherwise. Shows the report on the page (no redirect:
	 * the report is the answer).
	 */
	@PostMapping("/import")
	String importFile(@RequestParam("file") @Nullable MultipartFile file, @RequestParam String format,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate effectiveFrom, Model model,
			Locale locale) throws IOException {
		LocalDate from = effectiveFrom == null ? catalog.today() : effectiveFrom;
		model.addAttribute("today", from);
		if (file == null || file.isEmpty()) {
			model.addAttribute("flashError", messages.getMessage("catalog.import.noFile", null, locale));
			return VIEW_IMPORT;
		}
		boolean xlsx = "xlsx".equals(format);
		ParsedFile parsed;
		try (InputStream in = file.getInputStream()) {
			parsed = xlsx ? new XlsxReader().read(in) : new NationalJsonReader().read(in);
		}
		ImportReport report = importer.apply(parsed, null, from);
		model.addAttribute("report", report);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (report.succeeded()) {
			model.addAttribute("flashSuccess", messages.getMessage("catalog.import.done",
					new Object[] { report.created(), report.revised(), report.unchanged() }, locale));
		}
		else {
			model.addAttribute("flashError", messages.getMessage("catalog.import.failed",
					new Object[] { report.problems().size() }, locale));
		}
		return VIEW_IMPORT;
	}

	/** Every procedure's version in force today, in the national-database shape. */
	@GetMapping("/export.json")
	ResponseEntity<byte[]> exportJson() {
		return download(new NationalJsonWriter().write(inForce()), MediaType.APPLICATION_JSON,
				"danh-muc-tthc-" + catalog.today() + ".json");
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx() {
		var out = new ByteArrayOutputStream();
		new XlsxWriter().write(inForce(), out);
		return download(out.toByteArray(), XLSX, "danh-muc-tthc-" + catalog.today() + ".xlsx");
	}

	/** The empty sheet to fill in. */
	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		var out = new ByteArrayOutputStream();
		new XlsxWriter().write(List.of(), out);
		return download(out.toByteArray(), XLSX, "mau-nhap-danh-muc-tthc.xlsx");
	}

	private List<ProcedureVersion> inForce() {
		LocalDate today = catalog.today();
		return catalog.proceduresInForce(today)
			.stream()
			.map((ProcedureId id) -> catalog.versionInForce(id, today).orElseThrow())
			.toList();
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
