package fr.cmacademy.learning;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.ContentCatalog.LessonVersion;
import fr.cmacademy.learning.internal.ProgressRepository;
import fr.cmacademy.learning.internal.ProgressRepository.Row;
import fr.cmacademy.shared.Roles;

/**
 * The signed-in learner's enrolments and progress. Every method works on the current user
 * only, and lessons open only in programmes the learner is enrolled in.
 */
@Service
@PreAuthorize("hasRole('" + Roles.LEARNER + "')")
public class ProgressService {

	/**
	 * Longest stretch of reading counted at once: a tab left open overnight is not eight
	 * hours of study.
	 */
	static final Duration MAX_SESSION = Duration.ofMinutes(30);

	/** A lesson opened by the learner: the version they read and its module. */
	public record OpenedLesson(LessonVersion lesson, ModuleEntry module, ItemStatus status) {
	}

	private final ProgressRepository progress;

	private final ContentCatalog content;

	private final AccountService accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProgressService(ProgressRepository progress, ContentCatalog content, AccountService accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.progress = progress;
		this.content = content;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Set<String> enrolments() {
		return progress.enrolments(userId());
	}

	@Transactional
	public void enrol(String programmeId) {
		ProgrammeEntry programme = content.catalog()
			.programme(programmeId)
			.orElseThrow(() -> new IllegalArgumentException("No programme " + programmeId));
		if (!programme.selfEnrol()) {
			throw new AccessDeniedException("Programme " + programmeId + " does not allow self-enrolment");
		}
		progress.enrol(userId(), programmeId, clock.instant());
	}

	/** Progress on every module of the catalogue (one query). */
	@Transactional(readOnly = true)
	public Map<String, ModuleProgress> progress(Catalog catalog) {
		Map<String, Row> rows = progress.rows(userId());
		Map<String, ModuleProgress> result = new HashMap<>();
		for (ProgrammeEntry programme : catalog.programmes()) {
			for (ModuleEntry module : programme.modules()) {
				result.put(module.id(), moduleProgress(module, rows));
			}
		}
		return result;
	}

	@Transactional(readOnly = true)
	public ModuleProgress progress(ModuleEntry module) {
		return moduleProgress(module, progress.rows(userId()));
	}

	/**
	 * Opens a lesson: starts it at the current version the first time, and keeps showing
	 * the version the learner started until they finish it.
	 */
	@Transactional
	public OpenedLesson openLesson(String itemId) {
		long user = userId();
		ModuleEntry module = content.moduleOfItem(itemId).orElseThrow(() -> new IllegalArgumentException(itemId));
		if (!progress.enrolments(user).contains(module.programmeId())) {
			throw new AccessDeniedException("Not enrolled in " + module.programmeId());
		}
		ItemEntry item = lessonItem(module, itemId);
		progress.touch(user, itemId, item.currentVersion(), clock.instant());
		Row row = progress.row(user, itemId).orElseThrow();
		int version = row.completed() ? item.currentVersion() : row.version();
		LessonVersion lesson = content.lesson(itemId, version).orElseThrow();
		return new OpenedLesson(lesson, module, row.completed() ? ItemStatus.DONE : ItemStatus.IN_PROGRESS);
	}

	/** Adds reading time to an item, at most {@link #MAX_SESSION} at once. */
	@Transactional
	public void addTime(String itemId, Duration spent) {
		long seconds = Math.min(Math.max(0, spent.toSeconds()), MAX_SESSION.toSeconds());
		if (seconds > 0) {
			progress.addTime(userId(), itemId, (int) seconds);
		}
	}

	@Transactional
	public void complete(String itemId) {
		ModuleEntry module = content.moduleOfItem(itemId).orElseThrow(() -> new IllegalArgumentException(itemId));
		ItemEntry item = lessonItem(module, itemId);
		long user = userId();
		if (progress.row(user, itemId).isEmpty()) {
			throw new IllegalStateException("Open the item before completing it");
		}
		progress.complete(user, itemId, item.currentVersion(), clock.instant());
		events.publishEvent(new ItemCompleted(user, itemId));
	}

	/**
	 * Where to continue: the unfinished item seen most recently, else the first item not
	 * started in an enrolled programme.
	 */
	@Transactional(readOnly = true)
	public Optional<ItemEntry> continueWith(Catalog catalog) {
		long user = userId();
		Set<String> enrolled = progress.enrolments(user);
		Map<String, Row> rows = progress.rows(user);
		List<ItemEntry> items = catalog.programmes()
			.stream()
			.filter(p -> enrolled.contains(p.id()))
			.flatMap(p -> p.modules().stream())
			.flatMap(m -> m.items().stream())
			.toList();
		Optional<ItemEntry> recent = items.stream()
			.filter(i -> rows.containsKey(i.id()) && !rows.get(i.id()).completed())
			.max(Comparator.comparing(i -> rows.get(i.id()).lastSeen()));
		return recent.or(() -> items.stream().filter(i -> !rows.containsKey(i.id())).findFirst());
	}

	static ModuleProgress moduleProgress(ModuleEntry module, Map<String, Row> rows) {
		Map<String, ItemStatus> statuses = new HashMap<>();
		for (ItemEntry item : module.items()) {
			Row row = rows.get(item.id());
			statuses.put(item.id(),
					row == null ? ItemStatus.NOT_STARTED : row.completed() ? ItemStatus.DONE : ItemStatus.IN_PROGRESS);
		}
		return new ModuleProgress(module, Map.copyOf(statuses));
	}

	/** A lesson of the module; quizzes are completed by passing them, not by a click. */
	private static ItemEntry lessonItem(ModuleEntry module, String itemId) {
		ItemEntry item = module.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
		if (!"LESSON".equals(item.kind())) {
			throw new IllegalArgumentException(itemId + " is not a lesson");
		}
		return item;
	}

	private long userId() {
		return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

}
