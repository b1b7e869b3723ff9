package fr.cmacademy.privacy.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmacademy.shared.privacy.ExportWriter;
import fr.cmacademy.shared.privacy.PersonalData;

/**
 * Writes a user's data as a zip: {@code data.json} (every feature's area, records
 * streamed as they are read), then each attachment, produced one at a time. Nothing but
 * the current record and the list of attachment names is held in memory.
 */
@Component
public class DataExport {

	/** The format name written at the top of {@code data.json}. */
	public static final String FORMAT = "cm-academy-personal-data/1";

	private final List<PersonalData> areas;

	private final Clock clock;

	DataExport(List<PersonalData> areas, Clock clock) {
		// The account first, then the features in name order: a stable, readable file.
		this.areas = areas.stream()
			.sorted(Comparator.comparing((PersonalData p) -> !p.area().equals("account"))
				.thenComparing(PersonalData::area))
			.toList();
		this.clock = clock;
	}

	/** The file name offered for a user's export. */
	public static String fileName(long userId, LocalDate date) {
		return "cm-academy-my-data-" + userId + "-" + date + ".zip";
	}

	/** Writes the zip to {@code out} (left open); the caller holds the transaction. */
	public void write(long userId, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		zip.putNextEntry(new ZipEntry("data.json"));
		Map<String, ExportWriter.Body> attachments = new LinkedHashMap<>();
		JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
			.createGenerator(new KeepOpen(zip));
		json.writeStartObject();
		json.write("format", FORMAT);
		json.write("exportedAt", clock.instant().toString());
		json.write("userId", userId);
		json.writeStartObject("areas");
		for (PersonalData area : areas) {
			json.writeStartObject(area.area());
			area.export(userId, new Writer(json, attachments));
			json.writeEnd();
		}
		json.writeEnd();
		json.writeStartArray("attachments");
		attachments.keySet().forEach(json::write);
		json.writeEnd();
		json.writeEnd();
		json.close();
		zip.closeEntry();
		for (Map.Entry<String, ExportWriter.Body> attachment : attachments.entrySet()) {
			zip.putNextEntry(new ZipEntry(attachment.getKey()));
			attachment.getValue().writeTo(new KeepOpen(zip));
			zip.closeEntry();
		}
		zip.finish();
		out.flush();
	}

	/** One area's view of the generator. */
	private static final class Writer implements ExportWriter {

		private final JsonGenerator json;

		private final Map<String, Body> attachments;

		private final Set<String> names = new LinkedHashSet<>();

		Writer(JsonGenerator json, Map<String, Body> attachments) {
			this.json = json;
			this.attachments = attachments;
		}

		@Override
		public void object(String name, Map<String, ?> fields) {
			json.writeKey(name);
			value(json, fields);
		}

		@Override
		public Records list(String name) {
			if (!names.add(name)) {
				throw new IllegalArgumentException("Two lists named " + name);
			}
			json.writeStartArray(name);
			return new Records() {

				@Override
				public void add(Map<String, ?> record) {
					value(json, record);
				}

				@Override
				public void addRow(ResultSet rs) throws SQLException {
					ResultSetMetaData meta = rs.getMetaData();
					json.writeStartObject();
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						json.writeKey(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
						value(json, rs.getObject(i));
					}
					json.writeEnd();
				}

				@Override
				public void close() {
					json.writeEnd();
				}

			};
		}

		@Override
		public String attach(String path, Body body) {
			String name = "attachments/" + path;
			String unique = name;
			for (int n = 2; attachments.containsKey(unique); n++) {
				int dot = name.lastIndexOf('.');
				unique = dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot);
			}
			attachments.put(unique, body);
			return unique;
		}

	}

	private static void value(JsonGenerator json, @Nullable Object value) {
		switch (value) {
			case null -> json.writeNull();
			case String s -> json.write(s);
			case Boolean b -> json.write(b);
			case BigDecimal d -> json.write(d);
			case BigInteger i -> json.write(i);
			case Long l -> json.write(l);
			case Integer i -> json.write(i);
			case Short s -> json.write(s);
			case Byte b -> json.write(b);
			case Double d -> json.write(d);
			case Float f -> json.write(f.doubleValue());
			case Timestamp t -> json.write(t.toInstant().toString());
			case LocalDateTime t -> json.write(Timestamp.valueOf(t).toInstant().toString());
			case Instant i -> json.write(i.toString());
			case LocalDate d -> json.write(d.toString());
			case java.sql.Date d -> json.write(d.toLocalDate().toString());
			case Map<?, ?> map -> {
				json.writeStartObject();
				map.forEach((k, v) -> {
					json.writeKey(String.valueOf(k));
					value(json, v);
				});
				json.writeEnd();
			}
			case Iterable<?> list -> {
				json.writeStartArray();
				list.forEach(v -> value(json, v));
				json.writeEnd();
			}
			default -> json.write(value.toString());
		}
	}

	/** The zip stays open when the JSON generator or an attachment closes its stream. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	/** The areas in export order, for the erasure and the tests. */
	public List<String> areaNames() {
		return new ArrayList<>(areas.stream().map(PersonalData::area).toList());
	}

}
