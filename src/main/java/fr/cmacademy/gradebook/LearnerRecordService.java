package fr.cmacademy.gradebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmacademy.account.LearnerDirectory;
import fr.cmacademy.account.UserAccount;
import fr.cmacademy.assignment.AssignmentResults;
import fr.cmacademy.content.Catalog;
import fr.cmacademy.content.Catalog.ItemEntry;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.gradebook.LearnerRecord.Attempt;
import fr.cmacademy.gradebook.LearnerRecord.EnrolmentLine;
import fr.cmacademy.gradebook.LearnerRecord.ModuleLine;
import fr.cmacademy.gradebook.LearnerRecord.Run;
import fr.cmacademy.gradebook.LearnerRecord.Submission;
import fr.cmacademy.learning.ProgressResults;
import fr.cmacademy.learning.ProgressResults.Enrolment;
import fr.cmacademy.learning.ProgressResults.ItemProgress;
import fr.cmacademy.quiz.QuizResults;
import fr.cmacademy.scenario.ScenarioResults;
import fr.cmacademy.shared.Roles;
import fr.cmacademy.shared.Text;

/**
 * One learner's record for admins and for the trainers of the learner's cohorts; for
 * anyone else it does not exist, and learners never reach it.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.TRAINER + "', '" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class LearnerRecordService {

	private final LearnerDirectory learners;

	private final ContentCatalog content;

	private final ProgressResults progress;

	private final QuizResults quizzes;

	private final ScenarioResults scenarios;

	private final AssignmentResults assignments;

	LearnerRecordService(LearnerDirectory learners, ContentCatalog content, ProgressResults progress,
			QuizResults quizzes, ScenarioResults scenarios, AssignmentResults assignments) {
		this.learners = learners;
		this.content = content;
		this.progress = progress;
		this.quizzes = quizzes;
		this.scenarios = scenarios;
		this.assignments = assignments;
	}

	/**
	 * The learner's record, or empty when no learner has this id or the learner is
	 * outside the user's scope.
	 */
	public Optional<LearnerRecord> record(long userId) {
		Optional<UserAccount> account = learners.learner(userId);
		if (account.isEmpty()) {
			return Optional.empty();
		}
		Catalog catalog = content.catalog();
		Map<String, ItemEntry> items = catalog.programmes()
			.stream()
			.flatMap(p -> p.modules().stream())
			.flatMap(m -> m.items().stream())
			.collect(Collectors.toMap(ItemEntry::id, Function.identity()));
		Map<String, ItemProgress> rows = progress.progress(List.of(userId), items.keySet())
			.getOrDefault(userId, Map.of());
		List<EnrolmentLine> enrolments = new ArrayList<>();
		for (Enrolment enrolment : progress.enrolments(userId)) {
			catalog.programme(enrolment.programmeId())
				.ifPresent(p -> enrolments.add(new EnrolmentLine(p, enrolment.enrolledAt(), modules(p, rows))));
		}
		Function<String, Text> title = id -> items.containsKey(id) ? items.get(id).title() : new Text(id, id);
		List<Attempt> attempts = quizzes.attempts(userId)
			.stream()
			.map(a -> new Attempt(title.apply(a.quizId()), a))
			.toList();
		List<Run> runs = scenarios.runs(userId).stream().map(r -> new Run(title.apply(r.scenarioId()), r)).toList();
		List<Submission> submissions = assignments.submissions(userId)
			.stream()
			.map(s -> new Submission(title.apply(s.assignmentId()), s))
			.toList();
		return Optional.of(new LearnerRecord(account.get(), enrolments, attempts, runs, submissions));
	}

	private static List<ModuleLine> modules(ProgrammeEntry programme, Map<String, ItemProgress> rows) {
		List<ModuleLine> lines = new ArrayList<>();
		for (ModuleEntry module : programme.modules()) {
			int required = 0;
			int done = 0;
			long seconds = 0;
			for (ItemEntry item : module.items()) {
				ItemProgress row = rows.get(item.id());
				seconds += row == null ? 0 : row.secondsSpent();
				if (module.requires(item.id())) {
					required++;
					done += row != null && row.completed() ? 1 : 0;
				}
			}
			lines.add(new ModuleLine(module, done, required, seconds));
		}
		return lines;
	}

}
