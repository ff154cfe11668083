package org.openprovince.dossier.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureResult;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.ComponentIntake;
import org.openprovince.dossier.internal.DossierWorkflow.CounterIntake;
import org.openprovince.dossier.internal.DossierWorkflow.OnlineSubmission;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;

/**
 * Writes the story of each demo dossier: the transitions from intake to its {@link Ending}, each after
 * a plausible delay in office minutes (a share of the step's budget, more for the slow ones; days when
 * the applicant must come back). All chances are drawn here, in order, from the seeded random, so the
 * same seed tells the same stories; only what depends on the stored dossier (its version, due date,
 * current step) is read when a transition runs.
 */
final class Storyteller {

	/** A transition of one dossier, run at its moment by a workflow on that clock. */
	interface Act {
		Dossier apply(DossierWorkflow workflow, @Nullable Dossier dossier, Instant at);
	}

	/**
	 * A transition {@code minute} office minutes after the dossier's first one.
	 *
	 * @param result the number of the result document it issues, or {@code null} when it issues none
	 */
	record Move(long minute, Act act, @Nullable ResultNumber result) {
	}

	/**
	 * The number of a result document (số văn bản), counted per competent agency in the order the
	 * results are issued: given once every story is written and the transitions are in time order.
	 */
	static final class ResultNumber {

		final AgencyId agency;

		int value;

		ResultNumber(AgencyId agency) {
			this.agency = agency;
		}
	}

	/**
	 * A dossier's transitions and, for a dossier still waiting, how long it has waited since the last
	 * one (office minutes); {@code -1} for a dossier that ended.
	 */
	record Story(List<Move> moves, long waiting) {

		long length() {
			return moves.getLast().minute();
		}
	}

	private static final List<String> RECEPTION_REFUSALS = List.of(
			"Người nộp không xuất trình được giấy tờ tùy thân còn giá trị sử dụng",
			"Giấy tờ trong hồ sơ đã hết thời hạn sử dụng theo quy định",
			"Yêu cầu không thuộc phạm vi giải quyết của thủ tục hành chính đã chọn",
			"Hồ sơ trùng với hồ sơ đang được giải quyết");

	private static final List<String> APPRAISAL_REFUSALS = List.of(
			"Qua xác minh, thông tin trong hồ sơ không khớp với Cơ sở dữ liệu quốc gia về dân cư",
			"Người yêu cầu không đủ điều kiện theo quy định của pháp luật chuyên ngành",
			"Cơ quan phối hợp có văn bản không thống nhất nội dung đề nghị");

	private static final List<String> SUPPLEMENT_REASONS = List.of(
			"Thành phần hồ sơ chưa đầy đủ theo quy định", "Bản chụp không rõ nét, không đọc được thông tin",
			"Thông tin trên tờ khai chưa khớp với giấy tờ kèm theo");

	private static final List<String> SEND_BACKS = List.of("Đề nghị làm rõ căn cứ pháp lý trong dự thảo kết quả",
			"Dự thảo còn sai sót thông tin cá nhân, đề nghị rà soát lại");

	private static final List<String> WITHDRAWALS = List.of("Người nộp hồ sơ có đơn xin rút hồ sơ",
			"Không còn nhu cầu giải quyết", "Rút hồ sơ để nộp lại sau khi chuẩn bị đủ giấy tờ");

	private static final List<String> STOPS = List.of("Người yêu cầu có văn bản đề nghị dừng giải quyết hồ sơ",
			"Người yêu cầu đề nghị dừng giải quyết do thay đổi nội dung yêu cầu");

	private static final List<String> APOLOGIES = List.of(
			"Hồ sơ cần xác minh thêm với cơ quan có liên quan nên chưa thể trả kết quả đúng hẹn",
			"Số lượng hồ sơ tiếp nhận tăng đột biến, cơ quan xin lỗi và hẹn lại ngày trả kết quả");

	private static final List<String> PURPOSES = List.of("bổ sung hồ sơ xin việc", "xuất khẩu lao động", "du học",
			"kết hôn với người nước ngoài", "thành lập doanh nghiệp");

