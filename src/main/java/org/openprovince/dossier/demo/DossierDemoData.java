package org.openprovince.dossier.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.Receiver;
import org.openprovince.dossier.demo.Storyteller.Move;
import org.openprovince.dossier.demo.Storyteller.ResultNumber;
import org.openprovince.dossier.demo.Storyteller.Story;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads about four months of one-stop-shop work into a database without dossiers when
 * {@code openprovince.demo.enabled} is true: {@code openprovince.demo.dossiers} dossiers (200 unless
 * set) of Sở Tư pháp, received at the provincial center or at the Phường Hồng Hà center, and of Phường
 * Hồng Hà, received at its center or at the provincial one — the demo agencies with an officer for
 * every step. Some are submitted online by the demo citizens. They end in every national status, some
 * late, some past their due date and still open, some due soon.
 *
 * <p>Every transition goes through {@link DossierWorkflow#withClock} at a past moment of office time,
 * so histories, deadlines, codes, forms and audit entries are what the application itself would have
 * written (the audit entries carry the loading time: the audit trail records when things were
 * written). The stories come from a seeded random, so every load tells the same ones, relative to the
 * day it runs. Runs after the catalog demo data, in one transaction under an advisory lock.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class DossierDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);

	private static final long LOCK = 0x4F50_444F_5344_454DL; // "OPDOSDEM"

	private static final long SEED = 99_101L;

	/** How far back the oldest dossiers go. */
	static final int PERIOD_DAYS = 122;

	static final String PROVINCIAL_CENTER = "000.00.09.H99";

	static final String TU_PHAP = "000.00.02.H99";

	static final String HONG_HA_COMMITTEE = "000.00.51.H99";

	static final String HONG_HA_CENTER = "000.01.51.H99";

	/** How often a procedure is asked for, relative to the others (1 unless listed). */
	private static final Map<String, Integer> DEMAND = Map.ofEntries(Map.entry("2.000488", 6),
			Map.entry("1.001193", 5), Map.entry("2.000815", 6), Map.entry("1.004873", 4), Map.entry("1.000894", 3),
			Map.entry("2.000635", 3), Map.entry("2.000884", 3), Map.entry("1.000656", 2), Map.entry("2.001035", 2),
			Map.entry("2.000720", 2));

	private final DossierWorkflow workflow;

	private final Catalog catalog;

	private final AccountService accounts;

	private final WorkingCalendar calendar;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int count;

	DossierDemoData(DossierWorkflow workflow, Catalog catalog, AccountService accounts, WorkingCalendar calendar,
			JdbcClient jdbc, Clock clock, @Value("${openprovince.demo.dossiers:200}") int count) {
		this.workflow = workflow;
		this.catalog = catalog;
		this.accounts = accounts;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.clock = clock;
		this.count = count;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		if (count <= 0 || jdbc.sql("select exists (select 1 from dossier)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		Instant now = clock.instant();
		List<Scheduled> schedule = schedule(now);
		write(schedule);
		log.info("Loaded {} demo dossiers ({} transitions) in {} ms: {}", count, schedule.size(),
				(System.nanoTime() - started) / 1_000_000, summary(now));
	}

	/** A transition of dossier number {@code dossier} at its moment. */
	private record Scheduled(Instant at, int dossier, Move move) {
	}

	/**
	 * Tells the stories and places them in office time so that each waiting dossier has waited as long
	 * as its story says by now, and the others ended some time in the period; returns every transition
	 * in time order, with the result documents numbered in that order.
	 */
	private List<Scheduled> schedule(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		OfficeTime office = new OfficeTime(calendar, today.minusDays(PERIOD_DAYS + 90), today.plusDays(1));
		long horizon = office.minutes(now) - 1;
		long period = horizon - office.minutes(now.minus(Duration.ofDays(PERIOD_DAYS)));
		Random random = new Random(SEED);
		People people = new People(random);
		Storyteller teller = new Storyteller(random, people, new Cast(accounts, people), calendar);
		List<Route> routes = routes(today);
		List<Ending> endings = Ending.allocate(count);
		Collections.shuffle(endings, random);

		List<Scheduled> schedule = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Ending ending = endings.get(i);
			Route route = route(routes, ending, random);
			boolean online = teller.online(route, ending);
			Story story = teller.tell(route, ending, online);
			long start = story.waiting() == Storyteller.ENDED
					? horizon - story.length() - (long) (random.nextDouble() * Math.max(0, period - story.length()))
					: horizon - story.length() - story.waiting();
			for (Move move : story.moves()) {
				Instant at = office.moment(Math.max(0, start) + move.minute()).plusSeconds(random.nextInt(60));
				if (at.isAfter(now)) {
					throw new IllegalStateException("A demo story runs past today: " + ending + " on " + route.code());
				}
				schedule.add(new Scheduled(at, i, move));
			}
		}
		schedule.sort(Comparator.comparing(Scheduled::at)); // stable: a dossier's moves keep their order
		Map<AgencyId, Integer> numbers = new HashMap<>();
		for (Scheduled s : schedule) {
			ResultNumber number = s.move().result();
			if (number != null) {
				number.value = numbers.merge(number.agency, 1, Integer::sum);
			}
		}
		return schedule;
	}

	/** Runs the transitions in time order, each by a workflow whose clock shows the transition's moment. */
	private void write(List<Scheduled> schedule) {
		Dossier[] dossiers = new Dossier[count];
		for (Scheduled s : schedule) {
			DossierWorkflow then = workflow.withClock(Clock.fixed(s.at(), VietnamTime.ZONE));
			dossiers[s.dossier()] = s.move().act().apply(then, dossiers[s.dossier()], s.at());
		}
	}

	/** Procedures of Sở Tư pháp and Phường Hồng Hà at the provincial and Hồng Hà centers. */
	private List<Route> routes(LocalDate today) {
		List<Route> routes = new ArrayList<>();
		for (ProcedureId id : catalog.proceduresInForce(today)) {
			ProcedureVersion version = catalog.versionInForce(id, today).orElseThrow();
			for (AgencySetup setup : version.agencies()) {
				String competent = setup.competent().code().value();
				boolean commune = competent.equals(HONG_HA_COMMITTEE);
				if (!commune && !competent.equals(TU_PHAP)) {
					continue;
				}
				for (Receiver receiver : setup.receivers()) {
					String at = receiver.agency().code().value();
					Route route = new Route(version, setup, receiver.agency().id(), receiver.isDefault(), commune);
					if ((at.equals(PROVINCIAL_CENTER) || at.equals(HONG_HA_CENTER)) && (route.counter() || route.online())) {
						routes.add(route);
					}
				}
			}
		}
		if (routes.stream().noneMatch(Route::commune) || routes.stream().allMatch(Route::commune)) {
			throw new IllegalStateException("The demo catalog lacks procedures of Sở Tư pháp or Phường Hồng Hà");
		}
		return routes;
	}

	/**
	 * Four dossiers in ten for Sở Tư pháp, mostly at the provincial center; the others for Phường Hồng
	 * Hà, mostly at its center; popular procedures more often.
	 */
	private static Route route(List<Route> routes, Ending ending, Random random) {
		boolean tuPhap = random.nextInt(10) < 4;
		List<Route> candidates = routes.stream()
			.filter(r -> r.commune() != tuPhap && (!ending.online() || r.online()))
			.toList();
		int[] weights = candidates.stream().mapToInt(DossierDemoData::weight).toArray();
		int draw = random.nextInt(java.util.Arrays.stream(weights).sum());
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return candidates.get(i);
			}
		}
		return candidates.getLast();
	}

	private static int weight(Route route) {
		int share = route.commune() ? (route.byDefault() ? 85 : 15) : (route.byDefault() ? 80 : 20);
		return DEMAND.getOrDefault(route.code(), 1) * share;
	}

	/** Counts per national status, the open dossiers past or near their due date, and those finished late. */
	private String summary(Instant now) {
		Map<Integer, Long> statuses = new TreeMap<>(jdbc.sql("select status, count(*) from dossier group by status")
			.query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
		Instant soon = calendar.deadline(null, now, 1, DeadlineUnit.WORKING_DAYS);
		var late = jdbc.sql("""
				select count(*) filter (where due_at < :now and status in (2, 4)),
				       count(*) filter (where due_at >= :now and due_at < :soon and status in (2, 4)),
				       count(*) filter (where finished_at > due_at)
				from dossier""")
			.param("now", java.sql.Timestamp.from(now))
			.param("soon", java.sql.Timestamp.from(soon))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		return statuses.entrySet().stream().map(e -> "status " + e.getKey() + ": " + e.getValue())
			.collect(Collectors.joining(", ")) + "; %d open past their due date, %d due by the next working day, %d finished late"
				.formatted(late[0], late[1], late[2]);
	}
}
