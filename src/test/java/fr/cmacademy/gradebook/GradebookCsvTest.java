package fr.cmacademy.gradebook;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GradebookCsvTest {

	@Test
	void fields_with_separators_quotes_or_line_breaks_are_quoted() {
		assertThat(Csv.COMMA.line(List.of("a,b", "say \"hi\"", "two\nlines", "plain")))
			.isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
		assertThat(Csv.SEMICOLON.line(List.of("a,b", "c;d"))).isEqualTo("a,b;\"c;d\"\r\n");
	}

	@Test
	void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() {
		assertThat(Csv.COMMA.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(Csv.COMMA.field("+33 6")).isEqualTo("'+33 6");
		assertThat(Csv.COMMA.field("-2")).isEqualTo("'-2");
		assertThat(Csv.COMMA.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.COMMA.field("Camille")).isEqualTo("Camille");
	}

	@Test
	void numbers_use_the_formats_decimal_mark() {
		assertThat(Csv.COMMA.number(72.5)).isEqualTo("72.5");
		assertThat(Csv.SEMICOLON.number(72.5)).isEqualTo("72,5");
		assertThat(Csv.SEMICOLON.number(80)).isEqualTo("80");
	}

}
