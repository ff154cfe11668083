package org.openprovince.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openprovince.catalog.Channel;
import org.openprovince.dossier.DossierFixtures;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.ComponentIntake;
import org.openprovince.dossier.internal.DossierWorkflow.CounterIntake;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.AgencyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A benchmark, not a test: takes {@code openprovince.bench.dossiers} dossiers (10,000 unless set) of Sở
 * Tư pháp through every step with {@link DossierWorkflow} on the embedded PostgreSQL — counter intake
 * (code, steps, components, receipt PDF), four hand-overs, the clerk's step with the result, the return
 * and the rating: eight transactions a dossier — first on one thread, then on two (one per desk: the
 * provincial center and the Phường Hồng Hà center). The same run writes the same rows with the least
 * SQL through plain JDBC ({@link JdbcFloor}), so that the service's throughput reads as a share of
 * what the database allows on this machine (target: at least 40 %). A profile pass then counts, per
 * kind of transition, the statements and round trips and the time spent in forms, audit, calendar and
 * catalog.
 *
 * <p>Skipped unless {@code -Dopenprovince.bench=true}; run it alone:
 * <pre>./mvnw -Pbench test -Dtest=DossierWorkflowBench [-Dopenprovince.bench.dossiers=1000]</pre>
 * The report is printed and written to {@code target/bench/dossier-workflow.txt}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "openprovince.bench", matches = "true")
@SpringBootTest(properties = { "logging.level.org.openprovince=WARN", "openprovince.demo.dossiers=0" })
@Import(Probes.Configuration.class)
class DossierWorkflowBench {

	static final int DOSSIERS = Integer.getInteger("openprovince.bench.dossiers", 10_000);

	static final int WARM_UP = Integer.getInteger("openprovince.bench.warmup", Math.clamp(DOSSIERS / 10, 20, 400));

	static final int PROFILED = 30;

	/** Dossiers per desk and code day: a code day numbers at most 9,999 dossiers. */
	static final int PER_DAY = 2_000;

	static final String RECEIVE = "receive (code, steps, receipt PDF)";

	static final String FORWARD = "forward";

	static final String RESULT = "forward with the result";

	static final String RETURN = "return the result";

	static final String RATE = "rate";

	static final String TRANSITION = "transition (update, history, audit, event)";

	static final List<String> KINDS = List.of(RECEIVE, FORWARD, RESULT, RETURN, RATE);

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	private DossierFixtures fixtures;

	private TransactionTemplate transaction;

	/** A one-stop desk with the Sở Tư pháp officers behind it. */
	private record Lane(AgencyId receiving, Actor desk, Actor specialist, Actor head, Actor leader, Actor clerk,
			CounterIntake intake) {
	}

	/** Latencies per kind of transition, on one thread. */
	private static final class Latencies {

		final Map<String, List<Long>> nanos = new LinkedHashMap<>();

		<T> T time(String kind, Supplier<T> work) {
			long start = System.nanoTime();
			T result = work.get();
			nanos.computeIfAbsent(kind, k -> new ArrayList<>()).add(System.nanoTime() - start);
			return result;
		}

		void add(Latencies other) {
			other.nanos.forEach((k, v) -> nanos.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		}

		int count() {
			return nanos.values().stream().mapToInt(List::size).sum();
		}

		long sum(String kind) {
			return nanos.getOrDefault(kind, List.of()).stream().mapToLong(Long::longValue).sum();
		}

		long sumAll() {
			return nanos.keySet().stream().mapToLong(this::sum).sum();
		}
	}

	/** A measured run: its latencies and its wall time. */
	private record Run(String path, int threads, int dossiers, Latencies latencies, long wallNanos, String intakeKind) {

		double perSecond() {
			return latencies.count() / (wallNanos / 1e9);
		}

		/** Throughput of the transitions after the intake, from their summed latencies and the thread count. */
		double perSecondWithoutIntake() {
			int count = latencies.count() - latencies.nanos.getOrDefault(intakeKind, List.of()).size();
			long busy = latencies.sumAll() - latencies.sum(intakeKind);
			return count / (busy / 1e9 / threads);
		}
	}

