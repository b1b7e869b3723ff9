package fr.cmacademy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test with the whole application context against the real MariaDB test database
 * ({@code src/test/resources/config/application-test.properties}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@org.springframework.context.annotation.Import(TestClock.Config.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

}