	private static final List<String> COPIES = List.of("bằng tốt nghiệp", "giấy khai sinh", "học bạ",
			"giấy chứng nhận quyền sử dụng đất", "sổ hộ khẩu cũ", "căn cước công dân");

	/** The story ended: nothing waits. */
	static final long ENDED = -1;

	/** The story goes on (internal to the writing). */
	private static final long GO_ON = -2;

	private final Random random;

	private final People people;

	private final Cast cast;

	private final WorkingCalendar calendar;

	Storyteller(Random random, People people, Cast cast, WorkingCalendar calendar) {
		this.random = random;
		this.people = people;
		this.cast = cast;
		this.calendar = calendar;
	}

	/** Whether the dossier goes online: when it must, when the procedure allows nothing else, or one in four. */
	boolean online(Route route, Ending ending) {
		return route.online() && (ending.online() || !route.counter() || random.nextInt(4) == 0);
	}

	/** The story of one dossier on {@code route} that ends at {@code ending}. */
	Story tell(Route route, Ending ending, boolean online) {
		return new Plot(route, ending, online).write();
	}

	/** One dossier's plot: its variants, drawn once, and the moves as they are written. */
	private final class Plot {

		private final Route route;

		private final Ending ending;

		private final boolean online;

		private final List<Move> moves = new ArrayList<>();

		private long minute;

		private final boolean late = chance(18);

		private final boolean supplement = chance(12);

		private final boolean payment = chance(8);

		private final boolean sendBack = chance(10);

		private final boolean apology = chance(6);

		private final boolean refusal = chance(7);

		private final boolean receptionSupplement = chance(15);

		private final int atStep;

		private final boolean overdue;

		private final Applicant applicant;

		private final Cast.@Nullable Citizen citizen;

		Plot(Route route, Ending ending, boolean online) {
			this.route = route;
			this.ending = ending;
			this.online = online;
			this.atStep = 1 + random.nextInt(route.resultStep());
			this.overdue = chance(40);
			if (online) {
				citizen = people.pick(cast.citizens());
				applicant = citizen.details();
			}
			else {
				citizen = null;
				applicant = people.applicant(route.commune());
			}
		}

		Story write() {
			long waiting = intake();
			if (waiting == GO_ON) {
				waiting = process();
			}
			return new Story(List.copyOf(moves), ending.isFinal() ? ENDED : waiting);
		}

		/**
		 * Intake up to reception: the waiting time if the story stops at the desk, {@link #ENDED} if it ended
		 * there, else {@link #GO_ON}.
		 */
		private long intake() {
			if (online) {
				Cast.Citizen owner = Objects.requireNonNull(citizen);
				OnlineSubmission submission = new OnlineSubmission(route.version().procedureId(), route.competent(),
						applicant, null, summary(), components());
				first((w, d, at) -> w.submitOnline(owner.actor(), submission));
				if (ending == Ending.SUBMITTED) {
					return between(5, OfficeTime.DAY * 3 / 2);
				}
				if (ending == Ending.WITHDRAWN && chance(50)) {
					String reason = pick(WITHDRAWALS);
					after(between(OfficeTime.DAY / 4, OfficeTime.DAY * 2),
							(w, d, at) -> w.withdraw(d.id(), d.version(), owner.actor(), reason));
					return ENDED;
				}
				if (ending == Ending.REFUSED) {
					String reason = pick(RECEPTION_REFUSALS);
					after(between(20, OfficeTime.DAY),
							(w, d, at) -> w.refuseReception(d.id(), d.version(), cast.desk(d), reason));
					return ENDED;
				}
				if (ending == Ending.RECEPTION_SUPPLEMENT || receptionSupplement) {
					List<String> items = supplementItems();
					String reason = pick(SUPPLEMENT_REASONS);
					after(between(20, OfficeTime.DAY), (w, d, at) -> w.requestReceptionSupplement(d.id(), d.version(),
							cast.desk(d), items, reason));
					if (ending == Ending.RECEPTION_SUPPLEMENT) {
						return between(OfficeTime.DAY / 3, OfficeTime.DAY * 6);
					}
					after(between(OfficeTime.DAY / 2, OfficeTime.DAY * 4), (w, d, at) -> w.receptionSupplementProvided(
							d.id(), d.version(), owner.actor(), "Đã bổ sung đầy đủ theo hướng dẫn", List.of()));
				}
				after(between(15, OfficeTime.DAY), (w, d, at) -> w.accept(d.id(), d.version(), cast.desk(d)));
			}
			else {
				CounterIntake intake = counterIntake();
				first((w, d, at) -> w.receiveAtCounter(cast.holding(Role.RECEPTION_OFFICER, route.receiving()), intake));
				if (ending == Ending.REFUSED) {
					String reason = pick(RECEPTION_REFUSALS);
					after(between(5, 40), (w, d, at) -> w.refuseReception(d.id(), d.version(), cast.desk(d), reason));
					return ENDED;
				}
			}
			return ending == Ending.RECEIVED ? between(5, Math.max(10, route.budget(0).toMinutes() * 8 / 10)) : GO_ON;
		}

