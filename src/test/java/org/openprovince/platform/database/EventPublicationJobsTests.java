package org.openprovince.platform.database;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Old completed publications go; recent ones and unfinished work stay. */
@SpringBootTest
@AutoConfigureMockMvc
class EventPublicationJobsTests {

	@Autowired
	EventPublicationJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyCompletedPublicationsOlderThanTheKeptPeriod() {
		UUID old = publication("now() - interval '30 days'", "now() - interval '30 days'");
		UUID recent = publication("now() - interval '1 day'", "now() - interval '1 day'");
		UUID unfinished = publication("now() - interval '30 days'", null);

		jobs.clean();

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(unfinished)).isTrue();
		jdbc.sql("delete from event_publication where id in (?, ?)").params(recent, unfinished).update();
	}

	private UUID publication(String published, String completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				       completion_date, status, completion_attempts)
				values (?, 'test.Listener.on(Object)', 'java.lang.Object', '{}', %s, %s, %s, 1)"""
			.formatted(published, completed == null ? "null" : completed, completed == null ? "'PUBLISHED'" : "'COMPLETED'"))
			.param(id)
			.update();
		return id;
	}

	private boolean exists(UUID id) {
		return jdbc.sql("select count(*) from event_publication where id = ?").param(id).query(Integer.class).single() == 1;
	}
}
