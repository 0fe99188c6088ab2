package umbra.handler.testing;

import umbra.domain.testfile.TestCase;

/** How one test of a {@code .tests} file ended. */
public sealed interface TestResult {
  TestCase test();

  record Passed(TestCase test) implements TestResult {}

  /** {@code reason} is one line for a person: what was expected and what happened. */
  record Failed(TestCase test, String reason) implements TestResult {}

  /** A comment or an empty body (test-format.md 1.1): listed, never run, not a failure. */
  record Pending(TestCase test) implements TestResult {}
}
