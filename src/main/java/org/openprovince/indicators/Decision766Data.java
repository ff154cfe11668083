package org.openprovince.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates Decision 766 facts for benchmarks and demonstrations, straight into
 * {@code indicator_dossier_766} with one {@code generate_series} insert: dossiers received over one year
 * for the given agencies (skewed: a few agencies receive most), ~45 % online, ~5 % postal, ~85 % ended,
 * ~8 % late, ~10 % with one supplement request and ~1 % with two, ~40 % with a fee (60 % of those paid
 * online), ~85 % fully digitised, ~80 % of results electronic, ~2 % rated unsatisfied, ~97 % synced.
 * Deterministic for a seed.
 */
@Component
class Decision766Data {

	private final JdbcClient jdbc;

	Decision766Data(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts {@code count} dossiers received in {@code year} for {@code agencies}; returns the number inserted. */
	@Transactional
	int generate(int count, int year, List<UUID> agencies, List<UUID> procedures, double seed) {
		jdbc.sql("select setseed(:seed)").param("seed", seed).query().singleRow();
		return jdbc.sql("""
				insert into indicator_dossier_766 (dossier_id, version, code, procedure_id, procedure_code, procedure_name,
				       receiving_agency, competent_agency, channel, status, received_at, appointment_at, due_at, ended_at,
				       with_result, supplement_requests, supplement_paused, supplement_open_since, fee_required, paid_online,
				       components, digitised_components, electronic_result, unsatisfied, synced_version, synced_at)
				select gen_random_uuid(), 5, 'GEN-' || g, p, '1.' || lpad((g % 1000)::text, 6, '0'), 'Thủ tục ' || (g % 1000),
				       a, a, channel, case when ended then (case when late_draw < 0.5 then 10 else 9 end) else 4 end,
				       received, received + limit_days * interval '1 day', received + (limit_days + paused_days) * interval '1 day',
				       case when ended then received + (limit_days * (case when late_draw < 0.08 then 1.05 + late_draw
				                                                         else 0.2 + 0.75 * speed end) + paused_days)
				                             * interval '1 day' end,
				       ended and result_draw < 0.95, requests, paused_days * interval '1 day',
				       case when not ended and requests > 0 then received + interval '1 day' end,
				       fee, fee and paid_draw < 0.6, components,
				       case when digit_draw < 0.85 then components else components - 1 end,
				       ended and result_draw < 0.8, sat_draw < 0.02,
				       case when sync_draw < 0.97 then 5 end, case when sync_draw < 0.97 then received + interval '1 hour' end
				  from (
				    select g,
				           (cast(:agencies as uuid[]))[1 + floor(power(random(), 2) * :agencyCount)::int] as a,
				           (cast(:procedures as uuid[]))[1 + floor(random() * :procedureCount)::int] as p,
				           case when random() < 0.45 then 2 when random() < 0.09 then 3 else 1 end as channel,
				           cast(:start as timestamptz) + random() * interval '365 days' as received,
				           3 + floor(random() * 15)::int as limit_days,
				           random() < 0.85 as ended,
				           random() as late_draw, random() as speed, random() as result_draw,
				           case when random() < 0.10 then 1 when random() < 0.011 then 2 else 0 end as requests,
				           random() < 0.4 as fee, random() as paid_draw, 1 + floor(random() * 5)::int as components,
				           random() as digit_draw, random() as sat_draw, random() as sync_draw
				      from generate_series(1, :count) g
				  ) r,
				  lateral (select case when requests > 0 then floor(random() * 5)::int else 0 end as paused_days) q""")
			.param("agencies", array(agencies))
			.param("agencyCount", agencies.size())
			.param("procedures", array(procedures))
			.param("procedureCount", procedures.size())
			.param("start", LocalDate.of(year, 1, 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
			.param("count", count)
			.update();
	}

	/** {@code n} random ids, e.g. agencies or procedures unknown to the directory. */
	static List<UUID> ids(int n) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(UUID.randomUUID());
		}
		return ids;
	}

	private static String array(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}
}
