package org.openprovince.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.openprovince.catalog.AgencySetupDetails;
import org.openprovince.catalog.AgencySetupDetails.ReceiverDetails;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.InternalProcess;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.organization.AgencyCode;

/**
 * Procedures made for one test, in force since 1 July 2025, handled by Sở Tư pháp with the standard
 * process and received at the provincial center: their limit and supplement rule are the test's own.
 */
final class DossierTestProcedures {

	private DossierTestProcedures() {
	}

	static ProcedureId create(Catalog catalog, TimeLimit limit, boolean restartAfterSupplement) {
		ProcedureCode code = ProcedureCode.of("9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
		ProcedureContent content = ProcedureContent.builder()
			.name("Thủ tục thử nghiệm " + code)
			.field(new ProcedureField("TP-LLTP", "Lý lịch tư pháp"))
			.level(ImplementingLevel.PROVINCE)
			.implementingAgency("Sở Tư pháp")
			.targetSubjects("Công dân Việt Nam")
			.step("Nộp hồ sơ tại Trung tâm Phục vụ hành chính công.")
			.channel(Channel.DIRECT)
			.channel(Channel.ONLINE)
			.document(new RequiredDocument(null, "Tờ khai theo mẫu", 1, 0, true, null, null, null))
			.timeLimit(limit)
			.fee(new Fee(FeeKind.FEE, null, "Phí", 200_000L, null))
			.result("Phiếu lý lịch tư pháp")
			.legalBasis("28/2009/QH12", "Luật Lý lịch tư pháp")
			.onlineLevel(OnlineLevel.FULL)
			.restartAfterSupplement(restartAfterSupplement)
			.build();
		var version = catalog.createProcedure(code, content, LocalDate.of(2025, 7, 1));
		catalog.configureAgency(version.id(), new AgencySetupDetails(AgencyCode.of(DossierFixtures.TU_PHAP),
				List.of(new ReceiverDetails(AgencyCode.of(DossierFixtures.PROVINCIAL_CENTER), true, null)),
				InternalProcess.standard(limit, "GIAM_DOC_SO")));
		return version.procedureId();
	}
}