		/** From the desk's hand-over to the ending; the waiting time of a story that stops on the way. */
		private long process() {
			after(pace(0), forward(null));
			int result = route.resultStep();
			for (int step = 1; step <= result; step++) {
				if (ending == Ending.PROCESSING && step == atStep) {
					long budget = route.budget(step).toMinutes();
					return overdue ? Math.max(budget * 3 / 2, route.limit().toMinutes() * 14 / 10 - minute)
							+ between(0, OfficeTime.DAY * 2) : Math.max(5, (long) (budget * uniform(0.05, 0.85)));
				}
				if (step == 1) {
					long waiting = caseOfficer();
					if (waiting != GO_ON) {
						return waiting;
					}
				}
				else {
					if (sendBack && step == 2) {
						String reason = pick(SEND_BACKS);
						after(pace(step) / 2, (w, d, at) -> w.sendBack(d.id(), d.version(), cast.atStep(d), reason));
						after(pace(1) / 2, forward(null));
					}
					if (step == result) {
						ResultNumber number = new ResultNumber(route.competent());
						after(pace(step), forward(number), number);
					}
					else {
						after(pace(step), forward(null));
					}
				}
			}
			if (ending == Ending.DONE) {
				return between(10, OfficeTime.DAY * 5);
			}
			returnResult();
			return ENDED;
		}

