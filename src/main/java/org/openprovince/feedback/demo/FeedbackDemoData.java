package org.openprovince.feedback.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

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
import org.openprovince.platform.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a dozen feedback items into a database without feedback when {@code openprovince.demo.enabled}
 * is true: every status, for Sở Tư pháp, Phường Hồng Hà and the provincial center (one transferred from
 * the center to each), three answers published with the demo citizens' votes (one with more dislikes
 * than likes, one published late), one overdue, one waiting for Nguyễn Văn An to supplement it. Every
 * step goes through {@link FeedbackService#withClock} at a past weekday morning, so deadlines, history
 * and on-time flags are what the application itself would have written. Runs after the dossier demo
 * data, in one transaction under an advisory lock.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class FeedbackDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

	private static final long LOCK = 0x4F50_4645_4544_424BL; // "OPFEEDBK"

	static final String PROVINCIAL_CENTER = "000.00.09.H99";

	static final String TU_PHAP = "000.00.02.H99";

	static final String HONG_HA = "000.00.51.H99";

	private final FeedbackService service;

	private final AccountService accounts;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackDemoData(FeedbackService service, AccountService accounts, Organization organization, JdbcClient jdbc,
			Clock clock) {
		this.service = service;
		this.accounts = accounts;
		this.organization = organization;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		if (jdbc.sql("select exists (select 1 from feedback)").query(Boolean.class).single()
				|| accounts.findByUsername("lanhdao.tuphap").isEmpty()) {
			return;
		}
		UUID tuPhap = agency(TU_PHAP);
		UUID hongHa = agency(HONG_HA);
		UUID center = agency(PROVINCIAL_CENTER);
		CurrentUser an = user("001090012345");
		CurrentUser binh = user("036195004321");
		CurrentUser cuong = user("079201006789");
		CurrentUser desk = user("tiepnhan.tinh");
		CurrentUser head = user("truongphong.tuphap");
		CurrentUser leader = user("lanhdao.tuphap");
		CurrentUser hongHaLeader = user("lanhdao.hongha");

		// 1. Published on time, mostly liked.
		Feedback f = submit(40, an, new Submission(SubjectKind.PROCEDURE, tuPhap, "1.001193", null, null,
				"Thời gian cấp Phiếu lý lịch tư pháp quá lâu",
				"Tôi nộp hồ sơ cấp Phiếu lý lịch tư pháp số 1 và phải chờ gần 10 ngày. Đề nghị Sở rút ngắn thời gian và cho phép nhận kết quả qua bưu điện.",
				"Nguyễn Văn An", "Số 12 phố Tràng Tiền, phường Hồng Hà", null, null));
		Feedback f1 = at(39, s -> s.accept(f.id(), f.version(), head, Classification.REGULATION_PROCEDURE,
				head.accountId().value()));
		answerAndPublish(f1, 36, 35, head, leader,
				"Theo quy định, thời hạn cấp Phiếu lý lịch tư pháp là không quá 10 ngày. Sở Tư pháp đã bổ sung hình thức trả kết quả qua dịch vụ bưu chính công ích; người dân chọn hình thức này khi nộp hồ sơ.");
		vote(f, 34, an, 1);
		vote(f, 33, binh, 1);
		vote(f, 30, cuong, -1);

		// 2. Published, more dislikes than likes (indicator 5.3: unsatisfied).
		Feedback g = submit(30, null, new Submission(SubjectKind.AGENCY, hongHa, null, null, null,
				"Bộ phận một cửa phường đông, phải chờ lâu",
				"Sáng thứ Hai tôi đến Bộ phận một cửa phường Hồng Hà làm chứng thực, phải chờ hơn hai tiếng vì chỉ có một quầy làm việc.",
				"Phạm Thị Hương", "Ngõ 5 phố Hàng Bông, phường Hồng Hà", "0987654321", null));
		Feedback g1 = at(29, s -> s.accept(g.id(), g.version(), hongHaLeader, Classification.OFFICIAL_CONDUCT,
				hongHaLeader.accountId().value()));
		answerAndPublish(g1, 22, 21, hongHaLeader, hongHaLeader,
				"UBND phường đã bố trí thêm một quầy chứng thực vào sáng thứ Hai và thứ Ba, và triển khai lấy số thứ tự trực tuyến.");
		vote(g, 20, an, 1);
		vote(g, 19, binh, -1);
		vote(g, 18, cuong, -1);

		// 3. Published late (answered after its 15 working days).
		Feedback h = submit(60, cuong, new Submission(SubjectKind.OFFICIAL, tuPhap, null, "Nguyễn Văn Tư", null,
				"Cán bộ hướng dẫn không rõ ràng",
				"Khi tôi hỏi về giấy tờ cần nộp cho thủ tục đăng ký khai sinh có yếu tố nước ngoài, cán bộ trả lời qua loa và yêu cầu tôi tự tìm hiểu.",
				"Lê Hoàng Cường", "Số 3 đường Bạch Đằng, phường Hồng Hà", null, null));
		Feedback h1 = at(58, s -> s.accept(h.id(), h.version(), head, Classification.OFFICIAL_CONDUCT,
				head.accountId().value()));
		answerAndPublish(h1, 32, 31, head, leader,
				"Sở Tư pháp đã kiểm điểm cán bộ liên quan và niêm yết danh mục giấy tờ của từng thủ tục tại quầy. Cảm ơn ông đã phản ánh.");
		vote(h, 30, cuong, 1);

		// 4. Sent to the provincial center, transferred to Sở Tư pháp, published.
		Feedback t = submit(25, binh, new Submission(SubjectKind.PROCEDURE, center, null, null, null,
				"Đề nghị công khai mẫu tờ khai trên cổng",
				"Đề nghị đăng tải đầy đủ các mẫu tờ khai của lĩnh vực hộ tịch để người dân có thể tải về điền trước khi đến nộp.",
				"Trần Thị Bình", "Số 8 phố Lý Thái Tổ, phường Hồng Hà", null, null));
		Feedback t1 = at(24, s -> s.accept(t.id(), t.version(), desk, Classification.REGULATION_PROCEDURE,
				desk.accountId().value()));
		Feedback t2 = at(23, s -> s.transfer(t1.id(), t1.version(), desk, tuPhap, "Thuộc thẩm quyền của Sở Tư pháp."));
		answerAndPublish(t2, 16, 15, head, leader,
				"Các mẫu tờ khai lĩnh vực hộ tịch đã được đăng tải tại trang Thủ tục hành chính của Cổng Dịch vụ công tỉnh.");

		// 5. Answered, waiting for publication.
		Feedback a = submit(8, null, new Submission(SubjectKind.PROCEDURE, hongHa, null, null, null,
				"Phí chứng thực bản sao",
				"Xin hỏi mức phí chứng thực bản sao từ bản chính tại phường là bao nhiêu và có được miễn cho người cao tuổi không?",
				"Đỗ Văn Bình", "Số 20 phố Hàng Gai, phường Hồng Hà", null, "dovanbinh@example.vn"));
		Feedback a1 = at(7, s -> s.accept(a.id(), a.version(), hongHaLeader, Classification.REGULATION_PROCEDURE,
				hongHaLeader.accountId().value()));
		at(1, s -> s.answer(a1.id(), a1.version(), hongHaLeader,
				"Phí chứng thực bản sao từ bản chính là 2.000 đồng/trang theo quy định hiện hành."));

		// 6. Accepted, in time.
		Feedback b = submit(5, cuong, new Submission(SubjectKind.PROCEDURE, tuPhap, "1.001193", null, null,
				"Không tra cứu được hồ sơ trực tuyến",
				"Tôi nhập mã hồ sơ trên cổng nhưng hệ thống báo không tìm thấy, dù đã có giấy tiếp nhận.",
				"Lê Hoàng Cường", "Số 3 đường Bạch Đằng, phường Hồng Hà", null, null));
		at(4, s -> s.accept(b.id(), b.version(), head, Classification.REGULATION_PROCEDURE, head.accountId().value()));

		// 7. Accepted and overdue.
		Feedback c = submit(32, null, new Submission(SubjectKind.AGENCY, hongHa, null, null, null,
				"Chưa được trả lời đơn đề nghị",
				"Tôi đã gửi đơn đề nghị sửa chữa thông tin hộ tịch từ hơn một tháng nhưng chưa nhận được phản hồi.",
				"Ngô Thị Lan", "Số 7 ngõ Huế, phường Hồng Hà", "0912000111", null));
		at(30, s -> s.accept(c.id(), c.version(), hongHaLeader, Classification.REGULATION_PROCEDURE, hongHaLeader.accountId().value()));

		// 8. and 9. Just received.
		submit(1, null, new Submission(SubjectKind.PROCEDURE, tuPhap, null, null, null,
				"Hướng dẫn thủ tục nhận con nuôi",
				"Đề nghị Sở hướng dẫn cụ thể giấy tờ cần chuẩn bị cho thủ tục đăng ký nhận con nuôi trong nước.",
				"Vũ Minh Tâm", "Số 15 phố Hàng Bài, phường Hồng Hà", "0903111222", null));
		submit(2, binh, new Submission(SubjectKind.AGENCY, center, null, null, null,
				"Đề nghị mở thêm quầy vào sáng thứ Bảy",
				"Người đi làm khó sắp xếp thời gian trong giờ hành chính. Đề nghị Trung tâm mở cửa thêm vào sáng thứ Bảy.",
				"Trần Thị Bình", "Số 8 phố Lý Thái Tổ, phường Hồng Hà", null, null));

		// 10. Waiting for Nguyễn Văn An to supplement.
		Feedback d = submit(6, an, new Submission(SubjectKind.PROCEDURE, tuPhap, null, null, null,
				"Hồ sơ bị yêu cầu bổ sung nhiều lần",
				"Hồ sơ của tôi bị yêu cầu bổ sung giấy tờ hai lần, mỗi lần một loại giấy khác nhau.",
				"Nguyễn Văn An", "Số 12 phố Tràng Tiền, phường Hồng Hà", null, null));
		at(5, s -> s.requestSupplement(d.id(), d.version(), head,
				"Đề nghị ông cho biết mã hồ sơ và ngày nhận các thông báo yêu cầu bổ sung."));

		// 11. Refused.
		Feedback e = submit(12, null, new Submission(SubjectKind.AGENCY, hongHa, null, null, null,
				"Tranh chấp đất đai với hàng xóm",
				"Đề nghị phường giải quyết việc hàng xóm lấn chiếm lối đi chung của gia đình tôi từ năm ngoái.",
				"Hoàng Văn Sáu", "Số 2 ngõ Gạch, phường Hồng Hà", "0977333444", null));
		at(11, s -> s.refuse(e.id(), e.version(), hongHaLeader,
				"Nội dung là tranh chấp đất đai, không phải phản ánh về quy định hành chính; đề nghị ông gửi đơn theo thủ tục hòa giải, khiếu nại."));

		// 12. Transferred from the center to Phường Hồng Hà.
		Feedback r = submit(4, null, new Submission(SubjectKind.OFFICIAL, center, null, "Trần Văn Minh", null,
				"Cán bộ tiếp nhận thái độ chưa đúng mực",
				"Cán bộ tiếp nhận tại Bộ phận một cửa phường nói năng thiếu tôn trọng khi tôi hỏi lại về giấy tờ.",
				"Lý Thị Mơ", "Số 9 phố Hàng Đào, phường Hồng Hà", null, "lythimo@example.vn"));
		Feedback r1 = at(3, s -> s.accept(r.id(), r.version(), desk, Classification.OFFICIAL_CONDUCT, desk.accountId().value()));
		at(2, s -> s.transfer(r1.id(), r1.version(), desk, hongHa, "Cán bộ thuộc UBND phường Hồng Hà quản lý."));

		log.info("Demo feedback loaded: 12 items");
	}

	private Feedback submit(int daysAgo, @Nullable CurrentUser citizen, Submission submission) {
		return at(daysAgo, s -> s.submit(submission, citizen));
	}

	private void answerAndPublish(Feedback f, int answeredDaysAgo, int publishedDaysAgo, CurrentUser writer,
			CurrentUser publisher, String text) {
		Feedback answered = at(answeredDaysAgo, s -> s.answer(f.id(), f.version(), writer, text));
		at(publishedDaysAgo, s -> s.publish(answered.id(), answered.version(), publisher));
	}

	private void vote(Feedback f, int daysAgo, CurrentUser citizen, int value) {
		at(daysAgo, s -> {
			s.vote(f.code(), citizen, value);
			return f;
		});
	}

	/** Runs a step at 09:30 on the weekday {@code daysAgo} calendar days back (Friday for a weekend). */
	private Feedback at(int daysAgo, Function<FeedbackService, Feedback> step) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE).minusDays(daysAgo);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		Instant moment = day.atTime(LocalTime.of(9, 30)).atZone(VietnamTime.ZONE).toInstant();
		if (moment.isAfter(clock.instant())) {
			moment = clock.instant();
		}
		return step.apply(service.withClock(Clock.fixed(moment, ZoneOffset.UTC)));
	}

	private CurrentUser user(String username) {
		return accounts.findByUsername(username).orElseThrow().toCurrentUser(null);
	}

	private UUID agency(String code) {
		return organization.findAgencyByCode(AgencyCode.of(code)).orElseThrow().id().value();
	}
}
