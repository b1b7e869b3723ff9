package fr.cmacademy.content;

/**
 * One problem in the content folder: the file (relative to the folder validated), the
 * 1-based line, and what is wrong.
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

	@Override
	public String toString() {
		return file + ":" + line + ": " + message;
	}

	@Override
	public int compareTo(ContentProblem other) {
		int byFile = file.compareTo(other.file);
		return byFile != 0 ? byFile : Integer.compare(line, other.line);
	}

}
