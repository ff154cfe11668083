package org.openprovince.catalog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureQuery;
import org.openprovince.catalog.SearchResult;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A benchmark, not a test: generates 20,000 procedures (plus the demo catalog), runs a mix of catalog
 * searches through {@link Catalog#search} and reports p50/p95/p99 per kind of query, together with a
 * reference measured in the same run — a primary-key look-up on the same database — so that results
 * read as ratios across machines. Target: p95 below 30 ms on 2 cores.
 *
 * <p>Skipped unless {@code -Dopenprovince.bench=true}; run it alone:
 * <pre>./mvnw -q -B test -Dtest=CatalogSearchBench -Dopenprovince.bench=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The report is printed and written to {@code target/catalog-search-bench.txt}. Tagged {@code bench}
 * so a build can exclude it by tag as well.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "openprovince.bench", matches = "true")
@SpringBootTest(properties = "logging.level.org.openprovince=WARN")
class CatalogSearchBench {

	static final int PROCEDURES = 20_000;

	static final int WARM_UP_ROUNDS = 3;

	static final int MEASURED_ROUNDS = 20;

	static final int AGENCIES = 60;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	static final String SIMILARITY = "0.7";

	@Test
	void searchTwentyThousandProcedures() throws IOException {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		List<UUID> agencies = generate(today);
		List<UUID> procedureIds = jdbc.sql("select id from catalog_procedure").query(UUID.class).list();

		Map<String, Supplier<SearchResult>> queries = queries(today, agencies);
		Random random = new Random(7);
		Supplier<Object> primaryKey = () -> jdbc.sql("select code, latest_number from catalog_procedure where id = :id")
			.param("id", procedureIds.get(random.nextInt(procedureIds.size())))
			.query()
			.singleRow();

		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			queries.values().forEach(Supplier::get);
			for (int k = 0; k < queries.size(); k++) {
				primaryKey.get();
			}
		}
		Map<String, List<Long>> timings = new LinkedHashMap<>();
		List<Long> all = new ArrayList<>();
		List<Long> reference = new ArrayList<>();
		Map<String, Integer> hits = new LinkedHashMap<>();
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			for (var query : queries.entrySet()) {
				long start = System.nanoTime();
				SearchResult result = query.getValue().get();
				long elapsed = System.nanoTime() - start;
				timings.computeIfAbsent(query.getKey(), k -> new ArrayList<>()).add(elapsed);
				all.add(elapsed);
				hits.put(query.getKey(), result.hits().size());
				long pkStart = System.nanoTime();
				primaryKey.get();
				reference.add(System.nanoTime() - pkStart);
			}
		}

		var report = new StringBuilder();
		long total = jdbc.sql("select count(*) from catalog_search").query(Long.class).single();
		report.append("Catalog search benchmark: %d procedures in force (%d search rows incl. ended versions), %d cores%n"
			.formatted(procedureIds.size(), total, Runtime.getRuntime().availableProcessors()));
		report.append("%-44s %6s %8s %8s %8s %8s%n".formatted("query", "hits", "p50 ms", "p95 ms", "p99 ms", "max ms"));
		timings.forEach((name, values) -> report.append("%-44s %6d %8.2f %8.2f %8.2f %8.2f%n".formatted(name,
				hits.get(name), ms(percentile(values, 50)), ms(percentile(values, 95)), ms(percentile(values, 99)),
				ms(percentile(values, 100)))));
		double p95 = ms(percentile(all, 95));
		double pk95 = ms(percentile(reference, 95));
		report.append("%-44s %6s %8.2f %8.2f %8.2f %8.2f%n".formatted("ALL SEARCHES", "", ms(percentile(all, 50)), p95,
				ms(percentile(all, 99)), ms(percentile(all, 100))));
		report.append("%-44s %6s %8.2f %8.2f %8.2f %8.2f%n".formatted("reference: primary-key look-up", "",
				ms(percentile(reference, 50)), pk95, ms(percentile(reference, 99)), ms(percentile(reference, 100))));
		report.append("p95 search / p95 primary-key look-up = %.1f; target p95 < 30 ms: %s%n".formatted(p95 / pk95,
				p95 < 30 ? "met" : "NOT met"));
		report.append(explain(today));
		System.out.println(report);
		Files.writeString(Path.of("target", "catalog-search-bench.txt"), report, StandardCharsets.UTF_8);
	}

	private Map<String, Supplier<SearchResult>> queries(LocalDate today, List<UUID> agencies) {
		Map<String, Supplier<SearchResult>> queries = new LinkedHashMap<>();
		text(queries, today, "cap lai giay phep lai xe");
		text(queries, today, "Cấp giấy phép xây dựng");
		text(queries, today, "giay phep kinh doanh ruou");
		text(queries, today, "dang ky thay doi ho kinh doanh");
		text(queries, today, "chung chi hanh nghe kham benh chua benj");
		text(queries, today, "xac nhan tinh trang hon nhan");
		text(queries, today, "karaoke");
		text(queries, today, "thuy san");
		text(queries, today, "giay phep");
		text(queries, today, "1.001193");
		text(queries, today, "so tu phap");
		queries.put("page 3 of \"giay phep\"",
				() -> catalog.search(new ProcedureQuery("giay phep", null, null, null, null, today, 2)));
		queries.put("field + level, no words", () -> catalog
			.search(new ProcedureQuery(null, "F-07", ImplementingLevel.PROVINCE, null, null, today, 0)));
		queries.put("agency, no words",
				() -> catalog.search(new ProcedureQuery(null, null, null, new AgencyId(agencies.get(3)), null, today, 0)));
		queries.put("online level FULL, page 5",
				() -> catalog.search(new ProcedureQuery(null, null, null, null, OnlineLevel.FULL, today, 4)));
		queries.put("\"cap doi\" + commune + partial", () -> catalog
			.search(new ProcedureQuery("cap doi", null, ImplementingLevel.COMMUNE, null, OnlineLevel.PARTIAL, today, 0)));
		return queries;
	}

	private void text(Map<String, Supplier<SearchResult>> queries, LocalDate today, String text) {
		queries.put("\"" + text + "\"", () -> catalog.search(ProcedureQuery.text(text, today)));
	}

	/** The plans of the two phases: all words of the licence query, then the typo branch of another. */
	private String explain(LocalDate today) {
		String words = """
				select s.code from catalog_search s
				where s.effective_from <= :day and (s.effective_to is null or s.effective_to >= :day)
				  and (s.document like ('%' || catalog_fold('cap') || '%') and s.document like ('%' || catalog_fold('lai') || '%')
				       and s.document like ('%' || catalog_fold('giay') || '%') and s.document like ('%' || catalog_fold('phep') || '%')
				       and s.document like ('%' || catalog_fold('xe') || '%'))
				order by s.code = 'cap lai giay phep lai xe' desc, s.name_fold = 'cap lai giay phep lai xe' desc,
				  s.name_fold like 'cap lai giay phep lai xe%' desc, s.name_fold like '%cap lai giay phep lai xe%' desc,
				  length(s.name), s.code
				limit 21""";
		String typo = """
				select s.code from catalog_search s
				where s.effective_from <= :day and (s.effective_to is null or s.effective_to >= :day)
				  and catalog_fold('chung chi hanh nghe kham benh chua benj') <% s.name_fold
				order by word_similarity(catalog_fold('chung chi hanh nghe kham benh chua benj'), s.name_fold) desc, s.code
				limit 20""";
		String broad = """
				select s.code from catalog_search s
				where s.effective_from <= :day and (s.effective_to is null or s.effective_to >= :day)
				  and (s.document like (select '%' || catalog_fold('giay') || '%')
				       and s.document like (select '%' || catalog_fold('phep') || '%'))
				order by s.code = 'giay phep' desc, s.name_fold = (select catalog_fold('giay phep')) desc,
				  s.name_fold like (select catalog_fold('giay phep') || '%') desc,
				  s.name_fold like (select '%' || catalog_fold('giay phep') || '%') desc, length(s.name), s.code
				limit 21""";
		return "EXPLAIN, all words of \"cap lai giay phep lai xe\":\n  " + String.join("\n  ", plan(words, today))
				+ "\nEXPLAIN, all words of \"giay phep\":\n  " + String.join("\n  ", plan(broad, today))
				+ "\nEXPLAIN, typo branch of \"chung chi hanh nghe kham benh chua benj\":\n  "
				+ String.join("\n  ", plan(typo, today)) + "\n";
	}

	private List<String> plan(String sql, LocalDate today) {
		return transaction.execute(status -> {
			jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
				.param("threshold", SIMILARITY)
				.query()
				.singleValue();
			return jdbc.sql("explain (analyze, buffers) " + sql).param("day", today).query(String.class).list();
		});
	}

	// --- data

	private static final String[] VERBS = { "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi", "Đăng ký",
			"Đăng ký thay đổi", "Xác nhận", "Thẩm định", "Phê duyệt", "Công nhận", "Chứng nhận", "Hỗ trợ", "Giải quyết" };

	private static final String[] OBJECTS = { "giấy phép kinh doanh", "giấy phép hoạt động", "chứng chỉ hành nghề",
			"giấy chứng nhận đủ điều kiện", "giấy phép", "hồ sơ", "quyết định công nhận", "thẻ", "giấy xác nhận",
			"chế độ", "phương án" };

	private static final String[] DOMAINS = { "dược", "khám bệnh, chữa bệnh", "vận tải", "xăng dầu", "rượu",
			"thuốc lá", "khoáng sản", "tài nguyên nước", "môi trường", "thủy sản", "lâm nghiệp", "giáo dục", "du lịch",
			"lữ hành", "karaoke", "quảng cáo", "báo chí", "xuất bản", "thể thao", "di sản văn hóa", "an toàn thực phẩm",
			"phân bón", "thuốc bảo vệ thực vật", "giống cây trồng", "thú y", "đo đạc bản đồ", "điện lực", "hóa chất",
			"vật liệu nổ công nghiệp", "nhà ở", "đất đai", "hộ tịch", "quốc tịch", "nuôi con nuôi", "công chứng", "luật sư",
			"giám định tư pháp", "đấu giá tài sản", "doanh nghiệp", "hợp tác xã", "hộ kinh doanh", "đầu tư", "đấu thầu",
			"bảo hiểm xã hội", "lao động", "việc làm", "người có công", "bảo trợ xã hội", "trẻ em", "tôn giáo",
			"thi đua khen thưởng", "văn thư lưu trữ", "phòng cháy chữa cháy", "giao thông đường bộ", "đường thủy nội địa",
			"viễn thông", "bưu chính", "công nghệ thông tin", "sở hữu trí tuệ", "đo lường chất lượng", "trang thiết bị y tế",
			"mỹ phẩm", "y dược cổ truyền", "xây dựng", "kiến trúc", "quy hoạch", "giấy phép lái xe", "đăng kiểm",
			"hôn nhân", "tình trạng hôn nhân" };

	private static final String[] QUALIFIERS = { "", "cho tổ chức", "cho cá nhân", "cho doanh nghiệp có vốn đầu tư nước ngoài",
			"trong trường hợp bị mất, hỏng", "do thay đổi thông tin", "lần đầu", "có yếu tố nước ngoài", "cấp tỉnh",
			"cấp xã" };

	private static final String[] LEVELS = { "PROVINCE", "COMMUNE", "PROVINCE,COMMUNE" };

	private static final String[] ONLINE = { "INFORMATION", "PARTIAL", "FULL" };

	/**
	 * Inserts the procedures in batches, straight into the module's tables (the facade with its audit
	 * entries would take minutes and measure nothing of interest); one in ten has an ended earlier
	 * version, so the search also skips rows not in force. Returns the generated agency ids.
	 */
	private List<UUID> generate(LocalDate today) {
		Random random = new Random(42);
		List<UUID> agencies = new ArrayList<>();
		List<String> agencyNames = new ArrayList<>();
		for (int i = 0; i < AGENCIES; i++) {
			agencies.add(UUID.randomUUID());
			agencyNames.add(i < 20 ? "Sở " + DOMAINS[i] + " tỉnh Sông Hồng" : "Ủy ban nhân dân xã Thử Nghiệm " + i);
		}
		record Row(UUID procedure, UUID version, UUID oldVersion, String code, String name, int field, String levels,
				String online, UUID[] agencyIds, String agencyNames) {
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < PROCEDURES; i++) {
			int domain = random.nextInt(DOMAINS.length);
			String name = (VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
					+ DOMAINS[domain] + " " + QUALIFIERS[random.nextInt(QUALIFIERS.length)]).strip();
			int competent = random.nextInt(AGENCIES);
			int receiver = random.nextInt(AGENCIES);
			rows.add(new Row(UUID.randomUUID(), UUID.randomUUID(), i % 10 == 0 ? UUID.randomUUID() : null,
					"8.%06d".formatted(i), name, domain, LEVELS[random.nextInt(LEVELS.length)],
					ONLINE[random.nextInt(ONLINE.length)], new UUID[] { agencies.get(competent), agencies.get(receiver) },
					"Cơ quan thực hiện " + DOMAINS[domain] + ", " + agencyNames.get(competent)));
		}
		LocalDate from = LocalDate.of(2025, 7, 1);
		Timestamp now = Timestamp.from(Instant.now());
		jdbcTemplate.batchUpdate("""
				insert into catalog_procedure (id, code, latest_number, latest_effective_from, created_at, version)
				values (?, ?, ?, ?, ?, 1)""", rows, 1000, (ps, r) -> {
			ps.setObject(1, r.procedure());
			ps.setString(2, r.code());
			ps.setInt(3, r.oldVersion() == null ? 1 : 2);
			ps.setDate(4, Date.valueOf(from));
			ps.setTimestamp(5, now);
		});
		List<Object[]> versions = new ArrayList<>();
		for (Row r : rows) {
			if (r.oldVersion() != null) {
				versions.add(new Object[] { r.oldVersion(), r.procedure(), 1, from.minusYears(1), from.minusDays(1), r });
			}
			versions.add(new Object[] { r.version(), r.procedure(), r.oldVersion() == null ? 1 : 2, from, null, r });
		}
		jdbcTemplate.batchUpdate("""
				insert into catalog_procedure_version (id, procedure_id, number, effective_from, effective_to, code, name,
				  field_code, field_name, levels, implementing_agency, target_subjects, channels, time_limit, time_limit_unit,
				  online_level, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, 'Tổ chức, cá nhân', '{DIRECT,ONLINE}', 5,
				  'WORKING_DAYS', ?, ?)""", versions, 1000, (ps, v) -> {
			Row r = (Row) v[5];
			ps.setObject(1, v[0]);
			ps.setObject(2, v[1]);
			ps.setInt(3, (Integer) v[2]);
			ps.setDate(4, Date.valueOf((LocalDate) v[3]));
			ps.setDate(5, v[4] == null ? null : Date.valueOf((LocalDate) v[4]));
			ps.setString(6, r.code());
			ps.setString(7, r.name());
			ps.setString(8, "F-%02d".formatted(r.field()));
			ps.setString(9, DOMAINS[r.field()]);
			ps.setString(10, r.levels());
			ps.setString(11, r.agencyNames());
			ps.setString(12, r.online());
			ps.setTimestamp(13, now);
		});
		jdbcTemplate.batchUpdate("""
				insert into catalog_search (version_id, procedure_id, code, name, field_code, field_name, levels, online_level,
				  agency_ids, agency_names, effective_from, effective_to)
				values (?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?)""", versions, 1000, (ps, v) -> {
			Row r = (Row) v[5];
			ps.setObject(1, v[0]);
			ps.setObject(2, v[1]);
			ps.setString(3, r.code());
			ps.setString(4, r.name());
			ps.setString(5, "F-%02d".formatted(r.field()));
			ps.setString(6, DOMAINS[r.field()]);
			ps.setString(7, r.levels());
			ps.setString(8, r.online());
			ps.setArray(9, ps.getConnection().createArrayOf("uuid", r.agencyIds()));
			ps.setString(10, r.agencyNames());
			ps.setDate(11, Date.valueOf((LocalDate) v[3]));
			ps.setDate(12, v[4] == null ? null : Date.valueOf((LocalDate) v[4]));
		});
		// Move the new GIN entries out of the pending list and refresh statistics, as autovacuum would.
		jdbcTemplate.execute("vacuum analyze catalog_search");
		jdbcTemplate.execute("vacuum analyze catalog_procedure");
		return agencies;
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
