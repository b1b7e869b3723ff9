package fr.cmacademy.shared.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where a feature writes a user's data: named values and lists of records inside its area
 * of {@code data.json}, and attachment files beside it in the zip. Records are written as
 * they come (nothing is kept in memory); attachments are produced one at a time after
 * {@code data.json} is complete.
 */
public interface ExportWriter {

	/**
	 * Writes one named object (field name to value: text, number, boolean, instant, date,
	 * {@code null}, list or map of those).
	 */
	void object(String name, Map<String, ?> fields);

	/** Starts a named list of records; close it before writing anything else. */
	Records list(String name);

	/**
	 * Adds a file to the zip, under {@code attachments/<path>}; the body is written
	 * later, once {@code data.json} is complete. Returns the path inside the zip, to name
	 * it in a record.
	 */
	String attach(String path, Body body);

	/** A list of records being written. */
	interface Records extends AutoCloseable {

		void add(Map<String, ?> record);

		/**
		 * Adds the current row of {@code rs}, one field per column (by label, lower
		 * case).
		 */
		void addRow(ResultSet rs) throws SQLException;

		@Override
		void close();

	}

	/** Writes an attachment's bytes. */
	@FunctionalInterface
	interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

}
