package org.openprovince.catalog;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog against the shared embedded PostgreSQL with the demo province loaded. Each test uses its
 * own procedure codes (starting with 9, which the demo catalog never uses).
 */
@SpringBootTest
@WithMockUser(username = "catalog.test", roles = { "STAFF", "ADMINISTRATOR" })
class CatalogIntegrationTests {

	static final AgencyCode TU_PHAP = AgencyCode.of("000.00.02.H99");

	static final AgencyCode TRUNG_TAM_TINH = AgencyCode.of("000.00.09.H99");

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void keepsOlderVersionsAndFindsTheVersionInForceOnAnyDay() {
		ProcedureCode code = Samples.uniqueCode();
		var first = catalog.createProcedure(code, Samples.content("Đăng ký thử nghiệm " + code).build(),
				LocalDate.of(2025, 7, 1));
		var summary = catalog.findProcedureByCode(code).orElseThrow();

		var second = catalog.reviseProcedure(first.procedureId(), summary.version(),
				Samples.content("Đăng ký thử nghiệm " + code + " (sửa đổi)").timeLimit(TimeLimit.workingDays(2)).build(),
				today.plusDays(10));

		assertThat(second.number()).isEqualTo(2);
		assertThat(catalog.versionInForce(first.procedureId(), today)).get()
			.satisfies(v -> assertThat(v.number()).isEqualTo(1))
			.satisfies(v -> assertThat(v.effectiveTo()).isEqualTo(today.plusDays(9)))
			.satisfies(v -> assertThat(v.timeLimit()).isEqualTo(TimeLimit.workingDays(3)));
		assertThat(catalog.versionInForce(first.procedureId(), today.plusDays(10))).get()
			.satisfies(v -> assertThat(v.id()).isEqualTo(second.id()))
			.satisfies(v -> assertThat(v.timeLimit()).isEqualTo(TimeLimit.workingDays(2)));
		// A dossier received at 23:30 Vietnam time on the day before the change keeps version 1.
		var lateEvening = ZonedDateTime.of(today.plusDays(9).atTime(23, 30), VietnamTime.ZONE).toInstant();
		assertThat(catalog.versionInForce(first.procedureId(), lateEvening)).get()
			.satisfies(v -> assertThat(v.number()).isEqualTo(1));
		assertThat(catalog.versionInForce(first.procedureId(), LocalDate.of(2025, 6, 30))).isEmpty();
		assertThat(catalog.findVersion(first.id())).get()
			.satisfies(v -> assertThat(v.content()).isEqualTo(first.content()));
		assertThat(catalog.versions(first.procedureId())).extracting(VersionSummary::number).containsExactly(2, 1);
	}

