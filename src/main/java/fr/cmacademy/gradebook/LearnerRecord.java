package fr.cmacademy.gradebook;

import java.time.Instant;
import java.util.List;

import fr.cmacademy.account.UserAccount;
import fr.cmacademy.assignment.AssignmentResults.AssignmentResult;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.Catalog.ProgrammeEntry;
import fr.cmacademy.quiz.QuizResults.AttemptRecord;
import fr.cmacademy.scenario.RunSummary;
import fr.cmacademy.shared.Text;

/**
 * Everything about one learner for their trainers: account, enrolments with progress and
 * time per module, every quiz attempt, scenario run and assignment submission.
 */
public record LearnerRecord(UserAccount account, List<EnrolmentLine> enrolments, List<Attempt> attempts, List<Run> runs,
		List<Submission> submissions) {

	/** A programme the learner is enrolled in, with each module's progress. */
	public record EnrolmentLine(ProgrammeEntry programme, Instant enrolledAt, List<ModuleLine> modules) {

		public long secondsSpent() {
			return modules.stream().mapToLong(ModuleLine::secondsSpent).sum();
		}

	}

	/** A module: required items done over required, time spent on its items. */
	public record ModuleLine(ModuleEntry module, int done, int required, long secondsSpent) {

		public int percent() {
			return required == 0 ? 0 : (int) Math.floor(100.0 * done / required);
		}

	}

	/** A quiz attempt with the quiz's title. */
	public record Attempt(Text quiz, AttemptRecord attempt) {
	}

	/** A scenario run with the scenario's title. */
	public record Run(Text scenario, RunSummary run) {
	}

	/** An assignment submission with the assignment's title. */
	public record Submission(Text assignment, AssignmentResult result) {
	}

	/** Time spent over every enrolment. */
	public long secondsSpent() {
		return enrolments.stream().mapToLong(EnrolmentLine::secondsSpent).sum();
	}

}
