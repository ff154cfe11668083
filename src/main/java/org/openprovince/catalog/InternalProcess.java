package org.openprovince.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An internal process (quy trình nội bộ giải quyết thủ tục hành chính): the ordered steps an agency
 * follows, as provinces publish them next to each procedure (DESIGN.md, "Why no general workflow
 * engine"). The one-stop desk receives first and the result comes last, so the first step sets
 * "Được tiếp nhận" (2) and may not send back, and the last step sets "Đã xử lý xong" (9) or
 * "Đã trả kết quả" (10). The budgets add up to the procedure's time limit ({@link #checkFits}).
 */
public record InternalProcess(List<ProcessStep> steps) {

	static final int MAX_STEPS = 30;

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	/** @throws CatalogException when the steps are not in the order described above */
	public InternalProcess {
		steps = Texts.list(steps, MAX_STEPS);
		if (steps.isEmpty()) {
			throw new CatalogException("catalog.error.process.empty");
		}
		ProcessStep first = steps.getFirst();
		if (first.status() != DvcqgStatus.RECEIVED) {
			throw new CatalogException("catalog.error.process.firstStatus", first.name(), DvcqgStatus.RECEIVED);
		}
		if (first.mayReturn()) {
			throw new CatalogException("catalog.error.process.firstReturn", first.name());
		}
		ProcessStep last = steps.getLast();
		if (steps.size() > 1 && last.status() != DvcqgStatus.DONE && last.status() != DvcqgStatus.RETURNED) {
			throw new CatalogException("catalog.error.process.lastStatus", last.name());
		}
	}

	/** Sum of the step budgets. */
	public WorkingHours totalBudget() {
		return steps.stream().map(ProcessStep::budget).reduce(WorkingHours.ZERO, WorkingHours::plus);
	}

	/** Whether the budgets add up to {@code limit} in working hours. */
	public boolean fits(TimeLimit limit) {
		return totalBudget().compareTo(limit.workingHours()) == 0;
	}

	/**
	 * Checks that the budgets add up to the time limit (days × 8 working hours, see
	 * {@link TimeLimitUnit#HOURS_PER_DAY}).
	 *
	 * @throws CatalogException with both totals and the difference when they do not
	 */
	public void checkFits(TimeLimit limit) {
		WorkingHours total = totalBudget();
		WorkingHours expected = limit.workingHours();
		int comparison = total.compareTo(expected);
		if (comparison != 0) {
			BigDecimal difference = total.hours().subtract(expected.hours()).abs();
			throw new CatalogException(comparison > 0 ? "catalog.error.process.overBudget"
					: "catalog.error.process.underBudget", total.hours(), limit.amount(), limit.unit(),
					expected.hours(), difference);
		}
	}

	/**
	 * The usual process of a one-stop procedure, sized to {@code limit}: reception at the desk, appraisal
	 * by a specialist, review by the head of unit, signature by the agency's leader, issue by the clerk,
	 * return at the desk at the appointment (no budget of its own). Reception, review and signature get
	 * about a tenth of the time each and the clerk a twentieth, in quarter hours; the specialist gets
	 * the rest, so the budgets always add up.
	 *
	 * @param leaderPosition the signing position, e.g. {@code GIAM_DOC_SO} or {@code CHU_TICH_UBND}
	 */
	public static InternalProcess standard(TimeLimit limit, String leaderPosition) {
		BigDecimal total = limit.workingHours().hours();
		BigDecimal tenth = quarters(total.multiply(new BigDecimal("0.10")));
		BigDecimal twentieth = quarters(total.multiply(new BigDecimal("0.05")));
		BigDecimal specialist = total.subtract(tenth.multiply(BigDecimal.valueOf(3))).subtract(twentieth);
		List<ProcessStep> steps = new ArrayList<>();
		steps.add(step("Tiếp nhận, kiểm tra, số hoá và chuyển hồ sơ", "TIEP_NHAN_TRA_KET_QUA", StepUnit.RECEIVING_AGENCY,
				tenth, DvcqgStatus.RECEIVED, false));
		steps.add(step("Thẩm định hồ sơ, dự thảo kết quả", "CHUYEN_VIEN", StepUnit.COMPETENT_AGENCY, specialist,
				DvcqgStatus.PROCESSING, true));
		steps.add(step("Xem xét, trình ký", "TRUONG_PHONG", StepUnit.COMPETENT_AGENCY, tenth, DvcqgStatus.PROCESSING,
				true));
		steps.add(step("Phê duyệt, ký kết quả", leaderPosition, StepUnit.COMPETENT_AGENCY, tenth,
				DvcqgStatus.PROCESSING, true));
		steps.add(step("Vào sổ, đóng dấu, phát hành kết quả", "VAN_THU", StepUnit.COMPETENT_AGENCY, twentieth,
				DvcqgStatus.DONE, false));
		steps.add(step("Trả kết quả cho tổ chức, cá nhân", "TIEP_NHAN_TRA_KET_QUA", StepUnit.RECEIVING_AGENCY,
				BigDecimal.ZERO, DvcqgStatus.RETURNED, false));
		return new InternalProcess(steps);
	}

	private static ProcessStep step(String name, String position, StepUnit unit, BigDecimal hours, DvcqgStatus status,
			boolean mayReturn) {
		return new ProcessStep(name, position, unit, null, new WorkingHours(hours), status, mayReturn);
	}

	private static BigDecimal quarters(BigDecimal hours) {
		return hours.divide(QUARTER, 0, RoundingMode.DOWN).multiply(QUARTER);
	}
}
