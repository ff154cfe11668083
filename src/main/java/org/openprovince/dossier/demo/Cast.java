package org.openprovince.dossier.demo;

import java.util.ArrayList;
import java.util.List;

import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.Step;
import org.openprovince.identity.Account;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;

/**
 * The people of the demo: the staff accounts of the demo directory who work on dossiers, found by the
 * role a step needs at its agency, and the three demo citizens who submit online.
 */
final class Cast {

	private static final List<String> STAFF = List.of("tiepnhan.tinh", "chuyenvien.tuphap", "truongphong.tuphap",
			"lanhdao.tuphap", "vanthu.tuphap", "tiepnhan.hongha", "chuyenvien.hongha", "lanhdao.hongha",
			"vanthu.hongha");

	private static final List<String> CITIZENS = List.of("001090012345", "036195004321", "079201006789");

	/** A demo citizen: who acts online and what the dossier says about them. */
	record Citizen(Actor actor, Applicant details) {
	}

	private final List<Actor> staff = new ArrayList<>();

	private final List<Citizen> citizens = new ArrayList<>();

	Cast(AccountService accounts, People people) {
		for (String username : STAFF) {
			staff.add(Actor.of(account(accounts, username).toCurrentUser(null)));
		}
		for (String username : CITIZENS) {
			Account account = account(accounts, username);
			citizens.add(new Citizen(Actor.applicant(account.toCurrentUser(null)), new Applicant(account.displayName(),
					account.citizenId(), account.phone(), account.email(), people.address(true))));
		}
	}

	private static Account account(AccountService accounts, String username) {
		return accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("Demo account " + username + " is missing"));
	}

	/** The officer holding {@code role} for {@code agency}. */
	Actor holding(Role role, AgencyId agency) {
		return staff.stream()
			.filter(a -> a.can(role, agency))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo officer is " + role + " of agency " + agency.value()));
	}

	/** Whoever acts at the dossier's current step. */
	Actor atStep(Dossier d) {
		Step step = d.currentStep();
		return holding(step.role(), step.agencyId());
	}

	/** The one-stop desk where the dossier was received. */
	Actor desk(Dossier d) {
		return holding(Role.RECEPTION_OFFICER, d.receivingAgencyId());
	}

	/** Who apologises for the competent agency: the head of unit, else the leader. */
	Actor apologist(AgencyId competent) {
		return staff.stream()
			.filter(a -> a.can(Role.UNIT_HEAD, competent))
			.findFirst()
			.orElseGet(() -> holding(Role.AGENCY_LEADER, competent));
	}

	List<Citizen> citizens() {
		return citizens;
	}

	/** The citizen who owns an online dossier. */
	Actor owner(Dossier d) {
		return citizens.stream()
			.map(Citizen::actor)
			.filter(a -> a.accountId().equals(d.citizenAccountId()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Dossier " + d.id() + " has no demo citizen"));
	}
}
