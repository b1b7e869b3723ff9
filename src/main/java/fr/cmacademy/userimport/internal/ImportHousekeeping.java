package fr.cmacademy.userimport.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.cmacademy.userimport.ImportJob.State;

/**
 * Uploaded files do not linger: a file never imported is deleted after
 * {@code cm.import.keep-files} (6 hours by default) and its job marked expired; at start,
 * imports that a stopped server left half-way are marked failed (every batch they
 * committed stays, and importing the file again finishes the work) and their files are
 * deleted.
 */
@Component
class ImportHousekeeping {

	private final ImportRepository jobs;

	private final ImportFiles files;

	private final Clock clock;

	private final Duration keep;

	ImportHousekeeping(ImportRepository jobs, ImportFiles files, Clock clock,
			@Value("${cm.import.keep-files:PT6H}") Duration keep) {
		this.jobs = jobs;
		this.files = files;
		this.clock = clock;
		this.keep = keep;
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		// Only jobs from before this process: another application context in the same
		// JVM (tests) may be running one.
		Instant processStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		for (var stored : jobs.unfinished()) {
			if (stored.job().createdAt().isBefore(processStart)) {
				jobs.finish(stored.job().id(), State.FAILED, "userimport.failed.interrupted", clock.instant());
				forget(stored);
			}
		}
	}

	@Scheduled(fixedDelayString = "${cm.import.clean-up:PT15M}", initialDelayString = "PT2M")
	void deleteOldFiles() {
		for (var stored : jobs.keptFilesBefore(clock.instant().minus(keep))) {
			if (stored.job().state() == State.UPLOADED) {
				jobs.finish(stored.job().id(), State.EXPIRED, null, clock.instant());
			}
			forget(stored);
		}
	}

	private void forget(ImportRepository.StoredJob stored) {
		if (stored.storedFile() != null) {
			files.delete(stored.storedFile());
			jobs.forgetFile(stored.job().id());
		}
	}

}
