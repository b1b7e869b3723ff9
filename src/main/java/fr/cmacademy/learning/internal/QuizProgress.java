package fr.cmacademy.learning.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.cmacademy.content.ContentCatalog;
import fr.cmacademy.quiz.QuizAttemptStarted;
import fr.cmacademy.quiz.QuizPassed;

/**
 * Keeps learners' progress in step with their quizzes: a quiz is in progress from the
 * first attempt and done once passed. Runs in the quiz's transaction, so progress and
 * attempt never disagree.
 */
@Component
class QuizProgress {

	private final ProgressRepository progress;

	private final ContentCatalog content;

	private final Clock clock;

	QuizProgress(ProgressRepository progress, ContentCatalog content, Clock clock) {
		this.progress = progress;
		this.content = content;
		this.clock = clock;
	}

	@EventListener
	void on(QuizAttemptStarted event) {
		progress.touch(event.userId(), event.quizId(), event.quizVersion(), clock.instant());
	}

	@EventListener
	void on(QuizPassed event) {
		int version = content.moduleOfItem(event.quizId())
			.flatMap(m -> m.items().stream().filter(i -> i.id().equals(event.quizId())).findFirst())
			.map(i -> i.currentVersion())
			.orElse(1);
		progress.touch(event.userId(), event.quizId(), version, clock.instant());
		progress.complete(event.userId(), event.quizId(), version, clock.instant());
	}

}
