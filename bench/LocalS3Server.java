import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** An in-memory S3 server (S3Proxy 4.1.0, the tests' server) for benchmarks and local runs: {@code <port>}. */
public final class LocalS3Server {
  public static void main(String[] args) throws Exception {
    System.setProperty("kurzfassung.log.level", "warn");
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new TransientNio2BlobStore())
        .endpoint(URI.create("http://127.0.0.1:" + (args.length > 0 ? args[0] : "9000")))
        .awsAuthentication(AuthenticationType.NONE, null, null)
        .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(10);
    }
    System.out.println("S3 server on http://127.0.0.1:" + proxy.getPort() + " (in memory; Ctrl-C stops)");
    Thread.currentThread().join();
  }
}
