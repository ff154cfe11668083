package org.openprovince.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.AgencySetupDetails;
import org.openprovince.catalog.AgencySetupDetails.ReceiverDetails;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.OrganizationException;
import org.openprovince.organization.StaffId;
import org.springframework.validation.BindingResult;

/**
 * Which agency is competent and where its dossiers are received. Receiving agencies are typed one per
 * line as {@code agency code | e-mail of the default receiving officer (optional)}; the first line is
 * the default receiving agency, which gets online dossiers.
 */
record AgencyForm(
		@NotBlank(message = "{catalog.validation.required}") @Size(max = 20, message = "{catalog.validation.size}") @Nullable String competentCode,
		@NotBlank(message = "{catalog.validation.required}") @Size(max = 5000, message = "{catalog.validation.size}") @Nullable String receivers) {

	static AgencyForm empty() {
		return new AgencyForm(null, null);
	}

	/**
	 * The form of a configured agency; {@code emailOf} gives a default officer's e-mail, empty when they
	 * no longer hold a post (they are then left out).
	 */
	static AgencyForm of(AgencySetup setup, Function<StaffId, Optional<String>> emailOf) {
		String lines = setup.receivers()
			.stream()
			.sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
			.map(r -> r.agency().code().value()
					+ (r.officer() == null ? "" : emailOf.apply(r.officer()).map(e -> " | " + e).orElse("")))
			.collect(Collectors.joining("\n"));
		return new AgencyForm(setup.competent().code().value(), lines);
	}

	/** The details, or {@code null} with the problems on {@code binding}. */
	@Nullable AgencySetupDetails toDetails(BindingResult binding) {
		AgencyCode competent = null;
		try {
			competent = AgencyCode.of(competentCode == null ? "" : competentCode);
		}
		catch (OrganizationException ex) {
			binding.rejectValue("competentCode", ex.messageKey(), ex.getArguments(), ex.getMessage());
		}
		List<ReceiverDetails> details = new ArrayList<>();
		String[] lines = receivers == null ? new String[0] : receivers.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] fields = lines[i].split("\\|", -1);
			try {
				String officer = fields.length > 1 && fields[1].contains("@") ? fields[1].strip() : null;
				details.add(new ReceiverDetails(AgencyCode.of(fields[0]), details.isEmpty(), officer));
			}
			catch (OrganizationException ex) {
				binding.rejectValue("receivers", "catalog.form.line", new Object[] { i + 1, ex },
						"Dòng " + (i + 1) + ": " + ex.getMessage());
			}
		}
		return binding.hasErrors() || competent == null ? null : new AgencySetupDetails(competent, details, null);
	}
}
