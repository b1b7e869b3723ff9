package fr.cmacademy.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.AccountService;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.grading.GradeInput.CriterionInput;
import fr.cmacademy.grading.GradingWork.CriterionGrade;
import fr.cmacademy.grading.internal.GradeApplier;
import fr.cmacademy.grading.internal.WorkLoader;
import fr.cmacademy.grading.internal.WorkLoader.Loaded;
import fr.cmacademy.grading.internal.WorkRepository;
import fr.cmacademy.grading.internal.WorkRepository.WorkRow;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.TrainerScope;

/**
 * Grading a piece of work: a draft the learner does not see, the release, and changes to
 * a released grade (with a reason). Every save quotes the revision the grader saw, so two
 * graders never overwrite each other, and is written to the audit trail. A trainer grades
 * only the work of the learners of the cohorts they train: other work is not found.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
public class GradingService {

	private final WorkRepository work;

	private final WorkLoader loader;

	private final GradeApplier applier;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final TrainerScope scope;

	private final Clock clock;

	GradingService(WorkRepository work, WorkLoader loader, GradeApplier applier, AccountService accounts,
			ApplicationEventPublisher events, TrainerScope scope, Clock clock) {
		this.scope = scope;
		this.work = work;
		this.loader = loader;
		this.applier = applier;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Saves a grade the learner does not see yet; criteria may still be open. */
	@Transactional
	public void saveDraft(long workId, GradeInput input, int revision) {
		WorkRow row = row(workId);
		if (row.state() == GradeState.RELEASED) {
			throw new GradingException("grading.error.already-released", null);
		}
		Loaded loaded = loader.load(row);
		Map<String, CriterionGrade> criteria = criteria(loaded.rubric(), input, false);
		save(row, GradeState.DRAFT, criteria, input.comment(), revision, "DRAFT", null);
	}

	/**
	 * Releases the grade: every criterion worth points must be graded. The learner is
	 * told and the feature that owns the work scores it.
	 */
	@Transactional
	public void release(long workId, GradeInput input, int revision) {
		WorkRow row = row(workId);
		if (row.state() == GradeState.RELEASED) {
			throw new GradingException("grading.error.already-released", null);
		}
		publish(row, save(row, GradeState.RELEASED, criteria(loader.load(row).rubric(), input, true), input.comment(),
				revision, "RELEASE", null), false);
	}

	/** Changes a released grade; the reason is kept in the audit trail. */
	@Transactional
	public void change(long workId, GradeInput input, String reason, int revision) {
		WorkRow row = row(workId);
		if (row.state() != GradeState.RELEASED) {
			throw new GradingException("grading.error.not-released", null);
		}
		if (reason.isBlank()) {
			throw new GradingException("grading.error.reason-required", "reason");
		}
		publish(row, save(row, GradeState.RELEASED, criteria(loader.load(row).rubric(), input, true), input.comment(),
				revision, "CHANGE", reason.strip()), true);
	}

	private Released save(WorkRow row, GradeState state, Map<String, CriterionGrade> criteria, String comment,
			int revision, String action, @Nullable String reason) {
		UserAccount grader = accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Double total = total(criteria, row.maxPoints());
		Instant now = clock.instant();
		if (!work.saveGrade(row.id(), revision, state, total, null, comment.strip(), grader.id(), now)) {
			throw new GradingException("grading.error.conflict", null);
		}
		work.replaceCriteria(row.id(), criteria);
		Boolean passed = null;
		if (state == GradeState.RELEASED) {
			passed = applier.apply(row, criteria, total == null ? 0 : total);
			work.setPassed(row.id(), passed);
		}
		work.addAudit(row.id(), grader.id(), grader.displayName(), now, action, row.state(), state, row.points(), total,
				reason);
		return new Released(total == null ? 0 : total, passed);
	}

	private record Released(double points, @Nullable Boolean passed) {
	}

	private void publish(WorkRow row, Released released, boolean changed) {
		events.publishEvent(new GradeReleased(row.id(), row.kind(), row.learnerId(), row.itemId(), released.points(),
				row.maxPoints(), released.passed(), changed));
	}

	/**
	 * The grade per criterion as entered, checked against the rubric; with
	 * {@code complete}, every criterion worth points must have them.
	 */
	static Map<String, CriterionGrade> criteria(List<RubricCriterion> rubric, GradeInput input, boolean complete) {
		for (String key : input.criteria().keySet()) {
			if (rubric.stream().noneMatch(c -> c.key().equals(key))) {
				throw new GradingException("grading.error.unknown-criterion", key);
			}
		}
		Map<String, CriterionGrade> criteria = new LinkedHashMap<>();
		for (RubricCriterion criterion : rubric) {
			CriterionInput entered = input.criteria().get(criterion.key());
			Double points = entered == null ? null : entered.points();
			if (criterion.maxPoints() == 0) {
				points = 0.0;
			}
			if (points == null && complete) {
				throw new GradingException("grading.error.points-missing", criterion.key());
			}
			if (points != null && !criterion.allows(points)) {
				throw new GradingException("grading.error.points-range", criterion.key(), criterion.maxPoints());
			}
			criteria.put(criterion.key(), new CriterionGrade(points, entered == null ? "" : entered.comment().strip()));
		}
		return criteria;
	}

	/** The sum of the criteria, or null while one is still open. */
	private static @Nullable Double total(Map<String, CriterionGrade> criteria, double max) {
		if (criteria.values().stream().anyMatch(c -> c.points() == null)) {
			return null;
		}
		return Math.min(max, criteria.values().stream().mapToDouble(CriterionGrade::points).sum());
	}

	private WorkRow row(long workId) {
		return work.find(workId)
			.filter(row -> scope.currentUserSees(row.learnerId()))
			.orElseThrow(() -> new WorkNotFoundException(workId));
	}

	/** The grade as stored, for the pages that show it. */
	static GradingWork.Grade grade(WorkRow row, Map<String, CriterionGrade> criteria) {
		return new GradingWork.Grade(row.state(), criteria, row.comment(), row.points(), row.revision(),
				row.graderName(), row.gradedAt(), row.releasedAt());
	}

}
