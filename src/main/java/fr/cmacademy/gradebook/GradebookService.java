package fr.cmacademy.gradebook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.assignment.AssignmentResults;
import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
import fr.cmacademy.cohort.TrainerCohorts;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.content.QuizDefinition;
import fr.cmacademy.content.QuizDefinition.Grading;
import fr.cmacademy.gradebook.Cell.Status;
import fr.cmacademy.learning.ProgressResults;
import fr.cmacademy.learning.ProgressResults.ItemProgress;
import fr.cmacademy.learning.ProgressResults.Learner;
import fr.cmacademy.quiz.QuizResults;
import fr.cmacademy.quiz.QuizResults.QuizResult;
import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.scenario.ScenarioResults;
import fr.cmacademy.scenario.ScenarioResults.ScenarioResult;
import fr.cmacademy.shared.Roles;

/**
 * The gradebook: learners enrolled in a programme × its graded activities, with module
 * and overall completion. A trainer sees the learners of the cohorts they currently train
 * (the roster query is narrowed in SQL), an admin everyone; either may narrow to one
 * cohort, whose deadline then applies to every graded activity. A page costs five queries
 * (learners, progress, attempts, runs, submissions) whatever its size, plus, for a
 * trainer, one scope check of the page's learners per source, and the catalogue read once
 * per call.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class GradebookService {

	private static final List<String> GRADED_KINDS = List.of("QUIZ", "SCENARIO", "ASSIGNMENT");

	private final ContentCatalog content;

	private final ProgressResults progress;

	private final QuizResults quizzes;

	private final ScenarioResults scenarios;

	private final AssignmentResults assignments;

	private final TrainerCohorts cohorts;

	private final Clock clock;

	GradebookService(ContentCatalog content, ProgressResults progress, QuizResults quizzes, ScenarioResults scenarios,
			AssignmentResults assignments, TrainerCohorts cohorts, Clock clock) {
		this.cohorts = cohorts;
		this.content = content;
		this.progress = progress;
		this.quizzes = quizzes;
		this.scenarios = scenarios;
		this.assignments = assignments;
		this.clock = clock;
	}

	/** The programmes a gradebook can be opened for. */
	public List<ProgrammeEntry> programmes() {
		return content.catalog().programmes();
	}

	/** Whether the user sees only the learners of their cohorts (a trainer). */
	public boolean scoped() {
		return cohorts.scoped();
	}

	/** The cohorts the user may narrow the gradebook to. */
	public List<TrainerCohorts.Choice> cohorts() {
		return cohorts.mine();
	}

	/**
	 * The columns for the query's programme and module filter; with a cohort that has a
	 * deadline, every graded activity is due by then at the latest (an earlier close date
	 * of its own stays).
	 * @throws AccessDeniedException for a cohort outside the user's scope
	 */
	public GradebookColumns columns(GradebookQuery query) {
		@Nullable Instant cohortDeadline = null;
		if (query.cohortId() != null) {
			cohortDeadline = cohorts.find(query.cohortId())
				.orElseThrow(() -> new AccessDeniedException("Cohort " + query.cohortId() + " is not in scope"))
				.deadline();
		}
		ProgrammeEntry programme = content.catalog()
			.programme(query.programmeId())
			.orElseThrow(() -> new IllegalArgumentException("No programme " + query.programmeId()));
		List<ModuleEntry> modules = programme.modules()
			.stream()
			.filter(m -> query.moduleId() == null || m.id().equals(query.moduleId()))
			.toList();
		List<Activity> activities = new ArrayList<>();
		for (ModuleEntry module : modules) {
			for (ItemEntry item : module.items()) {
				if (GRADED_KINDS.contains(item.kind())) {
					activities.add(due(activity(item), cohortDeadline));
				}
			}
		}
		return new GradebookColumns(programme, modules, List.copyOf(activities));
	}

	/**
	 * The activity with the cohort's deadline unless it has an earlier one of its own.
	 */
	static Activity due(Activity activity, @Nullable Instant cohortDeadline) {
		Instant own = activity.deadline();
		if (cohortDeadline == null || (own != null && !own.isAfter(cohortDeadline))) {
			return activity;
		}
		return new Activity(activity.itemId(), activity.moduleId(), activity.kind(), activity.title(),
				activity.grading(), activity.passMark(), cohortDeadline);
	}

	private Activity activity(ItemEntry item) {
		if (!"QUIZ".equals(item.kind())) {
			return new Activity(item.id(), item.moduleId(), item.kind(), item.title(), null, null, null);
		}
		QuizDefinition quiz = content.quiz(item.id(), item.currentVersion()).orElseThrow().definition();
		Instant closes = quiz.closesAt() == null ? null : quiz.closesAt().toInstant();
		return new Activity(item.id(), item.moduleId(), item.kind(), item.title(), quiz.grading(), quiz.passMark(),
				closes);
	}

	/**
	 * How many learners match the query.
	 * @throws AccessDeniedException for a cohort outside the user's scope
	 */
	public int count(GradebookQuery query) {
		return progress.count(query.programmeId(), query.text(), query.cohortId());
	}

	/** One page of learners with their cells. */
	public List<LearnerRow> page(GradebookQuery query, int offset, int limit) {
		return page(columns(query), query, offset, limit);
	}

	/** One page of learners, for columns already read (the export reads them once). */
	public List<LearnerRow> page(GradebookColumns columns, GradebookQuery query, int offset, int limit) {
		ProgressResults.Order order = query.sort() == GradebookQuery.Sort.COMPLETION ? ProgressResults.Order.COMPLETION
				: ProgressResults.Order.NAME;
		List<Learner> learners = progress.learners(query.programmeId(), query.text(), query.cohortId(), order,
				query.descending(), columns.requiredItems(), offset, limit);
		if (learners.isEmpty()) {
			return List.of();
		}
		List<Long> ids = learners.stream().map(Learner::userId).toList();
		Map<Long, Map<String, ItemProgress>> items = progress.progress(ids, columns.itemIds());
		Map<String, Grading> gradings = new LinkedHashMap<>();
		columns.activities()
			.stream()
			.filter(a -> a.grading() != null)
			.forEach(a -> gradings.put(a.itemId(), Objects.requireNonNull(a.grading())));
		Map<Long, Map<String, QuizResult>> quizResults = quizzes.results(ids, gradings);
		Map<Long, Map<String, ScenarioResult>> runResults = scenarios.results(ids, columns.ids("SCENARIO"));
		Map<Long, Map<String, AssignmentResult>> submissions = assignments.results(ids, columns.ids("ASSIGNMENT"));
		Instant now = clock.instant();
		List<LearnerRow> rows = new ArrayList<>(learners.size());
		for (Learner learner : learners) {
			long id = learner.userId();
			Map<String, Cell> cells = new HashMap<>();
			for (Activity activity : columns.activities()) {
				Cell cell = switch (activity.kind()) {
					case "QUIZ" -> quizCell(activity, get(quizResults, id, activity), now);
					case "SCENARIO" -> scenarioCell(activity, get(runResults, id, activity), now);
					default -> assignmentCell(activity, get(submissions, id, activity), now);
				};
				if (cell.status() != Status.NOT_STARTED) {
					cells.put(activity.itemId(), cell);
				}
			}
			rows.add(row(learner, columns, items.getOrDefault(id, Map.of()), cells));
		}
		return rows;
	}

	private static <T> @Nullable T get(Map<Long, Map<String, T>> results, long userId, Activity activity) {
		return results.getOrDefault(userId, Map.of()).get(activity.itemId());
	}

	private static LearnerRow row(Learner learner, GradebookColumns columns, Map<String, ItemProgress> items,
			Map<String, Cell> cells) {
		Map<String, Integer> modules = new HashMap<>();
		int required = 0;
		int done = 0;
		long seconds = 0;
		for (ModuleEntry module : columns.modules()) {
			int moduleRequired = 0;
			int moduleDone = 0;
			for (ItemEntry item : module.items()) {
				ItemProgress row = items.get(item.id());
				if (row != null) {
					seconds += row.secondsSpent();
				}
				if (module.requires(item.id())) {
					moduleRequired++;
					if (row != null && row.completed()) {
						moduleDone++;
					}
				}
			}
			modules.put(module.id(), percent(moduleDone, moduleRequired));
			required += moduleRequired;
			done += moduleDone;
		}
		return new LearnerRow(learner.userId(), learner.displayName(), learner.email(), Map.copyOf(cells),
				Map.copyOf(modules), percent(done, required), seconds);
	}

	private static int percent(int done, int required) {
		return required == 0 ? 0 : (int) Math.floor(100.0 * done / required);
	}

	static Cell quizCell(Activity quiz, @Nullable QuizResult result, Instant now) {
		Instant deadline = quiz.deadline();
		boolean closed = deadline != null && now.isAfter(deadline);
		if (result == null) {
			return closed ? new Cell(Status.MISSED, null, null, false) : Cell.NOT_STARTED;
		}
		boolean late = deadline != null && result.lastSubmittedAt() != null
				&& result.lastSubmittedAt().isAfter(deadline);
		if (result.grade() != null) {
			int passMark = quiz.passMark() == null ? 100 : quiz.passMark();
			return new Cell(Status.GRADED, result.grade(), result.grade() >= passMark, late);
		}
		if (result.submitted() > 0) {
			return new Cell(Status.AWAITING_GRADE, null, null, late);
		}
		if (result.inProgress()) {
			return new Cell(Status.IN_PROGRESS, null, null, false);
		}
		return closed ? new Cell(Status.MISSED, null, null, false) : Cell.NOT_STARTED;
	}

	/**
	 * A scenario's cell: the best finished run; late when it was finished after the
	 * deadline, missed when the deadline passed without any run.
	 */
	static Cell scenarioCell(Activity scenario, @Nullable ScenarioResult result, Instant now) {
		Instant deadline = scenario.deadline();
		boolean closed = deadline != null && now.isAfter(deadline);
		if (result == null) {
			return closed ? new Cell(Status.MISSED, null, null, false) : Cell.NOT_STARTED;
		}
		RunSummary best = result.best();
		boolean late = deadline != null && best != null && best.finishedAt() != null
				&& best.finishedAt().isAfter(deadline);
		if (best != null && best.pendingReview()) {
			return new Cell(Status.AWAITING_GRADE, null, null, late);
		}
		if (best != null && best.percent() != null) {
			return new Cell(Status.GRADED, best.percent().doubleValue(), Boolean.TRUE.equals(best.passed()), late);
		}
		if (result.inProgress()) {
			return new Cell(Status.IN_PROGRESS, null, null, false);
		}
		return closed ? new Cell(Status.MISSED, null, null, false) : Cell.NOT_STARTED;
	}

	/**
	 * An assignment's cell: late when submitted after the deadline, missed when the
	 * deadline passed without even a draft.
	 */
	static Cell assignmentCell(Activity assignment, @Nullable AssignmentResult result, Instant now) {
		Instant deadline = assignment.deadline();
		if (result == null) {
			return deadline != null && now.isAfter(deadline) ? new Cell(Status.MISSED, null, null, false)
					: Cell.NOT_STARTED;
		}
		boolean late = deadline != null && result.submittedAt() != null && result.submittedAt().isAfter(deadline);
		if (result.graded()) {
			return new Cell(Status.GRADED, result.percent(), Boolean.TRUE.equals(result.passed()), late);
		}
		if (result.submitted()) {
			return new Cell(Status.AWAITING_GRADE, null, null, late);
		}
		return new Cell(Status.IN_PROGRESS, null, null, false);
	}

}
