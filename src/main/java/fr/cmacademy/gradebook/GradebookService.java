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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.assignment.AssignmentResults;
import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
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
 * and overall completion. Until cohorts exist a trainer sees every enrolled learner; with
 * cohorts the roster query narrows to the trainer's cohorts. A page costs five queries
 * (learners, progress, attempts, runs, submissions) whatever its size, plus the catalogue
 * read once per call.
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

	private final Clock clock;

	GradebookService(ContentCatalog content, ProgressResults progress, QuizResults quizzes, ScenarioResults scenarios,
			AssignmentResults assignments, Clock clock) {
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

	/** The columns for the query's programme and module filter. */
	public GradebookColumns columns(GradebookQuery query) {
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
					activities.add(activity(item));
				}
			}
		}
		return new GradebookColumns(programme, modules, List.copyOf(activities));
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

	/** How many learners match the query. */
	public int count(GradebookQuery query) {
		return progress.count(query.programmeId(), query.text());
	}

	/** One page of learners with their cells. */
	public List<LearnerRow> page(GradebookQuery query, int offset, int limit) {
		return page(columns(query), query, offset, limit);
	}

	/** One page of learners, for columns already read (the export reads them once). */
	public List<LearnerRow> page(GradebookColumns columns, GradebookQuery query, int offset, int limit) {
		ProgressResults.Order order = query.sort() == GradebookQuery.Sort.COMPLETION ? ProgressResults.Order.COMPLETION
				: ProgressResults.Order.NAME;
		List<Learner> learners = progress.learners(query.programmeId(), query.text(), order, query.descending(),
				columns.requiredItems(), offset, limit);
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
					case "SCENARIO" -> scenarioCell(get(runResults, id, activity));
					default -> assignmentCell(activity, get(submissions, id, activity));
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

	static Cell scenarioCell(@Nullable ScenarioResult result) {
		if (result == null) {
			return Cell.NOT_STARTED;
		}
		RunSummary best = result.best();
		if (best != null && best.pendingReview()) {
			return new Cell(Status.AWAITING_GRADE, null, null, false);
		}
		if (best != null && best.percent() != null) {
			return new Cell(Status.GRADED, best.percent().doubleValue(), Boolean.TRUE.equals(best.passed()), false);
		}
		return result.inProgress() ? new Cell(Status.IN_PROGRESS, null, null, false) : Cell.NOT_STARTED;
	}

	static Cell assignmentCell(Activity assignment, @Nullable AssignmentResult result) {
		if (result == null) {
			return Cell.NOT_STARTED;
		}
		Instant deadline = assignment.deadline();
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
