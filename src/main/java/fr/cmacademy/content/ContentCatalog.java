package fr.cmacademy.content;

import fr.cmacademy.shared.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.internal.AssignmentFile;
import fr.cmacademy.content.internal.CertificateBlock;
import fr.cmacademy.content.internal.QuizFile;

/**
 * Reads the published content: the catalogue (four queries, whatever its size) and lesson
 * versions.
 */
@Service
@Transactional(readOnly = true)
public class ContentCatalog {

	/** One version of a lesson, as a learner reads it. */
	public record LessonVersion(String itemId, int version, Text title, int minutes, Text body) {
	}

	/** One version of a quiz: its texts and validated settings. */
	public record QuizVersion(String itemId, int version, Text title, Text intro, QuizDefinition definition) {
	}

	/** A question of a bank as quizzes draw it: its current version and category. */
	public record QuestionRef(String id, int version, String category) {
	}

	/** One version of a bank question: its GIFT text in each language. */
	public record QuestionText(String id, int version, String giftFr, String giftEn) {
	}

	private final JdbcClient jdbc;

	/**
	 * Parsed quiz and assignment versions. A stored version never changes (an edit makes
	 * a new one), so each is read and parsed once per server instead of on every page of
	 * every attempt.
	 */
	private final Map<String, QuizVersion> quizzes = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<String, AssignmentVersion> assignments = new java.util.concurrent.ConcurrentHashMap<>();

	ContentCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Catalog catalog() {
		Map<String, List<Text>> objectives = new HashMap<>();
		jdbc.sql("SELECT module_id, text_fr, text_en FROM content_objective ORDER BY module_id, position").query(rs -> {
			objectives.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new Text(rs.getString(2), rs.getString(3)));
		});
		Map<String, List<ItemEntry>> items = new HashMap<>();
		jdbc.sql("""
				SELECT i.id, i.module_id, i.kind, i.current_version, v.title_fr, v.title_en, v.minutes
				FROM content_item i JOIN content_item_version v ON v.item_id = i.id AND v.version = i.current_version
				WHERE i.active ORDER BY i.module_id, i.position
				""").query(rs -> {
			items.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
				.add(new ItemEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						new Text(rs.getString(5), rs.getString(6)), rs.getInt(7)));
		});
		Map<String, List<ModuleEntry>> modules = new HashMap<>();
		jdbc.sql("""
				SELECT id, programme_id, title_fr, title_en, summary_fr, summary_en, estimated_minutes,
				  completion_all, completion_items
				FROM content_module WHERE active ORDER BY programme_id, position
				""").query(rs -> {
			String id = rs.getString(1);
			String required = rs.getString(9);
			modules.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
				.add(new ModuleEntry(id, rs.getString(2), new Text(rs.getString(3), rs.getString(4)),
						new Text(rs.getString(5), rs.getString(6)), rs.getInt(7),
						List.copyOf(objectives.getOrDefault(id, List.of())), rs.getBoolean(8),
						required.isEmpty() ? List.of() : Arrays.asList(required.split(",")),
						List.copyOf(items.getOrDefault(id, List.of()))));
		});
		Map<String, ProgrammeEntry> programmes = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT id, title_fr, title_en, summary_fr, summary_en, self_enrol
				FROM content_programme WHERE active ORDER BY position
				""").query(rs -> {
			String id = rs.getString(1);
			programmes.put(id,
					new ProgrammeEntry(id, new Text(rs.getString(2), rs.getString(3)),
							new Text(rs.getString(4), rs.getString(5)), rs.getBoolean(6),
							List.copyOf(modules.getOrDefault(id, List.of()))));
		});
		return new Catalog(List.copyOf(programmes.values()));
	}

	/**
	 * The certificate rules of every active programme that leads to a certificate, read
	 * back from its stored {@code programme.yaml} with the reader that validated it.
	 */
	public List<CertificateRules> certificateRules() {
		Catalog catalog = catalog();
		List<CertificateRules> result = new ArrayList<>();
		jdbc.sql(
				"SELECT id, definition FROM content_programme WHERE active AND definition IS NOT NULL ORDER BY position")
			.query(rs -> {
				String id = rs.getString(1);
				List<String> moduleIds = catalog.programme(id)
					.map(p -> p.modules().stream().map(ModuleEntry::id).toList())
					.orElse(List.of());
				CertificateRules rules = CertificateBlock.readProgramme(rs.getString(2), id, moduleIds);
				if (rules != null) {
					result.add(rules);
				}
			});
		return result;
	}

	public Optional<CertificateRules> certificateRules(String programmeId) {
		return certificateRules().stream().filter(r -> r.programmeId().equals(programmeId)).findFirst();
	}

	public Optional<ModuleEntry> module(String moduleId) {
		return catalog().module(moduleId);
	}

	/** The module holding an active item. */
	public Optional<ModuleEntry> moduleOfItem(String itemId) {
		return catalog().moduleOfItem(itemId);
	}

	public Optional<QuizVersion> quiz(String itemId, int version) {
		QuizVersion cached = quizzes.get(itemId + "@" + version);
		return cached != null ? Optional.of(cached) : loadQuiz(itemId, version).map(q -> {
			quizzes.put(itemId + "@" + version, q);
			return q;
		});
	}

	private Optional<QuizVersion> loadQuiz(String itemId, int version) {
		return jdbc.sql("""
				SELECT v.title_fr, v.title_en, v.body_fr, v.body_en, v.definition
				FROM content_item_version v JOIN content_item i ON i.id = v.item_id
				WHERE v.item_id = :id AND v.version = :v AND i.kind = 'QUIZ'
				""").param("id", itemId).param("v", version).query((rs, row) -> {
			String definition = rs.getString(5);
			QuizFile.Parsed parsed = QuizFile.parse(definition, (line, message) -> {
				throw new IllegalStateException(
						"stored quiz " + itemId + " v" + version + " line " + line + ": " + message);
			});
			return new QuizVersion(itemId, version, new Text(rs.getString(1), rs.getString(2)),
					new Text(rs.getString(3), rs.getString(4)), java.util.Objects.requireNonNull(parsed).definition());
		}).optional();
	}

	/** One version of a written assignment: its title and validated definition. */
	public record AssignmentVersion(String itemId, int version, Text title, AssignmentDefinition definition) {
	}

	public Optional<AssignmentVersion> assignment(String itemId, int version) {
		AssignmentVersion cached = assignments.get(itemId + "@" + version);
		return cached != null ? Optional.of(cached) : loadAssignment(itemId, version).map(a -> {
			assignments.put(itemId + "@" + version, a);
			return a;
		});
	}

	private Optional<AssignmentVersion> loadAssignment(String itemId, int version) {
		return jdbc.sql("""
				SELECT v.title_fr, v.title_en, v.definition
				FROM content_item_version v JOIN content_item i ON i.id = v.item_id
				WHERE v.item_id = :id AND v.version = :v AND i.kind = 'ASSIGNMENT'
				""").param("id", itemId).param("v", version).query((rs, row) -> {
			AssignmentFile.Parsed parsed = AssignmentFile.parse(rs.getString(3), (line, message) -> {
				throw new IllegalStateException(
						"stored assignment " + itemId + " v" + version + " line " + line + ": " + message);
			});
			return new AssignmentVersion(itemId, version, new Text(rs.getString(1), rs.getString(2)),
					java.util.Objects.requireNonNull(parsed).definition());
		}).optional();
	}

	/** Every active bank question, with its current version and category. */
	public List<QuestionRef> activeQuestions() {
		return jdbc
			.sql("SELECT id, current_version, category FROM content_question WHERE active ORDER BY module_id, position")
			.query((rs, row) -> new QuestionRef(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/** The texts of the given question versions ({@code id} → version), in one query. */
	public List<QuestionText> questionTexts(Map<String, Integer> versions) {
		if (versions.isEmpty()) {
			return List.of();
		}
		List<QuestionText> result = new ArrayList<>();
		jdbc.sql(
				"SELECT question_id, version, gift_fr, gift_en FROM content_question_version WHERE question_id IN (:ids)"
						+ " AND version IN (:versions)")
			.param("ids", versions.keySet())
			.param("versions", java.util.Set.copyOf(versions.values()))
			.query(rs -> {
				if (Integer.valueOf(rs.getInt(2)).equals(versions.get(rs.getString(1)))) {
					result.add(new QuestionText(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
				}
			});
		return result;
	}

	/**
	 * The validated definition file (quiz.yaml, scenario.yaml) of an item version, and
	 * the names of the item's images.
	 */
	public record Definition(String itemId, int version, String text, java.util.Set<String> assetNames) {
	}

	public Optional<Definition> definition(String itemId, int version) {
		java.util.Set<String> assets = java.util.Set
			.copyOf(jdbc.sql("SELECT name FROM content_asset WHERE item_id = :id")
				.param("id", itemId)
				.query(String.class)
				.list());
		return jdbc.sql("SELECT definition FROM content_item_version WHERE item_id = :id AND version = :v")
			.param("id", itemId)
			.param("v", version)
			.query(String.class)
			.optional()
			.map(text -> new Definition(itemId, version, text, assets));
	}

	public Optional<LessonVersion> lesson(String itemId, int version) {
		return jdbc.sql("""
				SELECT item_id, version, title_fr, title_en, minutes, body_fr, body_en
				FROM content_item_version WHERE item_id = :id AND version = :v
				""")
			.param("id", itemId)
			.param("v", version)
			.query((rs, row) -> new LessonVersion(rs.getString(1), rs.getInt(2),
					new Text(rs.getString(3), rs.getString(4)), rs.getInt(5),
					new Text(rs.getString(6), rs.getString(7))))
			.optional();
	}

}
