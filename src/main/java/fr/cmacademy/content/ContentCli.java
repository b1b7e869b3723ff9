package fr.cmacademy.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar cm-academy.jar validate-content
 *
<dir>
 * }: checks a content folder without starting the web server or touching a database.
 * Prints one line per problem ({@code file:line: message}) and returns 1 if there is any,
 * 0 otherwise (2 for a wrong command line). Trainers can run it in their own CI.
 */
public final class ContentCli {

	public static final String COMMAND = "validate-content";

	private ContentCli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2) {
			err.println("usage: " + COMMAND + " <content folder>");
			return 2;
		}
		Path dir = Path.of(args[1]);
		if (!Files.isDirectory(dir)) {
			err.println(args[1] + ": not a folder");
			return 2;
		}
		ContentValidator.Result result = ContentValidator.validate(dir);
		for (ContentProblem problem : result.problems()) {
			out.println(dir.resolve(problem.file()).normalize() + ":" + problem.line() + ": " + problem.message());
		}
		if (result.valid()) {
			var content = result.content();
			long modules = content.modules().count();
			long items = content.items().count();
			err.println(dir + ": valid (" + content.programmes().size() + " programme(s), " + modules + " module(s), "
					+ items + " item(s))");
			return 0;
		}
		err.println(dir + ": " + result.problems().size() + " problem(s)");
		return 1;
	}

}
