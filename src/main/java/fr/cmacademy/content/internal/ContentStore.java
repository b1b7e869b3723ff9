package fr.cmacademy.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cmacademy.content.ContentSet;
import fr.cmacademy.content.ContentSet.Item;
import fr.cmacademy.content.ContentSet.Module;
import fr.cmacademy.content.ContentSet.Programme;

/**
 * Writes synced content. Each level carries a hash of everything below it, so an
 * unchanged programme costs one comparison and no write.
 */
@Repository
public class ContentStore {

	private final JdbcClient jdbc;

	ContentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<String, String> programmeHashes() {
		return hashes("SELECT id, content_hash FROM content_programme WHERE active");
	}

	/**
	 * What is stored of an item: its current version, that version's hash, its assets'
	 * hashes.
	 */
	public record StoredItem(int version, String hash, Map<String, String> assetHashes) {
	}

	/** Every stored item, active or not, read in two queries whatever their number. */
	public Map<String, StoredItem> storedItems() {
		Map<String, Map<String, String>> assets = new HashMap<>();
		jdbc.sql("SELECT item_id, name, content_hash FROM content_asset").query(rs -> {
			assets.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
		});
		Map<String, StoredItem> items = new HashMap<>();
		jdbc.sql("""
				SELECT i.id, i.current_version, v.content_hash FROM content_item i
				JOIN content_item_version v ON v.item_id = i.id AND v.version = i.current_version
				""").query(rs -> {
			items.put(rs.getString(1),
					new StoredItem(rs.getInt(2), rs.getString(3), assets.getOrDefault(rs.getString(1), Map.of())));
		});
		return items;
	}

	public Set<String> activeItemIds() {
		return Set.copyOf(jdbc.sql("SELECT id FROM content_item WHERE active").query(String.class).list());
	}

	/** Items among the given ids that some learner has started. */
	public Map<String, Long> learnersPerItem(Set<String> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> result = new HashMap<>();
		jdbc.sql("SELECT item_id, COUNT(*) FROM item_progress WHERE item_id IN (:ids) GROUP BY item_id")
			.param("ids", itemIds)
			.query(rs -> {
				result.put(rs.getString(1), rs.getLong(2));
			});
		return result;
	}

	public void saveProgramme(Programme p, int position, Instant now) {
		jdbc.sql("""
				INSERT INTO content_programme (id, position, title_fr, title_en, summary_fr, summary_en, self_enrol,
				  content_hash, definition, active, updated_at)
				VALUES (:id, :pos, :tfr, :ten, :sfr, :sen, :self, :hash, :definition, TRUE, :now)
				ON DUPLICATE KEY UPDATE position = VALUES(position), title_fr = VALUES(title_fr),
				  title_en = VALUES(title_en), summary_fr = VALUES(summary_fr), summary_en = VALUES(summary_en),
				  self_enrol = VALUES(self_enrol), content_hash = VALUES(content_hash), definition = VALUES(definition),
				  active = TRUE,
				  updated_at = VALUES(updated_at)
				""")
			.param("id", p.id())
			.param("pos", position)
			.param("tfr", p.title().fr())
			.param("ten", p.title().en())
			.param("sfr", p.summary().fr())
			.param("sen", p.summary().en())
			.param("self", p.selfEnrol())
			.param("hash", p.hash())
			.param("definition", p.definition())
			.param("now", Timestamp.from(now))
			.update();
	}

	public void saveModule(String programmeId, Module m, int position, Instant now) {
		jdbc.sql("""
				INSERT INTO content_module (id, programme_id, position, folder, title_fr, title_en, summary_fr,
				  summary_en, estimated_minutes, completion_all, completion_items, content_hash, active, updated_at)
				VALUES (:id, :prog, :pos, :folder, :tfr, :ten, :sfr, :sen, :minutes, :all, :items, :hash, TRUE, :now)
				ON DUPLICATE KEY UPDATE programme_id = VALUES(programme_id), position = VALUES(position),
				  folder = VALUES(folder), title_fr = VALUES(title_fr), title_en = VALUES(title_en),
				  summary_fr = VALUES(summary_fr), summary_en = VALUES(summary_en),
				  estimated_minutes = VALUES(estimated_minutes), completion_all = VALUES(completion_all),
				  completion_items = VALUES(completion_items), content_hash = VALUES(content_hash), active = TRUE,
				  updated_at = VALUES(updated_at)
				""")
			.param("id", m.id())
			.param("prog", programmeId)
			.param("pos", position)
			.param("folder", m.folder())
			.param("tfr", m.title().fr())
			.param("ten", m.title().en())
			.param("sfr", m.summary().fr())
			.param("sen", m.summary().en())
			.param("minutes", m.estimatedMinutes())
			.param("all", m.completion().all())
			.param("items", String.join(",", m.completion().itemIds()))
			.param("hash", m.hash())
			.param("now", Timestamp.from(now))
			.update();
		jdbc.sql("DELETE FROM content_objective WHERE module_id = :id").param("id", m.id()).update();
		for (int i = 0; i < m.objectives().size(); i++) {
			jdbc.sql(
					"INSERT INTO content_objective (module_id, position, text_fr, text_en) VALUES (:id, :pos, :fr, :en)")
				.param("id", m.id())
				.param("pos", i)
				.param("fr", m.objectives().get(i).fr())
				.param("en", m.objectives().get(i).en())
				.update();
		}
	}

