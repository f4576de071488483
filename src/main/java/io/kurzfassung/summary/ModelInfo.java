package io.kurzfassung.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Which model produced a summary. {@code fallbackReason} is set when the configured model's answer was rejected
 * and the extractive summariser stood in for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelInfo(String provider, String name, String promptVersion, String fallbackReason) {

  public ModelInfo {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(promptVersion, "promptVersion == null");
  }

  public ModelInfo(String provider, String name, String promptVersion) {
    this(provider, name, promptVersion, null);
  }

  public ModelInfo withFallbackReason(String reason) {
    return new ModelInfo(provider, name, promptVersion, reason);
  }
}
