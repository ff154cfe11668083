package org.openprovince.dossier;

import java.util.List;
import java.util.UUID;

import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.ComponentIntake;
import org.openprovince.dossier.internal.DossierWorkflow.CounterIntake;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo province as dossier tests use it: officers by username, a Sở Tư pháp procedure, intakes. */
public final class DossierFixtures {

	public static final String PROVINCIAL_CENTER = "000.00.09.H99";

	public static final String TU_PHAP = "000.00.02.H99";

	private final AccountService accounts;

	private final JdbcClient jdbc;

	public DossierFixtures(AccountService accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	public Actor officer(String username) {
		return Actor.of(accounts.findByUsername(username).orElseThrow().toCurrentUser(null));
	}

	public AgencyId agency(String code) {
		return new AgencyId(jdbc.sql("select id from organization_agency where code = ?").param(code)
			.query(UUID.class).single());
	}

	/** A procedure of Sở Tư pháp received at the provincial center, by its national code. */
	public ProcedureId tuPhapProcedure() {
		return new ProcedureId(jdbc.sql("""
				select s.procedure_id from catalog_agency_setup s
				  join catalog_procedure_version v on v.id = s.version_id
				 where s.competent_agency_code = ? and v.effective_to is null
				 order by v.code limit 1""").param(TU_PHAP).query(UUID.class).single());
	}

	public CounterIntake intake(String applicantName) {
		return new CounterIntake(tuPhapProcedure(), agency(PROVINCIAL_CENTER), agency(TU_PHAP), Channel.DIRECT,
				new Applicant(applicantName, "001090012345", "0912345678", "nguoinop@example.vn", "Số 1 Tràng Tiền"),
				null, "Cấp phiếu lý lịch tư pháp", 1,
				List.of(new ComponentIntake("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", 1, 0, null)), 200_000L,
				"thu trước");
	}

	public static DossierWorkflow.ComponentIntake component(String name) {
		return new ComponentIntake(name, 1, 0, null);
	}
}
