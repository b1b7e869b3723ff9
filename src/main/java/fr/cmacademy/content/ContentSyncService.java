package fr.cmacademy.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.content.ContentSet.Item;
import fr.cmacademy.content.ContentSet.Module;
import fr.cmacademy.content.ContentSet.Programme;
import fr.cmacademy.content.internal.ContentStore;
import fr.cmacademy.content.internal.OverlayTree;
import fr.cmacademy.shared.Roles;

/**
 * Syncs the content folder into the database: at start-up and when an admin asks.
 * Idempotent (a second run writes nothing), versioned (an item whose text changed gets a
 * new version; learners who started the old one keep it until they finish), and all or
 * nothing: if the folder is invalid, or would remove an item learners have worked on,
 * nothing changes, every problem is logged, and the last good content keeps being served.
 */
@Service
public class ContentSyncService {

	private static final Log log = LogFactory.getLog(ContentSyncService.class);

	/** The outcome of the last sync, for the admin's platform page. */
	public record Report(Instant at, Duration took, boolean applied, int programmes, int modules, int items,
			int newVersions, List<ContentProblem> problems) {
	}

	private final ContentStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Path folder;

	private final ObjectProvider<ContentOverlay> overlays;

	private volatile @Nullable Report last;

	ContentSyncService(ContentStore store, TransactionTemplate transactions, Clock clock,
			@Value("${cm.content.dir:content}") Path folder, ObjectProvider<ContentOverlay> overlays) {
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
		this.folder = folder;
		this.overlays = overlays;
	}

	/** Syncs the configured folder; called at start-up. */
	public Report syncAtStartup() {
		if (!Files.isDirectory(folder)) {
			log.warn("No content folder at " + folder.toAbsolutePath() + " (cm.content.dir): serving the content"
					+ " already in the database");
			return remember(new Report(clock.instant(), Duration.ZERO, false, 0, 0, 0, 0,
					List.of(new ContentProblem(folder.toString(), 1, "content folder not found"))));
		}
		return sync(folder);
	}

	/** Reloads the content folder now (admin action). */
	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	public Report reload() {
		return sync(folder);
	}

	/**
	 * Publishes modules edited in the browser: the content folder with {@code candidate}
	 * laid over it is validated and loaded exactly like a reload (same validator, same
	 * versioning, same refusal to drop items learners have worked on). Joins the caller's
	 * transaction, so the caller's own records commit or roll back with the content.
	 */
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public Report publish(ContentOverlay.Snapshot candidate) {
		return sync(folder, candidate, false);
	}

	/** Validates the folder with {@code candidate} laid over it; loads nothing. */
	@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
	public List<ContentProblem> check(ContentOverlay.Snapshot candidate) {
		try (OverlayTree tree = OverlayTree.build(folder, candidate)) {
			if (!tree.problems.isEmpty()) {
				return tree.problems;
			}
			return ContentValidator.validate(tree.root).problems();
		}
	}

	public @Nullable Report lastReport() {
		return last;
	}

	Report sync(Path dir) {
		return sync(dir, overlay(), true);
	}

	private ContentOverlay.Snapshot overlay() {
		ContentOverlay overlay = overlays.getIfAvailable();
		return overlay == null ? ContentOverlay.Snapshot.EMPTY : overlay.published();
	}

	private synchronized Report sync(Path dir, ContentOverlay.Snapshot overlay, boolean remember) {
		if (overlay.isEmpty()) {
			return sync(dir, List.of(), remember);
		}
		try (OverlayTree tree = OverlayTree.build(dir, overlay)) {
			return sync(tree.root, tree.problems, remember);
		}
	}

	private Report sync(Path dir, List<ContentProblem> overlayProblems, boolean remember) {
		Instant start = clock.instant();
		long t0 = System.nanoTime();
		ContentValidator.Result result = overlayProblems.isEmpty() ? ContentValidator.validate(dir)
				: new ContentValidator.Result(null, overlayProblems);
		if (!result.valid()) {
			result.problems().forEach(p -> log.error("Content not loaded: " + p));
			Report refusedReport = new Report(start, elapsed(t0), false, 0, 0, 0, 0, result.problems());
			return remember ? remember(refusedReport) : refusedReport;
		}
		ContentSet content = result.content();
		List<ContentProblem> refused = removalsWithHistory(content);
		if (!refused.isEmpty()) {
			refused.forEach(p -> log.error("Content not loaded: " + p));
			Report refusedReport = new Report(start, elapsed(t0), false, 0, 0, 0, 0, refused);
			return remember ? remember(refusedReport) : refusedReport;
		}
		int newVersions = transactions.execute(status -> apply(content, start));
		Report report = new Report(start, elapsed(t0), true, content.programmes().size(),
				(int) content.modules().count(), (int) content.items().count(), newVersions, List.of());
		log.info("Content synced from " + (remember ? dir : "the authoring overlay") + " in " + report.took().toMillis()
				+ " ms: " + report.items() + " items, " + newVersions + " new version(s)");
		return remember(report);
	}

	private int apply(ContentSet content, Instant now) {
		Map<String, String> programmeHashes = store.programmeHashes();
		Map<String, ContentStore.StoredItem> storedItems = store.storedItems();
		Map<String, ContentStore.StoredItem> storedQuestions = store.storedQuestions();
		int newVersions = 0;
		List<Programme> programmes = content.programmes();
		for (int p = 0; p < programmes.size(); p++) {
			Programme programme = programmes.get(p);
			if (programme.hash().equals(programmeHashes.get(programme.id()))) {
				continue;
			}
			store.saveProgramme(programme, p, now);
			for (int m = 0; m < programme.modules().size(); m++) {
				Module module = programme.modules().get(m);
				store.saveModule(programme.id(), module, m, now);
				for (int i = 0; i < module.items().size(); i++) {
					Item item = module.items().get(i);
					if (store.saveItem(module.id(), item, i, storedItems.get(item.id()), now)) {
						newVersions++;
					}
				}
				for (int q = 0; q < module.questions().size(); q++) {
					ContentSet.BankQuestion question = module.questions().get(q);
					if (store.saveQuestion(module.id(), question, q, storedQuestions.get(question.id()), now)) {
						newVersions++;
					}
				}
			}
		}
		store.deactivateAllExcept(content);
		return newVersions;
	}

	/**
	 * Items the files no longer declare but some learner has progress on: their removal
	 * is refused.
	 */
	private List<ContentProblem> removalsWithHistory(ContentSet content) {
		Set<String> declared = content.items().map(Item::id).collect(java.util.stream.Collectors.toSet());
		Set<String> removed = new HashSet<>(store.activeItemIds());
		removed.removeAll(declared);
		List<ContentProblem> problems = new ArrayList<>();
		store.learnersPerItem(removed)
			.forEach((id,
					learners) -> problems.add(new ContentProblem("content", 1,
							"item '" + id + "' was removed from the files but " + learners
									+ " learner(s) have progress on it: put it"
									+ " back (the id must stay the same) to keep their history")));
		return problems.stream().sorted().toList();
	}

	private Report remember(Report report) {
		last = report;
		return report;
	}

	private static Duration elapsed(long t0) {
		return Duration.ofNanos(System.nanoTime() - t0);
	}

}
