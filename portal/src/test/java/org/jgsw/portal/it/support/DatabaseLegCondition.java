package org.jgsw.portal.it.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before Arquillian starts the server (conditions come before {@code beforeAll}). On the
 * {@code postgres} leg it prepares the database; without a reachable PostgreSQL the leg is skipped
 * with a message, or fails when {@code CI=true}, where the server is required.
 */
public class DatabaseLegCondition implements ExecutionCondition {

  private static boolean reported;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if ("restart".equals(ItSettings.leg())) {
      // only reached with -Dit.test=…, which applies to every failsafe execution
      return ConditionEvaluationResult.disabled("the restart leg runs RestartIT only");
    }
    if (!"postgres".equals(ItSettings.leg())) {
      return ConditionEvaluationResult.enabled("leg " + ItSettings.leg());
    }
    PostgresLeg.Readiness readiness = PostgresLeg.prepareOnce();
    if (readiness.ready()) {
      return ConditionEvaluationResult.enabled("PostgreSQL schema recreated");
    }
    if (ItSettings.onCi()) {
      throw new ExtensionConfigurationException("CI=true: " + readiness.problem());
    }
    report(readiness.problem());
    return ConditionEvaluationResult.disabled("SKIPPED: " + readiness.problem());
  }

  /**
   * Prints the reason once, to the test output (failsafe-reports) and to the fork's native standard
   * error, which Maven shows in the build log even while test output goes to files.
   */
  private static synchronized void report(String problem) {
    if (!reported) {
      reported = true;
      String line = "[WARNING] " + problem + " - the PostgreSQL leg is skipped (with CI=true it fails).";
      System.out.println(line);
      PrintStream nativeErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      nativeErr.println(line);
    }
  }
}
