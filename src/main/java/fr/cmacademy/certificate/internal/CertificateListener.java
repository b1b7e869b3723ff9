package fr.cmacademy.certificate.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.cmacademy.learning.ItemCompleted;
import fr.cmacademy.quiz.QuizPassed;
import fr.cmacademy.scenario.ScenarioCompleted;

/**
 * Records quiz grades and scenario scores in the publisher's transaction (so they are
 * there exactly when the attempt or run is), and checks the certificate rules once that
 * transaction has committed: an issuance problem never undoes a learner's work. Without a
 * transaction (a test, a job) both run at once, recording first.
 */
@Component
class CertificateListener {

	private static final Logger log = LoggerFactory.getLogger(CertificateListener.class);

	private final ScoreRepository scores;

	private final Issuance issuance;

	private final Clock clock;

	CertificateListener(ScoreRepository scores, Issuance issuance, Clock clock) {
		this.scores = scores;
		this.issuance = issuance;
		this.clock = clock;
	}

	@EventListener
	@Order(0)
	void record(QuizPassed event) {
		scores.record(event.userId(), event.quizId(), event.grade(), clock.instant());
	}

	@EventListener
	@Order(0)
	void record(ScenarioCompleted event) {
		if (event.passed()) {
			scores.record(event.userId(), event.scenarioId(), event.percent(), clock.instant());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(10)
	void evaluate(QuizPassed event) {
		evaluateSafely(event.userId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(10)
	void evaluate(ScenarioCompleted event) {
		if (event.passed()) {
			evaluateSafely(event.userId());
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(10)
	void evaluate(ItemCompleted event) {
		evaluateSafely(event.userId());
	}

	/**
	 * The learner's work is already committed; a failure here is logged and retried by
	 * their next completion rather than shown to them as an error.
	 */
	private void evaluateSafely(long userId) {
		try {
			issuance.evaluate(userId);
		}
		catch (RuntimeException ex) {
			log.error("Certificate rules could not be checked for user {}", userId, ex);
		}
	}

}
