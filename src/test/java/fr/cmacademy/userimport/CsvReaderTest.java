package fr.cmacademy.userimport;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

	@Test
	void reads_quoted_fields_doubled_quotes_and_embedded_newlines_with_the_starting_line() throws IOException {
		String csv = "username,display name,note\r\n" + "ana,\"Ana, la \"\"pro\"\"\",x\r\n"
				+ "ben,\"Ben\nsur deux lignes\",y\r\n" + "cleo,Cléo,z";
		List<CsvReader.Record> records = read(csv, ',');
		assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 3, 5);
		assertThat(records.get(1).fields()).containsExactly("ana", "Ana, la \"pro\"", "x");
		assertThat(records.get(2).fields()).containsExactly("ben", "Ben\nsur deux lignes", "y");
		assertThat(records.get(3).fields()).containsExactly("cleo", "Cléo", "z");
	}

	@Test
	void semicolons_and_empty_lines_and_lines_of_separators_are_blank() throws IOException {
		String csv = "identifiant;courriel\n\nana;ana@example.test\n;\n\r\nben;ben@example.test\n";
		List<CsvReader.Record> records = read(csv, ';');
		assertThat(records).filteredOn(r -> !r.blank()).extracting(CsvReader.Record::line).containsExactly(1, 3, 6);
		assertThat(records.get(2).fields()).containsExactly("ana", "ana@example.test");
	}

	@Test
	void a_row_with_the_wrong_column_count_keeps_its_own_fields() throws IOException {
		List<CsvReader.Record> records = read("a,b,c\n1,2\n1,2,3,4\n", ',');
		assertThat(records.get(1).fields()).hasSize(2);
		assertThat(records.get(2).fields()).hasSize(4);
	}

	@Test
	void an_unclosed_quote_names_its_line() {
		assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n", ',')).isInstanceOfSatisfying(CsvReader.CsvException.class,
				ex -> {
					assertThat(ex.line()).isEqualTo(2);
					assertThat(ex.messageKey()).isEqualTo("userimport.problem.unclosed-quote");
				});
	}

	@Test
	void the_separator_is_guessed_from_the_header_outside_quotes() {
		assertThat(CsvReader.detectSeparator("nom;prénom;\"e-mail, pro\"")).isEqualTo(';');
		assertThat(CsvReader.detectSeparator("username,email,\"x;y;z\"")).isEqualTo(',');
		assertThat(CsvReader.detectSeparator("username")).isEqualTo(',');
	}

	@Test
	void utf8_with_a_bom_is_utf8_and_the_bom_is_noticed() {
		byte[] bytes = ("\uFEFFusername;nom\nchloe;Chloé\n").getBytes(StandardCharsets.UTF_8);
		TextSniffer sniffer = sniff(bytes);
		assertThat(sniffer.refusal()).isEmpty();
		assertThat(sniffer.bom()).isTrue();
		assertThat(sniffer.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void windows_1252_accents_are_read_as_windows_1252() throws IOException {
		byte[] bytes = "username;nom\nchloe;Chloé\nberenice;Bérénice Œuvray\n".getBytes(TextSniffer.WINDOWS_1252);
		TextSniffer sniffer = sniff(bytes);
		assertThat(sniffer.refusal()).isEmpty();
		assertThat(sniffer.bom()).isFalse();
		assertThat(sniffer.charset()).isEqualTo(TextSniffer.WINDOWS_1252);
		try (CsvReader csv = new CsvReader(
				new InputStreamReader(new java.io.ByteArrayInputStream(bytes), sniffer.charset()), ';')) {
			csv.next();
			assertThat(csv.next().fields()).containsExactly("chloe", "Chloé");
			assertThat(csv.next().fields()).containsExactly("berenice", "Bérénice Œuvray");
		}
	}

	@Test
	void plain_utf8_without_bom_is_utf8() {
		TextSniffer sniffer = sniff("username,name\nchloe,Chloé Bérénice\n".getBytes(StandardCharsets.UTF_8));
		assertThat(sniffer.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(sniffer.bom()).isFalse();
	}

	@Test
	void binary_files_are_refused_whatever_their_name() {
		assertThat(sniff(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }).refusal())
			.contains("userimport.refused.spreadsheet");
		assertThat(sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).refusal())
			.contains("userimport.refused.pdf");
		assertThat(sniff(new byte[] { 'a', ',', 'b', '\n', 0, 1, 2 }).refusal()).contains("userimport.refused.binary");
		assertThat(sniff("a,b".getBytes(StandardCharsets.UTF_16LE)).refusal()).contains("userimport.refused.binary");
		assertThat(sniff(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }).refusal())
			.contains("userimport.refused.utf16");
		assertThat(sniff(new byte[0]).refusal()).contains("userimport.refused.empty");
	}

	@Test
	void french_and_english_headers_are_mapped() {
		ColumnMapping fr = ColumnMapping.suggest(List.of("Identifiant", "Prénom", "Nom", "Courriel", "Langue", "Rôles",
				"Code promotion", "Mot de passe"));
		assertThat(fr.column(ImportField.USERNAME)).isZero();
		assertThat(fr.column(ImportField.FIRST_NAME)).isEqualTo(1);
		assertThat(fr.column(ImportField.LAST_NAME)).isEqualTo(2);
		assertThat(fr.column(ImportField.EMAIL)).isEqualTo(3);
		assertThat(fr.column(ImportField.LANGUAGE)).isEqualTo(4);
		assertThat(fr.column(ImportField.ROLES)).isEqualTo(5);
		assertThat(fr.column(ImportField.COHORT)).isEqualTo(6);
		assertThat(fr.column(ImportField.PASSWORD)).isEqualTo(7);
		assertThat(fr.problems(8)).isEmpty();
		ColumnMapping en = ColumnMapping.suggest(List.of("E-mail address", "User name", "Display name", "Cohort"));
		assertThat(en.column(ImportField.EMAIL)).isZero();
		assertThat(en.column(ImportField.USERNAME)).isEqualTo(1);
		assertThat(en.column(ImportField.DISPLAY_NAME)).isEqualTo(2);
		assertThat(ColumnMapping.decode(en.encode())).isEqualTo(en);
		assertThat(en.with(ImportField.COHORT, 1).problems(4)).contains("userimport.mapping.column-twice");
		assertThat(ColumnMapping.suggest(List.of("foo", "bar")).problems(2)).contains(
				"userimport.mapping.missing-username", "userimport.mapping.missing-email",
				"userimport.mapping.missing-name");
	}

	@Test
	void seen_keys_report_the_first_row() {
		SeenKeys keys = new SeenKeys();
		for (int i = 1; i <= 5000; i++) {
			assertThat(keys.firstRow("user-" + i, i + 1)).isZero();
		}
		assertThat(keys.firstRow("user-42", 9000)).isEqualTo(43);
	}

	private static List<CsvReader.Record> read(String text, char separator) throws IOException {
		List<CsvReader.Record> records = new ArrayList<>();
		try (CsvReader csv = new CsvReader(new StringReader(text), separator)) {
			CsvReader.Record record;
			while ((record = csv.next()) != null) {
				records.add(record);
			}
		}
		return records;
	}

	private static TextSniffer sniff(byte[] bytes) {
		TextSniffer sniffer = new TextSniffer();
		// In two chunks, split inside a multi-byte sequence when there is one.
		int half = bytes.length / 2;
		sniffer.feed(bytes, half);
		sniffer.feed(java.util.Arrays.copyOfRange(bytes, half, bytes.length), bytes.length - half);
		return sniffer;
	}

}