	@Test
	void refusesAVersionThatWouldChangeTheRulesOfDossiersAlreadyReceived() {
		ProcedureCode code = Samples.uniqueCode();
		var first = catalog.createProcedure(code, Samples.content("Thủ tục " + code).build(), LocalDate.of(2025, 7, 1));
		long version = catalog.findProcedure(first.procedureId()).orElseThrow().version();

		assertThatThrownBy(() -> catalog.reviseProcedure(first.procedureId(), version,
				Samples.content("Thủ tục " + code).build(), today.minusDays(1)))
			.isInstanceOf(CatalogException.class)
			.hasMessageContaining("không được có hiệu lực trước hôm nay");
		assertThatThrownBy(() -> catalog.reviseProcedure(first.procedureId(), version + 7,
				Samples.content("Thủ tục " + code).build(), today.plusDays(1)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void configuresAnAgencyWithAStandardProcessThatFitsTheTimeLimitAndCopiesItIntoTheNextVersion() {
		ProcedureCode code = Samples.uniqueCode();
		var first = catalog.createProcedure(code, Samples.content("Thủ tục " + code).build(), LocalDate.of(2025, 7, 1));

		AgencySetup setup = catalog.configureAgency(first.id(), new AgencySetupDetails(TU_PHAP,
				List.of(new AgencySetupDetails.ReceiverDetails(TRUNG_TAM_TINH, true, "tiepnhan.tinh@songhong.gov.vn")),
				null));

		assertThat(setup.process().totalBudget()).isEqualTo(WorkingHours.of(24));
		assertThat(setup.fitsTimeLimit()).isTrue();
		assertThat(setup.defaultReceiver().officerName()).isEqualTo("Nguyễn Thị Lan");
		AgencyId tuPhap = setup.competent().id();

		var second = catalog.reviseProcedure(first.procedureId(), catalog.findProcedure(first.procedureId()).orElseThrow().version(),
				Samples.content("Thủ tục " + code).timeLimit(TimeLimit.workingDays(5)).build(), today.plusDays(3));
		assertThat(second.internalProcess(tuPhap)).isPresent();
		assertThat(second.setupFor(tuPhap)).get().satisfies(s -> assertThat(s.fitsTimeLimit()).isFalse());

		var overBudget = InternalProcess.standard(TimeLimit.workingDays(6), "GIAM_DOC_SO");
		long setupVersion = second.setupFor(tuPhap).orElseThrow().version();
		assertThatThrownBy(() -> catalog.changeProcess(second.id(), tuPhap, setupVersion, overBudget))
			.isInstanceOf(CatalogException.class)
			.hasMessage("Tổng thời gian các bước là 48 giờ làm việc, vượt thời hạn giải quyết 5 ngày làm việc "
					+ "(bằng 40 giờ làm việc, tính 1 ngày = 8 giờ làm việc) 8 giờ. Hãy giảm thời gian của một số bước "
					+ "để tổng đúng bằng 40 giờ.");

		var adjusted = catalog.changeProcess(second.id(), tuPhap, setupVersion,
				InternalProcess.standard(TimeLimit.workingDays(5), "GIAM_DOC_SO"));
		assertThat(adjusted.fitsTimeLimit()).isTrue();
		assertThat(catalog.versionInForce(first.procedureId(), today).orElseThrow().setupFor(tuPhap)).get()
			.satisfies(s -> assertThat(s.process().totalBudget()).isEqualTo(WorkingHours.of(24)));
	}

	@Test
	void storesTheEFormWithTheVersionAndReadsItBackEqual() {
		ProcedureCode code = Samples.uniqueCode();
		ProcedureContent content = Samples.content("Thủ tục " + code).build();
		var first = catalog.createProcedure(code, content, LocalDate.of(2025, 7, 1));

		ProcedureContent read = catalog.findVersion(first.id()).orElseThrow().content();

		assertThat(read.formFields()).isEqualTo(content.formFields()).hasSize(5);
		assertThat(read.formFields().get(3).maxValue()).isEqualByComparingTo("10");
		assertThat(jdbc.sql("""
				select key || ':' || type || ':' || array_to_string(options, '/') from catalog_version_form_field
				where version_id = :id order by idx""")
			.param("id", first.id().value())
			.query(String.class)
			.list()).containsExactly("ho_ten:TEXT:", "ngay_sinh:DATE:", "gioi_tinh:CHOICE:Nam/Nữ", "so_ban:NUMBER:",
					"noi_cu_tru:ADDRESS:");

		var second = catalog.reviseProcedure(first.procedureId(), catalog.findProcedure(first.procedureId()).orElseThrow()
			.version(), content.toBuilder().formFields(List.of()).build(), today.plusDays(1));
		assertThat(catalog.findVersion(second.id()).orElseThrow().content().formFields()).isEmpty();
		assertThat(catalog.findVersion(first.id()).orElseThrow().content().formFields()).hasSize(5);
	}

	@Test
	void writesAnAuditEntryForEveryChange() {
		ProcedureCode code = Samples.uniqueCode();
		var first = catalog.createProcedure(code, Samples.content("Thủ tục " + code).build(), LocalDate.of(2025, 7, 1));
		catalog.configureAgency(first.id(), new AgencySetupDetails(TU_PHAP,
				List.of(new AgencySetupDetails.ReceiverDetails(TRUNG_TAM_TINH, true, null)), null));

		assertThat(jdbc.sql("""
				select action from audit_entry where target_id = :id and actor = 'catalog.test' order by seq""")
			.param("id", first.procedureId().toString())
			.query(String.class)
			.list()).containsExactly("catalog.procedure.created", "catalog.agency.configured");
	}
}
