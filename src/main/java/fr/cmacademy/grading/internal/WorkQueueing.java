package fr.cmacademy.grading.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cmacademy.assignment.AssignmentSubmitted;
import fr.cmacademy.content.Catalog.ModuleEntry;
import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.grading.WorkKind;
import fr.cmacademy.quiz.EssaysAwaitingGrade;
import fr.cmacademy.quiz.EssaysAwaitingGrade.EssaySlot;
import fr.cmacademy.scenario.RepliesAwaitingReview;

/**
 * Puts submitted work in the grading queue. Runs in the submitting transaction: work is
 * queued if and only if the submission is stored.
 */
@Component
class WorkQueueing {

	private final WorkRepository work;

	private final ContentCatalog content;

	WorkQueueing(WorkRepository work, ContentCatalog content) {
		this.work = work;
		this.content = content;
	}

	@EventListener
	void on(AssignmentSubmitted event) {
		double max = content.assignment(event.assignmentId(), event.version()).orElseThrow().definition().maxPoints();
		work.queue(WorkKind.ASSIGNMENT, event.submissionId(), 0, event.userId(), event.assignmentId(),
				module(event.assignmentId()), event.submittedAt(), max);
	}

	@EventListener
	void on(EssaysAwaitingGrade event) {
		String module = module(event.quizId());
		for (EssaySlot slot : event.slots()) {
			work.queue(WorkKind.ESSAY, event.attemptId(), slot.slot(), event.userId(), event.quizId(), module,
					event.submittedAt(), slot.maxMarks());
		}
	}

	@EventListener
	void on(RepliesAwaitingReview event) {
		work.queue(WorkKind.SCENARIO, event.runId(), 0, event.userId(), event.scenarioId(), module(event.scenarioId()),
				event.finishedAt(), event.maxPoints());
	}

	private String module(String itemId) {
		return content.moduleOfItem(itemId).map(ModuleEntry::id).orElseThrow();
	}

}
