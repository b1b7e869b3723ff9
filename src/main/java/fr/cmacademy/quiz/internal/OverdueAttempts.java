package fr.cmacademy.quiz.internal;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits attempts whose time is up, with the answers saved before the cut-off, even if
 * the learner closed the page or the server was down at the time.
 */
@Component
class OverdueAttempts {

	private static final Log log = LogFactory.getLog(OverdueAttempts.class);

	private final AttemptRepository attempts;

	private final AttemptSubmission submission;

	private final Clock clock;

	OverdueAttempts(AttemptRepository attempts, AttemptSubmission submission, Clock clock) {
		this.attempts = attempts;
		this.submission = submission;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${cm.quiz.overdue-check:PT15S}", initialDelayString = "PT5S")
	void submitOverdue() {
		for (long id : attempts.overdue(clock.instant())) {
			try {
				if (submission.submit(id, true)) {
					log.info("Attempt " + id + " submitted automatically: its time was up");
				}
			}
			catch (RuntimeException ex) {
				log.error("Could not submit overdue attempt " + id, ex);
			}
		}
	}

}
