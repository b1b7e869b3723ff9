package fr.cmacademy.certificate.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmacademy.certificate.CertificateIssued;
import fr.cmacademy.notification.NotificationKinds;
import fr.cmacademy.notification.NotificationRequest;
import fr.cmacademy.notification.NotificationService;

/**
 * Tells the learner, in the app and by e-mail, that a certificate or badge was issued,
 * with a link to their certificates. Issuing happens after the triggering transaction
 * committed, so the notice is written in a transaction of its own.
 */
@Component
class CertificateNotifications {

	private final NotificationService notifications;

	private final TransactionTemplate newTransaction;

	CertificateNotifications(NotificationService notifications, PlatformTransactionManager transactions) {
		this.notifications = notifications;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener
	void on(CertificateIssued event) {
		String title = "en".equals(event.language()) ? event.title().en() : event.title().fr();
		newTransaction.executeWithoutResult(status -> notifications.notify(new NotificationRequest(event.userId(),
				NotificationKinds.CERTIFICATE_ISSUED, List.of(title), "certificates")));
	}

}
