package umbra.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The onion, as a test: the pure core (domain, service) sees only the JDK and vavr, never I/O,
 * threads, the clock or randomness; outer layers depend inward only.
 */
@AnalyzeClasses(packages = "umbra",
    importOptions = {ImportOption.DoNotIncludeTests.class, OnionArchitectureTest.DoNotIncludeTestJars.class})
class OnionArchitectureTest {
  /** Test helpers other modules publish as {@code *-tests.jar} (TestDatabase) are tests too. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override public boolean includes(Location location) { return !location.contains("-tests.jar"); }
  }

  private static final String[] PURE = {"umbra.domain..", "umbra.service.."};

  @ArchTest
  static final ArchRule layersDependInwardOnly = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .withOptionalLayers(true)
      .layer("domain").definedBy("umbra.domain..")
      .layer("service").definedBy("umbra.service..")
      .layer("dto").definedBy("umbra.dto..")
      .layer("handler").definedBy("umbra.handler..")
      .layer("app").definedBy("umbra.app..")
      .whereLayer("app").mayNotBeAccessedByAnyLayer()
      .whereLayer("handler").mayOnlyBeAccessedByLayers("app")
      .whereLayer("dto").mayOnlyBeAccessedByLayers("handler", "app")
      .whereLayer("service").mayOnlyBeAccessedByLayers("handler", "app")
      .whereLayer("domain").mayOnlyBeAccessedByLayers("service", "handler", "app");

  @ArchTest
  static final ArchRule pureCoreUsesOnlyJdkAndVavr = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
      .that().resideInAnyPackage(PURE)
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "java..", "javax.crypto..", "io.vavr..", "umbra.domain..", "umbra.service..");

  @ArchTest
  static final ArchRule pureCoreDoesNoIo = noClasses().that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "javax.sql..", "java.nio.file..",
          "java.nio.channels..", "java.rmi..", "java.lang.reflect..")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
      .orShould().accessField(System.class, "out")
      .orShould().accessField(System.class, "err")
      .orShould().accessField(System.class, "in")
      .orShould().callMethod(System.class, "getenv")
      .orShould().callMethod(System.class, "getenv", String.class)
      .orShould().callMethod(System.class, "getProperty", String.class);

  @ArchTest
  static final ArchRule pureCoreStartsNoThreads = noClasses().that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().areAssignableTo(Thread.class)
      .orShould().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..");

  @ArchTest
  static final ArchRule pureCoreReadsNoClock = noClasses().that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().areAssignableTo(Clock.class)
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now");

  @ArchTest
  static final ArchRule pureCoreUsesNoRandomness = noClasses().that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().areAssignableTo(Random.class)
      .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
      .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
      .orShould().callMethod(UUID.class, "randomUUID")
      .orShould().callMethod(Math.class, "random");
}
