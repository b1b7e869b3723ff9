package fr.cmacademy.account.internal;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.cmacademy.account.ui.LoginView;
import fr.cmacademy.shared.Roles;

/**
 * The security filter chain: static resources and the health probe are public, other
 * actuator endpoints are for admins, and everything else goes through Vaadin's configurer
 * (view access by annotations, login view, CSRF for framework requests, logout).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			UserAdminRepository accounts, ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
		http.authenticationManager(authenticationManager);
		// A deactivated account's sessions end at their next request; role changes apply
		// at once.
		http.addFilterBefore(
				new ActiveAccountFilter(accounts,
						strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
				AuthorizationFilter.class);
		http.authorizeHttpRequests(
				auth -> auth.requestMatchers("/styles/**", "/images/**", "/components/**", "/webjars/**")
					.permitAll()
					.requestMatchers("/content-assets/**", "/certificates/*/pdf", "/certificates/*/credential")
					.authenticated()
					// The issuer's profile, keys and revocations: anyone checks a
					// credential.
					.requestMatchers("/issuer", "/issuer/**", "/api/verify/*")
					.permitAll()
					.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
					.permitAll()
					.requestMatchers(EndpointRequest.toAnyEndpoint())
					.hasRole(Roles.ADMIN));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, with the {id} prefix so that hashes can move to another algorithm
		// later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserRepository users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new DatabaseUserDetailsService(users));
		dao.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

}
