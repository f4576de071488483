package io.kurzfassung.config;

/** A setting is missing or invalid; the message names the variable (exit code 2 on the command line). */
public class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