		/**
		 * The case officer's step, with its detours (apology, supplement, payment), a stop or a withdrawal;
		 * the waiting time if the story stops here, {@link #ENDED} if it ended, else {@link #GO_ON}.
		 */
		private long caseOfficer() {
			if (ending == Ending.STOPPED || ending == Ending.WITHDRAWN) {
				String reason = pick(ending == Ending.STOPPED ? STOPS : WITHDRAWALS);
				boolean byOwner = online && chance(50);
				after(pace(1) / 2, ending == Ending.STOPPED
						? (w, d, at) -> w.stop(d.id(), d.version(), cast.desk(d), reason)
						: (w, d, at) -> w.withdraw(d.id(), d.version(), byOwner ? cast.owner(d) : cast.desk(d), reason));
				return ENDED;
			}
			if (apology) {
				String reason = pick(APOLOGIES);
				int days = Math.max(3, route.version().timeLimit().amount().intValue() / 2);
				after(between(20, 90), (w, d, at) -> w.apologise(d.id(), d.version(), cast.apologist(d.competentAgencyId()),
						calendar.deadline(d.competentAgencyId(), Objects.requireNonNull(d.dueAt()), days,
								DeadlineUnit.WORKING_DAYS),
						reason));
			}
			if (supplement || ending == Ending.SUPPLEMENT_PROPOSED || ending == Ending.SUPPLEMENT_REQUESTED) {
				List<String> items = supplementItems();
				String reason = pick(SUPPLEMENT_REASONS);
				after(pace(1) / 3, (w, d, at) -> w.proposeSupplement(d.id(), d.version(), cast.atStep(d), items, reason));
				if (ending == Ending.SUPPLEMENT_PROPOSED) {
					return between(10, OfficeTime.DAY / 2);
				}
				after(between(15, 240), (w, d, at) -> w.issueSupplementRequest(d.id(), d.version(), cast.desk(d)));
				if (ending == Ending.SUPPLEMENT_REQUESTED) {
					return between(OfficeTime.DAY / 2, OfficeTime.DAY * 10);
				}
				after(between(OfficeTime.DAY, OfficeTime.DAY * 8), (w, d, at) -> w.completeSupplement(d.id(), d.version(),
						cast.desk(d), "Người yêu cầu đã nộp bổ sung", List.of()));
			}
			if (payment || ending == Ending.PAYMENT_REQUESTED) {
				long fee = route.fees(Channel.ONLINE);
				long amount = fee > 0 ? fee : 1_000L * between(30, 300);
				String description = "Nộp phí, lệ phí giải quyết hồ sơ theo thông báo của cơ quan có thẩm quyền";
				after(pace(1) / 3, (w, d, at) -> w.requestPayment(d.id(), d.version(), cast.atStep(d), amount, description));
				if (ending == Ending.PAYMENT_REQUESTED) {
					return between(OfficeTime.DAY / 3, OfficeTime.DAY * 4);
				}
				after(between(OfficeTime.DAY / 3, OfficeTime.DAY * 3), (w, d, at) -> w.recordPayment(d.id(), d.version(),
						cast.desk(d), "Đã nộp qua Cổng thanh toán", List.of()));
			}
			long budget = route.budget(1).toMinutes();
			long took = late ? (long) (budget * uniform(1.8, 3.0)) : apology ? (long) (budget * uniform(1.1, 1.5)) : pace(1);
			if (refusal) {
				String reason = pick(APPRAISAL_REFUSALS);
				after(took, (w, d, at) -> w.proposeRefusal(d.id(), d.version(), cast.atStep(d), null, reason));
			}
			else {
				after(took, forward(null));
			}
			return GO_ON;
		}

		private void returnResult() {
			boolean postal = !online && (route.postal() && chance(12));
			ReturnMethod method = online && chance(60) ? ReturnMethod.ONLINE : postal ? ReturnMethod.POST : ReturnMethod.COUNTER;
			String receiver = applicant.fullName();
			String note = method == ReturnMethod.POST ? "Gửi qua bưu chính công ích, mã bưu gửi EB%09dVN".formatted(
					random.nextInt(1_000_000_000)) : null;
			after(between(OfficeTime.DAY / 5, OfficeTime.DAY * 5),
					(w, d, at) -> w.returnResult(d.id(), d.version(), cast.desk(d), method, receiver, note));
			if (chance(80)) {
				int r = random.nextInt(100);
				Rating rating = r < 65 ? Rating.VERY_SATISFIED : r < 93 ? Rating.SATISFIED : Rating.UNSATISFIED;
				boolean byOwner = online && method == ReturnMethod.ONLINE;
				after(byOwner ? between(30, OfficeTime.DAY * 2) : between(1, 5),
						(w, d, at) -> w.rate(d.id(), d.version(), byOwner ? cast.owner(d) : cast.desk(d), rating));
			}
		}

		/** Completes the current step; the clerk's step issues the result (or the refusal letter) numbered {@code number}. */
		private Act forward(@Nullable ResultNumber number) {
			return (w, d, at) -> {
				Dossier dossier = Objects.requireNonNull(d);
				ResultDocument result = null;
				if (dossier.currentStepIssuesResult()) {
					if (number == null || number.value == 0) {
						throw new IllegalStateException("No result number for " + dossier.id() + " at step " + dossier.stepIndex());
					}
					result = resultDocument(dossier, at, number.value);
				}
				String note = dossier.stepIndex() == 1 ? "Hồ sơ đủ điều kiện, trình ký" : null;
				return w.forward(dossier.id(), dossier.version(), cast.atStep(dossier), null, note, result, null, List.of());
			};
		}

