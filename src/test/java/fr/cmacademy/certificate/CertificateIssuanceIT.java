package fr.cmacademy.certificate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.cmacademy.IntegrationTest;
import fr.cmacademy.TestClock;
import fr.cmacademy.TestUsers;
import fr.cmacademy.TestUsers.TestUser;
import fr.cmacademy.content.ContentSyncService;
import fr.cmacademy.learning.ItemCompleted;
import fr.cmacademy.learning.ProgressService;
import fr.cmacademy.quiz.QuizPassed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issuance on the real database: a learner who meets a programme's rules gets exactly one
 * certificate (and a badge per completed module), even with many completion events at
 * once; expiry, renewal, revocation and manual issuance by an admin.
 */
@IntegrationTest
@RecordApplicationEvents
class CertificateIssuanceIT {

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdminService admin;

	@Autowired
	ProgressService progress;

	@Autowired
	ContentSyncService sync;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	private CertificateFixture fixture;

	@BeforeEach
	void programme() {
		fixture = new CertificateFixture(users, jdbc, sync);
	}

	@AfterEach
	void cleanUp() {
		clock.reset();
		fixture.cleanUp();
	}

	@Test
	void meeting_the_rules_issues_one_certificate_and_the_module_badge() {
		TestUser learner = fixture.learner(Locale.ENGLISH);
		users.signIn(learner);
		progress.enrol(fixture.content.programmeId);
		progress.openLesson(fixture.content.firstLessonId);
		progress.complete(fixture.content.firstLessonId);
		assertThat(certificates.mine()).isEmpty();

		progress.openLesson(fixture.content.secondLessonId);
		progress.complete(fixture.content.secondLessonId);
		progress.complete(fixture.content.secondLessonId);

		List<Certificate> mine = certificates.mine();
		assertThat(mine).extracting(Certificate::kind)
			.containsExactlyInAnyOrder(CertificateKind.CERTIFICATE, CertificateKind.BADGE);
		Certificate certificate = mine.stream()
			.filter(c -> c.kind() == CertificateKind.CERTIFICATE)
			.findFirst()
			.orElseThrow();
		assertThat(certificate.title().en()).isEqualTo("Certified tester");
		assertThat(certificate.holderName()).isEqualTo(learner.displayName());
		assertThat(certificate.language()).isEqualTo("en");
		assertThat(certificate.code()).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
		assertThat(Duration.between(certificate.issuedAt(), certificate.validUntil()).toDays()).isBetween(729L, 732L);
		assertThat(events.stream(CertificateIssued.class)).hasSize(2);
		assertThat(jdbc.sql("SELECT args FROM notification WHERE user_id = :u AND kind = 'certificate-issued'")
			.param("u", learner.id())
			.query(String.class)
			.list()).hasSize(2).anyMatch(args -> args.contains("Certified tester"));
	}

