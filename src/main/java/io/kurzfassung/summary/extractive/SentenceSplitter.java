package io.kurzfassung.summary.extractive;

import java.util.ArrayList;
import java.util.List;

/** Splits German text into sentences. (Placeholder: naive split, to be replaced.) */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n\n+")) {
      for (String s : paragraph.split("(?<=[.!?])\\s+(?=[A-ZÄÖÜ„\"])")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }
}
