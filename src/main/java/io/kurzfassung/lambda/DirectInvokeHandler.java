package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.Article;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.article.ArticleTooLongException;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Direct invocation: a JSON article ({@code {"title","text","topic","source","url"}}) in, the stored summary
 * document out. Bad input fails the invocation with the parser's message as {@code errorMessage}.
 *
 * <pre>{@code
 * aws lambda invoke --function-name <SummarizeFunction> --cli-binary-format raw-in-base64-out \
 *     --payload file://events/direct.json out.json
 * }</pre>
 */
public final class DirectInvokeHandler implements RequestStreamHandler {

  private final SummarizeService service;
  private final int maxBytes;
  private final int maxArticleChars;

  /** For Lambda: the collaborators of this execution environment. */
  public DirectInvokeHandler() {
    this(Components.fromEnvironment());
  }

  public DirectInvokeHandler(Components components) {
    this.service = components.service();
    this.maxArticleChars = components.config().maxArticleChars();
    this.maxBytes = components.maxInputBytes();
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    // A stream handler, so that the document is written by the project's Jackson setup (ISO instants, umlauts).
    byte[] bytes = input.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw new ArticleTooLongException(bytes.length, maxArticleChars);
    }
    Article article = service.parse(bytes, ArticleParser.Format.JSON);
    SummaryDocument document = service.summarizeAndStore(article, Deadlines.forModel(context)).document();
    output.write(Json.bytes(document));
  }
}
