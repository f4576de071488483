package io.kurzfassung.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.kurzfassung.Kurzfassung;
import io.kurzfassung.document.Json;
import io.kurzfassung.document.SummaryDocument;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An upload's document names the S3 key it came from ({@code article.ref}), against an S3 server in this JVM. */
class UploadReferenceTest {

  @RegisterExtension
  static final LocalS3 s3 = LocalS3.perClass();
  private static byte[] sample;

  @BeforeAll
  static void loadSample() throws Exception {
    sample = Files.readAllBytes(Path.of("events/putin-olympia.de.txt"));
  }

  private static S3ObjectCreatedHandler handler() {
    return new S3ObjectCreatedHandler(Kurzfassung.forLambda(s3.config(Map.of())));
  }

  private static LocalContext context() {
    return new LocalContext("UploadFunction", "req-ref", Duration.ofSeconds(300), 1024,
        new PrintStream(OutputStream.nullOutputStream()));
  }

  @Test
  void should_name_the_uploaded_key_in_the_document_of_the_event_file() {
    s3.put("incoming/putin-olympia.de.txt", sample);

    handler().handleRequest(EventLoader.loadS3Event("events/s3-object-created.json"), context());

    SummaryDocument document = Json.readDocument(s3.get("summaries/uploads/putin-olympia.de.txt.json"));
    assertThat(document.schemaVersion()).isEqualTo("1.1");
    assertThat(document.article().ref()).isEqualTo("incoming/putin-olympia.de.txt");
  }

  @Test
  void should_name_the_decoded_key_of_each_upload_in_its_document() throws Exception {
    s3.put("incoming/Politik/Gesetz über Straßen.txt", sample);
    s3.put("incoming/b.txt", sample);

    handler().handleRequest(new S3Event(new ArrayList<>(List.of(
        record("incoming/Politik/Gesetz+%C3%BCber+Stra%C3%9Fen.txt"), record("incoming/b.txt")))), context());

    assertThat(Json.mapper().readTree(s3.get("summaries/uploads/Politik/Gesetz über Straßen.txt.json"))
        .get("article").get("ref").asText()).isEqualTo("incoming/Politik/Gesetz über Straßen.txt");
    assertThat(Json.readDocument(s3.get("summaries/uploads/b.txt.json")).article().ref()).isEqualTo("incoming/b.txt");
  }

  /** A record like the one in events/, for another (URL-encoded, as S3 sends it) key. */
  private static S3EventNotificationRecord record(String rawKey) {
    S3EventNotificationRecord template =
        EventLoader.loadS3Event("events/s3-object-created.json").getRecords().get(0);
    S3Entity entity = template.getS3();
    S3ObjectEntity object = new S3ObjectEntity(rawKey, (long) sample.length, "etag", null, "0055AED6DCD90281E5");
    return new S3EventNotificationRecord(template.getAwsRegion(), template.getEventName(),
        template.getEventSource(), template.getEventTime().toString(), template.getEventVersion(),
        template.getRequestParameters(), template.getResponseElements(),
        new S3Entity(entity.getConfigurationId(), entity.getBucket(), object, entity.getS3SchemaVersion()),
        template.getUserIdentity());
  }
}
