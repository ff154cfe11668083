package org.openprovince.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.InternalProcess;
import org.openprovince.catalog.ProcessStep;
import org.openprovince.catalog.StepUnit;
import org.openprovince.catalog.WorkingHours;
import org.springframework.validation.BindingResult;

/**
 * The step editor of an internal process: the rows as typed, the configuration's version, and the
 * button pressed ({@code add}, {@code up:2}, {@code down:2}, {@code remove:2} or {@code save}). Every
 * button submits the whole table, so the editor works without JavaScript.
 */
record ProcessForm(@Nullable List<StepForm> steps, @Nullable Long version, @Nullable String action) {

	/** One row of the editor; the budget stays text until saved so a typo is shown, not lost. */
	record StepForm(@Nullable String name, @Nullable String positionCode, @Nullable StepUnit unit,
			@Nullable String departmentCode, @Nullable String budget, @Nullable DvcqgStatus status,
			@Nullable Boolean mayReturn) {

		static StepForm of(ProcessStep step) {
			return new StepForm(step.name(), step.positionCode(), step.unit(), step.departmentCode(),
					step.budget().display(), step.status(), step.mayReturn());
		}

		static StepForm blank() {
			return new StepForm(null, null, StepUnit.COMPETENT_AGENCY, null, "0", DvcqgStatus.PROCESSING, false);
		}

		/** The budget, or {@code null} when it does not read. */
		@Nullable WorkingHours hours() {
			try {
				return budget == null ? WorkingHours.ZERO : WorkingHours.of(budget);
			}
			catch (CatalogException ex) {
				return null;
			}
		}
	}

	static ProcessForm of(InternalProcess process, long version) {
		return new ProcessForm(process.steps().stream().map(StepForm::of).toList(), version, null);
	}

	public List<StepForm> rows() {
		return steps == null ? List.of() : steps;
	}

	/** The rows after an editing button (add, up, down, remove); the same rows for any other action. */
	ProcessForm edited() {
		List<StepForm> rows = new ArrayList<>(rows());
		String command = action == null ? "" : action;
		int index = -1;
		if (command.contains(":")) {
			try {
				index = Integer.parseInt(command.substring(command.indexOf(':') + 1));
			}
			catch (NumberFormatException ex) {
				index = -1;
			}
			command = command.substring(0, command.indexOf(':'));
		}
		boolean inRange = index >= 0 && index < rows.size();
		switch (command) {
			case "add" -> rows.add(rows.isEmpty() ? rows.size() : rows.size() - 1, StepForm.blank());
			case "remove" -> {
				if (inRange) {
					rows.remove(index);
				}
			}
			case "up" -> {
				if (inRange && index > 0) {
					rows.add(index - 1, rows.remove(index));
				}
			}
			case "down" -> {
				if (inRange && index < rows.size() - 1) {
					rows.add(index + 1, rows.remove(index));
				}
			}
			default -> {
			}
		}
		return new ProcessForm(rows, version, null);
	}

	boolean isSave() {
		return "save".equals(action);
	}

	/** Sum of the budgets that read. */
	WorkingHours total() {
		return rows().stream()
			.map(StepForm::hours)
			.filter(java.util.Objects::nonNull)
			.reduce(WorkingHours.ZERO, WorkingHours::plus);
	}

	/** The process, or {@code null} with the problems on {@code binding} (row by row, then the whole). */
	@Nullable InternalProcess toProcess(BindingResult binding) {
		List<ProcessStep> result = new ArrayList<>();
		List<StepForm> rows = rows();
		for (int i = 0; i < rows.size(); i++) {
			StepForm row = rows.get(i);
			try {
				result.add(new ProcessStep(row.name(), row.positionCode(),
						row.unit() == null ? StepUnit.COMPETENT_AGENCY : row.unit(), row.departmentCode(),
						row.budget() == null ? WorkingHours.ZERO : WorkingHours.of(row.budget()),
						row.status() == null ? DvcqgStatus.PROCESSING : row.status(), Boolean.TRUE.equals(row.mayReturn())));
			}
			catch (CatalogException ex) {
				binding.rejectValue("steps[" + i + "]." + fieldOf(ex.messageKey()), ex.messageKey(), ex.getArguments(),
						ex.getMessage());
			}
		}
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return new InternalProcess(result);
		}
		catch (CatalogException ex) {
			binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
			return null;
		}
	}

	private static String fieldOf(String key) {
		if (key.startsWith("catalog.error.processStep.position")) {
			return "positionCode";
		}
		if (key.startsWith("catalog.error.processStep.department")) {
			return "departmentCode";
		}
		if (key.startsWith("catalog.error.hours")) {
			return "budget";
		}
		if (key.startsWith("catalog.error.processStep.status")) {
			return "status";
		}
		return "name";
	}
}
