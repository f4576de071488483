package io.kurzfassung.lambda;

import io.kurzfassung.Kurzfassung;
import io.kurzfassung.config.Config;

/**
 * The collaborators of this Lambda execution environment, built once from its environment variables during the init
 * phase (so that a SnapStart snapshot holds them ready), with the SnapStart priming registered for them.
 */
final class ExecutionEnvironment {

  private ExecutionEnvironment() {}

  static Kurzfassung get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Kurzfassung INSTANCE = Kurzfassung.forLambda(Config.fromEnvironment());

    static {
      Priming.register(INSTANCE);
    }
  }
}
