package fr.cmacademy.grading;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.grading.internal.WorkLoader;
import fr.cmacademy.grading.internal.WorkLoader.Loaded;
import fr.cmacademy.grading.internal.WorkRepository;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;
import fr.cmacademy.shared.TrainerScope;

/**
 * The grading queue and the work in it, for trainers and admins. A trainer sees only the
 * work of the learners of the cohorts they currently train ({@link TrainerScope}, checked
 * in the queue's SQL and per piece of work); admins see everyone's.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class GradingQueueService {

	private final WorkRepository work;

	private final WorkLoader loader;

	private final ContentCatalog content;

	private final TrainerScope scope;

	private final Clock clock;

	GradingQueueService(WorkRepository work, WorkLoader loader, ContentCatalog content, TrainerScope scope,
			Clock clock) {
		this.work = work;
		this.loader = loader;
		this.content = content;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * A page of the queue, oldest submission first.
	 * @throws org.springframework.security.access.AccessDeniedException when the filter
	 * names a cohort the user may not look at
	 */
	@Transactional(readOnly = true)
	public List<QueueEntry> queue(QueueFilter filter, int offset, int limit) {
		Catalog catalog = content.catalog();
		return work.page(filter, scope(filter), clock.instant(), offset, limit)
			.stream()
			.map(row -> entry(row, catalog))
			.toList();
	}

	/**
	 * How much work the filter lists.
	 * @throws org.springframework.security.access.AccessDeniedException when the filter
	 * names a cohort the user may not look at
	 */
	@Transactional(readOnly = true)
	public int count(QueueFilter filter) {
		return work.count(filter, scope(filter), clock.instant());
	}

	private TrainerScope.Condition scope(QueueFilter filter) {
		return scope.learners("w.learner_id", filter.cohortId());
	}

	/** The modules work can come from, for the queue's filter. */
	public List<ModuleEntry> modules() {
		return content.catalog().programmes().stream().flatMap(p -> p.modules().stream()).toList();
	}

	/**
	 * A piece of work with its rubric, grade and history; work of a learner outside the
	 * user's scope is not found, like unknown work.
	 */
	@Transactional(readOnly = true)
	public GradingWork work(long workId) {
		WorkRow row = find(workId);
		Loaded loaded = loader.load(row);
		return new GradingWork(entry(row, content.catalog()), loaded.work(), loaded.rubric(),
				GradingService.grade(row, work.criteria(workId)), work.audit(workId), loaded.passMark());
	}

	/**
	 * The work to grade after this one: the next in the filter's order, or else the first
	 * one left before it.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> next(long workId, QueueFilter filter) {
		WorkRow row = find(workId);
		TrainerScope.Condition condition = scope(filter);
		return work.next(filter, condition, clock.instant(), row.submittedAt(), workId)
			.or(() -> work.page(filter, condition, clock.instant(), 0, 2)
				.stream()
				.map(WorkRow::id)
				.filter(id -> id != workId)
				.findFirst());
	}

	private WorkRow find(long workId) {
		return work.find(workId)
			.filter(row -> scope.currentUserSees(row.learnerId()))
			.orElseThrow(() -> new WorkNotFoundException(workId));
	}

	static QueueEntry entry(WorkRow row, Catalog catalog) {
		Text item = catalog.item(row.itemId())
			.map(Catalog.ItemEntry::title)
			.orElse(new Text(row.itemId(), row.itemId()));
		Text module = catalog.module(row.moduleId())
			.map(ModuleEntry::title)
			.orElse(new Text(row.moduleId(), row.moduleId()));
		return new QueueEntry(row.id(), row.kind(), row.learnerId(), row.learnerName(), row.itemId(), item,
				row.moduleId(), module, row.submittedAt(), row.state(), row.points(), row.maxPoints(), row.sourceId(),
				row.slot());
	}

}
