package org.openprovince.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.internal.Classification;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.feedback.internal.FeedbackService.Submission;
import org.openprovince.feedback.internal.SubjectKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.Organization;

/** The demo province as feedback tests use it: people by username, agencies by code, items in each status. */
final class FeedbackFixtures {

	static final String TU_PHAP = "000.00.02.H99";

	static final String HONG_HA = "000.00.51.H99";

	static final String CENTER = "000.00.09.H99";

	private final FeedbackService service;

	private final AccountService accounts;

	private final Organization organization;

	FeedbackFixtures(FeedbackService service, AccountService accounts, Organization organization) {
		this.service = service;
		this.accounts = accounts;
		this.organization = organization;
	}

	CurrentUser user(String username) {
		return accounts.findByUsername(username).orElseThrow().toCurrentUser(null);
	}

	UUID agency(String code) {
		return organization.findAgencyByCode(AgencyCode.of(code)).orElseThrow().id().value();
	}

	static Submission submission(UUID agency, String name) {
		return new Submission(SubjectKind.PROCEDURE, agency, null, null, null, "Thủ tục chậm",
				"Hồ sơ của tôi được hẹn trả năm ngày nhưng đến nay vẫn chưa có kết quả.", name, "Số 1 Tràng Tiền",
				"0912345678", null);
	}

	Feedback received(String agencyCode, @Nullable CurrentUser citizen) {
		return service.submit(submission(agency(agencyCode), "Lê Thị Thu"), citizen);
	}

	/** An item of Sở Tư pháp accepted by its unit head and given to him. */
	Feedback accepted() {
		Feedback f = received(TU_PHAP, null);
		CurrentUser head = user("truongphong.tuphap");
		return service.accept(f.id(), f.version(), head, Classification.REGULATION_PROCEDURE, head.accountId().value());
	}

	Feedback published(String answer) {
		Feedback f = accepted();
		CurrentUser head = user("truongphong.tuphap");
		f = service.answer(f.id(), f.version(), head, answer);
		return service.publish(f.id(), f.version(), user("lanhdao.tuphap"));
	}
}
