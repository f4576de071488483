package io.kurzfassung.cli;

import io.kurzfassung.lambda.UploadSummaries;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The counts of a backfill, in the state machine's terms: an item <em>succeeded</em> when it was summarised, skipped
 * (already summarised) or ignored (a folder marker, our own output), and <em>failed</em> when it was rejected (can
 * never be summarised; recorded) or failed with an error (after the retries).
 */
final class BackfillCounts {

  private final AtomicInteger listed = new AtomicInteger();
  private final AtomicInteger summarised = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private final AtomicInteger ignored = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();

  void listed() {
    listed.incrementAndGet();
  }

  void add(UploadSummaries.Status status) {
    switch (status) {
      case SUMMARISED -> summarised.incrementAndGet();
      case SKIPPED -> skipped.incrementAndGet();
      case IGNORED -> ignored.incrementAndGet();
      case REJECTED -> rejected.incrementAndGet();
    }
  }

  void failed() {
    errors.incrementAndGet();
  }

  int errors() {
    return errors.get();
  }

  int listedSoFar() {
    return listed.get();
  }

  int done() {
    return succeeded() + failedTotal();
  }

  int succeeded() {
    return summarised.get() + skipped.get() + ignored.get();
  }

  int failedTotal() {
    return rejected.get() + errors.get();
  }

  /** {@code backfill: 2000 items, 1990 succeeded (...), 10 failed (...) in 12.3 s (162.6 items/s)}. */
  String line(double seconds) {
    return String.format(Locale.ROOT,
        "backfill: %d items, %d succeeded (%d summarised, %d skipped, %d ignored), %d failed (%d rejected, %d errors)"
            + " in %.1f s (%.1f items/s)",
        done(), succeeded(), summarised.get(), skipped.get(), ignored.get(), failedTotal(), rejected.get(),
        errors.get(), seconds, seconds > 0 ? done() / seconds : 0.0);
  }
}
