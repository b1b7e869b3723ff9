package fr.cmacademy.learning.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.learning.ItemCompleted;
import fr.cmacademy.quiz.QuizAttemptStarted;
import fr.cmacademy.assignment.AssignmentGraded;
import fr.cmacademy.assignment.AssignmentStarted;
import fr.cmacademy.quiz.QuizPassed;
import fr.cmacademy.scenario.ScenarioCompleted;
import fr.cmacademy.scenario.ScenarioStarted;

/**
 * Keeps learners' progress in step with their quizzes and scenarios: in progress from the
 * first attempt or run, done once passed. Runs in the publisher's transaction, so
 * progress and attempt never disagree.
 */
@Component
class ActivityProgress {

	private final ProgressRepository progress;

	private final ContentCatalog content;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActivityProgress(ProgressRepository progress, ContentCatalog content, Clock clock,
			ApplicationEventPublisher events) {
		this.progress = progress;
		this.content = content;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void on(QuizAttemptStarted event) {
		progress.touch(event.userId(), event.quizId(), event.quizVersion(), clock.instant());
	}

	@EventListener
	void on(QuizPassed event) {
		done(event.userId(), event.quizId());
	}

	@EventListener
	void on(AssignmentStarted event) {
		progress.touch(event.userId(), event.assignmentId(), event.version(), clock.instant());
	}

	@EventListener
	void on(AssignmentGraded event) {
		if (event.passed()) {
			done(event.userId(), event.assignmentId());
		}
	}

	@EventListener
	void on(ScenarioStarted event) {
		progress.touch(event.userId(), event.scenarioId(), event.scenarioVersion(), clock.instant());
	}

	@EventListener
	void on(ScenarioCompleted event) {
		if (event.passed()) {
			done(event.userId(), event.scenarioId());
		}
	}

	private void done(long userId, String itemId) {
		int version = content.catalog().item(itemId).map(i -> i.currentVersion()).orElse(1);
		progress.touch(userId, itemId, version, clock.instant());
		progress.complete(userId, itemId, version, clock.instant());
		events.publishEvent(new ItemCompleted(userId, itemId));
	}

}
