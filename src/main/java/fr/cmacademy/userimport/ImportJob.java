package fr.cmacademy.userimport;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One uploaded file and what became of it. {@code progress} is the share of the file read
 * so far (0 to 1). {@code fileName} is the name the browser sent, shown as text only.
 */
public record ImportJob(long id, String fileName, long fileSize, State state, String encoding, char separator,
		List<String> headers, ColumnMapping mapping, int rows, int created, int unchanged, int invalid, int joined,
		double progress, Instant createdAt, @Nullable Instant finishedAt, @Nullable String failureKey) {

	/** Where an import stands. */
	public enum State {

		/** Uploaded and checked; waiting for the admin to confirm the mapping. */
		UPLOADED,
		/** Waiting for the import thread. */
		QUEUED, RUNNING, DONE,
		/**
		 * Stopped by a problem with the whole file or the server; see the failure key.
		 */
		FAILED,
		/** Never started, and its file was deleted after the retention time. */
		EXPIRED;

		public boolean inProgress() {
			return this == QUEUED || this == RUNNING;
		}

	}

}
