package fr.cmacademy.quiz.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Exam day (Gatling, not a test): learners sign in, open their dashboard and the
 * certification exam, start it, answer every question (each answer must come back
 * acknowledged, "Saved at …", or it counts as an error), and submit. One group of
 * learners clicks "Start the quiz" in the same second; the others arrive over a ramp.
 * The simulation starts the application itself on loopback, on its own database
 * {@code cmacademy_load} (dropped and recreated), and stops it at the end. Run with
 * {@code ./mvnw -Pload test-compile exec:exec@exam-day}; sizes with
 * {@code -Dload.synchronized=100 -Dload.ramped=200 -Dload.ramp-seconds=60 -Dload.think-ms=2000}.
 */
public class ExamDaySimulation extends Simulation {

	static final int SYNCHRONIZED = Integer.getInteger("load.synchronized", 100);

	static final int RAMPED = Integer.getInteger("load.ramped", 200);

	static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp-seconds", 60));

	/** Mean pause between two questions (uniform between half and one and a half). */
	static final long THINK_MS = Long.getLong("load.think-ms", 2000);

	/** How long after the first synchronized learner arrives they all click "Start". */
	static final Duration GATHER = Duration.ofSeconds(Long.getLong("load.gather-seconds", 40));

	static final String DATABASE = "cmacademy_load";

	private static final AtomicLong startAt = new AtomicLong();

	private final LoadApp app;

	public ExamDaySimulation() throws Exception {
		LoadApp.recreate("jdbc:mariadb://127.0.0.1:3306/", DATABASE);
		app = new LoadApp("jdbc:mariadb://127.0.0.1:3306/" + DATABASE, List.of());
		System.out.println("Starting the application on 127.0.0.1:" + app.port() + " (database " + DATABASE + ")…");
		app.start();
		app.learners("exam", SYNCHRONIZED + RAMPED);
		System.out.printf("%d learners: %d start in the same second, %d arrive over %d s; think time %d ms%n",
				SYNCHRONIZED + RAMPED, SYNCHRONIZED, RAMPED, RAMP.toSeconds(), THINK_MS);

		HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + app.port())
			.acceptLanguageHeader("en-GB,en;q=0.9")
			.userAgentHeader("CM Academy exam-day load test")
			.disableFollowRedirect();

		AtomicInteger synchronizedUsers = new AtomicInteger();
		AtomicInteger rampedUsers = new AtomicInteger(SYNCHRONIZED);
		ScenarioBuilder together = scenario("start together")
			.exec(session -> session.set("username", "exam-" + synchronizedUsers.incrementAndGet()))
			.exec(signInAndOpenExam())
			.exec(session -> {
				startAt.compareAndSet(0, System.currentTimeMillis() + GATHER.toMillis());
				return session;
			})
			.pause(session -> Duration.ofMillis(Math.max(0, startAt.get() - System.currentTimeMillis())))
			.exec(takeExam());
		ScenarioBuilder ramped = scenario("arrive over the ramp")
			.exec(session -> session.set("username", "exam-" + rampedUsers.incrementAndGet()))
			.exec(signInAndOpenExam())
			.exec(takeExam());
		setUp(together.injectOpen(atOnceUsers(SYNCHRONIZED)), ramped.injectOpen(rampUsers(RAMPED).during(RAMP)))
			.protocols(protocol)
			.maxDuration(Duration.ofMinutes(Long.getLong("load.max-minutes", 5)));
	}

	@Override
	public void after() {
		try {
			app.close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ChainBuilder signInAndOpenExam() {
		return exec(http("1 sign in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", LoadApp.PASSWORD)
			.check(status().is(302), header("Location").transform(location -> location.contains("error")).is(false)))
			.exec(http("2 dashboard: page load").get("/?v-r=init&location=&query=").check(status().is(200),
					bodyString().saveAs("body")))
			.exec(session -> session.set("ui", Uidl.init(session.getString("body"))))
			.exec(uidl("2 dashboard: view", ui -> ui.navigate("")))
			.exec(uidl("3 exam page", ui -> ui.navigate("quizzes/" + LoadApp.EXAM)));
	}

	private static ChainBuilder takeExam() {
		return exec(uidl("4 start attempt", ui -> ui.click(ui.button("Start the quiz").orElseThrow()))
			.check(substring("question-card")))
			.exec(session -> session.set("total", ui(session).questionNumber().map(n -> n[1]).orElse(0)))
			.repeat(session -> session.getInt("total"), "q")
			.on(doIf(session -> ui(session).answer(session.getInt("q")).isPresent())
				.then(exec(uidl("5 answer", ui -> ui.answer(0).orElseThrow()).check(substring("Saved at")))),
					pause(Duration.ofMillis(THINK_MS / 2), Duration.ofMillis(THINK_MS * 3 / 2)),
					doIf(session -> session.getInt("q") < session.getInt("total") - 1)
						.then(exec(uidl("6 next question", ui -> ui.click(ui.button("Next").orElseThrow()))
							.check(substring("question-card")))))
			.exec(uidl("7 finish", ui -> ui.click(ui.button("Finish attempt…").orElseThrow()))
				.check(substring("attempt-summary")))
			.exec(uidl("7 finish: confirm dialog", ui -> ui.click(ui.button("Submit all and finish").orElseThrow())))
			.exec(uidl("8 submit", ui -> ui.event(ui.tag("vaadin-confirm-dialog").orElseThrow(), "confirm"))
				.check(substring("review-page")));
	}

	private static Uidl ui(Session session) {
		return (Uidl) session.get("ui");
	}

	/**
	 * A UIDL post built from the user's UI state; its answer is applied to that state.
	 * An error answer from the server (session expired, internal error) fails the
	 * request.
	 */
	private static HttpRequestActionBuilder uidl(String name, Function<Uidl, String> body) {
		return http(name).post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
			.header("Content-Type", "application/json; charset=UTF-8")
			.body(StringBody(session -> body.apply(ui(session))))
			.check(status().is(200), substring("appError").notExists(), substring("sessionExpired").notExists(),
					bodyString().transformWithSession((text, session) -> {
						ui(session).apply(text);
						return text.length();
					}).saveAs("bytes"));
	}

}
