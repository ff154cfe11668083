package org.openprovince.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search table {@code catalog_search}: one row per version, written when a version is added and
 * when its agencies change, and the search itself. Words are matched accent-insensitively through
 * {@code catalog_fold} against a trigram-indexed document (code, name, field, agency names); a typo or a
 * missing word is forgiven by pg_trgm word similarity (≥ 0.7) with the name. Call it in a transaction.
 */
@Component
class SearchIndex {

	private static final int MAX_WORDS = 8;

	/** Word similarity (pg_trgm) a name needs with the typed text to be proposed despite a typo. */
	static final String SIMILARITY = "0.7";

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Indexes a new version and ends the row of the version it follows. */
	void versionAdded(PublishedVersion version, ProcedureContent content) {
		jdbc.sql("""
				update catalog_search set effective_to = :to
				where procedure_id = :procedure and effective_to is null and version_id <> :version""")
			.param("to", version.effectiveFrom().minusDays(1))
			.param("procedure", version.procedureId().value())
			.param("version", version.id().value())
			.update();
		jdbc.sql("""
				insert into catalog_search (version_id, procedure_id, code, name, field_code, field_name, levels,
				                            online_level, agency_ids, agency_names, effective_from, effective_to)
				values (:version, :procedure, :code, :name, :fieldCode, :fieldName, string_to_array(:levels, ','),
				        :onlineLevel, '{}', :agencyNames, :from, null)""")
			.param("version", version.id().value())
			.param("procedure", version.procedureId().value())
			.param("code", version.code().value())
			.param("name", content.name())
			.param("fieldCode", content.field().code())
			.param("fieldName", content.field().name())
			.param("levels", String.join(",", content.levels().stream().map(Enum::name).toList()))
			.param("onlineLevel", content.onlineLevel().name())
			.param("agencyNames", content.implementingAgency())
			.param("from", version.effectiveFrom())
			.update();
	}

	/**
	 * Refreshes the agencies of a version's row: ids of competent and receiving agencies (for the
	 * filter), names of the published implementing agency and the competent agencies (for the words;
	 * receiving centers would match every procedure).
	 */
	void agenciesChanged(ProcedureVersionId version) {
		jdbc.sql("""
				update catalog_search s
				set agency_ids = coalesce((
				      select array_agg(distinct a.id) from (
				        select competent_agency_id as id from catalog_agency_setup where version_id = :version
				        union
				        select r.agency_id from catalog_setup_receiver r
				        join catalog_agency_setup c on c.id = r.setup_id where c.version_id = :version) a), '{}'),
				    agency_names = v.implementing_agency || coalesce((
				      select ', ' || string_agg(distinct c.competent_agency_name, ', ')
				      from catalog_agency_setup c where c.version_id = :version), '')
				from catalog_procedure_version v
				where s.version_id = :version and v.id = :version""")
			.param("version", version.value())
			.update();
	}