	/**
	 * Saves an item; a new version is added only when its content changed.
	 * @param stored what is stored of the item, or null for a new one
	 * @return true when a new version was created
	 */
	public boolean saveItem(String moduleId, Item item, int position, @Nullable StoredItem stored, Instant now) {
		boolean changed = stored == null || !item.hash().equals(stored.hash());
		int version = stored == null ? 1 : (changed ? stored.version() + 1 : stored.version());
		jdbc.sql("""
				INSERT INTO content_item (id, module_id, position, kind, folder, current_version, active, updated_at)
				VALUES (:id, :mod, :pos, :kind, :folder, :v, TRUE, :now)
				ON DUPLICATE KEY UPDATE module_id = VALUES(module_id), position = VALUES(position), kind = VALUES(kind),
				  folder = VALUES(folder), current_version = VALUES(current_version), active = TRUE,
				  updated_at = VALUES(updated_at)
				""")
			.param("id", item.id())
			.param("mod", moduleId)
			.param("pos", position)
			.param("kind", item.kind().name())
			.param("folder", item.folder())
			.param("v", version)
			.param("now", Timestamp.from(now))
			.update();
		if (changed) {
			insertVersion(item, version, now);
		}
		saveAssets(item, stored == null ? Map.of() : stored.assetHashes());
		return changed;
	}

	/**
	 * Writes the item's images that are new or changed. Images no longer in the folder
	 * stay stored: a lesson version still being read may show them.
	 */
	private void saveAssets(Item item, Map<String, String> storedHashes) {
		for (ContentSet.Asset asset : item.assets()) {
			if (asset.hash().equals(storedHashes.get(asset.name()))) {
				continue;
			}
			jdbc.sql("""
					INSERT INTO content_asset (item_id, name, media_type, data, content_hash)
					VALUES (:id, :name, :type, :data, :hash)
					ON DUPLICATE KEY UPDATE media_type = VALUES(media_type), data = VALUES(data),
					  content_hash = VALUES(content_hash)
					""")
				.param("id", item.id())
				.param("name", asset.name())
				.param("type", asset.mediaType())
				.param("data", asset.data())
				.param("hash", asset.hash())
				.update();
		}
	}

	private void insertVersion(Item item, int version, Instant now) {
		jdbc.sql("""
				INSERT INTO content_item_version (item_id, version, content_hash, title_fr, title_en, minutes,
				  body_fr, body_en, definition, created_at)
				VALUES (:id, :v, :hash, :tfr, :ten, :min, :bfr, :ben, :def, :now)
				""")
			.param("id", item.id())
			.param("v", version)
			.param("hash", item.hash())
			.param("tfr", item.title().fr())
			.param("ten", item.title().en())
			.param("min", item.minutes())
			.param("bfr", item.body().fr())
			.param("ben", item.body().en())
			.param("def", item.definition())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Current version and hash of every stored question. */
	public Map<String, StoredItem> storedQuestions() {
		Map<String, StoredItem> result = new HashMap<>();
		jdbc.sql("""
				SELECT q.id, q.current_version, v.content_hash FROM content_question q
				JOIN content_question_version v ON v.question_id = q.id AND v.version = q.current_version
				""").query(rs -> {
			result.put(rs.getString(1), new StoredItem(rs.getInt(2), rs.getString(3), Map.of()));
		});
		return result;
	}

	/**
	 * Saves a bank question; a new version is added only when its text changed.
	 * @return true when a new version was created
	 */
	public boolean saveQuestion(String moduleId, ContentSet.BankQuestion question, int position,
			@Nullable StoredItem stored, Instant now) {
		boolean changed = stored == null || !question.hash().equals(stored.hash());
		int version = stored == null ? 1 : (changed ? stored.version() + 1 : stored.version());
		jdbc.sql("""
				INSERT INTO content_question (id, module_id, bank, position, category, qtype, current_version, active,
				  updated_at)
				VALUES (:id, :mod, :bank, :pos, :cat, :type, :v, TRUE, :now)
				ON DUPLICATE KEY UPDATE module_id = VALUES(module_id), bank = VALUES(bank), position = VALUES(position),
				  category = VALUES(category), qtype = VALUES(qtype), current_version = VALUES(current_version),
				  active = TRUE, updated_at = VALUES(updated_at)
				""")
			.param("id", question.id())
			.param("mod", moduleId)
			.param("bank", question.bank())
			.param("pos", position)
			.param("cat", question.category())
			.param("type", question.type())
			.param("v", version)
			.param("now", Timestamp.from(now))
			.update();
		if (changed) {
			jdbc.sql(
					"""
							INSERT INTO content_question_version (question_id, version, content_hash, gift_fr, gift_en, created_at)
							VALUES (:id, :v, :hash, :fr, :en, :now)
							""")
				.param("id", question.id())
				.param("v", version)
				.param("hash", question.hash())
				.param("fr", question.giftFr())
				.param("en", question.giftEn())
				.param("now", Timestamp.from(now))
				.update();
		}
		return changed;
	}

	/** Hides what the files no longer declare (its history stays). */
	public void deactivateAllExcept(ContentSet content) {
		List<String> programmes = content.programmes().stream().map(Programme::id).toList();
		List<String> modules = content.modules().map(Module::id).toList();
		List<String> items = content.items().map(Item::id).toList();
		deactivate("content_programme", programmes);
		deactivate("content_module", modules);
		deactivate("content_item", items);
		deactivate("content_question",
				content.modules().flatMap(m -> m.questions().stream()).map(q -> q.id()).toList());
	}

	private void deactivate(String table, List<String> keep) {
		if (keep.isEmpty()) {
			jdbc.sql("UPDATE " + table + " SET active = FALSE").update();
		}
		else {
			jdbc.sql("UPDATE " + table + " SET active = FALSE WHERE id NOT IN (:ids)").param("ids", keep).update();
		}
	}

	private Map<String, String> hashes(String sql) {
		Map<String, String> result = new HashMap<>();
		jdbc.sql(sql).query(rs -> {
			result.put(rs.getString(1), rs.getString(2));
		});
		return result;
	}

}
