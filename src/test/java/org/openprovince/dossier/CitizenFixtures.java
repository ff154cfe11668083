package org.openprovince.dossier;

import java.time.LocalDate;
import java.util.List;

import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's side of the demo province for tests: the demo citizens' sessions, an online
 * application for a Sở Tư pháp procedure, and the officers who take it from the desk to the result.
 */
public final class CitizenFixtures {

	/** Nguyễn Văn An, demo citizen. */
	public static final String AN = "001090012345";

	/** Trần Thị Bình, demo citizen. */
	public static final String BINH = "036195004321";

	/** A PNG's first bytes: what the portal accepts as an image. */
	/** A real (small) PNG image, as the upload inspection opens it. */
	public static final byte[] PNG = org.openprovince.portal.SampleFiles.png();

	private final DossierFixtures fixtures;

	private final AccountService accounts;

	private final DossierWorkflow workflow;

	public CitizenFixtures(ApplicationContext context) {
		this.accounts = context.getBean(AccountService.class);
		this.fixtures = new DossierFixtures(accounts, context.getBean(JdbcClient.class));
		this.workflow = context.getBean(DossierWorkflow.class);
	}

	/** The demo citizen with this CCCD, as the portal sees them once logged in. */
	public CurrentUser citizen(String cccd) {
		return accounts.findByUsername(cccd).orElseThrow().toCurrentUser(null);
	}

	/** An application for the Sở Tư pháp procedure with one declared value and one component. */
	public OnlineApplication application(String applicantName, String idNumber, String phone) {
		return new OnlineApplication(fixtures.tuPhapProcedure(), fixtures.agency(DossierFixtures.TU_PHAP),
				new OnlineApplication.Person(applicantName, idNumber, phone, "nguoinop@example.vn", "Số 5 Hàng Bài"),
				null, "Cấp phiếu lý lịch tư pháp số 1",
				List.of(new FormEntry("purpose", "Mục đích sử dụng phiếu", "Bổ sung hồ sơ xin việc")),
				List.of(new OnlineApplication.Component("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
						new Attachment("to-khai.pdf", "application/pdf", "%PDF-1.4 to khai".getBytes()))));
	}

	/** The desk accepts the online submission (code kept, receipt issued): status 2. */
	public Dossier accepted(DossierId id) {
		Dossier d = workflow.find(id).orElseThrow();
		return workflow.accept(id, d.version(), fixtures.officer("tiepnhan.tinh"));
	}

	/** The desk hands the received dossier to Sở Tư pháp: status 4. */
	public Dossier processing(DossierId id) {
		Dossier d = accepted(id);
		return workflow.forward(id, d.version(), fixtures.officer("tiepnhan.tinh"), null, null, null, null, List.of());
	}

	/** Every step of the standard process down to the issued result: status 9. */
	public Dossier done(DossierId id) {
		Dossier d = processing(id);
		for (String officer : List.of("chuyenvien.tuphap", "truongphong.tuphap", "lanhdao.tuphap")) {
			d = workflow.forward(id, d.version(), fixtures.officer(officer), null, null, null, null, List.of());
		}
		return workflow.forward(id, d.version(), fixtures.officer("vanthu.tuphap"), null, null,
				new ResultDocument("45/PLLTP", "Hoàng Văn Nam", LocalDate.now(), null, null), null, List.of());
	}

	/** The case officer proposes a supplement and the desk sends the request to the applicant: status 5. */
	public Dossier supplementRequested(DossierId id) {
		Dossier d = processing(id);
		d = workflow.proposeSupplement(id, d.version(), fixtures.officer("chuyenvien.tuphap"),
				List.of("Bản sao sổ hộ khẩu"), "Thiếu giấy tờ chứng minh nơi cư trú");
		return workflow.issueSupplementRequest(id, d.version(), fixtures.officer("tiepnhan.tinh"));
	}

	/** Before reception the desk asks the applicant to complete the submission: status 5. */
	public Dossier receptionSupplement(DossierId id) {
		Dossier d = workflow.find(id).orElseThrow();
		return workflow.requestReceptionSupplement(id, d.version(), fixtures.officer("tiepnhan.tinh"),
				List.of("Bản chụp CCCD rõ nét"), "Ảnh CCCD bị mờ");
	}
}
