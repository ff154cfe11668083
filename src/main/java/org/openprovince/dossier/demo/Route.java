package org.openprovince.dossier.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcessStep;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.organization.AgencyId;

/**
 * A way a demo dossier can go: a procedure, the competent agency's configuration and one of its
 * receiving agencies.
 *
 * @param byDefault whether it is the default receiver, where online submissions go
 */
record Route(ProcedureVersion version, AgencySetup setup, AgencyId receiving, boolean byDefault, boolean commune) {

	AgencyId competent() {
		return setup.competent().id();
	}

	List<ProcessStep> steps() {
		return setup.process().steps();
	}

	Duration budget(int step) {
		return steps().get(step).budget().toDuration();
	}

	/** The time limit as office time, roughly: what a dossier taking longer overruns. */
	Duration limit() {
		return version.timeLimit().workingHours().toDuration();
	}

	/** Index of the step that issues the result (the clerk's). */
	int resultStep() {
		List<ProcessStep> steps = steps();
		for (int i = 1; i < steps.size(); i++) {
			boolean last = i + 1 == steps.size();
			if (steps.get(i).status() == DvcqgStatus.DONE || last
					|| steps.get(i + 1).status() == DvcqgStatus.RETURNED) {
				return i;
			}
		}
		return steps.size() - 1;
	}

	boolean online() {
		return byDefault && version.content().channels().contains(Channel.ONLINE);
	}

	boolean counter() {
		return version.content().channels().contains(Channel.DIRECT) || version.content().channels().contains(Channel.POSTAL);
	}

	boolean postal() {
		return version.content().channels().contains(Channel.POSTAL);
	}

	/** The components of the first case (or of every case), as the desk ticks them. */
	List<RequiredDocument> components() {
		List<RequiredDocument> documents = version.documents();
		String firstCase = documents.isEmpty() ? null : documents.getFirst().caseName();
		return documents.stream()
			.filter(d -> d.caseName() == null || d.caseName().equals(firstCase))
			.filter(RequiredDocument::mandatory)
			.toList();
	}

	/** Fees at the counter in đồng: those of the channel or of every channel, with an amount. */
	long fees(Channel channel) {
		return version.fees()
			.stream()
			.filter(f -> f.channel() == null || f.channel() == channel)
			.map(Fee::amount)
			.filter(Objects::nonNull)
			.mapToLong(Long::longValue)
			.sum();
	}

	String code() {
		return version.code().value();
	}
}