	@Test
	void many_simultaneous_completion_events_issue_exactly_one_certificate() throws Exception {
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		jdbc.sql("DELETE FROM certificate WHERE user_id = :u").param("u", learner.id()).update();
		TestUsers.signOut();

		int threads = 24;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			done.add(pool.submit(() -> {
				start.await();
				publisher.publishEvent(new ItemCompleted(learner.id(), fixture.content.secondLessonId));
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();

		assertThat(fixture.certificateRows(learner)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE user_id = :u AND kind = 'BADGE'")
			.param("u", learner.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_expired_certificate_is_renewed_by_meeting_the_rules_again() {
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		Certificate first = only(certificates.mine());
		assertThat(first.status(clock.instant())).isEqualTo(CertificateStatus.VALID);

		clock.advance(Duration.ofDays(25 * 31));
		assertThat(first.status(clock.instant())).isEqualTo(CertificateStatus.EXPIRED);
		progress.openLesson(fixture.content.firstLessonId);
		progress.complete(fixture.content.firstLessonId);

		List<Certificate> all = certificates.mine()
			.stream()
			.filter(c -> c.kind() == CertificateKind.CERTIFICATE)
			.toList();
		assertThat(all).extracting(Certificate::cycle).containsExactly(2, 1);
		assertThat(all.get(0).status(clock.instant())).isEqualTo(CertificateStatus.VALID);
		assertThat(all.get(0).code()).isNotEqualTo(first.code());
	}

	@Test
	void a_revoked_certificate_is_not_reissued_automatically_but_an_admin_can_issue_with_a_reason() {
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		Certificate first = only(certificates.mine());
		TestUser registrar = fixture.admin();
		users.signIn(registrar);
		assertThatThrownBy(() -> admin.revoke(first.id(), "  ")).isInstanceOf(CertificateException.class);
		admin.revoke(first.id(), "Exam taken by someone else");

		users.signIn(learner);
		progress.complete(fixture.content.firstLessonId);
		assertThat(fixture.certificateRows(learner)).isEqualTo(1);

		users.signIn(registrar);
		assertThatThrownBy(() -> admin.issue(learner.username(), fixture.content.programmeId, ""))
			.isInstanceOf(CertificateException.class);
		Certificate manual = admin.issue(learner.username(), fixture.content.programmeId, "Retook the exam on site");
		assertThat(manual.cycle()).isEqualTo(2);
		assertThat(manual.manualReason()).isEqualTo("Retook the exam on site");
		assertThatThrownBy(() -> admin.issue(learner.username(), fixture.content.programmeId, "Twice"))
			.isInstanceOf(CertificateException.class)
			.extracting(e -> ((CertificateException) e).messageKey())
			.isEqualTo("certificate.admin.error.already-valid");
	}

	@Test
	void a_learner_cannot_download_another_learners_certificate() {
		TestUser owner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(owner, progress);
		Certificate certificate = only(certificates.mine());
		assertThat(certificates.pdf(certificate.id())).isPresent();
		assertThat(certificates.credential(certificate.id())).isPresent();

		TestUser other = fixture.learner(Locale.FRENCH);
		users.signIn(other);
		assertThat(certificates.pdf(certificate.id())).isEmpty();
		assertThat(certificates.credential(certificate.id())).isEmpty();
		assertThat(certificates.mine()).isEmpty();
	}

	@Test
	void the_certificate_waits_for_the_minimum_quiz_grade_while_the_module_badge_does_not() {
		fixture.cleanUp();
		fixture = new CertificateFixture(users, jdbc, sync, 70);
		TestUser learner = fixture.learner(Locale.FRENCH);
		fixture.completeProgramme(learner, progress);
		TestUsers.signOut();

		publisher.publishEvent(new QuizPassed(learner.id(), fixture.quizId, 1, 65.0));
		assertThat(fixture.certificateRows(learner)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM certificate WHERE user_id = :u AND kind = 'BADGE'")
			.param("u", learner.id())
			.query(Integer.class)
			.single()).isEqualTo(1);

		publisher.publishEvent(new QuizPassed(learner.id(), fixture.quizId, 2, 85.0));
		assertThat(fixture.certificateRows(learner)).isEqualTo(1);
	}

	@Test
	void the_linkedin_link_carries_the_certifications_fields() {
		TestUser learner = fixture.learner(Locale.ENGLISH);
		fixture.completeProgramme(learner, progress);
		Certificate certificate = only(certificates.mine());
		String url = certificates.linkedInUrl(certificate, Locale.ENGLISH);
		int year = certificate.issuedAt().atZone(java.time.ZoneOffset.UTC).getYear();
		assertThat(url).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
			.contains("name=Certified+tester", "organizationName=CM+Academy", "issueYear=" + year, "issueMonth=",
					"expirationYear=" + (year + 2), "expirationMonth=", "certId=" + certificate.displayCode(),
					"certUrl=" + java.net.URLEncoder.encode(certificates.verificationUrl(certificate),
							java.nio.charset.StandardCharsets.UTF_8));
	}

	private static Certificate only(List<Certificate> mine) {
		return mine.stream().filter(c -> c.kind() == CertificateKind.CERTIFICATE).findFirst().orElseThrow();
	}

}
