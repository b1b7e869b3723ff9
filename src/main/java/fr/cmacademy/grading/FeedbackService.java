package fr.cmacademy.grading;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.grading.internal.WorkLoader;
import fr.cmacademy.grading.internal.WorkRepository;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;

/**
 * Released grades as learners read them: only their own, and never a draft. Admins may
 * read any released grade, trainers those of the learners of the cohorts they train.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FeedbackService {

	/** A released grade with the rubric it was given on. */
	public record Feedback(QueueEntry entry, GradingWork.Work work, List<RubricCriterion> rubric,
			GradingWork.Grade grade, boolean changed) {
	}

	private final WorkRepository work;

	private final WorkLoader loader;

	private final ContentCatalog content;

	private final AccountService accounts;

	FeedbackService(WorkRepository work, WorkLoader loader, ContentCatalog content, AccountService accounts) {
		this.work = work;
		this.loader = loader;
		this.content = content;
		this.accounts = accounts;
	}

	/** The released grade of a piece of work, if there is one the user may read. */
	@Transactional(readOnly = true)
	public Optional<Feedback> feedback(WorkKind kind, long sourceId, int slot) {
		return work.findBySource(kind, sourceId, slot)
			.filter(row -> row.state() == GradeState.RELEASED && accounts.mayRead(row.learnerId()))
			.map(this::feedback);
	}

	/** The signed-in learner's released grades, newest first. */
	@Transactional(readOnly = true)
	public List<QueueEntry> mine() {
		long user = accounts.currentUserId().orElseThrow();
		Catalog catalog = content.catalog();
		return work.released(user).stream().map(row -> GradingQueueService.entry(row, catalog)).toList();
	}

	private Feedback feedback(WorkRow row) {
		WorkLoader.Loaded loaded = loader.load(row);
		boolean changed = work.audit(row.id()).stream().anyMatch(a -> a.action().equals("CHANGE"));
		return new Feedback(GradingQueueService.entry(row, content.catalog()), loaded.work(), loaded.rubric(),
				GradingService.grade(row, work.criteria(row.id())), changed);
	}

}
