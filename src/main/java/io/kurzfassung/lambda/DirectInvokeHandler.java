package io.kurzfassung.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.SummarizeService;
import io.kurzfassung.article.ArticleParser;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import io.kurzfassung.telemetry.LogContext;
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

  /** For Lambda: the collaborators of this execution environment. */
  public DirectInvokeHandler() {
    this(ExecutionEnvironment.get());
  }

  public DirectInvokeHandler(Kurzfassung kurzfassung) {
    this.service = kurzfassung.service();
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    LogContext.request(context.getAwsRequestId());
    // A stream handler, so that the document is written by the project's Jackson setup (ISO instants, umlauts).
    byte[] bytes = input.readNBytes(service.maxInputBytes() + 1);
    SummaryDocument document;
    try {
      document = service.summarize(
          SummarizeService.Input.of(bytes, ArticleParser.Format.JSON, Deadlines.forModel(context))).document();
    } catch (StackOverflowError | OutOfMemoryError e) {
      throw FunctionFailedException.logged(e, context);
    }
    output.write(Json.bytes(document));
  }
}
