package org.openprovince.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.AgencySetupDetails;
import org.openprovince.catalog.AgencySetupDetails.ReceiverDetails;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.InternalProcess;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcessStep;
import org.openprovince.catalog.StepUnit;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.catalog.WorkingHours;
import org.openprovince.catalog.transfer.CatalogImport;
import org.openprovince.catalog.transfer.ImportReport;
import org.openprovince.catalog.transfer.NationalJsonReader;
import org.openprovince.catalog.transfer.ParsedFile;
import org.openprovince.organization.AgencyCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo catalog of Tỉnh Sông Hồng into an empty catalog when {@code openprovince.demo.enabled}
 * is true: the procedures of {@code catalog/demo-procedures.json} (national-database shape) through the
 * importer, then the per-agency configuration. Commune procedures are handled by each commune People's
 * Committee and received at its commune center (default) and at the provincial center; provincial ones
 * by the department of their field, received at the provincial center (default) and at every commune
 * center, since 2025 dossiers are received anywhere in the province (spec §11). Runs after the
 * organisation and identity demo data, in one transaction under an advisory lock.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class CatalogDemoData implements ApplicationRunner {

	static final String RESOURCE = "catalog/demo-procedures.json";

	private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

	private static final long LOCK = 0x4F50_4341_5444_454DL; // "OPCATDEM"

	private static final String PROVINCIAL_CENTER = "000.00.09.H99";

	private static final String TU_PHAP = "000.00.02.H99";

	private static final String PROVINCIAL_OFFICER = "tiepnhan.tinh@songhong.gov.vn";

	private static final String[] COMMUNE_COMMITTEES = { "000.00.51.H99", "000.00.52.H99", "000.00.53.H99",
			"000.00.54.H99" };

	private static final String[] COMMUNE_CENTERS = { "000.01.51.H99", "000.01.52.H99", "000.01.53.H99",
			"000.01.54.H99" };

	/** The receiving officer of the first commune center (Phường Hồng Hà) in the organisation demo data. */
	private static final String HONG_HA_OFFICER = "tiepnhan.hongha@songhong.gov.vn";

	private final Catalog catalog;

	private final CatalogImport importer;

	private final JdbcClient jdbc;

	CatalogDemoData(Catalog catalog, CatalogImport importer, JdbcClient jdbc) {
		this.catalog = catalog;
		this.importer = importer;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		if (jdbc.sql("select exists (select 1 from catalog_procedure)").query(Boolean.class).single()) {
			return;
		}
		ParsedFile file;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			file = new NationalJsonReader().read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ImportReport report = importer.apply(file, null, catalog.today());
		if (!report.succeeded()) {
			throw new IllegalStateException("The demo catalog does not import: " + report.problems());
		}
		int setups = 0;
		for (ProcedureId id : catalog.proceduresInForce(catalog.today())) {
			setups += configure(catalog.versionInForce(id, catalog.today()).orElseThrow());
		}
		log.info("Loaded the demo catalog of Tỉnh Sông Hồng: {} procedures, {} agency configurations",
				report.created(), setups);
	}

	private int configure(ProcedureVersion version) {
		TimeLimit limit = version.timeLimit();
		if (version.content().levels().contains(ImplementingLevel.COMMUNE)) {
			for (int i = 0; i < COMMUNE_COMMITTEES.length; i++) {
				List<ReceiverDetails> receivers = List.of(
						new ReceiverDetails(AgencyCode.of(COMMUNE_CENTERS[i]), true, i == 0 ? HONG_HA_OFFICER : null),
						new ReceiverDetails(AgencyCode.of(PROVINCIAL_CENTER), false, null));
				catalog.configureAgency(version.id(),
						new AgencySetupDetails(AgencyCode.of(COMMUNE_COMMITTEES[i]), receivers, communeProcess(limit)));
			}
			return COMMUNE_COMMITTEES.length;
		}
		String department = departmentOf(version.content().field().code());
		List<ReceiverDetails> receivers = new ArrayList<>();
		receivers.add(new ReceiverDetails(AgencyCode.of(PROVINCIAL_CENTER), true, PROVINCIAL_OFFICER));
		for (String center : COMMUNE_CENTERS) {
			receivers.add(new ReceiverDetails(AgencyCode.of(center), false, null));
		}
		catalog.configureAgency(version.id(), new AgencySetupDetails(AgencyCode.of(department), receivers,
				departmentProcess(limit, department.equals(TU_PHAP) ? "HCTP" : null)));
		return 1;
	}

	/** The department of a demo field code (its prefix). */
	private static String departmentOf(String fieldCode) {
		return switch (fieldCode.substring(0, fieldCode.indexOf('-'))) {
			case "TP" -> TU_PHAP;
			// Driving licences belong to the provincial police since 2025; the demo directory has none,
			// so the construction department stands in (see the note on those procedures).
			case "XD", "CA" -> "000.00.03.H99";
			case "MT" -> "000.00.04.H99";
			case "TC" -> "000.00.05.H99";
			case "YT" -> "000.00.06.H99";
			case "GD" -> "000.00.07.H99";
			case "CT" -> "000.00.08.H99";
			default -> throw new IllegalStateException("No demo department for field " + fieldCode);
		};
	}

	/**
	 * A department's process: the standard one, with the specialist and head of unit in {@code unit}
	 * (e.g. Phòng Hành chính tư pháp) when given.
	 */
	static InternalProcess departmentProcess(TimeLimit limit, @Nullable String unit) {
		InternalProcess standard = InternalProcess.standard(limit, "GIAM_DOC_SO");
		if (unit == null) {
			return standard;
		}
		return new InternalProcess(standard.steps()
			.stream()
			.map(s -> s.positionCode().equals("CHUYEN_VIEN") || s.positionCode().equals("TRUONG_PHONG")
					? new ProcessStep(s.name(), s.positionCode(), s.unit(), unit, s.budget(), s.status(), s.mayReturn())
					: s)
			.toList());
	}

	/**
	 * A commune People's Committee's process: reception at the center, the commune's specialist civil
	 * servant (công chức chuyên môn), signature by a vice-chair, issue by the clerk, return at the center.
	 * Reception and signature get a tenth of the time each, the clerk a twentieth, the specialist the rest.
	 */
	static InternalProcess communeProcess(TimeLimit limit) {
		BigDecimal total = limit.workingHours().hours();
		BigDecimal tenth = quarters(total.multiply(new BigDecimal("0.10")));
		BigDecimal twentieth = quarters(total.multiply(new BigDecimal("0.05")));
		BigDecimal specialist = total.subtract(tenth.multiply(BigDecimal.TWO)).subtract(twentieth);
		return new InternalProcess(List.of(
				step("Tiếp nhận, kiểm tra, số hoá và chuyển hồ sơ", "TIEP_NHAN_TRA_KET_QUA", StepUnit.RECEIVING_AGENCY,
						tenth, DvcqgStatus.RECEIVED, false),
				step("Công chức chuyên môn thẩm định, dự thảo kết quả", "CHUYEN_VIEN", StepUnit.COMPETENT_AGENCY, specialist,
						DvcqgStatus.PROCESSING, true),
				step("Lãnh đạo Ủy ban nhân dân xã ký kết quả", "PHO_CHU_TICH_UBND", StepUnit.COMPETENT_AGENCY, tenth,
						DvcqgStatus.PROCESSING, true),
				step("Vào sổ, đóng dấu, chuyển kết quả về Trung tâm", "VAN_THU", StepUnit.COMPETENT_AGENCY, twentieth,
						DvcqgStatus.DONE, false),
				step("Trả kết quả cho người yêu cầu", "TIEP_NHAN_TRA_KET_QUA", StepUnit.RECEIVING_AGENCY, BigDecimal.ZERO,
						DvcqgStatus.RETURNED, false)));
	}

	private static ProcessStep step(String name, String position, StepUnit unit, BigDecimal hours, DvcqgStatus status,
			boolean mayReturn) {
		return new ProcessStep(name, position, unit, null, new WorkingHours(hours), status, mayReturn);
	}

	private static BigDecimal quarters(BigDecimal hours) {
		BigDecimal quarter = new BigDecimal("0.25");
		return hours.divide(quarter, 0, RoundingMode.DOWN).multiply(quarter);
	}
}