	@Test
	void takesDossiersThroughEveryStepAgainstAPlainJdbcFloor() throws Exception {
		fixtures = new DossierFixtures(accounts, jdbc);
		transaction = new TransactionTemplate(transactionManager);
		List<Lane> lanes = List.of(lane(DossierFixtures.PROVINCIAL_CENTER, "tiepnhan.tinh"),
				lane("000.01.51.H99", "tiepnhan.hongha"));

		// Warm-up: the JIT, the connection pool, the calendar and catalog caches, PDF fonts.
		Run warmService = service(lanes, 1, WARM_UP, 0);
		Dossier sample = transaction.execute(s -> workflow.receiveAtCounter(lanes.getFirst().desk(),
				lanes.getFirst().intake()));
		int pdfBytes = jdbc.sql("select avg(octet_length(pdf))::int from dossier_form where form_type = 'RECEIPT'")
			.query(Integer.class).single();
		var template = new JdbcFloor.Template(Objects.requireNonNull(sample), pdfBytes,
				lanes.getFirst().intake().components().stream().map(ComponentIntake::name).toList());
		Run warmFloor = floor(lanes, template, 1, WARM_UP);

		Run service1 = service(lanes, 1, DOSSIERS, 1);
		Run floor1 = floor(lanes, template, 1, DOSSIERS);
		Run service2 = service(lanes, 2, DOSSIERS, 2);
		Run floor2 = floor(lanes, template, 2, DOSSIERS);

		String profile = profile(lanes, template);
		String report = report(List.of(service1, floor1, service2, floor2), warmService, warmFloor, pdfBytes, profile);
		System.out.println(report);
		Path out = Path.of("target", "bench", "dossier-workflow.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
	}

	// --- the service

	private Lane lane(String center, String deskUser) {
		AgencyId receiving = fixtures.agency(center);
		var intake = new CounterIntake(fixtures.tuPhapProcedure(), receiving, fixtures.agency(DossierFixtures.TU_PHAP),
				Channel.DIRECT, new Applicant("Nguyễn Thị Hoà", "001190012345", "0912345678", "hoa.nguyen@example.vn",
						"Số 12 phố Tràng Tiền, Phường Hồng Hà, tỉnh Sông Hồng"),
				null, "Đăng ký hành nghề công chứng", 1,
				List.of(new ComponentIntake("Đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên", 1, 0, null),
						new ComponentIntake("Giấy tờ chứng minh là thành viên hợp danh hoặc hợp đồng lao động", 1, 0, null),
						new ComponentIntake("Ảnh chân dung cỡ 2cm x 3cm", 1, 0, null)),
				100_000L, "thu trước");
		return new Lane(receiving, fixtures.officer(deskUser), fixtures.officer("chuyenvien.tuphap"),
				fixtures.officer("truongphong.tuphap"), fixtures.officer("lanhdao.tuphap"), fixtures.officer("vanthu.tuphap"),
				intake);
	}

	/** {@code dossiers} dossiers on {@code threads} threads, a desk each; phase keeps code days apart. */
	private Run service(List<Lane> lanes, int threads, int dossiers, int phase) throws Exception {
		return run("service", threads, dossiers, RECEIVE, (thread, count) -> {
			Lane lane = lanes.get(thread);
			var latencies = new Latencies();
			DossierWorkflow day = null;
			for (int i = 0; i < count; i++) {
				if (i % PER_DAY == 0) {
					// Each desk's code day numbers at most 9,999 dossiers: move to an earlier day.
					day = workflow.withClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-(phase * 50L + i / PER_DAY))));
				}
				dossier(Objects.requireNonNull(day), lane, latencies, null);
			}
			return latencies;
		});
	}

	/** One dossier from the counter to the rating; with {@code probe}, each transition's profile. */
	private void dossier(DossierWorkflow wf, Lane lane, Latencies latencies,
			@Nullable Map<String, List<long[]>> probe) {
		Dossier d = step(latencies, probe, RECEIVE, () -> wf.receiveAtCounter(lane.desk(), lane.intake()));
		for (Actor actor : List.of(lane.desk(), lane.specialist(), lane.head(), lane.leader())) {
			Dossier current = d;
			d = step(latencies, probe, FORWARD,
					() -> wf.forward(current.id(), current.version(), actor, null, null, null, null, List.of()));
		}
		Dossier atClerk = d;
		d = step(latencies, probe, RESULT, () -> wf.forward(atClerk.id(), atClerk.version(), lane.clerk(), null, null,
				new ResultDocument("1/STP", "Hoàng Văn Nam", LocalDate.now(), null, null), null, List.of()));
		Dossier done = d;
		d = step(latencies, probe, RETURN, () -> wf.returnResult(done.id(), done.version(), lane.desk(),
				ReturnMethod.COUNTER, done.applicant().fullName(), null));
		Dossier returned = d;
		step(latencies, probe, RATE, () -> wf.rate(returned.id(), returned.version(), lane.desk(), Rating.VERY_SATISFIED));
	}

	private Dossier step(Latencies latencies, @Nullable Map<String, List<long[]>> probe,
			String kind, Supplier<Dossier> work) {
		if (probe != null) {
			Probes.reset();
		}
		Dossier d = latencies.time(kind, () -> transaction.execute(s -> work.get()));
		if (probe != null) {
			probe.computeIfAbsent(kind, k -> new ArrayList<>()).add(profileRow());
		}
		return Objects.requireNonNull(d);
	}

	// --- the floor

	private Run floor(List<Lane> lanes, JdbcFloor.Template template, int threads, int dossiers) throws Exception {
		return run("floor", threads, dossiers, RECEIVE, (thread, count) -> {
			Lane lane = lanes.get(thread);
			var latencies = new Latencies();
			try (var floor = new JdbcFloor(dataSource, template)) {
				for (int i = 0; i < count; i++) {
					floorDossier(floor, lane, i / PER_DAY, latencies, null);
				}
			}
			return latencies;
		});
	}

	private void floorDossier(JdbcFloor floor, Lane lane, int daysBack, Latencies latencies,
			@Nullable Map<String, List<long[]>> probe) throws SQLException {
		JdbcFloor.Row row = floorStep(latencies, probe, RECEIVE,
				() -> floor.receive(daysBack, lane.desk().accountId(), lane.desk().name()));
		List<Actor> actors = List.of(lane.desk(), lane.specialist(), lane.head(), lane.leader(), lane.clerk(), lane.desk(),
				lane.desk());
		for (int t = 0; t < actors.size(); t++) {
			Actor actor = actors.get(t);
			int status = t < 4 ? 4 : t == 4 ? 9 : 10;
			int next = Math.min(t + 1, 5);
			String action = t < 4 ? "FORWARD" : t == 4 ? "RECORD_RESULT" : t == 5 ? "RETURN_RESULT" : "RATE";
			String rating = t == 6 ? "VERY_SATISFIED" : null;
			floorStep(latencies, probe, TRANSITION, () -> {
				floor.transition(row, action, status, next, actor.accountId(), actor.name(), rating);
				return row;
			});
		}
	}

	private interface SqlWork<T> {
		T run() throws SQLException;
	}

	private <T> T floorStep(Latencies latencies, @Nullable Map<String, List<long[]>> probe,
			String kind, SqlWork<T> work) {
		if (probe != null) {
			Probes.reset();
		}
		T result = latencies.time(kind, () -> {
			try {
				return work.run();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		if (probe != null) {
			probe.computeIfAbsent(kind, k -> new ArrayList<>()).add(profileRow());
		}
		return result;
	}

	// --- running and reporting

	private interface Worker {
		Latencies run(int thread, int count) throws Exception;
	}

	private Run run(String path, int threads, int dossiers, String intakeKind, Worker worker) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Callable<Latencies>> tasks = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				int count = dossiers / threads + (t < dossiers % threads ? 1 : 0);
				tasks.add(() -> worker.run(thread, count));
			}
			long start = System.nanoTime();
			List<Future<Latencies>> futures = pool.invokeAll(tasks);
			var all = new Latencies();
			for (Future<Latencies> f : futures) {
				all.add(f.get());
			}
			return new Run(path, threads, dossiers, all, System.nanoTime() - start, intakeKind);
		}
	}

	/** Statements, round trips, then nanos and calls per probe. */
	private static long[] profileRow() {
		int[] wire = Probes.wire();
		long[] nanos = Probes.nanos();
		int[] calls = Probes.calls();
		long[] row = new long[2 + 2 * Probes.NAMES.size()];
		row[0] = wire[0] - 1; // BEGIN (COMMIT goes as a simple query)
		row[1] = wire[1];
		for (int i = 0; i < nanos.length; i++) {
			row[2 + i] = nanos[i];
			row[2 + nanos.length + i] = calls[i];
		}
		return row;
	}

	private String profile(List<Lane> lanes, JdbcFloor.Template template) throws SQLException {
		Map<String, List<long[]>> service = new LinkedHashMap<>();
		Map<String, List<long[]>> floor = new LinkedHashMap<>();
		var latencies = new Latencies();
		DossierWorkflow wf = workflow.withClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-190)));
		Probes.start();
		try (var jdbcFloor = new JdbcFloor(dataSource, template)) {
			for (int i = 0; i < PROFILED; i++) {
				dossier(wf, lanes.getFirst(), latencies, service);
				floorDossier(jdbcFloor, lanes.getFirst(), 190, new Latencies(), floor);
			}
		}
		finally {
			Probes.stop();
		}
		var out = new StringBuilder();
		out.append(("Profile of %d dossiers on one thread (means per transition; statements without BEGIN/COMMIT, round trips"
				+ " with the commit; ms and (calls) in the collaborators):%n").formatted(PROFILED));
		out.append("%-56s %6s %6s %9s %9s %9s %12s %12s%n".formatted("kind", "stmts", "trips", "total ms", "forms ms",
				"audit ms", "calendar ms", "catalog ms"));
		profileLines(out, "service: ", service, latencies);
		profileLines(out, "floor:   ", floor, null);
		return out.toString();
	}

	private static void profileLines(StringBuilder out, String prefix, Map<String, List<long[]>> rows,
			@Nullable Latencies latencies) {
		rows.forEach((kind, list) -> {
			double[] mean = new double[list.getFirst().length];
			for (long[] row : list) {
				for (int i = 0; i < row.length; i++) {
					mean[i] += row[i] / (double) list.size();
				}
			}
			String total = latencies == null ? "" : "%.2f".formatted(latencies.sum(kind) / 1e6 / list.size());
			int n = Probes.NAMES.size();
			out.append("%-56s %6.1f %6.1f %9s %9s %9s %12s %12s%n".formatted(prefix + kind, mean[0], mean[1], total,
					"%.2f".formatted(mean[2] / 1e6), "%.2f".formatted(mean[3] / 1e6),
					"%.2f (%.1f)".formatted(mean[4] / 1e6, mean[2 + n + 2]),
					"%.2f (%.1f)".formatted(mean[5] / 1e6, mean[2 + n + 3])));
		});
	}

	private String report(List<Run> runs, Run warmService, Run warmFloor, int pdfBytes, String profile) {
		var out = new StringBuilder();
		String version = jdbc.sql("show server_version").query(String.class).single();
		String fsync = jdbc.sql("show fsync").query(String.class).single();
		String syncCommit = jdbc.sql("show synchronous_commit").query(String.class).single();
		out.append("Dossier workflow benchmark: %d dossiers x 8 transactions per run, after %d warm-up dossiers per path%n"
			.formatted(DOSSIERS, WARM_UP));
		out.append("PostgreSQL %s embedded (fsync %s, synchronous_commit %s), JDK %s, %d cores; receipt PDF %,d bytes%n%n"
			.formatted(version, fsync, syncCommit, Runtime.version(), Runtime.getRuntime().availableProcessors(), pdfBytes));
		out.append("%-9s %7s %12s %9s %10s %12s %10s%n".formatted("path", "threads", "transitions", "wall s", "tx/s",
				"tx/s w/o", "intake/s"));
		out.append("%-9s %7s %12s %9s %10s %12s %10s%n".formatted("", "", "", "", "", "intake", ""));
		for (Run run : runs) {
			out.append("%-9s %7d %12d %9.1f %10.0f %12.0f %10.1f%n".formatted(run.path(), run.threads(),
					run.latencies().count(), run.wallNanos() / 1e9, run.perSecond(), run.perSecondWithoutIntake(),
					run.dossiers() / (run.wallNanos() / 1e9)));
		}
		out.append("%nservice / floor, transitions per second (target >= 40 %%):%n".formatted());
		for (int t = 0; t < 2; t++) {
			Run service = runs.get(2 * t);
			Run floor = runs.get(2 * t + 1);
			out.append("  %d thread%s: all %.0f / %.0f = %.0f %%;  without intake %.0f / %.0f = %.0f %%%n".formatted(
					service.threads(), service.threads() == 1 ? " " : "s", service.perSecond(), floor.perSecond(),
					100 * service.perSecond() / floor.perSecond(), service.perSecondWithoutIntake(),
					floor.perSecondWithoutIntake(), 100 * service.perSecondWithoutIntake() / floor.perSecondWithoutIntake()));
		}
		for (int t = 0; t < 2; t++) {
			Run service = runs.get(2 * t);
			Run floor = runs.get(2 * t + 1);
			out.append("%nlatency per transition, ms, %d thread%s%n".formatted(service.threads(),
					service.threads() == 1 ? "" : "s"));
			out.append("%-56s %8s %8s %8s %8s%n".formatted("kind", "count", "p50", "p95", "p99"));
			for (Run run : List.of(service, floor)) {
				run.latencies().nanos.forEach((kind, values) -> out.append("%-56s %8d %8.2f %8.2f %8.2f%n".formatted(
						run.path() + ": " + kind, values.size(), ms(percentile(values, 50)), ms(percentile(values, 95)),
						ms(percentile(values, 99)))));
			}
		}
		out.append("%nwarm-up: service %.0f tx/s, floor %.0f tx/s (%d dossiers each, not counted)%n".formatted(
				warmService.perSecond(), warmFloor.perSecond(), warmService.dossiers()));
		long events = jdbc.sql("select count(*) from event_publication").query(Long.class).single();
		long floorEvents = 8L * (warmFloor.dossiers() + runs.get(1).dossiers() + runs.get(3).dossiers() + PROFILED);
		out.append("event_publication rows: %,d, of which the floor wrote %,d (the service's events have no persistent"
				.formatted(events, floorEvents) + " listener on this branch)%n%n".formatted());
		out.append(profile);
		return out.toString();
	}

	private static long percentile(List<Long> values, int percent) {
		long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.clamp(index, 0, sorted.length - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
	}
}