		private ResultDocument resultDocument(Dossier d, Instant at, int number) {
			AgencyId agency = d.competentAgencyId();
			String symbol = route.commune() ? "UBND" : "STP";
			boolean refused = d.outcome().name().equals("REFUSE");
			String summary = refused ? "Văn bản trả lời từ chối giải quyết hồ sơ của " + d.applicant().fullName()
					: resultName() + " cho " + d.applicant().fullName();
			return new ResultDocument(number + "/" + (refused ? "TB-" : "") + symbol,
					cast.holding(Role.AGENCY_LEADER, agency).name(), LocalDate.ofInstant(at, VietnamTime.ZONE), summary,
					null);
		}

		private String resultName() {
			List<ProcedureResult> results = route.version().content().results();
			return results.isEmpty() ? "Kết quả giải quyết thủ tục " + route.version().name() : results.getFirst().name();
		}

		private CounterIntake counterIntake() {
			Channel channel = route.postal() && chance(5) || !route.version().content().channels().contains(Channel.DIRECT)
					? Channel.POSTAL : Channel.DIRECT;
			Applicant owner = null;
			Applicant submitter = applicant;
			if (chance(5)) {
				owner = applicant;
				submitter = people.applicant(route.commune());
			}
			long fee = route.fees(channel);
			int sets = route.code().startsWith("2.000815") ? 1 + random.nextInt(3) : 1;
			return new CounterIntake(route.version().procedureId(), route.receiving(), route.competent(), channel,
					submitter, owner, summary(), sets, components(), fee > 0 ? fee : null,
					fee > 0 ? "Đã thu tại quầy, biên lai điện tử" : null);
		}

		private List<ComponentIntake> components() {
			List<RequiredDocument> documents = route.components();
			if (documents.isEmpty()) {
				return List.of(new ComponentIntake("Tờ khai theo mẫu", 1, 0, null));
			}
			return documents.stream().map(d -> new ComponentIntake(d.name(), d.originals(), d.copies(), null)).toList();
		}

		private List<String> supplementItems() {
			List<String> items = new ArrayList<>();
			List<RequiredDocument> documents = route.components();
			if (!documents.isEmpty()) {
				items.add(people.pick(documents).name() + " (bản rõ nét, đủ trang)");
			}
			if (items.isEmpty() || chance(40)) {
				items.add(people.pick(List.of("Văn bản ủy quyền có chứng thực", "Giấy tờ chứng minh nơi cư trú",
						"Bản sao giấy khai sinh có chứng thực")));
			}
			return items;
		}

		/** Trích yếu for the procedures where a clerk would write one. */
		private @Nullable String summary() {
			return switch (route.code()) {
				case "1.001193", "2.000528" -> "Đăng ký khai sinh cho cháu " + people.child(applicant.fullName());
				case "1.000894" -> "Đăng ký kết hôn với " + people.name(random.nextBoolean());
				case "1.000656" -> "Đăng ký khai tử cho " + people.name(random.nextBoolean());
				case "2.000488" -> "Phiếu lý lịch tư pháp số " + (1 + random.nextInt(2)) + ", mục đích: " + pick(PURPOSES);
				case "2.000815" -> "Chứng thực bản sao " + pick(COPIES);
				default -> null;
			};
		}

		// --- time

		private void first(Act act) {
			moves.add(new Move(0, act, null));
		}

		private void after(long minutes, Act act) {
			after(minutes, act, null);
		}

		private void after(long minutes, Act act, @Nullable ResultNumber number) {
			minute += Math.max(1, minutes);
			moves.add(new Move(minute, act, number));
		}

		/** A step done in time: a fifth to three quarters of its budget, at least five minutes. */
		private long pace(int step) {
			return Math.max(5, (long) (route.budget(step).toMinutes() * uniform(0.2, 0.75)));
		}
	}

	// --- chance

	private boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	private long between(long from, long to) {
		return from + (long) (random.nextDouble() * (to - from));
	}

	private double uniform(double from, double to) {
		return from + random.nextDouble() * (to - from);
	}

	private String pick(List<String> values) {
		return people.pick(values);
	}
}
