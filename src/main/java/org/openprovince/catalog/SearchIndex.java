package org.openprovince.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The search table {@code catalog_search}: one row per version, written when a version is added and
 * when its agencies change, and the search itself. Words are matched accent-insensitively through
 * {@code catalog_fold} against a trigram-indexed document (code, name, field, agency names): every word
 * must occur, or the whole text must be similar to a part of the document (pg_trgm word similarity ≥
 * 0.6), which forgives a typo or a missing word. Hits are ranked by that similarity.
 */
@Component
class SearchIndex {

	private static final int MAX_WORDS = 8;

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

	SearchResult search(ProcedureQuery query) {
		List<String> conditions = new ArrayList<>();
		var params = new java.util.HashMap<String, Object>();
		conditions.add("s.effective_from <= :day and (s.effective_to is null or s.effective_to >= :day)");
		params.put("day", query.day());
		String order = "s.code";
		if (query.text() != null) {
			List<String> words = words(query.text());
			List<String> likes = new ArrayList<>();
			for (int i = 0; i < words.size(); i++) {
				likes.add("s.document like ('%' || catalog_fold(:w" + i + ") || '%')");
				params.put("w" + i, escapeLike(words.get(i)));
			}
			params.put("text", query.text());
			String allWords = likes.isEmpty() ? "false" : String.join(" and ", likes);
			conditions.add("((" + allWords + ") or catalog_fold(:text) <% s.document)");
			order = "word_similarity(catalog_fold(:text), s.document) desc, s.code";
		}
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
		List<ProcedureHit> hits = jdbc.sql("""
				select s.procedure_id, s.code, s.name, s.field_code, s.field_name, s.levels, s.online_level,
				       s.agency_names
				from catalog_search s
				where %s
				order by %s
				limit %d offset %d""".formatted(String.join(" and ", conditions), order, ProcedureQuery.PAGE_SIZE + 1,
				query.page() * ProcedureQuery.PAGE_SIZE))
			.params(params)
			.query(SearchIndex::hit)
			.list();
		boolean more = hits.size() > ProcedureQuery.PAGE_SIZE && query.page() < ProcedureQuery.MAX_PAGE;
		return new SearchResult(more ? hits.subList(0, ProcedureQuery.PAGE_SIZE) : hits, query.page(), more);
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
