package fr.cmacademy.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.authoring.internal.AuthoringStore;
import fr.cmacademy.authoring.internal.AuthoringStore.ModuleRow;
import fr.cmacademy.content.ContentOverlay;
import fr.cmacademy.content.ContentProblem;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.shared.Roles;

/**
 * Publishing drafts: the draft is laid over the content folder and goes through the same
 * validator and versioned loader as the files, in the same transaction as its version
 * record, so content and history never disagree. Learners in progress keep the item
 * versions they started. Reverting publishes an older version's files as a new version.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class PublishingService {

	private final AuthoringStore store;

	private final ContentSyncService sync;

	private final ContentOverlay overlay;

	private final AccountService accounts;

	private final Clock clock;

	PublishingService(AuthoringStore store, ContentSyncService sync, ContentOverlay overlay, AccountService accounts,
			Clock clock) {
		this.store = store;
		this.sync = sync;
		this.overlay = overlay;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Every problem the draft would have if published now; nothing is written. */
	@Transactional(readOnly = true)
	public List<ContentProblem> check(String moduleId) {
		ModuleRow row = row(moduleId);
		return local(row, sync.check(overlay.published().with(candidate(row, store.files(moduleId)))));
	}

	@Transactional
	public PublishResult publish(String moduleId, String note) {
		ModuleRow row = store.lock(moduleId)
			.orElseThrow(() -> new AuthoringException("authoring.error.module-unknown", moduleId));
		return publish(row, store.files(moduleId), note.strip().isEmpty() ? "" : limit(note.strip()));
	}

	/**
	 * Publishes version {@code version}'s files again as a new version (the draft becomes
	 * them too).
	 */
	@Transactional
	public PublishResult revert(String moduleId, int version) {
		ModuleRow row = store.lock(moduleId)
			.orElseThrow(() -> new AuthoringException("authoring.error.module-unknown", moduleId));
		Map<String, byte[]> files = ModuleFiles.unzip(store.archive(moduleId, version)
			.orElseThrow(() -> new AuthoringException("authoring.error.version-unknown", version)));
		PublishResult result = publish(row, files, limit("revert:" + version));
		if (result.published()) {
			String by = who();
			store.deleteAllFiles(moduleId);
			files.forEach((path, data) -> store.saveFile(moduleId, path, data, by, clock.instant()));
			store.published(moduleId, result.version());
		}
		return result;
	}

	/** The module's publications, newest first, each with the items it changed. */
	@Transactional(readOnly = true)
	public List<ModuleVersion> history(String moduleId) {
		row(moduleId);
		Map<Integer, List<ModuleVersion.ItemChange>> changes = new LinkedHashMap<>();
		store.changes(moduleId)
			.forEach(c -> changes.computeIfAbsent(c.version(), v -> new ArrayList<>())
				.add(new ModuleVersion.ItemChange(c.itemPath(), ModuleVersion.Kind.valueOf(c.changeKind()))));
		return store.versions(moduleId)
			.stream()
			.map(v -> new ModuleVersion(v.version(), v.publishedBy(), v.publishedAt(), v.note(),
					changes.getOrDefault(v.version(), List.of())))
			.toList();
	}

	/** The published module as a zip in the content/ format. */
	@Transactional(readOnly = true)
	public byte[] export(String moduleId) {
		ModuleRow row = row(moduleId);
		if (row.publishedVersion() == null) {
			throw new AuthoringException("authoring.error.not-published", moduleId);
		}
		return store.archive(moduleId, row.publishedVersion()).orElseThrow();
	}

	private PublishResult publish(ModuleRow row, Map<String, byte[]> files, String note) {
		ContentOverlay.OverlayModule module = candidate(row, files);
		ContentSyncService.Report report = sync.publish(overlay.published().with(module));
		if (!report.applied()) {
			return new PublishResult(false, 0, local(row, report.problems()));
		}
		int version = row.publishedVersion() == null ? 1 : row.publishedVersion() + 1;
		Map<String, byte[]> previous = row.publishedVersion() == null ? Map.of()
				: ModuleFiles.unzip(store.archive(row.id(), row.publishedVersion()).orElseThrow());
		store.insertVersion(row.id(), version, ModuleFiles.zip(files), who(), clock.instant(), note);
		changes(previous, files).forEach((item, kind) -> store.insertChange(row.id(), version, item, kind.name()));
		store.published(row.id(), version);
		return new PublishResult(true, version, List.of());
	}

	/** Items added, changed or removed between two file sets. */
	static Map<String, ModuleVersion.Kind> changes(Map<String, byte[]> before, Map<String, byte[]> after) {
		Set<String> items = new TreeSet<>();
		before.keySet().forEach(p -> items.add(ModuleFiles.itemOf(p)));
		after.keySet().forEach(p -> items.add(ModuleFiles.itemOf(p)));
		Map<String, ModuleVersion.Kind> result = new LinkedHashMap<>();
		for (String item : items) {
			Map<String, byte[]> b = of(before, item);
			Map<String, byte[]> a = of(after, item);
			if (b.isEmpty()) {
				result.put(item, ModuleVersion.Kind.ADDED);
			}
			else if (a.isEmpty()) {
				result.put(item, ModuleVersion.Kind.REMOVED);
			}
			else if (!ModuleFiles.same(a, b)) {
				result.put(item, ModuleVersion.Kind.CHANGED);
			}
		}
		return result;
	}

	private static Map<String, byte[]> of(Map<String, byte[]> files, String item) {
		Map<String, byte[]> result = new LinkedHashMap<>();
		files.forEach((p, d) -> {
			if (ModuleFiles.itemOf(p).equals(item)) {
				result.put(p, d);
			}
		});
		return result;
	}

	private static ContentOverlay.OverlayModule candidate(ModuleRow row, Map<String, byte[]> files) {
		return new ContentOverlay.OverlayModule(row.programmeId(), row.id(), row.folder(), files);
	}

	/** Problems of the module's own files named relative to the module folder. */
	private static List<ContentProblem> local(ModuleRow row, List<ContentProblem> problems) {
		return problems.stream().map(p -> {
			List<String> parts = Arrays.asList(p.file().split("/"));
			if (parts.size() > 3 && parts.get(0).equals("programmes") && parts.get(2).equals(row.folder())) {
				return new ContentProblem(String.join("/", parts.subList(3, parts.size())), p.line(), p.message());
			}
			return p;
		}).toList();
	}

	private ModuleRow row(String moduleId) {
		return store.module(moduleId)
			.orElseThrow(() -> new AuthoringException("authoring.error.module-unknown", moduleId));
	}

	private static String limit(String note) {
		return note.length() > 200 ? note.substring(0, 200) : note;
	}

	private String who() {
		return accounts.current()
			.map(UserAccount::username)
			.orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
