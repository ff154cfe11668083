package org.openprovince.indicators;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.openprovince.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the monthly figures: at most one row per agency and month, so a year is a few hundred rows. */
@Repository
class AgencyMonths {

	private final JdbcClient jdbc;

	AgencyMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every agency's figures of the months of {@code year}, in no particular order. */
	@Transactional(readOnly = true)
	List<AgencyMonth> ofYear(int year) {
		return jdbc.sql("""
				select agency_id, month, received, received_online, received_direct, received_postal, finished,
				       finished_on_time
				  from indicator_agency_month
				 where month >= :from and month < :to""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, row) -> new AgencyMonth(new AgencyId(rs.getObject("agency_id", UUID.class)),
					YearMonth.from(rs.getObject("month", LocalDate.class)),
					new DossierCounts(rs.getLong("received"), rs.getLong("received_online"), rs.getLong("received_direct"),
							rs.getLong("received_postal"), rs.getLong("finished"), rs.getLong("finished_on_time"))))
			.list();
	}
}