	/**
	 * Two phases, both bounded. First the procedures containing every word, best first: the name equal
	 * to the text, then starting with it, then containing it, then shorter names (more specific). Then,
	 * only when the first page is not full, procedures whose name is similar to the text (a typo, a
	 * missing or extra word), by similarity; comparing the short folded name keeps this cheap. The
	 * typed text is folded once per query, in an init plan ({@code (select catalog_fold(:text))}), never
	 * per row, whatever plan PostgreSQL caches for the prepared statement.
	 */
	SearchResult search(ProcedureQuery query) {
		var filters = new Filters(query);
		if (query.text() == null) {
			List<ProcedureHit> hits = hits(filters, "s.code", query.page() * ProcedureQuery.PAGE_SIZE,
					ProcedureQuery.PAGE_SIZE + 1);
			return page(hits, query);
		}
		List<String> likes = new ArrayList<>();
		List<String> words = words(query.text());
		for (int i = 0; i < words.size(); i++) {
			likes.add("s.document like (select '%' || catalog_fold(:w" + i + ") || '%')");
			filters.params.put("w" + i, escapeLike(words.get(i)));
		}
		String allWords = likes.isEmpty() ? "false" : "(" + String.join(" and ", likes) + ")";
		filters.params.put("text", query.text());
		filters.params.put("textLike", escapeLike(query.text()));
		List<ProcedureHit> hits = new ArrayList<>(hits(filters.and(allWords), """
				s.code = :text desc, s.name_fold = (select catalog_fold(:text)) desc,
				s.name_fold like (select catalog_fold(:textLike) || '%') desc,
				s.name_fold like (select '%' || catalog_fold(:textLike) || '%') desc, length(s.name), s.code""",
				query.page() * ProcedureQuery.PAGE_SIZE, ProcedureQuery.PAGE_SIZE + 1));
		if (query.page() == 0 && hits.size() < ProcedureQuery.PAGE_SIZE) {
			// Above the extension's default 0.6: the index then proposes far fewer candidates to recheck,
			// and a typo or a missing word still scores well above (e.g. "giay phep lai xw": 0.88).
			jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
				.param("threshold", SIMILARITY)
				.query()
				.singleValue();
			hits.addAll(hits(filters.and("not " + allWords).and("(select catalog_fold(:text)) <% s.name_fold"),
					"word_similarity((select catalog_fold(:text)), s.name_fold) desc, s.code", 0,
					ProcedureQuery.PAGE_SIZE - hits.size()));
		}
		return page(hits, query);
	}

	private List<ProcedureHit> hits(Filters filters, String order, int offset, int limit) {
		return jdbc.sql("""
				select s.procedure_id, s.code, s.name, s.field_code, s.field_name, s.levels, s.online_level,
				       s.agency_names
				from catalog_search s
				where %s
				order by %s
				limit %d offset %d""".formatted(String.join(" and ", filters.conditions), order, limit, offset))
			.params(filters.params)
			.query(SearchIndex::hit)
			.list();
	}

	private static SearchResult page(List<ProcedureHit> hits, ProcedureQuery query) {
		boolean more = hits.size() > ProcedureQuery.PAGE_SIZE && query.page() < ProcedureQuery.MAX_PAGE;
		return new SearchResult(hits.size() > ProcedureQuery.PAGE_SIZE ? hits.subList(0, ProcedureQuery.PAGE_SIZE) : hits,
				query.page(), more);
	}

	/** The conditions every phase shares: in force on the day, and the filters. */
	private static final class Filters {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new HashMap<>();

		Filters(ProcedureQuery query) {
			conditions.add("s.effective_from <= :day and (s.effective_to is null or s.effective_to >= :day)");
			params.put("day", query.day());
			if (query.fieldCode() != null) {
				conditions.add("s.field_code = :field");
				params.put("field", query.fieldCode());
			}
			if (query.level() != null) {
				conditions.add("s.levels @> array[cast(:level as text)]");
				params.put("level", query.level().name());
			}
			if (query.agency() != null) {
				conditions.add("s.agency_ids @> array[cast(:agency as uuid)]");
				params.put("agency", query.agency().value());
			}
			if (query.onlineLevel() != null) {
				conditions.add("s.online_level = :online");
				params.put("online", query.onlineLevel().name());
			}
		}

		private Filters(Filters other, String condition) {
			conditions.addAll(other.conditions);
			conditions.add(condition);
			params.putAll(other.params);
		}

		Filters and(String condition) {
			return new Filters(this, condition);
		}
	}

	/** Distinct words of the text, at most {@value #MAX_WORDS}; punctuation other than . - / separates. */
	static List<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}./-]+")) {
			if (!word.isBlank() && words.size() < MAX_WORDS) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static ProcedureHit hit(ResultSet rs, int row) throws SQLException {
		var levels = EnumSet.noneOf(ImplementingLevel.class);
		Array array = rs.getArray("levels");
		for (Object level : (Object[]) array.getArray()) {
			levels.add(ImplementingLevel.valueOf((String) level));
		}
		return new ProcedureHit(new ProcedureId(rs.getObject("procedure_id", UUID.class)),
				new ProcedureCode(rs.getString("code")), rs.getString("name"), rs.getString("field_code"),
				rs.getString("field_name"), levels, OnlineLevel.valueOf(rs.getString("online_level")),
				rs.getString("agency_names"));
	}
}
