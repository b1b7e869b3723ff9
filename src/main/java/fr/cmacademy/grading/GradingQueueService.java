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

/**
 * The grading queue and the work in it, for trainers and admins. Until cohorts assign
 * learners to trainers, every trainer sees every learner's work.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class GradingQueueService {

	private final WorkRepository work;

	private final WorkLoader loader;

	private final ContentCatalog content;

	private final Clock clock;

	GradingQueueService(WorkRepository work, WorkLoader loader, ContentCatalog content, Clock clock) {
		this.work = work;
		this.loader = loader;
		this.content = content;
		this.clock = clock;
	}

	/** A page of the queue, oldest submission first. */
	@Transactional(readOnly = true)
	public List<QueueEntry> queue(QueueFilter filter, int offset, int limit) {
		Catalog catalog = content.catalog();
		return work.page(filter, clock.instant(), offset, limit).stream().map(row -> entry(row, catalog)).toList();
	}

	@Transactional(readOnly = true)
	public int count(QueueFilter filter) {
		return work.count(filter, clock.instant());
	}

	/** The modules work can come from, for the queue's filter. */
	public List<ModuleEntry> modules() {
		return content.catalog().programmes().stream().flatMap(p -> p.modules().stream()).toList();
	}

	/** A piece of work with its rubric, grade and history. */
	@Transactional(readOnly = true)
	public GradingWork work(long workId) {
		WorkRow row = work.find(workId).orElseThrow(() -> new WorkNotFoundException(workId));
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
		WorkRow row = work.find(workId).orElseThrow(() -> new WorkNotFoundException(workId));
		return work.next(filter, clock.instant(), row.submittedAt(), workId)
			.or(() -> work.page(filter, clock.instant(), 0, 2)
				.stream()
				.map(WorkRow::id)
				.filter(id -> id != workId)
				.findFirst());
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
