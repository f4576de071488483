package io.kurzfassung.lambda;

import io.kurzfassung.config.Config;
import io.kurzfassung.storage.S3SummaryStore;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An S3 API server in the test JVM (S3Proxy, in-memory), and a client for it built as the functions build theirs.
 * Either {@link #start} one, or register one for a test class: {@code @RegisterExtension static final LocalS3 s3 =
 * LocalS3.perClass();} starts before the class's {@code @BeforeAll} methods, empties its bucket before each test and
 * stops after the class.
 */
public final class LocalS3 implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  public static final String BUCKET = "kurzfassung-local";

  static {
    System.setProperty("kurzfassung.log.level", System.getProperty("kurzfassung.log.level", "warn"));
  }

  private S3Proxy proxy;
  private URI endpoint;
  private S3Client client;

  private LocalS3() {}

  /** Starts a server with an empty bucket {@value #BUCKET}. */
  public static LocalS3 start() throws Exception {
    LocalS3 s3 = new LocalS3();
    s3.open();
    return s3;
  }

  /** A server for a test class, as a JUnit extension: started, emptied before each test and stopped by JUnit. */
  public static LocalS3 perClass() {
    return new LocalS3();
  }

  private void open() throws Exception {
    proxy = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.NONE, null, null)
        .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(10);
    }
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    client = S3SummaryStore.client("eu-central-1", endpoint);
    client.createBucket(b -> b.bucket(BUCKET));
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    open();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clear();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    close();
  }

  public URI endpoint() {
    return endpoint;
  }

  public S3Client client() {
    return client;
  }

  /** The variables a function needs to use this server. */
  public Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("OUTPUT_BUCKET", BUCKET);
    env.put("AWS_REGION", "eu-central-1");
    env.put("AWS_ENDPOINT_URL_S3", endpoint.toString());
    return env;
  }

  public Config config(Map<String, String> more) {
    Map<String, String> env = environment();
    env.putAll(more);
    return Config.from(env);
  }

  public void put(String key, byte[] bytes) {
    client.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
  }

  public byte[] get(String key) {
    return client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
  }

  public HeadObjectResponse head(String key) {
    return client.headObject(b -> b.bucket(BUCKET).key(key));
  }

  public boolean exists(String key) {
    try {
      head(key);
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    }
  }

  /** Every key in the bucket. */
  public java.util.List<String> keys() {
    return client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(o -> o.key()).toList();
  }

  /** Removes every object, so that each test starts from an empty bucket. */
  public void clear() {
    client.listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents()
        .forEach(o -> client.deleteObject(b -> b.bucket(BUCKET).key(o.key())));
  }

  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
  }
}
