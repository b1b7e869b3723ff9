package fr.cmacademy.certificate;

/**
 * What verification says about a certificate.
 */
public enum CertificateStatus {

	VALID, EXPIRED, REVOKED

}
