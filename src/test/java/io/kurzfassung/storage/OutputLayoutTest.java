package io.kurzfassung.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurzfassung.article.ArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputLayoutTest {

  @Test
  void should_address_articles_by_id_and_uploads_beside_their_key_in_separate_folders() {
    assertThat(OutputLayout.article("6ecb7e9e41cd9c38")).isEqualTo("articles/6ecb7e9e41cd9c38.json");
    assertThat(OutputLayout.upload("6ecb7e9e41cd9c38")).isEqualTo("uploads/6ecb7e9e41cd9c38.json");
    assertThat(OutputLayout.upload("articles/6ecb7e9e41cd9c38")).isEqualTo("uploads/articles/6ecb7e9e41cd9c38.json");
    assertThat(OutputLayout.upload("a/München b+c.txt")).isEqualTo("uploads/a/München b+c.txt.json");
    assertThat(OutputLayout.object("archive/a.txt")).isEqualTo("objects/archive/a.txt.json")
        .isNotEqualTo(OutputLayout.upload("archive/a.txt"));
    assertThat(OutputLayout.failure(OutputLayout.upload("a/b.txt"))).isEqualTo("failures/uploads/a/b.txt.json");
    assertThat(OutputLayout.failure(OutputLayout.object("a/b.txt"))).isEqualTo("failures/objects/a/b.txt.json");
    assertThat(OutputLayout.failure(OutputLayout.upload("x"))).isNotEqualTo(OutputLayout.upload("x.error"))
        .isNotEqualTo(OutputLayout.upload("x"));
    assertThatThrownBy(() -> OutputLayout.failure(OutputLayout.article("6ecb7e9e41cd9c38")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_know_an_article_id_only_from_an_articles_address() {
    assertThat(OutputLayout.articleIdOf("articles/6ecb7e9e41cd9c38.json")).isEqualTo("6ecb7e9e41cd9c38");
    assertThat(OutputLayout.articleIdOf("uploads/6ecb7e9e41cd9c38.json")).isNull();
    assertThat(OutputLayout.articleIdOf("articles/../6ecb7e9e41cd9c38.json")).isNull();
    assertThatThrownBy(() -> OutputLayout.article("../x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutputLayout.article("6ECB7E9E41CD9C38")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "..", ".", "../x", "a/../x", "a/./x", "a//b", "/a", "a/", "a/.."})
  void should_refuse_keys_with_empty_dot_or_dot_dot_segments_as_bad_input(String key) {
    assertThatThrownBy(() -> OutputLayout.upload(key))
        .isInstanceOf(UnsafeUploadKeyException.class).isInstanceOf(ArticleException.class);
    assertThatThrownBy(() -> OutputLayout.object(key)).isInstanceOf(UnsafeUploadKeyException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"..a", "a..", "a.b/c..d", "...", ".hidden"})
  void should_accept_dots_inside_a_segment(String key) {
    assertThat(OutputLayout.upload(key)).isEqualTo("uploads/" + key + ".json");
  }
}
